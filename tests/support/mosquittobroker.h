// MosquittoBroker: a real mosquitto on a free loopback port, started and stopped by a test.
#pragma once

#include "support/externaltools.h"

#include <QtCore/qlist.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qtemporarydir.h>

#include <array>
#include <memory>
#include <utility>

namespace OhMqttTest {

class MosquittoBroker
{
public:
    // The listeners a broker can offer; each gets its own free port on 127.0.0.1 (the Unix
    // socket a path in the broker's temporary directory).
    enum class Listener { Tcp, Tls, WebSocket, SecureWebSocket, Unix };

    // Which certificate the TLS and secure WebSocket listeners present; both are signed by
    // TestCertificates::get().caCertificate.
    enum class ServerCertificate {
        Loopback, // SAN 127.0.0.1, ::1 and localhost
        OtherHost, // only TestCertificates::otherHostName(): a host name mismatch on 127.0.0.1
    };

    struct Options
    {
        bool tcp = true; // MQTT over TCP on 127.0.0.1:port()
        bool tls = false; // MQTT over TLS (mqtts://) with a certificate from the test CA
        bool webSocket = false; // MQTT over WebSocket (ws://)
        bool secureWebSocket = false; // MQTT over WebSocket over TLS (wss://)
        bool unixSocket = false; // MQTT over a Unix domain socket in the temporary directory
        ServerCertificate serverCertificate = ServerCertificate::Loopback;
        bool allowAnonymous = true; // false: only the users below (or passwordFile) get in
        // Users written to a password file with `mosquitto_passwd -b`.
        QList<std::pair<QString, QString>> users;
        QString passwordFile; // an existing mosquitto_passwd file; used when users is empty
        QStringList extraConfig; // lines appended to the generated mosquitto.conf as they are
        int startTimeoutMs = 10'000; // how long start() waits for the port to accept connections
        int stopTimeoutMs = 5'000; // how long stop() waits after SIGTERM before SIGKILL
    };

    MosquittoBroker();
    explicit MosquittoBroker(Options options);
    ~MosquittoBroker();

    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;

    // mosquitto on PATH or in the sbin directories (see findTool()); empty when not installed.
    static QString executablePath();
    // checkTools(brokerTools()), for initTestCase(): when something is missing it records a test
    // failure naming it (or, with OHMQTT_ALLOW_SKIP=1, prints the skip marker) and returns false,
    // so the caller's QSKIP leaves a failed suite unless skipping was asked for.
    static bool isAvailable();

    // Writes the configuration, starts mosquitto and waits until every listener accepts
    // connections. Picks new free ports when mosquitto cannot bind the ones it was given.
    bool start(QString *error = nullptr);
    // SIGTERM, then SIGKILL after Options::stopTimeoutMs; does nothing when not running.
    void stop();
    // SIGKILL at once: a broker crash, for reconnect tests.
    void kill();
    // Starts again on the same ports, e.g. after kill().
    bool restart(QString *error = nullptr);

    bool isRunning() const;
    qint64 processId() const; // 0 when not running

    quint16 port() const { return port(Listener::Tcp); }
    quint16 port(Listener listener) const; // 0 when not offered
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString url() const { return url(Listener::Tcp); } // "mqtt://127.0.0.1:<port>"
    // "mqtts://127.0.0.1:<port>", "ws://127.0.0.1:<port>/mqtt", "unix:/tmp/.../mosquitto.sock"
    QString url(Listener listener) const;
    QString unixSocketPath() const;
    static QString caCertificatePath(); // the CA that signed the server certificates
    QString configPath() const;
    QString logPath() const;
    // mosquitto's log file and whatever it printed to stdout/stderr, for failure messages.
    QString logText() const;
    const Options &options() const { return m_options; }

private:
    static constexpr int ListenerCount = 5;

    bool offers(Listener listener) const;
    bool allocatePorts(QString *error);
    bool writePasswordFile(QString *error);
    QStringList listenerConfig() const;
    QString configText() const;
    bool writeConfig(QString *error) const;
    bool launch(QString *error);
    bool waitUntilAccepting(QString *error);
    bool fail(QString *error, const QString &message);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::array<quint16, ListenerCount> m_ports {}; // by Listener; Unix stays 0
    QString m_passwordFile; // the one written from Options::users, or Options::passwordFile
};

} // namespace OhMqttTest

// First line of a test function that needs a real broker, for suites that mix broker tests with
// tests that need none (those then run without mosquitto): ends the function as a failure when
// mosquitto or one of its tools is missing (a skip with OHMQTT_ALLOW_SKIP=1), else starts
// `broker`, a std::unique_ptr<MosquittoBroker>, unless it already exists.
#define OHMQTT_REQUIRE_BROKER(broker)                                                              \
    do {                                                                                           \
        OHMQTT_REQUIRE_TOOLS(OhMqttTest::brokerTools());                                           \
        if (!broker) {                                                                             \
            auto started = std::make_unique<OhMqttTest::MosquittoBroker>();                        \
            QString brokerError;                                                                   \
            QVERIFY2(started->start(&brokerError), qPrintable(brokerError));                       \
            broker = std::move(started);                                                           \
        }                                                                                          \
    } while (false)
