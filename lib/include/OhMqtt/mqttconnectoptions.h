// MqttConnectOptions: where the broker is and what CONNECT says; Python's connect() keywords.
#pragma once

#include <OhMqtt/packet/connectpacket.h>

#include <QtCore/qmetatype.h>

#include <chrono>
#include <optional>

namespace OhMqtt {

struct OHMQTT_EXPORT MqttConnectOptions
{
    // "mqtt://host:port", or "host:port" and "host" with mqtt:// assumed; the port defaults to
    // 1883. mqtts://, ws://, wss:// and unix: are recognised but not supported yet.
    QString address;
    // Empty asks the broker to assign one (MQTT 5.0); MQTT 3.1.1 then needs cleanStart.
    QString clientId;
    bool cleanStart = false;
    std::chrono::milliseconds connectTimeout {0}; // from connectToBroker() to CONNACK; 0: none
    std::chrono::milliseconds reconnectDelay {0}; // 0: off (stored; reconnecting comes later)
    quint16 keepAliveInterval = 0; // seconds; 0 turns Keep Alive off
    bool tcpNoDelay = true;
    std::optional<QString> username;
    std::optional<QByteArray> password; // never logged
    std::optional<WillMessage> will;
    ConnectProperties connectProperties; // MQTT 5.0 only
    ProtocolVersion protocolVersion = ProtocolVersion::V5;

    // The CONNECT packet these options describe.
    ConnectPacket connectPacket() const;

    friend bool operator==(const MqttConnectOptions &, const MqttConnectOptions &) = default;
};

} // namespace OhMqtt

Q_DECLARE_METATYPE(OhMqtt::MqttConnectOptions)
