// MqttScriptedBroker: reads whole packets off each connection, records them and answers from the
// script.
#include <OhMqttTest/mqttscriptedbroker.h>

#include "eventwait.h"

#include <OhMqtt/mqtterror.h>

#include <QtCore/qeventloop.h>
#include <QtCore/qhash.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#include <deque>

namespace OhMqtt {

namespace {

enum class ConnectScript { Reply, ReplyBytes, Drop, Ignore };

// The state of one client connection.
struct Connection
{
    QByteArray pending; // bytes not yet a whole packet
    ProtocolVersion version = ProtocolVersion::V5;
    bool connected = false; // CONNECT seen
};

// One whole packet's first byte and body off the front of `pending`, once it holds one; false
// while it is incomplete. Remaining Length is a Variable Byte Integer [MQTT-1.5.5].
bool takeFrame(QByteArray &pending, quint8 *first, QByteArray *body, bool *malformed)
{
    qsizetype remaining = 0;
    qsizetype position = 1;
    for (int shift = 0;; shift += 7) {
        if (position >= pending.size())
            return false;
        if (shift > 21) { // more than four bytes [MQTT-1.5.5]
            *malformed = true;
            return false;
        }
        const auto byte = quint8(pending.at(position++));
        remaining |= qsizetype(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            break;
    }
    if (pending.size() < position + remaining)
        return false;
    *first = quint8(pending.at(0));
    *body = pending.mid(position, remaining);
    pending.remove(0, position + remaining);
    return true;
}

} // namespace

class MqttScriptedBrokerPrivate
{
public:
    explicit MqttScriptedBrokerPrivate(MqttScriptedBroker *broker)
        : q(broker)
    { }

    void accept(QTcpSocket *socket);
    void read(QTcpSocket *socket);
    bool decode(QTcpSocket *socket, Connection &connection, quint8 first, const QByteArray &body);
    void answer(QTcpSocket *socket, const Packet &packet);
    void answerConnect(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const Packet &packet, bool thenClose = false);
    void replyBytes(QTcpSocket *socket, const QByteArray &bytes, bool thenClose = false);
    QList<ReasonCode> subscribeCodes(const SubscribePacket &subscribe,
                                     ProtocolVersion version) const;

    MqttScriptedBroker *q;
    QTcpServer server;
    QString error;
    QHash<QTcpSocket *, Connection> connections;
    QPointer<QTcpSocket> latest;
    ProtocolVersion latestVersion = ProtocolVersion::V5;

    ConnectScript connectScript = ConnectScript::Reply;
    ConnAckPacket connAck;
    bool closeAfterConnAck = false;
    bool automaticReplies = true;
    QByteArray connectReplyBytes;
    int replyDelay = 0;
    bool answerPings = true;
    bool answerPublishes = true;
    ReasonCode publishReasonCode = ReasonCode::Success;
    QList<ReasonCode> subscribeReasonCodes;
    QHash<PacketType, MqttScriptedBroker::Handler> handlers;

