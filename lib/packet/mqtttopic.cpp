// Topic names, topic filters and share names: validation and matching [MQTT-4.7, MQTT-4.8.2].
#include <OhMqtt/mqtttopic.h>

#include "topicvalidation.h"

#include <OhMqtt/serialization.h>

#include <cstring>
#include <optional>

namespace OhMqtt {

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView SharePrefix = u"$share/";

// What can be wrong with a topic name, a topic filter or a share name.
enum class Defect {
    None,
    Empty,
    NullCharacter,
    UnpairedSurrogate,
    TooLong,
    WildcardInName,
    MultiLevelNotAlone,
    MultiLevelNotLast,
    SingleLevelNotAlone,
    EmptyShareName,
    InvalidShareName,
    MissingSharedFilter,
};

QString describe(Defect defect, QStringView text)
{
    switch (defect) {
    case Defect::None:
        break;
    case Defect::Empty:
        return u"empty, but at least one character is required [MQTT-4.7.3-1]"_s;
    case Defect::NullCharacter:
        return u"contains U+0000 [MQTT-4.7.3-2]"_s;
    case Defect::UnpairedSurrogate:
        return u"contains an unpaired UTF-16 surrogate, which has no UTF-8 form [MQTT-1.5.4-1]"_s;
    case Defect::TooLong:
        return u"%1 bytes of UTF-8, over the limit of 65535 [MQTT-4.7.3-3]"_s.arg(
            Serialization::utf8Size(text));
    case Defect::WildcardInName:
        return u"contains the wildcard '%1', which only topic filters may use "
               u"[MQTT-4.7.0-1] [MQTT-3.3.2-2]"_s.arg(QChar(text.contains(u'+') ? u'+' : u'#'));
    case Defect::MultiLevelNotAlone:
        return u"'#' must be alone in its level [MQTT-4.7.1-1]"_s;
    case Defect::MultiLevelNotLast:
        return u"'#' must be in the last level [MQTT-4.7.1-1]"_s;
    case Defect::SingleLevelNotAlone:
        return u"'+' must occupy a whole level [MQTT-4.7.1-2]"_s;
    case Defect::EmptyShareName:
        return u"the share name is empty, but at least one character is required "
               u"[MQTT-4.8.2-1]"_s;
    case Defect::InvalidShareName:
        return u"the share name contains '/', '+' or '#' [MQTT-4.8.2-2]"_s;
    case Defect::MissingSharedFilter:
        return u"the share name must be followed by '/' and a topic filter [MQTT-4.8.2-2]"_s;
    }
    return {};
}

// The text as an error message shows it: quoted, U+0000 visible, cut short when long.
QString quoted(QStringView text)
{
    constexpr qsizetype MaxShown = 64;
    QStringView shown = text.first(qMin(text.size(), MaxShown));
    if (shown.size() < text.size() && shown.back().isHighSurrogate())
        shown.chop(1);
    QString result = shown.toString().replace(QChar(u'\0'), u"\\0"_s);
    if (shown.size() < text.size())
        return u"\"%1...\" (%2 characters)"_s.arg(result, QString::number(text.size()));
    return u"\"%1\""_s.arg(result);
}

// A null error when there is no defect.
MqttError errorFor(QStringView subject, QStringView text, Defect defect, ReasonCode code)
{
    if (defect == Defect::None)
        return MqttError();
    return MqttError(u"Invalid %1 %2: %3"_s.arg(subject, quoted(text), describe(defect, text)),
                     code);
}

// Rules every topic name, topic filter and share name obeys as an MQTT UTF-8 string.
Defect stringDefect(QStringView text) noexcept
{
    if (text.isEmpty())
        return Defect::Empty; // [MQTT-4.7.3-1]
    if (text.size() > Serialization::MaxStringBytes)
        return Defect::TooLong; // each UTF-16 unit takes at least one UTF-8 byte
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isNull())
            return Defect::NullCharacter; // [MQTT-4.7.3-2]
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return Defect::UnpairedSurrogate; // [MQTT-1.5.4-1]
    }
    // A UTF-16 unit takes at most three UTF-8 bytes, so only long text needs counting.
    if (text.size() > Serialization::MaxStringBytes / 3 &&
        Serialization::utf8Size(text) > Serialization::MaxStringBytes)
        return Defect::TooLong; // [MQTT-4.7.3-3]
    return Defect::None;
}

