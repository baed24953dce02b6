// TopicMatcher: what the topic browser's filter text selects — a case-insensitive substring of
// a topic or its value, or an MQTT topic filter with wildcards.
#include "topics/topicmatcher.h"

#include <OhMqtt/mqtttopic.h>

namespace OhMqttExplorer {

TopicMatcher::TopicMatcher(const QString &filterText)
    : m_text(filterText)
{
    if (m_text.isEmpty())
        m_mode = Mode::Everything;
    else if ((m_text.contains(u'+') || m_text.contains(u'#')) && OhMqtt::isValidTopicFilter(m_text))
        m_mode = Mode::TopicFilter;
    else
        m_mode = Mode::Text;
}

bool TopicMatcher::matchesTopic(QStringView fullTopic) const noexcept
{
    switch (m_mode) {
    case Mode::Everything:
        return true;
    case Mode::Text:
        return fullTopic.contains(m_text, Qt::CaseInsensitive);
    case Mode::TopicFilter:
        return OhMqtt::matchTopicFilter(m_text, fullTopic);
    }
    return false;
}

bool TopicMatcher::matchesValue(QStringView preview) const noexcept
{
    return m_mode == Mode::Text && preview.contains(m_text, Qt::CaseInsensitive);
}

bool TopicMatcher::matchesTopicEnd(QStringView fullTopic, qsizetype newLength) const noexcept
{
    if (m_mode != Mode::Text)
        return matchesTopic(fullTopic);
    // A match that ends in the new part starts at most text length - 1 characters before it.
    const qsizetype start = qMax<qsizetype>(0, fullTopic.size() - newLength - m_text.size() + 1);
    return fullTopic.sliced(start).contains(m_text, Qt::CaseInsensitive);
}

} // namespace OhMqttExplorer
