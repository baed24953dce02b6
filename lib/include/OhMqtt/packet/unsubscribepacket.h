// UNSUBSCRIBE: topic filters to remove [MQTT-3.10].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// UNSUBSCRIBE: topic filters to remove [MQTT-3.10].
struct OHMQTT_EXPORT UnsubscribePacket
{
    static constexpr PacketType type = PacketType::Unsubscribe; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    quint16 packetId = 0;
    QList<QString> topicFilters;
    UnsubscribeProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static UnsubscribePacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const UnsubscribePacket &, const UnsubscribePacket &) = default;
};

} // namespace OhMqtt
