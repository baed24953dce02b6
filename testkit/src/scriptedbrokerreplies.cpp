// MqttScriptedBroker's side of each connection: reads whole packets, records them, and answers
// from the script.
#include "scriptedbroker_p.h"

#include <OhMqtt/mqtterror.h>

#include <QtCore/qtimer.h>

namespace OhMqtt {

using TestKit::Connection;
using TestKit::ConnectScript;

namespace {

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

} // namespace OhMqtt
