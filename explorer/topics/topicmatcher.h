// TopicMatcher: what the topic browser's filter text selects — a case-insensitive substring of
// a topic or its value, or an MQTT topic filter with wildcards.
#pragma once

#include <QtCore/qlist.h>
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
    // Whether a level named `name` at `depth` (0: the top level) can be or lead to a match: in
    // TopicFilter mode, whether the filter's levels so far allow it; always in the others. A
    // walk skips what cannot match.
    bool mayMatchAt(int depth, QStringView name) const noexcept;
    // Whether every match of this one is a match of `other` (both Text): typing more narrows.
    bool narrows(const TopicMatcher &other) const noexcept;

private:
    // Case-insensitive (case folding of UTF-16 units) and fast for the ASCII that topics are
    // mostly made of.
    bool containsText(QStringView haystack) const noexcept;

    Mode m_mode = Mode::Everything;
    QString m_text;
    QString m_folded; // Text: the text case-folded
    // TopicFilter: the filter's levels without "$share/<name>", viewing m_text's characters
    // (never modified, so shared alike by every copy).
    QList<QStringView> m_levels;
    qsizetype m_multiLevel = -1; // TopicFilter: the level of '#', or -1
};

} // namespace OhMqttExplorer
