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

using Packet =
    std::variant<ConnectPacket, ConnAckPacket, PublishPacket, PubAckPacket, PubRecPacket,
                 PubRelPacket, PubCompPacket, SubscribePacket, SubAckPacket, UnsubscribePacket,
                 UnsubAckPacket, PingReqPacket, PingRespPacket, DisconnectPacket, AuthPacket>;

OHMQTT_EXPORT PacketType packetType(const Packet &packet) noexcept;

// Decodes one packet from its first byte and body (the bytes after Remaining Length).
// Throws MqttError (MalformedPacket, ProtocolError, ...) naming the packet and field.
OHMQTT_EXPORT Packet decodePacket(quint8 firstByte, QByteArrayView body, ProtocolVersion version);

// Appends the whole packet, fixed header included, to `out` with at most one allocation.
OHMQTT_EXPORT void encodePacket(QByteArray &out, const Packet &packet, ProtocolVersion version);
OHMQTT_EXPORT QByteArray encodePacket(const Packet &packet, ProtocolVersion version);

OHMQTT_EXPORT QDebug operator<<(QDebug debug, const Packet &packet);

} // namespace OhMqtt
