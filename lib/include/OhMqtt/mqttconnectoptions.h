// MqttConnectOptions: where the broker is and what CONNECT says; Python's connect() keywords.
#pragma once

#include <OhMqtt/packet/connectpacket.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtNetwork/qsslerror.h>

#include <chrono>
#include <optional>

namespace OhMqtt {

class MqttConnectOptionsData;

/// How MqttClient connects: where the broker is, what CONNECT says, TLS, timeouts and reconnecting.
///
/// Implicitly shared. Durations are milliseconds, as int (like QTimer::interval()) or as
/// std::chrono::milliseconds (the ...AsDuration() getters and the setter overloads).
class OHMQTT_EXPORT MqttConnectOptions
{
    Q_GADGET
    Q_PROPERTY(QString address READ address WRITE setAddress)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId)
    Q_PROPERTY(bool cleanStart READ cleanStart WRITE setCleanStart)
    Q_PROPERTY(int connectTimeout READ connectTimeout WRITE setConnectTimeout)
    Q_PROPERTY(int reconnectDelay READ reconnectDelay WRITE setReconnectDelay)
    Q_PROPERTY(bool reconnectOnRefusal READ reconnectOnRefusal WRITE setReconnectOnRefusal)
    Q_PROPERTY(quint16 keepAliveInterval READ keepAliveInterval WRITE setKeepAliveInterval)
    Q_PROPERTY(bool tcpNoDelay READ tcpNoDelay WRITE setTcpNoDelay)
    Q_PROPERTY(QString tlsHostname READ tlsHostname WRITE setTlsHostname)
    Q_PROPERTY(QString username READ username WRITE setUsername RESET clearUsername)
    Q_PROPERTY(QByteArray password READ password WRITE setPassword RESET clearPassword)
    Q_PROPERTY(
        OhMqtt::ProtocolVersion protocolVersion READ protocolVersion WRITE setProtocolVersion)

public:
    /// No address yet; MQTT 5.0, Clean Start off, Keep Alive off, no reconnecting: the defaults
    /// each option below names.
    MqttConnectOptions();
    ///@{
    /// Copies share the data until one of them is changed (implicit sharing).
    MqttConnectOptions(const MqttConnectOptions &other);
    MqttConnectOptions(MqttConnectOptions &&other) noexcept;
    MqttConnectOptions &operator=(const MqttConnectOptions &other);
    MqttConnectOptions &operator=(MqttConnectOptions &&other) noexcept;
    ~MqttConnectOptions();
    void swap(MqttConnectOptions &other) noexcept { d.swap(other.d); }
    ///@}

    ///@{
    /// Where the broker is: "mqtt://host:port" (TCP), "mqtts://host:port" (TLS),
    /// "ws://host:port/path" (WebSocket), "wss://host:port/path" (WebSocket over TLS) or
    /// "unix:/path/to/socket". No scheme means mqtt://; no port means 1883, 8883, 80 or 443;
    /// IPv6 literals go in brackets ("mqtt://[::1]:1883"); a WebSocket path defaults to "/".
    /// A bad address makes connectToBroker() return false before any I/O.
    QString address() const;
    void setAddress(const QString &address);
    ///@}

    ///@{
    /// Empty asks the broker to assign one (MQTT 5.0); MQTT 3.1.1 then needs cleanStart.
    QString clientId() const;
    void setClientId(const QString &clientId);
    ///@}

    ///@{
    /// Clean Start (MQTT 3.1.2.4; Clean Session in 3.1.1): true asks the broker for a new
    /// session, false (the default) to resume the one it keeps for the client identifier. The
    /// client's unacknowledged messages are not lost either way (README: Reconnect).
    bool cleanStart() const noexcept;
    void setCleanStart(bool cleanStart);
    ///@}

    ///@{
    /// From the start of each attempt to CONNACK, across every stage (TCP, TLS, WebSocket,
    /// CONNECT sent). 30 s by default, as QAbstractSocket::waitForConnected(); 0: none. When it
    /// runs out, errorOccurred() says so and the attempt fails (a reconnectDelay tries again).
    int connectTimeout() const noexcept;
    std::chrono::milliseconds connectTimeoutAsDuration() const noexcept;
    void setConnectTimeout(int msecs);
    void setConnectTimeout(std::chrono::milliseconds timeout);
    ///@}

    ///@{
    /// After an unexpected loss (or a failed attempt), connect again after this delay; 0: never.
    /// The delay doubles with each failed attempt up to 32 × reconnectDelay or 60 s, whichever is
    /// less (never less than reconnectDelay itself), is spread by ±20 % at random, and starts over
    /// after a successful connect. disconnectFromBroker() and shutdown() stop reconnecting.
    int reconnectDelay() const noexcept;
    std::chrono::milliseconds reconnectDelayAsDuration() const noexcept;
    void setReconnectDelay(int msecs);
    void setReconnectDelay(std::chrono::milliseconds delay);
    ///@}

