// TopicMatcher: what the topic browser's filter text selects — a case-insensitive substring of
// a topic or its value, or an MQTT topic filter with wildcards.
#include "topics/topicmatcher.h"

#include <OhMqtt/mqtttopic.h>

namespace OhMqttExplorer {

namespace {

char16_t fold(char16_t c) noexcept
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c;
    return char16_t(QChar::toCaseFolded(char32_t(c)));
}

} // namespace

TopicMatcher::TopicMatcher(const QString &filterText)
    : m_text(filterText)
{
    if (m_text.isEmpty()) {
        m_mode = Mode::Everything;
    } else if ((m_text.contains(u'+') || m_text.contains(u'#')) &&
               OhMqtt::isValidTopicFilter(m_text)) {
        m_mode = Mode::TopicFilter;
        m_levels = QStringView(m_text).split(u'/');
        // "$share/<name>/<filter>" matches as <filter> does [MQTT-4.8.2-2].
        if (m_levels.size() > 2 && m_levels.first() == u"$share")
            m_levels.remove(0, 2);
        m_multiLevel = m_levels.indexOf(u"#");
    } else {
        m_mode = Mode::Text;
        m_folded.resize(m_text.size());
        for (qsizetype i = 0; i < m_text.size(); ++i)
            m_folded[i] = QChar(fold(m_text[i].unicode()));
    }
}

bool TopicMatcher::containsText(QStringView haystack) const noexcept
{
    const qsizetype length = m_folded.size();
    const auto *needle = reinterpret_cast<const char16_t *>(m_folded.utf16());
    const char16_t *text = haystack.utf16();
    for (qsizetype i = 0, last = haystack.size() - length; i <= last; ++i) {
        if (fold(text[i]) != needle[0])
            continue;
        qsizetype k = 1;
        while (k < length && fold(text[i + k]) == needle[k])
            ++k;
        if (k == length)
            return true;
    }
    return false;
}

bool TopicMatcher::matchesTopic(QStringView fullTopic) const noexcept
{
    switch (m_mode) {
    case Mode::Everything:
        return true;
    case Mode::Text:
        return containsText(fullTopic);
    case Mode::TopicFilter:
        return OhMqtt::matchTopicFilter(m_text, fullTopic);
    }
    return false;
}

bool TopicMatcher::matchesValue(QStringView preview) const noexcept
{
    return m_mode == Mode::Text && containsText(preview);
}

bool TopicMatcher::matchesTopicEnd(QStringView fullTopic, qsizetype newLength) const noexcept
{
    if (m_mode != Mode::Text)
        return matchesTopic(fullTopic);
    // A match that ends in the new part starts at most text length - 1 characters before it.
    const qsizetype start = qMax<qsizetype>(0, fullTopic.size() - newLength - m_text.size() + 1);
    return containsText(fullTopic.sliced(start));
}

bool TopicMatcher::mayMatchAt(int depth, QStringView name) const noexcept
{
    if (m_mode != Mode::TopicFilter)
        return true;
    // A wildcard first level does not match a topic starting with '$' [MQTT-4.7.2-1].
    const bool dollar = depth == 0 && name.startsWith(u'$');
    if (m_multiLevel >= 0 && depth >= m_multiLevel)
        return !dollar;
    if (depth >= m_levels.size())
        return false;
    const QStringView level = m_levels[depth];
    return level == u"+" ? !dollar : level == name;
}

bool TopicMatcher::narrows(const TopicMatcher &other) const noexcept
{
    return m_mode == Mode::Text && other.m_mode == Mode::Text && m_folded.contains(other.m_folded);
}

} // namespace OhMqttExplorer
