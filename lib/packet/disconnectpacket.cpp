// DISCONNECT: encode and decode (section 3.14); MQTT 3.1.1 has no body.
#include <OhMqtt/packet/disconnectpacket.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Codec;

namespace {
constexpr auto Type = PacketType::Disconnect;
}

void DisconnectPacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    requireV5ForEncode(v5, !properties.isEmpty(), Type, "DISCONNECT properties");
    requireV5ForEncode(v5, reasonCode != NormalDisconnection, Type, "a Reason Code");
    if (v5)
        checkReasonCodeForEncode(Type, reasonCode);
    // [MQTT-3.14.2.1] Reason Code and Property Length may be left out for a plain disconnect.
    using Tail = ReasonTail<PropertyScope::Disconnect>;
    beginPacket(out, Type, 0, v5 ? Tail::size(reasonCode, properties) : 0);
    if (v5)
        Tail::write(out, reasonCode, properties);
}

DisconnectPacket DisconnectPacket::decode(quint8 flags, QByteArrayView body,
                                          ProtocolVersion version)
{
    checkFlags(Type, flags, 0);
    ByteReader reader(body, packetName(Type));
    DisconnectPacket p;
    if (isV5(version))
        ReasonTail<PropertyScope::Disconnect> {p.reasonCode, p.properties}.read(reader, Type);
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
