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
// last valid one of each thread is remembered, and the same string is not checked again. The
// cache shares the string's data, so a string at the same address and of the same size is that
// very text (a change to it would have detached it). Strings that do not own their data
// (QString::fromRawData()) are checked every time.
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