    QList<Packet> received;
    std::deque<Packet> untaken;
    QByteArray receivedBytes;
    int connectionCount = 0;
};

void MqttScriptedBrokerPrivate::accept(QTcpSocket *socket)
{
    ++connectionCount;
    connections.insert(socket, Connection {});
    latest = socket;
    QObject::connect(socket, &QTcpSocket::readyRead, q, [this, socket] { read(socket); });
    QObject::connect(socket, &QTcpSocket::disconnected, q, [this, socket] {
        connections.remove(socket);
        socket->deleteLater();
        Q_EMIT q->clientDisconnected();
    });
    Q_EMIT q->clientConnected();
}

void MqttScriptedBrokerPrivate::read(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll();
    receivedBytes += bytes;
    auto found = connections.find(socket);
    if (found == connections.end())
        return;
    found->pending += bytes;
    quint8 first = 0;
    QByteArray body;
    bool malformed = false;
    // The handlers may close the socket, which removes its connection: look it up each time.
    while ((found = connections.find(socket)) != connections.end() &&
           takeFrame(found->pending, &first, &body, &malformed)) {
        if (!decode(socket, *found, first, body))
            return;
    }
    if (malformed) {
        qWarning("MqttScriptedBroker: a Remaining Length longer than four bytes; closing");
        socket->abort();
    }
}

bool MqttScriptedBrokerPrivate::decode(QTcpSocket *socket, Connection &connection, quint8 first,
                                       const QByteArray &body)
{
    // A silent broker stays silent whatever comes, e.g. a TLS or WebSocket handshake.
    const bool silent = connectScript == ConnectScript::Ignore;
    std::optional<Packet> packet;
    try {
        packet = decodePacket(first, body, connection.version);
    } catch (const MqttError &decodeError) {
        if (silent) {
            connection.pending.clear();
            return false;
        }
        qWarning().noquote() << "MqttScriptedBroker: the client sent a packet that does not "
                                "decode, closing [MQTT-4.13.1-1]:"
                             << decodeError.message();
        socket->abort();
        return false;
    }
    const bool isConnect = std::holds_alternative<ConnectPacket>(*packet);
    if (!connection.connected && !isConnect) {
        if (silent) {
            connection.pending.clear();
            return false;
        }
        qWarning() << "MqttScriptedBroker: the first packet is not CONNECT [MQTT-3.1.0-1]:"
                   << *packet;
        socket->abort();
        return false;
    }
    if (isConnect) {
        connection.connected = true;
        connection.version = std::get<ConnectPacket>(*packet).protocolVersion;
        if (socket == latest)
            latestVersion = connection.version;
    }
    received.append(*packet);
    untaken.push_back(*packet);
    Q_EMIT q->packetReceived(*packet);
    if (automaticReplies && connections.contains(socket))
        answer(socket, *packet);
    return true;
}

void MqttScriptedBrokerPrivate::answer(QTcpSocket *socket, const Packet &packet)
{
    const ProtocolVersion version = connections.value(socket).version;
    if (const MqttScriptedBroker::Handler handler = handlers.value(packetType(packet))) {
        handler(packet);
        return;
    }
    std::visit(
        [&](const auto &p) {
            using P = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<P, ConnectPacket>) {
                answerConnect(socket);
            } else if constexpr (std::is_same_v<P, PublishPacket>) {
                if (!answerPublishes || p.qos == QoS::Q0)
                    return;
                if (p.qos == QoS::Q1)
                    reply(socket, PubAckPacket {p.packetId, publishReasonCode, {}});
                else
                    reply(socket, PubRecPacket {p.packetId, publishReasonCode, {}});
            } else if constexpr (std::is_same_v<P, PubRelPacket>) {
                if (answerPublishes)
                    reply(socket, PubCompPacket {p.packetId, ReasonCode::Success, {}});
            } else if constexpr (std::is_same_v<P, SubscribePacket>) {
                reply(socket, SubAckPacket {p.packetId, subscribeCodes(p, version), {}});
            } else if constexpr (std::is_same_v<P, UnsubscribePacket>) {
                UnsubAckPacket unsubAck;
                unsubAck.packetId = p.packetId;
                if (version == ProtocolVersion::V5)
                    unsubAck.reasonCodes = QList<ReasonCode>(p.topicFilters.size());
                reply(socket, unsubAck);
            } else if constexpr (std::is_same_v<P, PingReqPacket>) {
                if (answerPings)
                    reply(socket, PingRespPacket {});
            }
        },
        packet);
}

void MqttScriptedBrokerPrivate::answerConnect(QTcpSocket *socket)
{
    switch (connectScript) {
    case ConnectScript::Reply:
        reply(socket, connAck, closeAfterConnAck);
        return;
    case ConnectScript::ReplyBytes:
        replyBytes(socket, connectReplyBytes);
        return;
    case ConnectScript::Drop:
        replyBytes(socket, {}, true);
        return;
    case ConnectScript::Ignore:
        return;
    }
}

QList<ReasonCode> MqttScriptedBrokerPrivate::subscribeCodes(const SubscribePacket &subscribe,
                                                            ProtocolVersion version) const
{
    QList<ReasonCode> codes;
    for (qsizetype i = 0; i < subscribe.subscriptions.size(); ++i) {
        ReasonCode code = ReasonCode(int(subscribe.subscriptions.at(i).maximumQoS));
        if (!subscribeReasonCodes.isEmpty())
            code = subscribeReasonCodes.at(std::min(i, subscribeReasonCodes.size() - 1));
        // MQTT 3.1.1 has one refusal, Failure (0x80) [MQTT-3.9.3].
        if (version == ProtocolVersion::V311 && int(code) >= 0x80)
            code = ReasonCode::UnspecifiedError;
        codes.append(code);
    }
    return codes;
}

void MqttScriptedBrokerPrivate::reply(QTcpSocket *socket, const Packet &packet, bool thenClose)
{
    const auto found = connections.constFind(socket);
    const ProtocolVersion version =
        found == connections.cend() ? ProtocolVersion::V5 : found->version;
    try {
        replyBytes(socket, encodePacket(packet, version), thenClose);
    } catch (const MqttError &encodeError) {
        error = encodeError.message();
        qWarning().noquote() << "MqttScriptedBroker: the scripted reply does not encode:" << error;
    }
}

void MqttScriptedBrokerPrivate::replyBytes(QTcpSocket *socket, const QByteArray &bytes,
                                           bool thenClose)
{
    const auto write = [socket = QPointer<QTcpSocket>(socket), bytes, thenClose] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(bytes);
        socket->flush(); // out now: the test may next block on the client, off the event loop
        if (thenClose)
            socket->disconnectFromHost(); // after the bytes are written
    };
    if (replyDelay > 0)
        QTimer::singleShot(replyDelay, q, write); // single-shot timers of one delay keep order
    else
        write();
}

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
