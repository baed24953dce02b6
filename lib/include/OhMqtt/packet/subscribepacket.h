// SUBSCRIBE: topic filters with their subscription options [MQTT-3.8].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

// RetainHandling is declared in mqttspec.h, for Q_ENUM_NS.

struct OHMQTT_EXPORT SubscriptionRequest
{
    QString topicFilter;
    QoS maximumQoS = QoS::Q2;
    bool noLocal = false; // MQTT 5.0 only, as are the two below
    bool retainAsPublished = false;
    RetainHandling retainHandling = RetainHandling::SendOnSubscribe;

    friend bool operator==(const SubscriptionRequest &, const SubscriptionRequest &) = default;
};

struct OHMQTT_EXPORT SubscribePacket
{
    static constexpr PacketType type = PacketType::Subscribe;

    quint16 packetId = 0;
    QList<SubscriptionRequest> subscriptions;
    SubscribeProperties properties;

    void encode(QByteArray &out, ProtocolVersion version) const;
    static SubscribePacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const SubscribePacket &, const SubscribePacket &) = default;
};

} // namespace OhMqtt
