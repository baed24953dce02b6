// SUBACK: one reason code per requested topic filter [MQTT-3.9].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT SubAckPacket
{
    static constexpr PacketType type = PacketType::SubAck;

    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; // MQTT 3.1.1 failure 0x80 reads as UnspecifiedError
    SubAckProperties properties;

    void encode(QByteArray &out, ProtocolVersion version) const;
    static SubAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const SubAckPacket &, const SubAckPacket &) = default;
};

} // namespace OhMqtt
