// TopicMatcher: what the topic browser's filter text selects — a case-insensitive substring of
// a topic or its value, or an MQTT topic filter with wildcards.
#pragma once

#include <QtCore/qstring.h>

namespace OhMqttExplorer {

class TopicMatcher
{
public:
    enum class Mode {
        Everything, // no filter text
        Text, // a case-insensitive substring of the full topic or of the value preview
        TopicFilter, // an MQTT topic filter with + or # (OhMqtt::matchTopicFilter)
    };

    TopicMatcher() = default;
    // Text with '+' or '#' that is a valid topic filter is one; any other text is a substring.
    explicit TopicMatcher(const QString &filterText);

    Mode mode() const noexcept { return m_mode; }
    const QString &text() const noexcept { return m_text; }

    bool matchesTopic(QStringView fullTopic) const noexcept;
    // Only Text mode looks at values.
    bool matchesValue(QStringView preview) const noexcept;
    // Text mode: whether the last `newLength` characters of `fullTopic` (what a level added to
    // its parent's topic, its '/' included) take part in a match; with the parent's topic not
    // matching, that is whether the whole does. Lets a walk over the tree search each level
    // once instead of each full topic.
    bool matchesTopicEnd(QStringView fullTopic, qsizetype newLength) const noexcept;

private:
    Mode m_mode = Mode::Everything;
    QString m_text;
};

} // namespace OhMqttExplorer
