// Packet: any of the 15 control packets, and decoding/encoding by fixed header.
#pragma once

#include <OhMqtt/packet/authpacket.h>
#include <OhMqtt/packet/connackpacket.h>
#include <OhMqtt/packet/connectpacket.h>
#include <OhMqtt/packet/disconnectpacket.h>
#include <OhMqtt/packet/pingpacket.h>
#include <OhMqtt/packet/publishackpacket.h>
#include <OhMqtt/packet/publishpacket.h>
#include <OhMqtt/packet/subackpacket.h>
#include <OhMqtt/packet/subscribepacket.h>
#include <OhMqtt/packet/unsubackpacket.h>
#include <OhMqtt/packet/unsubscribepacket.h>

#include <variant>

namespace OhMqtt {

/// Any control packet, as the stream decoder hands them out.
using Packet =
    std::variant<ConnectPacket, ConnAckPacket, PublishPacket, PubAckPacket, PubRecPacket,
                 PubRelPacket, PubCompPacket, SubscribePacket, SubAckPacket, UnsubscribePacket,
                 UnsubAckPacket, PingReqPacket, PingRespPacket, DisconnectPacket, AuthPacket>;

/// The packet's type, whichever alternative it holds.
OHMQTT_EXPORT PacketType packetType(const Packet &packet) noexcept;

/// Decodes one packet from its first byte and body (the bytes after Remaining Length).
/// Throws MqttError (MalformedPacket, ProtocolError, ...) naming the packet and field.
OHMQTT_EXPORT Packet decodePacket(quint8 firstByte, QByteArrayView body, ProtocolVersion version);

///@{
/// Appends the whole packet, fixed header included, to `out` with at most one allocation (or
/// returns it). Throws MqttError for what cannot be sent legally.
OHMQTT_EXPORT void encodePacket(QByteArray &out, const Packet &packet, ProtocolVersion version);
OHMQTT_EXPORT QByteArray encodePacket(const Packet &packet, ProtocolVersion version);
///@}

/// The packet's type and main fields (identifier, topic, reason code), for qDebug().
OHMQTT_EXPORT QDebug operator<<(QDebug debug, const Packet &packet);

} // namespace OhMqtt
