// MosquittoBroker: a real mosquitto on a free loopback port, started and stopped by a test.
#pragma once

#include <QtCore/qprocess.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qtemporarydir.h>

#include <memory>

namespace OhMqttTest {

class MosquittoBroker
{
public:
    // What the broker offers. Only the plain TCP listener exists yet; the other flags keep the
    // shape for TLS, WebSocket, Unix-socket and password-file tests, and start() refuses them
    // with a clear message until they are implemented.
    struct Options
    {
        bool tcp = true; // MQTT over TCP on 127.0.0.1:port()
        bool tls = false; // not yet: MQTT over TLS with a generated CA and server certificate
        bool webSocket = false; // not yet: MQTT over WebSocket
        bool unixSocket = false; // not yet: MQTT over a Unix domain socket in the temp dir
        bool allowAnonymous = true; // false needs a password file
        QString passwordFile; // not yet: a mosquitto_passwd file; empty means none
        QStringList extraConfig; // lines appended to the generated mosquitto.conf as they are
        int startTimeoutMs = 10'000; // how long start() waits for the port to accept connections
        int stopTimeoutMs = 5'000; // how long stop() waits after SIGTERM before SIGKILL
    };

    MosquittoBroker();
    explicit MosquittoBroker(Options options);
    ~MosquittoBroker();

    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;

    static QString executablePath(); // "/usr/sbin/mosquitto" or empty when not installed
    static bool isAvailable(); // tests QSKIP when false

    // Writes the configuration, starts mosquitto and waits until the port accepts TCP
    // connections. Picks a new free port when mosquitto cannot bind the one it was given.
    bool start(QString *error = nullptr);
    // SIGTERM, then SIGKILL after Options::stopTimeoutMs; does nothing when not running.
    void stop();
    // SIGKILL at once: a broker crash, for reconnect tests.
    void kill();
    // Starts again on the same port, e.g. after kill().
    bool restart(QString *error = nullptr);

    bool isRunning() const;
    qint64 processId() const; // 0 when not running

    quint16 port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString url() const; // "mqtt://127.0.0.1:<port>"
    QString configPath() const;
    QString logPath() const;
    // mosquitto's log file and whatever it printed to stdout/stderr, for failure messages.
    QString logText() const;
    const Options &options() const { return m_options; }

private:
    static quint16 findFreePort();
    QString configText() const;
    bool writeConfig(QString *error) const;
    bool launch(QString *error);
    bool waitUntilAccepting(QString *error);
    bool fail(QString *error, const QString &message);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace OhMqttTest