// The usual topic: ASCII without U+0000 or a wildcard, short enough. One pass, so that every
// publish pays little for its checks; anything else gets the full checks and their verdict.
bool isPlainAsciiTopic(QStringView topic) noexcept
{
    if (topic.isEmpty() || topic.size() > Serialization::MaxStringBytes)
        return false;
    for (const QChar character : topic) {
        const char16_t unit = character.unicode();
        if (unsigned(unit) - 1U >= 0x7FU || unit == u'+' || unit == u'#')
            return false;
    }
    return true;
}

Defect topicDefect(QStringView topic) noexcept
{
    if (isPlainAsciiTopic(topic))
        return Defect::None;
    if (const Defect defect = stringDefect(topic); defect != Defect::None)
        return defect;
    if (topic.contains(u'+') || topic.contains(u'#'))
        return Defect::WildcardInName; // [MQTT-4.7.0-1] [MQTT-3.3.2-2] (3.1.1: [MQTT-4.7.1-1])
    return Defect::None;
}

// Walks the '/'-separated levels of a topic or filter without allocating; "a//" has three.
class Levels
{
public:
    explicit Levels(QStringView text) noexcept
        : m_rest(text)
    { }

    bool atEnd() const noexcept { return m_atEnd; }

    QStringView next() noexcept
    {
        const qsizetype slash = m_rest.indexOf(u'/');
        if (slash < 0) {
            m_atEnd = true;
            return m_rest;
        }
        const QStringView level = m_rest.first(slash);
        m_rest = m_rest.sliced(slash + 1);
        return level;
    }

private:
    QStringView m_rest;
    bool m_atEnd = false;
};

bool isWildcard(QStringView level, char16_t wildcard) noexcept
{
    return level.size() == 1 && level.front() == wildcard;
}

// The wildcard rules of a filter that is not shared.
Defect wildcardDefect(QStringView filter) noexcept
{
    Levels levels(filter);
    while (!levels.atEnd()) {
        const QStringView level = levels.next();
        if (level.contains(u'#')) {
            if (level.size() != 1)
                return Defect::MultiLevelNotAlone; // [MQTT-4.7.1-1] (3.1.1: [MQTT-4.7.1-2])
            if (!levels.atEnd())
                return Defect::MultiLevelNotLast; // [MQTT-4.7.1-1] (3.1.1: [MQTT-4.7.1-2])
        }
        if (level.contains(u'+') && level.size() != 1)
            return Defect::SingleLevelNotAlone; // [MQTT-4.7.1-2] (3.1.1: [MQTT-4.7.1-3])
    }
    return Defect::None;
}

Defect shareNameCharacterDefect(QStringView shareName) noexcept
{
    if (shareName.isEmpty())
        return Defect::EmptyShareName; // [MQTT-4.8.2-1]
    if (shareName.contains(u'/') || shareName.contains(u'+') || shareName.contains(u'#'))
        return Defect::InvalidShareName; // [MQTT-4.8.2-2]
    return Defect::None;
}

// "$share/<name>/<filter>" taken apart; `filter` is empty when none follows the name.
struct SharedParts
{
    QStringView shareName;
    QStringView filter;
};

