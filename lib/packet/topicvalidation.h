// The throwing form of the topic checks, for the codec, whose style is a thrown MqttError caught
// at the engine boundary. Private: the public API has topicError() and isValidTopic() instead.
#pragma once

#include <OhMqtt/mqtttopic.h>

namespace OhMqtt {

// Each throws the MqttError that topicError(), topicFilterError() or shareNameError() returns.
inline void validateTopic(QStringView topic)
{
    if (MqttError error = topicError(topic); !error.isNull())
        throw error;
}

// topicError() for a QString, which a stream of messages to one topic passes again and again: the
// last valid topic of each thread is remembered (a copy), and the same text is not checked again.
MqttError cachedTopicError(const QString &topic);

inline void validateTopicFilter(QStringView topicFilter)
{
    if (MqttError error = topicFilterError(topicFilter); !error.isNull())
        throw error;
}

inline void validateShareName(QStringView shareName)
{
    if (MqttError error = shareNameError(shareName); !error.isNull())
        throw error;
}

} // namespace OhMqtt
