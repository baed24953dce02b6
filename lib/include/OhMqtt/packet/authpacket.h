// AUTH: enhanced authentication exchange, MQTT 5.0 only [MQTT-3.15].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT AuthPacket
{
    static constexpr PacketType type = PacketType::Auth;

    ReasonCode reasonCode = ReasonCode::Success;
    AuthProperties properties;

    void encode(QByteArray &out, ProtocolVersion version = ProtocolVersion::V5) const;
    static AuthPacket decode(quint8 flags, QByteArrayView body,
                             ProtocolVersion version = ProtocolVersion::V5);

    friend bool operator==(const AuthPacket &, const AuthPacket &) = default;
};

} // namespace OhMqtt
