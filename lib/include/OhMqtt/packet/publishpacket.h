// PUBLISH: an application message in either direction [MQTT-3.3].
#pragma once

#include <OhMqtt/mqttproperties.h>

namespace OhMqtt {

/// PUBLISH: an application message in either direction [MQTT-3.3].
struct OHMQTT_EXPORT PublishPacket
{
    static constexpr PacketType type = PacketType::Publish; ///< the fixed header's packet type

    ///@{
    /// The packet's fields, named as in the specification.
    QString topic; ///< may be empty in MQTT 5.0 when a Topic Alias stands for it
    QByteArray payload;
    QoS qos = QoS::Q0;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0; ///< only for QoS 1 and 2
    PublishProperties properties;
    ///@}

    ///@{
    /// Appends the whole packet, fixed header included, to `out`; decode() reads one from its
    /// fixed header's flags and the rest of its bytes. Both throw MqttError naming the field.
    void encode(QByteArray &out, ProtocolVersion version) const;
    static PublishPacket decode(quint8 flags, QByteArrayView body, ProtocolVersion version);
    ///@}

    /// Field by field.
    friend bool operator==(const PublishPacket &, const PublishPacket &) = default;
};

} // namespace OhMqtt
