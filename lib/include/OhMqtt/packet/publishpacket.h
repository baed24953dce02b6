// PUBLISH: an application message in either direction [MQTT-3.3].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT PublishPacket
{
    static constexpr PacketType type = PacketType::Publish;

    QString topic; // may be empty in MQTT 5.0 when a Topic Alias stands for it
    QByteArray payload;
    QoS qos = QoS::Q0;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0; // only for QoS 1 and 2
    PublishProperties properties;

    void encode(QByteArray &out, ProtocolVersion version) const;
    static PublishPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);

    friend bool operator==(const PublishPacket &, const PublishPacket &) = default;
};

} // namespace OhMqtt
