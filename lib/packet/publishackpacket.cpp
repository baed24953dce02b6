// PUBACK, PUBREC, PUBREL, PUBCOMP: the shared acknowledgement format of sections 3.4 to 3.7.
#include <OhMqtt/packet/publishackpacket.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Codec;

namespace {
// [MQTT-3.6.1-1] PUBREL has flags 0b0010; the others 0.
constexpr quint8 fixedFlags(PacketType type)
{
    return type == PacketType::PubRel ? 0x02 : 0x00;
}
} // namespace

template<PacketType T, PropertyScope S>
void PublishAckPacket<T, S>::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    checkPacketIdForEncode(T, packetId);
    // The usual answer, a success without properties, is four bytes in either version: MQTT 5.0
    // leaves the Reason Code and Property Length out then (MQTT 3.4.2.1).
    if (reasonCode == ReasonCode::Success && properties.isEmpty()) {
        const char bytes[] {char((quint8(T) << 4) | fixedFlags(T)), 2, char(packetId >> 8),
                            char(packetId & 0xFF)};
        out.append(bytes, sizeof bytes);
        return;
    }
    requireV5ForEncode(v5, !properties.isEmpty(), T, "properties");
    requireV5ForEncode(v5, reasonCode != ReasonCode::Success, T, "a Reason Code");
    if (v5)
        checkReasonCodeForEncode(T, reasonCode);
    beginPacket(out, T, fixedFlags(T), 2 + (v5 ? ReasonTail<S>::size(reasonCode, properties) : 0));
    Serialization::writeUint16(out, packetId);
    if (v5)
        ReasonTail<S>::write(out, reasonCode, properties);
}

template<PacketType T, PropertyScope S>
PublishAckPacket<T, S> PublishAckPacket<T, S>::decode(quint8 flags, QByteArrayView body,
                                                      ProtocolVersion version)
{
    checkFlags(T, flags, fixedFlags(T));
    ByteReader reader(body, packetName(T));
    PublishAckPacket p;
    p.packetId = readPacketId(reader);
    if (isV5(version))
        ReasonTail<S> {p.reasonCode, p.properties}.read(reader, T);
    expectEnd(reader);
    return p;
}

template struct PublishAckPacket<PacketType::PubAck, PropertyScope::PubAck>;
template struct PublishAckPacket<PacketType::PubRec, PropertyScope::PubRec>;
template struct PublishAckPacket<PacketType::PubRel, PropertyScope::PubRel>;
template struct PublishAckPacket<PacketType::PubComp, PropertyScope::PubComp>;

} // namespace OhMqtt
