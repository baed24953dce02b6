// CONNACK: encode, decode and the rules of section 3.2, with MQTT 3.1.1 return codes mapped.
#include <OhMqtt/packet/connackpacket.h>

#include "packetcodec.h"

#include <array>

namespace OhMqtt {

using namespace Qt::StringLiterals;
using namespace Codec;

namespace {

constexpr auto Type = PacketType::ConnAck;

// MQTT 3.1.1 CONNACK return codes 0-5, as MQTT 5.0 reason codes of the same meaning.
constexpr std::array<ReasonCode, 6> v311ReturnCodes {
    ReasonCode::Success,
    ReasonCode::UnsupportedProtocolVersion,
    ReasonCode::ClientIdentifierNotValid,
    ReasonCode::ServerUnavailable,
    ReasonCode::BadUserNameOrPassword,
    ReasonCode::NotAuthorized,
};

std::optional<quint8> v311ReturnCode(ReasonCode code)
{
    for (std::size_t i = 0; i < v311ReturnCodes.size(); ++i)
        if (v311ReturnCodes[i] == code)
            return quint8(i);
    return std::nullopt;
}

} // namespace

void ConnAckPacket::encode(QByteArray &out, ProtocolVersion version) const
{
    const bool v5 = isV5(version);
    requireV5ForEncode(v5, !properties.isEmpty(), Type, "CONNACK properties");
    quint8 code = quint8(reasonCode);
    if (v5) {
        checkReasonCodeForEncode(Type, reasonCode);
    } else {
        const auto mapped = v311ReturnCode(reasonCode);
        if (!mapped)
            encodeError(
                Type, ReasonCode::ProtocolError,
                u"reason %1 has no MQTT 3.1.1 return code"_s.arg(reasonCodeName(reasonCode)));
        code = *mapped;
    }
    if (sessionPresent && reasonCode != ReasonCode::Success)
        encodeError(Type, ReasonCode::ProtocolError,
                    u"Session Present with a failure reason [MQTT-3.2.2-6]"_s);

    beginPacket(out, Type, 0, 2 + (v5 ? propertiesSize(properties.list()) : 0));
    Serialization::writeUint8(out, sessionPresent ? 1 : 0);
    Serialization::writeUint8(out, code);
    if (v5)
        properties.encode(out);
}

ConnAckPacket ConnAckPacket::decode(quint8 flags, QByteArrayView body, ProtocolVersion version)
{
    checkFlags(Type, flags, 0);
    ByteReader reader(body, packetName(Type));
    ConnAckPacket p;
    const quint8 ackFlags = reader.readUint8("Connect Acknowledge Flags");
    if (ackFlags & 0xFE)
        reader.fail(ReasonCode::MalformedPacket,
                    u"reserved Connect Acknowledge Flags bits are set [MQTT-3.2.2-1]"_s);
    p.sessionPresent = ackFlags & 0x01;
    if (isV5(version)) {
        p.reasonCode = readReasonCode(reader, Type);
        p.properties = ConnAckProperties::decode(reader);
    } else {
        const quint8 code = reader.readUint8("Connect Return Code");
        if (code >= v311ReturnCodes.size())
            reader.fail(ReasonCode::ProtocolError,
                        u"Connect Return Code %1 is reserved"_s.arg(code));
        p.reasonCode = v311ReturnCodes[code];
    }
    // [MQTT-3.2.2-6] (MQTT 3.1.1: [MQTT-3.2.2-4]) no session with a failed connect.
    if (p.sessionPresent && p.reasonCode != ReasonCode::Success)
        reader.fail(ReasonCode::ProtocolError,
                    u"Session Present is set with a non-zero reason [MQTT-3.2.2-6]"_s);
    expectEnd(reader);
    return p;
}

} // namespace OhMqtt
