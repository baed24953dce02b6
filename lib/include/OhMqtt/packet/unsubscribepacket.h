// UNSUBSCRIBE: topic filters to remove [MQTT-3.10].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT UnsubscribePacket
{
    static constexpr PacketType type = PacketType::Unsubscribe;

    quint16 packetId = 0;
    QList<QString> topicFilters;
    UnsubscribeProperties properties;

    void encode(QByteArray &out, ProtocolVersion version) const;
    static UnsubscribePacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const UnsubscribePacket &, const UnsubscribePacket &) = default;
};

} // namespace OhMqtt
