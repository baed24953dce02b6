// CONNACK: the server's answer to CONNECT [MQTT-3.2].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT ConnAckPacket
{
    static constexpr PacketType type = PacketType::ConnAck;

    bool sessionPresent = false;
    // In MQTT 3.1.1 the return codes 1-5 map to the MQTT 5.0 codes with the same meaning.
    ReasonCode reasonCode = ReasonCode::Success;
    ConnAckProperties properties;

    void encode(QByteArray &out, ProtocolVersion version) const;
    static ConnAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const ConnAckPacket &, const ConnAckPacket &) = default;
};

} // namespace OhMqtt
