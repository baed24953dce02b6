// PUBACK, PUBREC, PUBREL and PUBCOMP: the QoS 1 and 2 acknowledgements share one format [MQTT-3.4
// - 3.7].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

template<PacketType Type, PropertyScope Scope> struct OHMQTT_EXPORT PublishAckPacket
{
    static constexpr PacketType type = Type;

    quint16 packetId = 0;
    ReasonCode reasonCode = ReasonCode::Success; // MQTT 5.0 only
    Properties<Scope> properties; // MQTT 5.0 only

    void encode(QByteArray &out, ProtocolVersion version) const;
    static PublishAckPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const PublishAckPacket &, const PublishAckPacket &) = default;
};

using PubAckPacket = PublishAckPacket<PacketType::PubAck, PropertyScope::PubAck>;
using PubRecPacket = PublishAckPacket<PacketType::PubRec, PropertyScope::PubRec>;
using PubRelPacket = PublishAckPacket<PacketType::PubRel, PropertyScope::PubRel>;
using PubCompPacket = PublishAckPacket<PacketType::PubComp, PropertyScope::PubComp>;

extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubAck, PropertyScope::PubAck>;
extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubRec, PropertyScope::PubRec>;
extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubRel, PropertyScope::PubRel>;
extern template struct OHMQTT_EXPORT PublishAckPacket<PacketType::PubComp, PropertyScope::PubComp>;

} // namespace OhMqtt
