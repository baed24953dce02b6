// PINGREQ and PINGRESP: keepalive packets without a body [MQTT-3.12, MQTT-3.13].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

template<PacketType Type> struct OHMQTT_EXPORT PingPacket
{
    static constexpr PacketType type = Type;

    void encode(QByteArray &out, ProtocolVersion version = ProtocolVersion::V5) const;
    static PingPacket decode(quint8 flags, QByteArrayView body,
                             ProtocolVersion version = ProtocolVersion::V5);

    friend bool operator==(const PingPacket &, const PingPacket &) = default;
};

using PingReqPacket = PingPacket<PacketType::PingReq>;
using PingRespPacket = PingPacket<PacketType::PingResp>;

extern template struct OHMQTT_EXPORT PingPacket<PacketType::PingReq>;
extern template struct OHMQTT_EXPORT PingPacket<PacketType::PingResp>;

} // namespace OhMqtt
