// ScriptedBroker: a QTcpServer playing a broker for what mosquitto will not do on request —
// silence, a DISCONNECT with a reason string, unanswered PINGREQs.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#include <utility>

namespace OhMqttTest {

// Answers the first bytes of each connection (the client's CONNECT) with `reply` — CONNACK and
// whatever should follow; an empty reply never answers at all. PINGREQ is answered only while
// answerPings() is on. Records what the client sends. Loopback only.
class ScriptedBroker : public QObject
{
public:
    explicit ScriptedBroker(QByteArray reply = {})
        : m_reply(std::move(reply))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(port()); }
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }
    int pingRequests() const { return int(m_received.count(QByteArray::fromHex("c000"))); }
    bool clientClosed() const { return m_clientClosed; }

    void setAnswerPings(bool answer) { m_answerPings = answer; }
    // Bytes to the connected client, e.g. a DISCONNECT.
    void send(const QByteArray &bytes)
    {
        if (m_socket)
            m_socket->write(bytes);
    }

private:
    void accept(QTcpSocket *socket)
    {
        ++m_connections;
        m_socket = socket;
        m_clientClosed = false;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray bytes = socket->readAll();
            const bool first = !m_answered.contains(socket);
            m_received += bytes;
            if (first) {
                m_answered.append(socket);
                socket->write(m_reply);
            } else if (m_answerPings) {
                for (qsizetype i = 0; i < bytes.count(QByteArray::fromHex("c000")); ++i)
                    socket->write(QByteArray::fromHex("d000"));
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_clientClosed = true; });
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QList<QTcpSocket *> m_answered;
    QByteArray m_reply;
    QByteArray m_received;
    int m_connections = 0;
    bool m_answerPings = true;
    bool m_clientClosed = false;
};

} // namespace OhMqttTest
