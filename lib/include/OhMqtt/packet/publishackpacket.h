// PUBACK, PUBREC, PUBREL and PUBCOMP: the QoS 1 and 2 acknowledgements share one format [MQTT-3.4
// - 3.7].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// PUBACK, PUBREC, PUBREL and PUBCOMP: the QoS 1 and 2 acknowledgements share one format [MQTT-3.4
template<PacketType Type, PropertyScope Scope> struct OHMQTT_EXPORT PublishAckPacket
{
    static constexpr PacketType type = Type; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    quint16 packetId = 0;
    ReasonCode reasonCode = ReasonCode::Success; ///< MQTT 5.0 only
    Properties<Scope> properties; ///< MQTT 5.0 only
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static PublishAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const PublishAckPacket &, const PublishAckPacket &) = default;
};

///@{
/// PUBACK (QoS 1), and PUBREC, PUBREL, PUBCOMP (the QoS 2 exchange).
using PubAckPacket = PublishAckPacket<PacketType::PubAck, PropertyScope::PubAck>;
using PubRecPacket = PublishAckPacket<PacketType::PubRec, PropertyScope::PubRec>;
using PubRelPacket = PublishAckPacket<PacketType::PubRel, PropertyScope::PubRel>;
using PubCompPacket = PublishAckPacket<PacketType::PubComp, PropertyScope::PubComp>;
///@}

extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubAck, PropertyScope::PubAck>;
extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubRec, PropertyScope::PubRec>;
extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubRel, PropertyScope::PubRel>;
extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubComp, PropertyScope::PubComp>;

} // namespace OhMqtt
