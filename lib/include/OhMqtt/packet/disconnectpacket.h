// DISCONNECT: the end of a connection, from either side [MQTT-3.14].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// DISCONNECT: the end of a connection, from either side [MQTT-3.14].
struct OHMQTT_EXPORT DisconnectPacket
{
    static constexpr PacketType type = PacketType::Disconnect; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    ReasonCode reasonCode = NormalDisconnection; ///< MQTT 5.0 only
    DisconnectProperties properties; ///< MQTT 5.0 only
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static DisconnectPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const DisconnectPacket &, const DisconnectPacket &) = default;
};

} // namespace OhMqtt
