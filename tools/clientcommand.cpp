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

} // namespace

ClientCommand::ClientCommand(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_client, &MqttClient::stateChanged, this, &ClientCommand::onStateChanged);
    connect(&m_client, &MqttClient::errorOccurred, this, &ClientCommand::onError);
    connect(&m_client, &MqttClient::brokerDisconnected, this, &ClientCommand::onBrokerDisconnected);
    connect(&m_client, &MqttClient::brokerConnected, this, [this] {
        m_wasConnected = true;
        if (!m_finishing)
            onConnected();
    });
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

void ClientCommand::onStateChanged(MqttClient::State state)
{
    if (state != MqttClient::State::Closed && state != MqttClient::State::Shutdown)
        return;
    if (m_finishing) {
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
    fail(m_wasConnected ? QStringLiteral("the connection to %1 was closed").arg(brokerName())
                        : QStringLiteral("cannot connect to %1").arg(brokerName()));
}

void ClientCommand::onError(const MqttError &error)
{
    if (m_finishing)
        return;
    const ReasonCode refusal = m_client.connectResult().packet().reasonCode;
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
    fail(QStringLiteral("%1 ended the connection: %2").arg(brokerName(), reason));
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
