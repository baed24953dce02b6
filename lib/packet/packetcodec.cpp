// Shared pieces of the per-packet codecs: fixed header, packet identifiers, version checks.
#include "packetcodec.h"

namespace OhMqtt::Codec {

using namespace Qt::StringLiterals;

const char *packetName(PacketType type) noexcept
{
    static constexpr const char *names[] = {
        "reserved packet type 0",
        "CONNECT",
        "CONNACK",
        "PUBLISH",
        "PUBACK",
        "PUBREC",
        "PUBREL",
        "PUBCOMP",
        "SUBSCRIBE",
        "SUBACK",
        "UNSUBSCRIBE",
        "UNSUBACK",
        "PINGREQ",
        "PINGRESP",
        "DISCONNECT",
        "AUTH",
    };
    return names[quint8(type) & 0x0F];
}

void encodeError(PacketType type, ReasonCode code, const QString &what)
{
    throw MqttError(u"cannot encode %1: %2"_s.arg(QLatin1StringView(packetName(type)), what), code);
}

void beginPacket(QByteArray &out, PacketType type, quint8 flags, qsizetype remainingLength)
{
    if (remainingLength > Serialization::MaxVarInt)
        encodeError(type, ReasonCode::PacketTooLarge,
                    u"Remaining Length %1 exceeds 268435455 bytes"_s.arg(remainingLength));
    reserveTotal(out, out.size() + packetSize(remainingLength)); // the whole packet at once
    Serialization::writeUint8(out, quint8((quint8(type) << 4) | flags));
    Serialization::writeVarInt(out, quint32(remainingLength), "Remaining Length");
}

void checkFlags(PacketType type, quint8 flags, quint8 expected)
{
    if (flags != expected)
        throw MqttError::malformed(
            u"%1: reserved fixed header flags are 0x%2, must be 0x%3 [MQTT-2.1.3-1]"_s
                .arg(QLatin1StringView(packetName(type)))
                .arg(flags, 1, 16)
                .arg(expected, 1, 16));
}

void expectEnd(const ByteReader &reader)
{
    if (!reader.atEnd())
        reader.fail(ReasonCode::MalformedPacket,
                    u"%1 unexpected bytes after the last field"_s.arg(reader.remaining()));
}

quint16 readPacketId(ByteReader &reader)
{
    const quint16 id = reader.readUint16("Packet Identifier");
    if (id == 0)
        reader.fail(ReasonCode::ProtocolError, u"Packet Identifier is 0 [MQTT-2.2.1-3]"_s);
    return id;
}

void checkPacketIdForEncode(PacketType type, quint16 packetId)
{
    if (packetId == 0)
        encodeError(type, ReasonCode::ProtocolError, u"Packet Identifier is 0 [MQTT-2.2.1-3]"_s);
}

void requireV5ForEncode(bool isV5, bool condition, PacketType type, const char *what)
{
    if (!isV5 && condition)
        encodeError(type, ReasonCode::ProtocolError,
                    u"%1 does not exist in MQTT 3.1.1"_s.arg(QLatin1StringView(what)));
}

ReasonCode readReasonCode(ByteReader &reader, PacketType type)
{
    const auto code = ReasonCode(reader.readUint8("Reason Code"));
    if (!reasonCodeAllowed(type, code))
        reader.fail(ReasonCode::ProtocolError,
                    u"Reason Code 0x%1 is not valid in this packet"_s.arg(quint8(code), 2, 16,
                                                                          QChar(u'0')));
    return code;
}

void checkReasonCodeForEncode(PacketType type, ReasonCode code)
{
    if (!reasonCodeAllowed(type, code))
        encodeError(type, ReasonCode::ProtocolError,
                    u"Reason Code 0x%1 is not valid in this packet"_s.arg(quint8(code), 2, 16,
                                                                          QChar(u'0')));
}

} // namespace OhMqtt::Codec
