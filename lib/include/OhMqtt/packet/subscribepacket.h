// SUBSCRIBE: topic filters with their subscription options [MQTT-3.8].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

// RetainHandling is declared in mqttspec.h, for Q_ENUM_NS.

/// One topic filter of SUBSCRIBE with its Subscription Options [MQTT-3.8.3.1].
struct OHMQTT_EXPORT SubscriptionRequest
{
    QString topicFilter; ///< possibly "$share/<shareName>/<filter>"
    QoS maximumQoS = QoS::Q2; ///< the highest QoS the broker may deliver with
    bool noLocal = false; ///< MQTT 5.0 only, as are the two below
    bool retainAsPublished = false; ///< keep the publisher's RETAIN flag
    RetainHandling retainHandling = RetainHandling::SendOnSubscribe; ///< when retained ones come

    /// Field by field.
    friend bool operator==(const SubscriptionRequest &, const SubscriptionRequest &) = default;
};

/// SUBSCRIBE: topic filters with their subscription options [MQTT-3.8].
struct OHMQTT_EXPORT SubscribePacket
{
    static constexpr PacketType type = PacketType::Subscribe; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    quint16 packetId = 0;
    QList<SubscriptionRequest> subscriptions;
    SubscribeProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static SubscribePacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const SubscribePacket &, const SubscribePacket &) = default;
};

} // namespace OhMqtt