std::optional<SharedParts> splitShared(QStringView topicFilter) noexcept
{
    if (!topicFilter.startsWith(SharePrefix))
        return std::nullopt;
    const QStringView rest = topicFilter.sliced(SharePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return SharedParts {rest, QStringView()};
    return SharedParts {rest.first(slash), rest.sliced(slash + 1)};
}

Defect topicFilterDefect(QStringView topicFilter) noexcept
{
    // The length limit applies to the whole filter as sent, "$share/<name>/" included.
    if (const Defect defect = stringDefect(topicFilter); defect != Defect::None)
        return defect;
    const std::optional<SharedParts> shared = splitShared(topicFilter);
    if (!shared)
        return wildcardDefect(topicFilter);
    if (const Defect defect = shareNameCharacterDefect(shared->shareName); defect != Defect::None)
        return defect;
    if (shared->filter.isEmpty())
        return Defect::MissingSharedFilter; // [MQTT-4.8.2-2]
    return wildcardDefect(shared->filter);
}

Defect shareNameDefect(QStringView shareName) noexcept
{
    const Defect defect = shareNameCharacterDefect(shareName);
    return defect != Defect::None ? defect : stringDefect(shareName);
}

} // namespace

bool isValidTopic(QStringView topic) noexcept
{
    return topicDefect(topic) == Defect::None;
}

bool isValidTopicFilter(QStringView topicFilter) noexcept
{
    return topicFilterDefect(topicFilter) == Defect::None;
}

bool isValidShareName(QStringView shareName) noexcept
{
    return shareNameDefect(shareName) == Defect::None;
}

MqttError topicError(QStringView topic)
{
    return errorFor(u"topic name", topic, topicDefect(topic), ReasonCode::TopicNameInvalid);
}

MqttError cachedTopicError(const QString &topic)
{
    // A copy of its own, never shared with the caller's string: another thread may hold that one.
    thread_local QString lastValid;
    // memcmp(): QString's operator== takes the general comparison path, several times the cost
    // for a short topic.
    if (!topic.isEmpty() && topic.size() == lastValid.size() &&
        std::memcmp(topic.constData(), lastValid.constData(),
                    size_t(topic.size()) * sizeof(QChar)) == 0)
        return {};
    MqttError error = topicError(topic);
    if (error.isNull())
        lastValid = QString(topic.constData(), topic.size());
    return error;
}

MqttError topicFilterError(QStringView topicFilter)
{
    return errorFor(u"topic filter", topicFilter, topicFilterDefect(topicFilter),
                    ReasonCode::TopicFilterInvalid);
}

MqttError shareNameError(QStringView shareName)
{
    return errorFor(u"share name", shareName, shareNameDefect(shareName),
                    ReasonCode::TopicFilterInvalid);
}

bool matchTopicFilter(QStringView topicFilter, QStringView topic) noexcept
{
    if (topicDefect(topic) != Defect::None)
        return false;
    QStringView filter = topicFilter;
    // [MQTT-4.8.2] "$share/<name>/" plays no part in matching.
    if (const std::optional<SharedParts> shared = splitShared(topicFilter))
        filter = shared->filter;
    if (filter.isEmpty())
        return false;
    // [MQTT-4.7.2-1] A leading wildcard does not reach into the '$' topics.
    if (topic.front() == u'$' && (filter.front() == u'+' || filter.front() == u'#'))
        return false;

    Levels filterLevels(filter);
    Levels topicLevels(topic);
    while (!filterLevels.atEnd()) {
        const QStringView filterLevel = filterLevels.next();
        if (isWildcard(filterLevel, u'#'))
            return true; // the rest, including the parent level: "sport/#" matches "sport"
        if (topicLevels.atEnd())
            return false;
        const QStringView topicLevel = topicLevels.next();
        if (!isWildcard(filterLevel, u'+') && filterLevel != topicLevel)
            return false;
    }
    return topicLevels.atEnd();
}

QString joinShare(QStringView topicFilter, const ShareName &shareName, MqttError *error)
{
    const QString name = shareName.name();
    QString joined;
    MqttError problem = shareNameError(name);
    if (problem.isNull())
        problem = topicFilterError(topicFilter);
    if (problem.isNull()) {
        joined.reserve(SharePrefix.size() + name.size() + 1 + topicFilter.size());
        joined.append(SharePrefix).append(name).append(u'/').append(topicFilter);
        problem = topicFilterError(joined); // the parts fit alone, the whole may not [MQTT-4.7.3-3]
        if (!problem.isNull())
            joined.clear();
    }
    if (error)
        *error = problem;
    return joined;
}

} // namespace OhMqtt
