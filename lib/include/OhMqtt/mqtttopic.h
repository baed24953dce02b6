// Topic names, topic filters and shared subscriptions: validation and matching [MQTT-4.7,
// MQTT-4.8.2].
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qstring.h>

namespace OhMqtt {

///@{
/// Whether the text may be used as a topic name, a topic filter or a share name. A topic filter
/// may be a shared one, `"$share/<shareName>/<filter>"` [MQTT-4.8.2-1] [MQTT-4.8.2-2].
OHMQTT_EXPORT bool isValidTopic(QStringView topic) noexcept;
OHMQTT_EXPORT bool isValidTopicFilter(QStringView topicFilter) noexcept;
OHMQTT_EXPORT bool isValidShareName(QStringView shareName) noexcept;
///@}

///@{
/// What is wrong with the text: a null MqttError when it is valid, else TopicNameInvalid (or
/// TopicFilterInvalid for filters and share names) with a message that quotes the text and names
/// the broken rule with its spec id.
OHMQTT_EXPORT MqttError topicError(QStringView topic);
OHMQTT_EXPORT MqttError topicFilterError(QStringView topicFilter);
OHMQTT_EXPORT MqttError shareNameError(QStringView shareName);
///@}

/// True when `topic` matches `topicFilter`; `+` matches one level, `#` the rest, and a
/// leading wildcard does not match a topic starting with `$` [MQTT-4.7.2-1].
/// A shared filter `"$share/<shareName>/<filter>"` matches as `<filter>` does. The filter is
/// assumed valid; an invalid topic never matches. Allocation-free.
OHMQTT_EXPORT bool matchTopicFilter(QStringView topicFilter, QStringView topic) noexcept;

/// The name of a shared subscription, a type of its own so that it cannot be passed where a topic
/// filter belongs (joinShare() takes both). Holds any text; isValid() says whether it may be used.
class OHMQTT_EXPORT ShareName
{
public:
    /// Takes any text; isValid() says whether it is a share name.
    explicit ShareName(QString name)
        : m_name(std::move(name))
    { }

    QString name() const { return m_name; } ///< the text as given
    bool isValid() const noexcept { return isValidShareName(m_name); } ///< see isValidShareName()

    /// Equal when their texts are.
    friend bool operator==(const ShareName &, const ShareName &) = default;

private:
    QString m_name;
};

/// `"$share/<shareName>/<topicFilter>"` [MQTT-4.8.2-1] [MQTT-4.8.2-2], in the order of the
/// reference's join_share(topic_filter, share_name). Both parts, and the whole, must be valid;
/// otherwise the result is an empty QString and `*error` (when given) says why. On success
/// `*error` becomes a null MqttError.
OHMQTT_EXPORT QString joinShare(QStringView topicFilter, const ShareName &shareName,
                                MqttError *error = nullptr);

} // namespace OhMqtt
