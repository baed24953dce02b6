// Topic names, topic filters and shared subscriptions: validation and matching [MQTT-4.7,
// MQTT-4.8.2].
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qstring.h>

namespace OhMqtt {

// Each throws MqttError (TopicNameInvalid or TopicFilterInvalid) naming what is wrong.
OHMQTT_EXPORT void validateTopic(QStringView topic);
OHMQTT_EXPORT void validateTopicFilter(QStringView topicFilter);
OHMQTT_EXPORT void validateShareName(QStringView shareName);

OHMQTT_EXPORT bool isValidTopic(QStringView topic) noexcept;
OHMQTT_EXPORT bool isValidTopicFilter(QStringView topicFilter) noexcept;

// True when `topic` matches `topicFilter`; `+` matches one level, `#` the rest, and a
// leading wildcard does not match a topic starting with `$` [MQTT-4.7.2-1].
// The filter is assumed valid; an invalid topic never matches.
OHMQTT_EXPORT bool matchTopicFilter(QStringView topicFilter, QStringView topic) noexcept;

// "$share/<shareName>/<topicFilter>", validating both parts.
OHMQTT_EXPORT QString joinShare(QStringView shareName, QStringView topicFilter);

} // namespace OhMqtt
