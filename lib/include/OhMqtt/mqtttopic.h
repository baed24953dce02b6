// Topic names, topic filters and shared subscriptions: validation and matching [MQTT-4.7,
// MQTT-4.8.2].
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qstring.h>

namespace OhMqtt {

// Each throws MqttError (TopicNameInvalid or TopicFilterInvalid) whose message quotes the
// text and names the broken rule with its spec id. A topic filter may be a shared one,
// "$share/<shareName>/<filter>" [MQTT-4.8.2-1] [MQTT-4.8.2-2].
OHMQTT_EXPORT void validateTopic(QStringView topic);
OHMQTT_EXPORT void validateTopicFilter(QStringView topicFilter);
OHMQTT_EXPORT void validateShareName(QStringView shareName);

OHMQTT_EXPORT bool isValidTopic(QStringView topic) noexcept;
OHMQTT_EXPORT bool isValidTopicFilter(QStringView topicFilter) noexcept;

// True when `topic` matches `topicFilter`; `+` matches one level, `#` the rest, and a
// leading wildcard does not match a topic starting with `$` [MQTT-4.7.2-1].
// A shared filter "$share/<shareName>/<filter>" matches as <filter> does. The filter is
// assumed valid; an invalid topic never matches. Allocation-free.
OHMQTT_EXPORT bool matchTopicFilter(QStringView topicFilter, QStringView topic) noexcept;

// "$share/<shareName>/<topicFilter>", validating both parts.
OHMQTT_EXPORT QString joinShare(QStringView shareName, QStringView topicFilter);

} // namespace OhMqtt
