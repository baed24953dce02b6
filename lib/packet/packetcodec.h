// Shared pieces of the per-packet codecs: fixed header, packet identifiers, version checks.
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt::Codec {

// Reserves the whole packet's size in `out` once and writes the fixed header.
void beginPacket(QByteArray &out, PacketType type, quint8 flags, qsizetype remainingLength);

// Room for `size` bytes in `out`, grown geometrically: `out` is often a write buffer that collects
// many packets, and an exact reserve per packet would copy it every time.
inline void reserveTotal(QByteArray &out, qsizetype size)
{
    if (size > out.capacity())
        out.reserve(qMax(size, 2 * out.capacity()));
}

// Writes the fixed header, the first byte and the Remaining Length (at most MaxVarInt), at
// `bytes`; returns where the variable header starts.
inline char *writeFixedHeader(char *bytes, quint8 firstByte, quint32 remainingLength)
{
    *bytes++ = char(firstByte);
    do {
        const quint8 low = remainingLength % 128;
        remainingLength /= 128;
        *bytes++ = char(remainingLength > 0 ? low | 0x80 : low);
    } while (remainingLength > 0);
    return bytes;
}

// Total size on the wire of a packet with this Remaining Length.
inline qsizetype packetSize(qsizetype remainingLength)
{
    return 1 +
        Serialization::varIntSize(
               quint32(qMin<qsizetype>(remainingLength, Serialization::MaxVarInt))) +
        remainingLength;
}

// Size of a property set with its Property Length in front.
inline qsizetype propertiesSize(const PropertyList &list)
{
    const qsizetype size = list.encodedSize();
    return Serialization::varIntSize(quint32(qMin<qsizetype>(size, Serialization::MaxVarInt))) +
        size;
}

// [MQTT-2.1.3-1] reserved flag bits must hold the value the specification lists.
void checkFlags(PacketType type, quint8 flags, quint8 expected);

// The packet body must end where its fields end.
void expectEnd(const ByteReader &reader);

// [MQTT-2.2.1-3] a Packet Identifier is non-zero.
quint16 readPacketId(ByteReader &reader);
void checkPacketIdForEncode(PacketType type, quint16 packetId);

// Refuses to encode MQTT 5.0 content into an MQTT 3.1.1 packet instead of dropping it.
void requireV5ForEncode(bool isV5, bool condition, PacketType type, const char *what);

// Reason codes the specification allows in each packet (sections 3.x.2.1).
bool reasonCodeAllowed(PacketType type, ReasonCode code) noexcept;
ReasonCode readReasonCode(ByteReader &reader, PacketType type);
void checkReasonCodeForEncode(PacketType type, ReasonCode code);

[[noreturn]] void encodeError(PacketType type, ReasonCode code, const QString &what);

// An MQTT UTF-8 string's bytes as text; a MalformedPacket from `reader` naming `field` when
// they break the rules of MQTT 1.5.4.
QString decodeUtf8String(const ByteReader &reader, QByteArrayView bytes, const char *field);

const char *packetName(PacketType type) noexcept;

inline bool isV5(ProtocolVersion version)
{
    return version == ProtocolVersion::V5;
}

// The MQTT 5.0 tail of PUBACK to PUBCOMP, DISCONNECT and AUTH: a Reason Code, then properties.
// Both may be left out when the code is 0x00 and there are no properties [MQTT-3.4.2.1].
template<PropertyScope Scope> struct ReasonTail
{
    ReasonCode &reasonCode;
    Properties<Scope> &properties;

    static qsizetype size(ReasonCode code, const Properties<Scope> &props)
    {
        if (!props.isEmpty())
            return 1 + propertiesSize(props.list());
        return code != ReasonCode::Success ? 1 : 0;
    }
    static void write(QByteArray &out, ReasonCode code, const Properties<Scope> &props)
    {
        if (code != ReasonCode::Success || !props.isEmpty())
            Serialization::writeUint8(out, quint8(code));
        if (!props.isEmpty())
            props.encode(out);
    }
    void read(ByteReader &reader, PacketType type)
    {
        if (reader.atEnd())
            return;
        reasonCode = readReasonCode(reader, type);
        if (!reader.atEnd())
            properties = Properties<Scope>::decode(reader);
    }
};

} // namespace OhMqtt::Codec
