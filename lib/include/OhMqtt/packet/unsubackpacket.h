// UNSUBACK: acknowledges UNSUBSCRIBE; reason codes exist in MQTT 5.0 only [MQTT-3.11].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// UNSUBACK: acknowledges UNSUBSCRIBE; reason codes exist in MQTT 5.0 only [MQTT-3.11].
struct OHMQTT_EXPORT UnsubAckPacket
{
    static constexpr PacketType type = PacketType::UnsubAck; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; ///< MQTT 5.0 only
    UnsubAckProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static UnsubAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const UnsubAckPacket &, const UnsubAckPacket &) = default;
};

} // namespace OhMqtt
