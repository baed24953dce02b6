// ClientCommand: what pub and sub share — connect, report failures, disconnect, give the exit code.
#pragma once

#include "options.h"
#include "terminationwatcher.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

namespace OhMqtt::Cli {

// A command runs once: start() connects; the subclass acts in onConnected(); finish() ends the
// run with a clean DISCONNECT when there is a connection, then emits finished(exitCode) once.
// The first reason to finish wins; later errors and messages are ignored.
//
// A failed first connection always ends the run. After it, a lost connection ends the run too,
// unless the command keeps reconnecting (keepsReconnecting(): sub and pub -l without
// --no-reconnect): then the library's back-off reconnects, stderr says so at each wait and at
// the reconnect, and the run ends only when the library gives up — a refusal that retrying
// cannot change (a refusing CONNACK such as Not authorized, in mosquitto's words and with its
// exit code; Session taken over; a refused certificate).
class ClientCommand : public QObject
{
    Q_OBJECT

public:
    explicit ClientCommand(const Options &options, QObject *parent = nullptr);
    ~ClientCommand() override;

    void start();

signals:
    void finished(int exitCode);

protected:
    // Runs before connecting; false means the command cannot run (it has called fail()).
    virtual bool prepare() { return true; }
    virtual void onConnected() = 0; // the first CONNACK only
    // Keeping reconnecting: the connection was lost and the first wait began; the CONNACK of a
    // later connection, which resumed the session (Session Present) or not.
    virtual void onConnectionLost() { }
    virtual void onReconnected(bool sessionPresent) { Q_UNUSED(sessionPresent); }
    // SIGINT or SIGTERM arrived; the default ends the run successfully, as mosquitto_sub does.
    virtual void onTerminationRequested() { finish(SuccessExitCode); }

    void finish(int exitCode);
    void fail(const QString &message); // prints "ohmqtt: <message>", finishes with ErrorExitCode
    bool isFinishing() const { return m_finishing; }

    MqttClient &client() { return m_client; }
    const MqttClient &client() const { return m_client; }
    bool reconnects() const { return m_reconnects; }
    const Options &options() const { return m_options; }
    QString brokerName() const; // "host:port", for messages

private:
    void onBrokerConnected(const MqttConnectResult &result);
    void onStateChanged(MqttClient::State state);
    void onError(const MqttError &error);
    void onBrokerDisconnected(const DisconnectPacket &disconnect);
    void onReconnectScheduled(int attempt, int msecs);
    void reportClosedConnection();
    void reportGivenUp();
    void emitFinished();

    Options m_options;
    MqttClient m_client;
    TerminationWatcher m_termination;
    QTimer m_closeTimeout; // a broker that never closes after DISCONNECT does not hold us up
    bool m_wasConnected = false;
    const bool m_reconnects; // keepsReconnecting(m_options)
    // Since the last wait was reported: why the connection or the attempt ended (the broker's
    // DISCONNECT before any error, which the library's error then repeats), and whether a
    // CONNACK refused the attempt.
    QString m_lossReason;
    bool m_lossFromBroker = false;
    bool m_refused = false;
    bool m_finishing = false;
    bool m_finishedEmitted = false;
    int m_exitCode = SuccessExitCode;
};

} // namespace OhMqtt::Cli
