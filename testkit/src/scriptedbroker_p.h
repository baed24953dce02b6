// MqttScriptedBrokerPrivate: the scripted broker's connections, its script and what it recorded.
#pragma once

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qhash.h>
#include <QtCore/qpointer.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#include <deque>

namespace OhMqtt {

namespace TestKit {

// What the broker does with a CONNECT.
enum class ConnectScript { Reply, ReplyBytes, Drop, Ignore };

// The state of one client connection.
struct Connection
{
    QByteArray pending; // bytes not yet a whole packet
    ProtocolVersion version = ProtocolVersion::V5;
    bool connected = false; // CONNECT seen
};

} // namespace TestKit

class MqttScriptedBrokerPrivate
{
public:
    explicit MqttScriptedBrokerPrivate(MqttScriptedBroker *broker)
        : q(broker)
    { }

    void accept(QTcpSocket *socket);
    void read(QTcpSocket *socket);
    bool decode(QTcpSocket *socket, TestKit::Connection &connection, quint8 first,
                const QByteArray &body);
    void answer(QTcpSocket *socket, const Packet &packet);
    void answerConnect(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const Packet &packet, bool thenClose = false);
    void replyBytes(QTcpSocket *socket, const QByteArray &bytes, bool thenClose = false);
    QList<ReasonCode> subscribeCodes(const SubscribePacket &subscribe,
                                     ProtocolVersion version) const;

    MqttScriptedBroker *q;
    QTcpServer server;
    QString error;
    QHash<QTcpSocket *, TestKit::Connection> connections;
    QPointer<QTcpSocket> latest;
    ProtocolVersion latestVersion = ProtocolVersion::V5;

    TestKit::ConnectScript connectScript = TestKit::ConnectScript::Reply;
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

} // namespace OhMqtt
