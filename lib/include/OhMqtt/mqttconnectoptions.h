// MqttConnectOptions: where the broker is and what CONNECT says; Python's connect() keywords.
#pragma once

#include <OhMqtt/packet/connectpacket.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtNetwork/qsslerror.h>

#include <chrono>
#include <optional>

namespace OhMqtt {

struct OHMQTT_EXPORT MqttConnectOptions
{
    // Where the broker is: "mqtt://host:port" (TCP), "mqtts://host:port" (TLS),
    // "ws://host:port/path" (WebSocket), "wss://host:port/path" (WebSocket over TLS) or
    // "unix:/path/to/socket". No scheme means mqtt://; no port means 1883, 8883, 80 or 443;
    // IPv6 literals go in brackets ("mqtt://[::1]:1883"); a WebSocket path defaults to "/".
    // A bad address makes connectToBroker() throw before any I/O.
    QString address;
    // Empty asks the broker to assign one (MQTT 5.0); MQTT 3.1.1 then needs cleanStart.
    QString clientId;
    bool cleanStart = false;
    // From the start of each attempt to CONNACK, across every stage (TCP, TLS, WebSocket,
    // CONNECT sent). 30 s by default, as QAbstractSocket::waitForConnected(); 0: none. When it
    // runs out, errorOccurred() says so and the attempt fails (a reconnectDelay tries again).
    std::chrono::milliseconds connectTimeout {30'000};
    // After an unexpected loss (or a failed attempt), connect again after this delay; 0: never.
    // The delay doubles with each failed attempt up to 32 × reconnectDelay or 60 s, whichever is
    // less (never less than reconnectDelay itself), is spread by ±20 % at random, and starts over
    // after a successful connect. disconnectFromBroker() and shutdown() stop reconnecting.
    std::chrono::milliseconds reconnectDelay {0};
    // A refusal that retrying cannot change ends reconnecting, unless this is true: a broker
    // certificate that failed verification, a CONNACK refusing what the CONNECT says or who sends
    // it (bad user name or password, not authorized, banned, protocol version, client identifier,
    // authentication method, malformed, protocol error, packet too large, the Will's topic,
    // payload format, Retain or QoS; server moved), and a DISCONNECT for session taken over.
    // README's Reconnect section lists the reason codes.
    bool reconnectOnRefusal = false;
    // Seconds; 0 turns Keep Alive off. PINGREQ goes out when nothing was sent (or nothing was
    // received) for this long, and a broker silent for 1.5 times as long is given up. A Server
    // Keep Alive in CONNACK replaces it [MQTT-3.2.2-21].
    quint16 keepAliveInterval = 0;
    bool tcpNoDelay = true; // TCP_NODELAY on every transport over TCP (all but unix:)
    // TLS for mqtts:// and wss://. Unset means QSslConfiguration::defaultConfiguration(): the
    // system's CA certificates, and the broker's certificate verified. To trust your own CA,
    // start from defaultConfiguration() and set its CA certificates; client certificates, the
    // protocol and ciphers go here too. Verification is skipped only when you ask for it,
    // with peerVerifyMode VerifyNone or tlsIgnoredErrors.
    std::optional<QSslConfiguration> tlsConfiguration;
    // The name the broker's certificate must carry (and the SNI sent); empty: the address's
    // host. For reaching a broker by IP address or through a tunnel.
    QString tlsHostname;
    // Certificate errors to accept; empty (the default): any error fails the connection with
    // Qt's reason. {QSslError::HostNameMismatch} is what mosquitto's --insecure does.
    QList<QSslError::SslError> tlsIgnoredErrors;
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
