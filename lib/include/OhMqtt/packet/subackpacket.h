// SUBACK: one reason code per requested topic filter [MQTT-3.9].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// SUBACK: one reason code per requested topic filter [MQTT-3.9].
struct OHMQTT_EXPORT SubAckPacket
{
    static constexpr PacketType type = PacketType::SubAck; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; ///< MQTT 3.1.1 failure 0x80 reads as UnspecifiedError
    SubAckProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static SubAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const SubAckPacket &, const SubAckPacket &) = default;
};

} // namespace OhMqtt
