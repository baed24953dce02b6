// PINGREQ and PINGRESP: keepalive packets without a body [MQTT-3.12, MQTT-3.13].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// PINGREQ and PINGRESP: keepalive packets without a body [MQTT-3.12, MQTT-3.13].
template<PacketType Type> struct OHMQTT_EXPORT PingPacket
{
    static constexpr PacketType type = Type; ///< the fixed header's packet type

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version = ProtocolVersion::V5) const;
    static PingPacket decode(quint8 flags, QByteArrayView body,
                             ProtocolVersion version = ProtocolVersion::V5);
    ///@}

    /// Field by field.
    friend bool operator==(const PingPacket &, const PingPacket &) = default;
};

using PingReqPacket = PingPacket<PacketType::PingReq>; ///< PINGREQ [MQTT-3.12]
using PingRespPacket = PingPacket<PacketType::PingResp>; ///< PINGRESP [MQTT-3.13]

extern template struct OHMQTT_EXPORT PingPacket<PacketType::PingReq>;
extern template struct OHMQTT_EXPORT PingPacket<PacketType::PingResp>;

} // namespace OhMqtt
