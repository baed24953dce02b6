// Fuzz target, differential: topic validation and matching against a plain reference of MQTT 4.7.
#include <OhMqtt/mqtttopic.h>

#include "client/topicfiltertrie.h"

#include <QtCore/qset.h>
#include <QtCore/qstringlist.h>

#include <cstdio>
#include <cstdlib>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

// The reference: the specification's rules as written, one at a time, with no care for speed.
namespace Reference {

// UTF-8 bytes of well-formed UTF-16; -1 when a surrogate is unpaired [MQTT-1.5.4-1].
qsizetype utf8Size(const QString &text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 1 >= text.size() || text[i + 1].unicode() < 0xDC00 ||
                text[i + 1].unicode() > 0xDFFF)
                return -1;
            bytes += 4;
            ++i;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return -1;
        } else {
            bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
        }
    }
    return bytes;
}

// [MQTT-1.5.4-1] [MQTT-4.7.3-1] [MQTT-4.7.3-2] [MQTT-4.7.3-3]
bool isMqttString(const QString &text)
{
    const qsizetype bytes = utf8Size(text);
    return !text.isEmpty() && !text.contains(QChar(u'\0')) && bytes >= 0 && bytes <= 65535;
}

// [MQTT-4.7.0-1] no wildcards in a topic name.
bool isTopic(const QString &topic)
{
    return isMqttString(topic) && !topic.contains(u'+') && !topic.contains(u'#');
}

// [MQTT-4.7.1-1] '#' alone and last; [MQTT-4.7.1-2] '+' alone in its level.
bool hasValidWildcards(const QString &filter)
{
    const QStringList levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString &level = levels[i];
        if (level.contains(u'#') && (level != u"#" || i != levels.size() - 1))
            return false;
        if (level.contains(u'+') && level != u"+")
            return false;
    }
    return true;
}

// "$share/<name>/<filter>": the filter part; the whole text when not shared; null when the text
// is shared but broken [MQTT-4.8.2-1] [MQTT-4.8.2-2].
std::optional<QString> unshared(const QString &filter)
{
    if (!filter.startsWith(u"$share/"))
        return filter;
    const QStringList parts = filter.split(u'/'); // "$share", name, filter levels...
    if (parts.size() < 3)
        return std::nullopt;
    const QString &name = parts[1];
    if (name.isEmpty() || name.contains(u'+') || name.contains(u'#'))
        return std::nullopt;
    const QString rest = parts.mid(2).join(u'/');
    if (rest.isEmpty())
        return std::nullopt;
    return rest;
}

bool isFilter(const QString &filter)
{
    if (!isMqttString(filter))
        return false;
    const std::optional<QString> inner = unshared(filter);
    return inner && hasValidWildcards(*inner);
}

// [MQTT-4.7.1] '+' one level, '#' that level's parent and every level below; [MQTT-4.7.2-1] no
// wildcard at the first level matches a topic starting with '$'.
bool matches(const QString &filter, const QString &topic)
{
    const QString inner = *unshared(filter);
    const QStringList f = inner.split(u'/');
    const QStringList t = topic.split(u'/');
    if (topic.startsWith(u'$') && (f[0] == u"+" || f[0] == u"#"))
        return false;
    qsizetype i = 0;
    for (; i < f.size(); ++i) {
        if (f[i] == u"#")
            return true;
        if (i >= t.size())
            return false;
        if (f[i] != u"+" && f[i] != t[i])
            return false;
    }
    return i == t.size();
}

} // namespace Reference

// The texts as UTF-8 in hex (the first 200 units), with their length in UTF-16 units.
[[noreturn]] void disagree(const char *what, const QString &a, const QString &b = QString())
{
    const auto show = [](const QString &text) {
        return QString(text.left(200)).toUtf8().toHex(' ') + " (" +
            QByteArray::number(text.size()) + " units)";
    };
    std::fprintf(stderr, "fuzz_topics: %s\n  input: %s\n  detail: %s\n", what, show(a).constData(),
                 show(b).constData());
    std::abort();
}

