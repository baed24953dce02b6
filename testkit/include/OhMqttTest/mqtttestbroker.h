// MqttTestBroker: a real mosquitto on free loopback ports, started and stopped by a test.
#pragma once

#include <OhMqttTest/ohmqtttest_export.h>

#include <QtCore/qlist.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <memory>
#include <utility>

namespace OhMqtt {

class MqttTestBrokerPrivate;

/// A real mosquitto for one test: it writes a mosquitto.conf into a temporary directory, starts
/// the broker on free ports of 127.0.0.1 (TCP, TLS, WebSocket, secure WebSocket, a Unix socket),
/// waits until every listener accepts connections, and stops it when destroyed.
///
/// \code
/// OhMqtt::MqttTestBroker broker;
/// QVERIFY2(broker.start(), qPrintable(broker.errorString()));
/// OhMqtt::MqttConnectOptions options;
/// options.setAddress(broker.url());
/// QVERIFY(client.connectToBroker(options));
/// \endcode
///
/// Failures come back as false and errorString(), never as an exception: a missing mosquitto
/// names itself ("mosquitto is not installed (looked on PATH=...): apt install mosquitto"), and a
/// broker that exits or does not listen in time comes with its log. logText() is the broker's log
/// for a failure message at any time. TLS listeners present certificates from
/// MqttTestCertificates, made with the openssl tool.
///
/// mosquitto 2.0 or later. Not thread-safe: use it from the test's thread.
class OHMQTTTEST_EXPORT MqttTestBroker
{
public:
    /// The listeners a broker can offer; each gets its own free port on 127.0.0.1 (the Unix
    /// socket a path in the broker's temporary directory).
    enum class Listener {
        Tcp, ///< MQTT over TCP: mqtt://
        Tls, ///< MQTT over TLS: mqtts://
        WebSocket, ///< MQTT over WebSocket: ws://.../mqtt
        SecureWebSocket, ///< MQTT over WebSocket over TLS: wss://.../mqtt
        Unix, ///< MQTT over a Unix domain socket: `unix:<path>`
    };

    /// Which certificate the TLS and secure WebSocket listeners present; both are signed by
    /// MqttTestCertificates::caCertificatePath().
    enum class ServerCertificate {
        Loopback, ///< for 127.0.0.1, ::1 and localhost
        OtherHost, ///< for MqttTestCertificates::otherHostName() only: a host name mismatch
    };

    /// What the broker offers; the defaults give one TCP listener open to anonymous clients.
    /// Every field has a default, so designated initializers name only what differs:
    /// `MqttTestBroker broker({.tls = true})`.
    struct Options
    {
        bool tcp = true; ///< MQTT over TCP on 127.0.0.1:port()
        bool tls = false; ///< MQTT over TLS (mqtts://) with a certificate from the test CA
        /// MQTT over WebSocket (ws://). mosquitto 2.0.11 (Debian bookworm) exits when all its
        /// listeners are WebSocket ones: keep another listener on with it.
        bool webSocket = false;
        bool secureWebSocket = false; ///< MQTT over WebSocket over TLS (wss://); as webSocket
        bool unixSocket = false; ///< MQTT over a Unix domain socket in the temporary directory
        ServerCertificate serverCertificate = ServerCertificate::Loopback; ///< see the enum
        bool allowAnonymous = true; ///< false: only the users below (or passwordFile) get in
        /// Users and passwords, written to a password file with `mosquitto_passwd -b`.
        QList<std::pair<QString, QString>> users {};
        QString passwordFile {}; ///< an existing mosquitto_passwd file; used when users is empty
        QStringList extraConfig {}; ///< lines appended to the generated mosquitto.conf as they are
        /// The broker to run: a program name looked up on PATH and then in /usr/local/sbin,
        /// /usr/sbin and /sbin (where Debian puts mosquitto), or a path.
        QString executable = QStringLiteral("mosquitto");
        int startTimeoutMs = 10'000; ///< how long start() waits for every listener
        int stopTimeoutMs = 5'000; ///< how long stop() waits after SIGTERM before SIGKILL
    };

    MqttTestBroker(); ///< with default Options: TCP only
    explicit MqttTestBroker(Options options); ///< with these options; nothing starts yet
    ~MqttTestBroker(); ///< stop()s the broker and removes its temporary directory

    MqttTestBroker(const MqttTestBroker &) = delete; ///< one broker process per object
    MqttTestBroker &operator=(const MqttTestBroker &) = delete; ///< one broker process per object

    /// Writes the configuration, starts mosquitto and waits until every listener accepts
    /// connections; picks new free ports when mosquitto cannot bind the ones it was given. True
    /// when it runs (also when it was running already); false with errorString() saying why.
    bool start();
    /// SIGTERM, then SIGKILL after Options::stopTimeoutMs; does nothing when not running.
    void stop();
    /// SIGKILL at once: a broker crash, for reconnect tests.
    void kill();
    /// Starts again on the same ports, e.g. after kill(); false with errorString() saying why.
    bool restart();

    /// Why the last start() or restart() failed: what is missing, or the broker's log.
    QString errorString() const;
    bool isRunning() const; ///< the broker process runs
    qint64 processId() const; ///< 0 when not running

    ///@{
    /// The port of a listener on 127.0.0.1 (the TCP one without an argument); 0 when not offered.
    quint16 port() const;
    quint16 port(Listener listener) const;
    ///@}
    QString host() const; ///< "127.0.0.1"
    ///@{
    /// A listener's address for MqttConnectOptions (the TCP one without an argument):
    /// "mqtt://127.0.0.1:<port>", "mqtts://...", "ws://127.0.0.1:<port>/mqtt", "wss://...",
    /// "unix:/tmp/.../mosquitto.sock"; empty when not offered.
    QString url() const;
    QString url(Listener listener) const;
    ///@}
    QString unixSocketPath() const; ///< empty without Options::unixSocket or before start()
    /// The CA that signed the server certificates: what a TLS client trusts. Made with openssl
    /// on first use (MqttTestCertificates); empty when that failed.
    static QString caCertificatePath();
    QString configPath() const; ///< the generated mosquitto.conf; empty before start()
    QString logPath() const; ///< mosquitto's log file; empty before start()
    /// mosquitto's log file and whatever it printed to stdout and stderr, for failure messages.
    QString logText() const;
    const Options &options() const; ///< as given to the constructor

    /// The absolute path of Options::executable; empty when it is not installed.
    QString executablePath() const;
    /// Where the kit finds a tool such as mosquitto_passwd or openssl: `name` on PATH, then in
    /// /usr/local/sbin, /usr/sbin and /sbin; empty when it is in none of them.
    static QString findTool(const QString &name);

private:
    std::unique_ptr<MqttTestBrokerPrivate> d;
};

} // namespace OhMqtt
