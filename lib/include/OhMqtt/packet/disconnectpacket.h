// DISCONNECT: the end of a connection, from either side [MQTT-3.14].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT DisconnectPacket
{
    static constexpr PacketType type = PacketType::Disconnect;

    ReasonCode reasonCode = NormalDisconnection; // MQTT 5.0 only
    DisconnectProperties properties; // MQTT 5.0 only

    void encode(QByteArray &out, ProtocolVersion version) const;
    static DisconnectPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const DisconnectPacket &, const DisconnectPacket &) = default;
};

} // namespace OhMqtt