// One input byte, one UTF-16 unit (or many): ASCII as itself; 0x80 to 0x89 chosen to reach the
// rules that ASCII does not (surrogates, multi-byte UTF-8, the length limit: one long text per
// input) or to build a filter quickly; the rest as 2-byte characters.
void appendUnit(QString &text, quint8 byte, bool &longTextAllowed)
{
    if (byte < 0x80) {
        text.append(QChar(char16_t(byte)));
        return;
    }
    switch (byte) {
    case 0x80: // a high surrogate
        text.append(QChar(0xD83D));
        break;
    case 0x81: // a low surrogate
        text.append(QChar(0xDE00));
        break;
    case 0x82: // 2 bytes of UTF-8
        text.append(QChar(0x00E9));
        break;
    case 0x83: // 3 bytes
        text.append(QChar(0x20AC));
        break;
    case 0x84: // a noncharacter, which MQTT allows
        text.append(QChar(0xFFFF));
        break;
    case 0x85: // 65,533 bytes, just under the limit of 65,535; once per input, for speed
        text.append(longTextAllowed ? QString(65533, QChar(u'x')) : QString(u"x"_s));
        longTextAllowed = false;
        break;
    case 0x86: // 65,532 bytes of UTF-8 in 21,844 units; once per input
        text.append(longTextAllowed ? QString(21844, QChar(0x20AC)) : QString(QChar(0x20AC)));
        longTextAllowed = false;
        break;
    case 0x87:
        text.append(u"$share/");
        break;
    case 0x88:
        text.append(u"/+");
        break;
    case 0x89:
        text.append(u"/#");
        break;
    default: // the rest of Latin-1 Supplement and Latin Extended-A: 2 bytes of UTF-8
        text.append(QChar(char16_t(byte + 0x80)));
        break;
    }
}

} // namespace

// Input: filters and last a topic, separated by 0xFF bytes; other bytes as appendUnit() maps them.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList texts(1);
    bool longTextAllowed = true;
    for (size_t i = 0; i < size && texts.size() <= 9; ++i) {
        if (data[i] == 0xFF)
            texts.append(QString());
        else
            appendUnit(texts.back(), data[i], longTextAllowed);
    }
    const QString topic = texts.takeLast();

    const bool topicValid = Reference::isTopic(topic);
    if (isValidTopic(topic) != topicValid)
        disagree(topicValid ? "isValidTopic refuses a valid topic name"
                            : "isValidTopic accepts an invalid topic name",
                 topic);
    if (topicError(topic).isNull() != topicValid)
        disagree("topicError disagrees with isValidTopic", topic);

    TopicFilterTrie trie;
    QSet<QString> expected;
    for (const QString &filter : std::as_const(texts)) {
        const bool filterValid = Reference::isFilter(filter);
        if (isValidTopicFilter(filter) != filterValid)
            disagree(filterValid ? "isValidTopicFilter refuses a valid filter"
                                 : "isValidTopicFilter accepts an invalid filter",
                     filter);
        if (topicFilterError(filter).isNull() != filterValid)
            disagree("topicFilterError disagrees with isValidTopicFilter", filter);
        if (!filterValid)
            continue;
        const bool match = matchTopicFilter(filter, topic);
        if (!topicValid) {
            if (match)
                disagree("matchTopicFilter matches an invalid topic name", filter, topic);
            continue;
        }
        if (match != Reference::matches(filter, topic))
            disagree(match ? "matchTopicFilter matches, the reference does not"
                           : "the reference matches, matchTopicFilter does not",
                     filter, topic);
        trie.insert(filter);
        if (match)
            expected.insert(filter);
    }
    if (!topicValid)
        return 0;
    const QStringList found = trie.matches(topic);
    if (found.size() != expected.size() || QSet<QString>(found.begin(), found.end()) != expected)
        disagree("TopicFilterTrie finds other filters than matchTopicFilter", found.join(u'\n'),
                 topic);
    // Removing each filter leaves a trie that no longer finds it.
    for (const QString &filter : std::as_const(texts)) {
        if (trie.contains(filter) &&
            (!trie.remove(filter) || trie.contains(filter) || trie.matches(topic).contains(filter)))
            disagree("TopicFilterTrie keeps a removed filter", filter, topic);
    }
    if (trie.size() != 0)
        disagree("TopicFilterTrie is not empty after removing every filter", topic);
    return 0;
}
