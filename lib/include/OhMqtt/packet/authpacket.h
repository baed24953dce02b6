// AUTH: enhanced authentication exchange, MQTT 5.0 only [MQTT-3.15].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// AUTH: enhanced authentication exchange, MQTT 5.0 only [MQTT-3.15].
struct OHMQTT_EXPORT AuthPacket
{
    static constexpr PacketType type = PacketType::Auth; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    ReasonCode reasonCode = ReasonCode::Success;
    AuthProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version = ProtocolVersion::V5) const;
    static AuthPacket decode(quint8 flags, QByteArrayView body,
                             ProtocolVersion version = ProtocolVersion::V5);
    ///@}

    /// Field by field.
    friend bool operator==(const AuthPacket &, const AuthPacket &) = default;
};

} // namespace OhMqtt