    ///@{
    /// A refusal that retrying cannot change ends reconnecting, unless this is true: a broker
    /// certificate that failed verification, a CONNACK refusing what the CONNECT says or who sends
    /// it (bad user name or password, not authorized, banned, protocol version, client identifier,
    /// authentication method, malformed, protocol error, packet too large, the Will's topic,
    /// payload format, Retain or QoS; server moved), and a DISCONNECT for session taken over.
    /// README's Reconnect section lists the reason codes. False by default.
    bool reconnectOnRefusal() const noexcept;
    void setReconnectOnRefusal(bool reconnect);
    ///@}

    ///@{
    /// Seconds; 0 (the default) turns Keep Alive off. PINGREQ goes out when nothing was sent (or
    /// nothing was received) for this long, and a broker silent for 1.5 times as long is given
    /// up. A Server Keep Alive in CONNACK replaces it [MQTT-3.2.2-21].
    quint16 keepAliveInterval() const noexcept;
    void setKeepAliveInterval(quint16 seconds);
    ///@}

    ///@{
    /// TCP_NODELAY on every transport over TCP (all but unix:); true by default.
    bool tcpNoDelay() const noexcept;
    void setTcpNoDelay(bool noDelay);
    ///@}

    ///@{
    /// TLS for mqtts:// and wss://. Unset means QSslConfiguration::defaultConfiguration(): the
    /// system's CA certificates, and the broker's certificate verified. To trust your own CA,
    /// start from defaultConfiguration() and set its CA certificates; client certificates, the
    /// protocol and ciphers go here too. Verification is skipped only when you ask for it,
    /// with peerVerifyMode VerifyNone or tlsIgnoredErrors.
    /// tlsConfiguration() gives the configuration that applies, set or not.
    QSslConfiguration tlsConfiguration() const;
    bool hasTlsConfiguration() const noexcept;
    void setTlsConfiguration(const QSslConfiguration &configuration);
    void clearTlsConfiguration();
    ///@}

    ///@{
    /// The name the broker's certificate must carry (and the SNI sent); empty: the address's
    /// host. For reaching a broker by IP address or through a tunnel.
    QString tlsHostname() const;
    void setTlsHostname(const QString &hostname);
    ///@}

    ///@{
    /// Certificate errors to accept; empty (the default): any error fails the connection with
    /// Qt's reason. {QSslError::HostNameMismatch} is what mosquitto's --insecure does.
    QList<QSslError::SslError> tlsIgnoredErrors() const;
    void setTlsIgnoredErrors(const QList<QSslError::SslError> &errors);
    ///@}

    ///@{
    /// A user name set to "" is still a user name: CONNECT sets its User Name Flag (MQTT
    /// 3.1.2.8). Unset (the default) sends none; username() is then a null QString.
    QString username() const;
    bool hasUsername() const noexcept;
    void setUsername(const QString &username);
    void clearUsername();
    ///@}

    ///@{
    /// As the user name: set to empty is different from unset (Password Flag, MQTT 3.1.2.9).
    /// Never logged.
    QByteArray password() const;
    bool hasPassword() const noexcept;
    void setPassword(const QByteArray &password);
    void clearPassword();
    ///@}

    ///@{
    /// The Will Message (MQTT 3.1.2.5), published by the broker when the connection ends without
    /// DISCONNECT (or with Disconnect with Will Message). None by default.
    std::optional<WillMessage> will() const;
    bool hasWill() const noexcept;
    void setWill(const WillMessage &will);
    void clearWill();
    ///@}

    ///@{
    /// MQTT 5.0 only.
    ConnectProperties connectProperties() const;
    void setConnectProperties(const ConnectProperties &properties);
    ///@}

    ///@{
    /// MQTT 5.0 by default.
    ProtocolVersion protocolVersion() const noexcept;
    void setProtocolVersion(ProtocolVersion version);
    ///@}

    /// The CONNECT packet these options describe.
    ConnectPacket connectPacket() const;

    /// Equal when every option is.
    friend OHMQTT_EXPORT bool operator==(const MqttConnectOptions &a, const MqttConnectOptions &b);

private:
    QSharedDataPointer<MqttConnectOptionsData> d;
};

} // namespace OhMqtt

Q_DECLARE_SHARED(OhMqtt::MqttConnectOptions)
Q_DECLARE_METATYPE(OhMqtt::MqttConnectOptions)
