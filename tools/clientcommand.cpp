// Connection lifecycle of the tool's commands, and the mosquitto-style messages for its failures.
#include "clientcommand.h"

#include "connectionerror.h"
#include "connectoptions.h"
#include "output.h"
#include "refusal.h"

namespace OhMqtt::Cli {

namespace {

using namespace std::chrono_literals;

constexpr auto CloseTimeout = 5s;

// "1 s", "8 s": the wait as a person reads it; the library's spread of ±20 % makes tenths noise.
QString secondsText(int msecs)
{
    return QStringLiteral("%1 s").arg(qMax(1, qRound(msecs / 1000.0)));
}

} // namespace

ClientCommand::ClientCommand(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_reconnects(keepsReconnecting(options))
{
    connect(&m_client, &MqttClient::stateChanged, this, &ClientCommand::onStateChanged);
    connect(&m_client, &MqttClient::errorOccurred, this, &ClientCommand::onError);
    connect(&m_client, &MqttClient::brokerDisconnected, this, &ClientCommand::onBrokerDisconnected);
    connect(&m_client, &MqttClient::brokerConnected, this, &ClientCommand::onBrokerConnected);
    connect(&m_client, &MqttClient::reconnectScheduled, this, &ClientCommand::onReconnectScheduled);
    connect(&m_termination, &TerminationWatcher::terminationRequested, this, [this] {
        if (!m_finishing)
            onTerminationRequested();
    });
    m_closeTimeout.setSingleShot(true);
    m_closeTimeout.setInterval(CloseTimeout);
    connect(&m_closeTimeout, &QTimer::timeout, this, &ClientCommand::emitFinished);
}

ClientCommand::~ClientCommand() = default;

QString ClientCommand::brokerName() const
{
    return Cli::brokerName(m_options);
}

void ClientCommand::start()
{
    if (!prepare())
        return;
    QString problem; // a TLS file that cannot be used
    const std::optional<MqttConnectOptions> settings = connectOptions(m_options, &problem);
    if (!settings) {
        fail(problem);
        return;
    }
    if (!m_options.database.isEmpty()) {
        m_client.setSessionDatabase(m_options.database,
                                    m_options.databaseFast
                                        ? MqttSqliteSessionStore::Durability::Fast
                                        : MqttSqliteSessionStore::Durability::Durable);
    }
    if (!m_client.connectToBroker(*settings)) {
        fail(QStringLiteral("cannot connect to %1: %2")
                 .arg(brokerName(), m_client.lastError().message()));
    }
}

void ClientCommand::fail(const QString &message)
{
    if (m_finishing)
        return;
    printError(message);
    finish(ErrorExitCode);
}

void ClientCommand::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    switch (m_client.state()) {
    case MqttClient::State::Closed:
    case MqttClient::State::Shutdown:
        emitFinished();
        return;
    case MqttClient::State::Connected:
        m_client.disconnectFromBroker(NormalDisconnection, m_options.disconnectProperties);
        break;
    default: // still connecting, or already closing: nothing to say to the broker
        m_client.shutdown();
        break;
    }
    const MqttClient::State state = m_client.state();
    if (state == MqttClient::State::Closed || state == MqttClient::State::Shutdown)
        emitFinished();
    else
        m_closeTimeout.start();
}

void ClientCommand::onBrokerConnected(const MqttConnectResult &result)
{
    m_lossReason.clear();
    m_lossFromBroker = false;
    m_refused = false;
    if (m_finishing)
        return;
    if (!std::exchange(m_wasConnected, true)) {
        onConnected();
        return;
    }
    // [MQTT-3.2.2-3] Session Present: the broker resumed the session the CONNECT asked for (-c).
    printError(QStringLiteral("reconnected to %1 (%2)")
                   .arg(brokerName(),
                        result.isSessionPresent()  ? QStringLiteral("session present")
                            : m_options.cleanStart ? QStringLiteral("new session")
                                                   : QStringLiteral("new session: the broker "
                                                                    "kept none")));
    onReconnected(result.isSessionPresent());
}

void ClientCommand::onStateChanged(MqttClient::State state)
{
    // Without a first connection, a failed attempt ends the run even when the library would try
    // again (ReconnectWait), as mosquitto's clients do.
    const bool ended = state == MqttClient::State::Closed || state == MqttClient::State::Shutdown ||
        (state == MqttClient::State::ReconnectWait && !m_wasConnected);
    if (!ended)
        return;
    if (m_finishing) {
        if (state != MqttClient::State::ReconnectWait)
            emitFinished();
        return;
    }
    // errorOccurred() may follow the state change; give its specific message the first word.
    QTimer::singleShot(0, this, &ClientCommand::reportClosedConnection);
}

void ClientCommand::reportClosedConnection()
{
    if (m_finishing)
        return;
    if (m_wasConnected && m_reconnects) {
        reportGivenUp();
        return;
    }
    fail(m_wasConnected ? QStringLiteral("the connection to %1 was closed").arg(brokerName())
                        : QStringLiteral("cannot connect to %1").arg(brokerName()));
}

// The library stopped reconnecting: a refusal that trying again cannot change (reconnectpolicy.h).
// A refusing CONNACK is told in mosquitto's words and exit code, as on the first connection.
void ClientCommand::reportGivenUp()
{
    const ReasonCode refusal = m_client.connectResult().packet().reasonCode;
    if (m_refused && isError(refusal)) {
        writeErrorText(connectionRefusedText(refusal, m_options.protocolVersion) + u'\n');
        finish(connectionRefusedExitCode(refusal, m_options.protocolVersion));
        return;
    }
    if (m_lossFromBroker || m_lossReason.contains(brokerName()))
        fail(m_lossReason);
    else if (m_lossReason.isEmpty())
        fail(QStringLiteral("the connection to %1 was closed").arg(brokerName()));
    else
        fail(QStringLiteral("connection to %1 lost: %2").arg(brokerName(), m_lossReason));
}

// Keeping reconnecting: one line per wait, saying why the connection or the last attempt ended.
void ClientCommand::onReconnectScheduled(int attempt, int msecs)
{
    if (m_finishing || !m_wasConnected)
        return;
    const QString reason = m_lossReason.isEmpty() ? QStringLiteral("closed") : m_lossReason;
    QString what;
    if (attempt == 1)
        what = QStringLiteral("connection to %1 lost (%2)").arg(brokerName(), reason);
    else if (m_refused)
        what = QStringLiteral("%1 refused the connection (%2)").arg(brokerName(), reason);
    else
        what = QStringLiteral("cannot reconnect to %1 (%2)").arg(brokerName(), reason);
    printError(what + QStringLiteral("; reconnecting in ") + secondsText(msecs));
    m_lossReason.clear();
    m_lossFromBroker = false;
    m_refused = false;
    if (attempt == 1)
        onConnectionLost();
}

void ClientCommand::onError(const MqttError &error)
{
    if (m_finishing)
        return;
    const ReasonCode refusal = m_client.connectResult().packet().reasonCode;
    if (m_wasConnected && m_reconnects) {
        // What follows decides: a wait (onReconnectScheduled()) or the end (reportGivenUp()).
        if (m_client.state() == MqttClient::State::ConnectSent && isError(refusal))
            m_refused = true;
        if (m_lossReason.isEmpty()) // the first error is the cause; the rest follow from it
            m_lossReason = error.message();
        // An error that leaves the connection up ends the run, as it did before reconnecting.
        QTimer::singleShot(0, this, [this, message = error.message()] {
            if (m_client.state() == MqttClient::State::Connected)
                fail(message);
        });
        return;
    }
    if (!m_wasConnected && isError(refusal)) {
        writeErrorText(connectionRefusedText(refusal, m_options.protocolVersion) + u'\n');
        finish(connectionRefusedExitCode(refusal, m_options.protocolVersion));
    } else if (error.message().contains(brokerName())) {
        fail(error.message()); // it already says where, e.g. "TCP connection to h:1: refused"
    } else if (!m_wasConnected) {
        fail(QStringLiteral("cannot connect to %1: %2").arg(brokerName(), error.message()));
    } else {
        fail(QStringLiteral("connection to %1 lost: %2").arg(brokerName(), error.message()));
    }
}

// MQTT 5.0: the broker says why it ends the connection, e.g. SessionTakenOver.
void ClientCommand::onBrokerDisconnected(const DisconnectPacket &disconnect)
{
    QString reason = reasonCodeText(disconnect.reasonCode);
    if (const std::optional<QString> text = disconnect.properties.reasonString())
        reason += QStringLiteral(" (%1)").arg(*text);
    const QString message = QStringLiteral("%1 ended the connection: %2").arg(brokerName(), reason);
    if (m_reconnects && !m_finishing) { // e.g. ServerShuttingDown is retried, SessionTakenOver not
        m_lossReason = message;
        m_lossFromBroker = true;
        return;
    }
    fail(message);
}

void ClientCommand::emitFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    m_closeTimeout.stop();
    emit finished(m_exitCode);
}

} // namespace OhMqtt::Cli
