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
    const bool withReason = v5 && (reasonCode != NormalDisconnection || !properties.isEmpty());
    const bool withProperties = v5 && !properties.isEmpty();
    beginPacket(out, Type, 0,
                (withReason ? 1 : 0) + (withProperties ? propertiesSize(properties.list()) : 0));
    if (withReason)
        Serialization::writeUint8(out, quint8(reasonCode));
    if (withProperties)
        properties.encode(out);
}

DisconnectPacket DisconnectPacket::decode(quint8 flags, QByteArrayView body,
                                          ProtocolVersion version)
{
    checkFlags(Type, flags, 0);
    ByteReader reader(body, packetName(Type));
    DisconnectPacket p;
    if (isV5(version) && !reader.atEnd()) {
        p.reasonCode = readReasonCode(reader, Type);
        if (!reader.atEnd())
            p.properties = DisconnectProperties::decode(reader);
    }
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
