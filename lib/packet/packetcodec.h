// Shared pieces of the per-packet codecs: fixed header, packet identifiers, version checks.
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt::Codec {

// Reserves the whole packet's size in `out` once and writes the fixed header.
void beginPacket(QByteArray &out, PacketType type, quint8 flags, qsizetype remainingLength);

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

const char *packetName(PacketType type) noexcept;

inline bool isV5(ProtocolVersion version)
{
    return version == ProtocolVersion::V5;
}

} // namespace OhMqtt::Codec
