// SUBACK: encode, decode and the reason code rules of section 3.9.
#include <OhMqtt/packet/subackpacket.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {

constexpr auto Type = PacketType::SubAck;

// MQTT 3.1.1 return codes: granted QoS 0-2 or failure 0x80 (3.1.1: [MQTT-3.9.3-2]).
bool v311Allowed(ReasonCode code)
{
    return quint8(code) <= 2 || code == ReasonCode::UnspecifiedError;
}

} // namespace

void SubAckPacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    checkPacketIdForEncode(Type, packetId);
    requireV5ForEncode(v5, !properties.isEmpty(), Type, "SUBACK properties");
    if (reasonCodes.isEmpty())
        encodeError(Type, ReasonCode::ProtocolError, u"no reason codes"_s);
    for (ReasonCode code : reasonCodes) {
        if (v5)
            checkReasonCodeForEncode(Type, code);
        else if (!v311Allowed(code))
            encodeError(Type, ReasonCode::ProtocolError,
                        u"return code 0x%1 does not exist in MQTT 3.1.1"_s.arg(quint8(code), 2, 16,
                                                                               QChar(u'0')));
    }
    beginPacket(out, Type, 0,
                2 + (v5 ? propertiesSize(properties.list()) : 0) + reasonCodes.size());
    Serialization::writeUint16(out, packetId);
    if (v5)
        properties.encode(out);
    for (ReasonCode code : reasonCodes)
        Serialization::writeUint8(out, quint8(code));
}

SubAckPacket SubAckPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    checkFlags(Type, flags, 0);
    ByteReader reader(body, packetName(Type));
    const bool v5 = isV5(version);
    SubAckPacket p;
    p.packetId = readPacketId(reader);
    if (v5)
        p.properties = SubAckProperties::decode(reader);
    while (!reader.atEnd()) {
        if (v5) {
            p.reasonCodes.append(readReasonCode(reader, Type));
        } else {
            const auto code = ReasonCode(reader.readUint8("Return Code"));
            if (!v311Allowed(code))
                reader.fail(ReasonCode::ProtocolError,
                            u"Return Code 0x%1 is reserved [MQTT-3.9.3-2]"_s.arg(quint8(code), 2,
                                                                                 16, QChar(u'0')));
            p.reasonCodes.append(code);
        }
    }
    if (p.reasonCodes.isEmpty())
        reader.fail(ReasonCode::ProtocolError, u"no Reason Codes"_s);
    return p;
}

} // namespace OhMqtt
