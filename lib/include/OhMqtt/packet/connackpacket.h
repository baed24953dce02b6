// CONNACK: the server's answer to CONNECT [MQTT-3.2].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// CONNACK: the server's answer to CONNECT [MQTT-3.2].
struct OHMQTT_EXPORT ConnAckPacket
{
    static constexpr PacketType type = PacketType::ConnAck; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    bool sessionPresent = false;
    /// In MQTT 3.1.1 the return codes 1-5 map to the MQTT 5.0 codes with the same meaning.
    ReasonCode reasonCode = ReasonCode::Success;
    ConnAckProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static ConnAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const ConnAckPacket &, const ConnAckPacket &) = default;
};

} // namespace OhMqtt
