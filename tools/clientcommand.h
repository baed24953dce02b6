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
    virtual void onConnected() = 0;
    // SIGINT or SIGTERM arrived; the default ends the run successfully, as mosquitto_sub does.
    virtual void onTerminationRequested() { finish(SuccessExitCode); }

    void finish(int exitCode);
    void fail(const QString &message); // prints "ohmqtt: <message>", finishes with ErrorExitCode
    bool isFinishing() const { return m_finishing; }

    MqttClient &client() { return m_client; }
    const Options &options() const { return m_options; }
    QString brokerName() const; // "host:port", for messages

private:
    void onStateChanged(MqttClient::State state);
    void onError(const MqttError &error);
    void onBrokerDisconnected(const DisconnectPacket &disconnect);
    void reportClosedConnection();
    void emitFinished();

    Options m_options;
    MqttClient m_client;
    TerminationWatcher m_termination;
    QTimer m_closeTimeout; // a broker that never closes after DISCONNECT does not hold us up
    bool m_wasConnected = false;
    bool m_finishing = false;
    bool m_finishedEmitted = false;
    int m_exitCode = SuccessExitCode;
};

} // namespace OhMqtt::Cli
