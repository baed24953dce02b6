// UNSUBACK: acknowledges UNSUBSCRIBE; reason codes exist in MQTT 5.0 only [MQTT-3.11].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT UnsubAckPacket
{
    static constexpr PacketType type = PacketType::UnsubAck;

    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; // MQTT 5.0 only
    UnsubAckProperties properties;

    void encode(QByteArray &out, ProtocolVersion version) const;
    static UnsubAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const UnsubAckPacket &, const UnsubAckPacket &) = default;
};

} // namespace OhMqtt
