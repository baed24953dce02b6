// CONNECT: the first packet a client sends [MQTT-3.1].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

struct OHMQTT_EXPORT WillMessage
{
    QString topic;
    QByteArray payload;
    QoS qos = QoS::Q0;
    bool retain = false;
    WillProperties properties; // MQTT 5.0 only

    friend bool operator==(const WillMessage &, const WillMessage &) = default;
};

struct OHMQTT_EXPORT ConnectPacket
{
    static constexpr PacketType type = PacketType::Connect;

    ProtocolVersion protocolVersion = ProtocolVersion::V5;
    QString clientId;
    bool cleanStart = false;
    quint16 keepAlive = 0;
    std::optional<QString> username;
    std::optional<QByteArray> password;
    std::optional<WillMessage> will;
    ConnectProperties properties; // MQTT 5.0 only

    // The version comes from the packet itself; `version` is ignored when encoding.
    void encode(QByteArray &out, ProtocolVersion version = ProtocolVersion::V5) const;
    static ConnectPacket decode(quint8 flags, QByteArrayView body,
                                ProtocolVersion version = ProtocolVersion::V5);

    friend bool operator==(const ConnectPacket &, const ConnectPacket &) = default;
};

} // namespace OhMqtt
