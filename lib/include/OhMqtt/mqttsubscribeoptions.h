// MqttSubscribeOptions: the options of one subscription; Python's subscribe() keywords.
#pragma once

#include <OhMqtt/serialization.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>

#include <optional>

namespace OhMqtt {

// When the broker sends retained messages for a subscription (Retain Handling, MQTT 3.8.3.1).
enum class RetainPolicy : quint8 {
    Always = 0, // on every subscribe
    Once = 1, // only when the subscription is new
    Never = 2,
};

struct MqttSubscribeOptions
{
    QoS maxQos = QoS::Q2;
    QString shareName; // non-empty: subscribe to "$share/<shareName>/<topicFilter>"
    bool noLocal = false; // MQTT 5.0 only, as are the options below
    bool retainAsPublished = false;
    RetainPolicy retainPolicy = RetainPolicy::Always;
    std::optional<quint32> subscriptionId; // 1..268,435,455
    QList<StringPair> userProperties;

    friend bool operator==(const MqttSubscribeOptions &, const MqttSubscribeOptions &) = default;
};

} // namespace OhMqtt

Q_DECLARE_METATYPE(OhMqtt::MqttSubscribeOptions)
