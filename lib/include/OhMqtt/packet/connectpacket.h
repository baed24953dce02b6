// CONNECT: the first packet a client sends [MQTT-3.1].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// The Will Message of CONNECT [MQTT-3.1.2.5]: what the broker publishes for the client when the
/// connection ends without a DISCONNECT (or with Disconnect with Will Message).
struct OHMQTT_EXPORT WillMessage
{
    ///@{
    /// As in a PUBLISH.
    QString topic;
    QByteArray payload;
    QoS qos = QoS::Q0;
    bool retain = false;
    ///@}
    WillProperties properties; ///< MQTT 5.0 only: Will Delay Interval and the PUBLISH properties

    /// Field by field.
    friend bool operator==(const WillMessage &, const WillMessage &) = default;
};

/// CONNECT: the first packet a client sends [MQTT-3.1].
struct OHMQTT_EXPORT ConnectPacket
{
    static constexpr PacketType type = PacketType::Connect; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    ProtocolVersion protocolVersion = ProtocolVersion::V5;
    QString clientId;
    bool cleanStart = false;
    quint16 keepAlive = 0;
    std::optional<QString> username;
    std::optional<QByteArray> password;
    std::optional<WillMessage> will;
    ConnectProperties properties; ///< MQTT 5.0 only
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field. The
    /// version comes from the packet itself: protocolVersion, or the Protocol Level read; the
    /// `version` argument is ignored.
    void encode(QByteArray &out, ProtocolVersion version = ProtocolVersion::V5) const;
    static ConnectPacket decode(quint8 flags, QByteArrayView body,
                                ProtocolVersion version = ProtocolVersion::V5);
    ///@}

    /// Field by field.
    friend bool operator==(const ConnectPacket &, const ConnectPacket &) = default;
};

} // namespace OhMqtt
