// UNSUBACK: encode and decode; MQTT 3.1.1 has only the Packet Identifier (section 3.11).
#include <OhMqtt/packet/unsubackpacket.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {
constexpr auto Type = PacketType::UnsubAck;
}

void UnsubAckPacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    checkPacketIdForEncode(Type, packetId);
    requireV5ForEncode(v5, !properties.isEmpty(), Type, "UNSUBACK properties");
    requireV5ForEncode(v5, !reasonCodes.isEmpty(), Type, "UNSUBACK reason codes");
    if (v5 && reasonCodes.isEmpty())
        encodeError(Type, ReasonCode::ProtocolError, u"no reason codes"_s);
    for (ReasonCode code : reasonCodes)
        checkReasonCodeForEncode(Type, code);
    beginPacket(out, Type, 0,
                2 + (v5 ? propertiesSize(properties.list()) + reasonCodes.size() : 0));
    Serialization::writeUint16(out, packetId);
    if (!v5)
        return;
    properties.encode(out);
    for (ReasonCode code : reasonCodes)
        Serialization::writeUint8(out, quint8(code));
}

UnsubAckPacket UnsubAckPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    checkFlags(Type, flags, 0);
    ByteReader reader(body, packetName(Type));
    UnsubAckPacket p;
    p.packetId = readPacketId(reader);
    if (isV5(version)) {
        p.properties = UnsubAckProperties::decode(reader);
        while (!reader.atEnd())
            p.reasonCodes.append(readReasonCode(reader, Type));
        if (p.reasonCodes.isEmpty())
            reader.fail(ReasonCode::ProtocolError, u"no Reason Codes"_s);
    }
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
