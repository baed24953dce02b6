// MqttScriptedBroker: the script's setters, sending on cue, and the records and waits a test
// reads; the connections are handled in scriptedbrokerreplies.cpp.
#include <OhMqttTest/mqttscriptedbroker.h>

#include "eventwait.h"
#include "scriptedbroker_p.h"

#include <OhMqtt/mqtterror.h>

#include <QtCore/qeventloop.h>

namespace OhMqtt {

using TestKit::ConnectScript;

MqttScriptedBroker::MqttScriptedBroker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MqttScriptedBrokerPrivate>(this))
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server.nextPendingConnection())
            d->accept(socket);
    });
    if (!d->server.listen(QHostAddress::LocalHost, 0))
        d->error = d->server.errorString();
}

MqttScriptedBroker::~MqttScriptedBroker()
{
    // The sockets are the server's children; stop their signals reaching a half-destroyed us.
    for (QTcpSocket *socket : d->connections.keys()) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool MqttScriptedBroker::isListening() const
{
    return d->server.isListening();
}

QString MqttScriptedBroker::errorString() const
{
    return d->error;
}

quint16 MqttScriptedBroker::port() const
{
    return d->server.serverPort();
}

QString MqttScriptedBroker::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(port());
}

void MqttScriptedBroker::acceptConnections(bool sessionPresent, const ConnAckProperties &properties)
{
    ConnAckPacket connAck;
    connAck.sessionPresent = sessionPresent;
    connAck.properties = properties;
    setConnAck(connAck);
}

void MqttScriptedBroker::refuseConnections(ReasonCode reasonCode,
                                           const ConnAckProperties &properties)
{
    ConnAckPacket connAck;
    connAck.reasonCode = reasonCode;
    connAck.properties = properties;
    setConnAck(connAck);
    // A refusal closes the connection: [MQTT-3.2.2-5] (3.1.1, any non-zero return code),
    // [MQTT-3.2.2-7] (5.0, a reason code of 128 or more).
    d->closeAfterConnAck = true;
}

void MqttScriptedBroker::setConnAck(const ConnAckPacket &connAck)
{
    d->connectScript = ConnectScript::Reply;
    d->connAck = connAck;
    d->closeAfterConnAck = false;
}

void MqttScriptedBroker::setConnectReplyBytes(const QByteArray &bytes)
{
    d->connectScript = ConnectScript::ReplyBytes;
    d->connectReplyBytes = bytes;
}

void MqttScriptedBroker::dropConnections()
{
    d->connectScript = ConnectScript::Drop;
}

void MqttScriptedBroker::ignoreConnections()
{
    d->connectScript = ConnectScript::Ignore;
}

void MqttScriptedBroker::setAutomaticReplies(bool enabled)
{
    d->automaticReplies = enabled;
}

void MqttScriptedBroker::setReplyDelay(int msecs)
{
    d->replyDelay = std::max(0, msecs);
}

void MqttScriptedBroker::setAnswerPings(bool answer)
{
    d->answerPings = answer;
}

void MqttScriptedBroker::setSubscribeReasonCodes(const QList<ReasonCode> &reasonCodes)
{
    d->subscribeReasonCodes = reasonCodes;
}

void MqttScriptedBroker::setPublishReasonCode(ReasonCode reasonCode)
{
    d->publishReasonCode = reasonCode;
}

void MqttScriptedBroker::setAnswerPublishes(bool answer)
{
    d->answerPublishes = answer;
}

void MqttScriptedBroker::setHandler(PacketType type, Handler handler)
{
    if (handler)
        d->handlers.insert(type, std::move(handler));
    else
        d->handlers.remove(type);
}

bool MqttScriptedBroker::send(const Packet &packet)
{
    if (!isClientConnected())
        return false;
    try {
        return sendBytes(encodePacket(packet, protocolVersion()));
    } catch (const MqttError &encodeError) {
        d->error = encodeError.message();
        return false;
    }
}

bool MqttScriptedBroker::sendBytes(const QByteArray &bytes)
{
    if (!isClientConnected())
        return false;
    // Out now, not at the next turn of the event loop: the client may be another process the
    // test waits on without one.
    const bool written = d->latest->write(bytes) == bytes.size();
    d->latest->flush();
    return written;
}

void MqttScriptedBroker::closeConnection()
{
    if (d->latest)
        d->latest->disconnectFromHost();
}

bool MqttScriptedBroker::isClientConnected() const
{
    return d->latest && d->latest->state() == QAbstractSocket::ConnectedState;
}

ProtocolVersion MqttScriptedBroker::protocolVersion() const
{
    return d->latestVersion;
}

QList<Packet> MqttScriptedBroker::receivedPackets() const
{
    return d->received;
}

int MqttScriptedBroker::receivedCount(PacketType type) const
{
    return int(std::count_if(d->received.cbegin(), d->received.cend(),
                             [type](const Packet &packet) { return packetType(packet) == type; }));
}

QByteArray MqttScriptedBroker::receivedBytes() const
{
    return d->receivedBytes;
}

int MqttScriptedBroker::connectionCount() const
{
    return d->connectionCount;
}

std::optional<Packet> MqttScriptedBroker::takePacket(int timeoutMsecs)
{
    if (!waitFor([this] { return !d->untaken.empty(); }, timeoutMsecs))
        return std::nullopt;
    Packet packet = std::move(d->untaken.front());
    d->untaken.pop_front();
    return packet;
}

bool MqttScriptedBroker::waitForPackets(PacketType type, int count, int timeoutMsecs)
{
    return waitFor([this, type, count] { return receivedCount(type) >= count; }, timeoutMsecs);
}

bool MqttScriptedBroker::waitForConnections(int count, int timeoutMsecs)
{
    return waitFor([this, count] { return d->connectionCount >= count; }, timeoutMsecs);
}

bool MqttScriptedBroker::waitForClientClosed(int timeoutMsecs)
{
    return waitFor([this] { return d->connections.isEmpty(); }, timeoutMsecs);
}

void MqttScriptedBroker::warnUnexpected(const Packet &packet)
{
    qWarning() << "MqttScriptedBroker: another packet came than expected:" << packet;
}

// Woken by whatever may change a condition: a packet, a connection opened or closed.
bool MqttScriptedBroker::waitFor(const std::function<bool()> &condition, int timeoutMsecs)
{
    return TestKit::spinUntil(condition, timeoutMsecs, [this](QEventLoop *loop) {
        connect(this, &MqttScriptedBroker::packetReceived, loop, &QEventLoop::quit);
        connect(this, &MqttScriptedBroker::clientConnected, loop, &QEventLoop::quit);
        connect(this, &MqttScriptedBroker::clientDisconnected, loop, &QEventLoop::quit);
    });
}

} // namespace OhMqtt
