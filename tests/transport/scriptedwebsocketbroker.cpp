// ScriptedWebSocketBroker: accepts one client, decodes its binary frames as an MQTT stream, and
// sends what the test scripts, framed as the test asks.
#include "scriptedwebsocketbroker.h"

#include <QtNetwork/qhostaddress.h>

using namespace OhMqtt;

namespace OhMqttTest {

ScriptedWebSocketBroker::ScriptedWebSocketBroker(ProtocolVersion version,
                                                 const QStringList &subprotocols)
    : m_version(version)
    , m_server(QStringLiteral("ohmqtt-scripted"), QWebSocketServer::NonSecureMode)
{
    m_server.setSupportedSubprotocols(subprotocols);
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        QWebSocket *socket = m_server.nextPendingConnection(); // ours to delete
        socket->setParent(this);
        m_connection = socket;
        connect(socket, &QWebSocket::binaryFrameReceived, this,
                [this](const QByteArray &frame) { onBinaryFrame(frame); });
        connect(socket, &QWebSocket::textFrameReceived, this, [this] { ++m_textFrames; });
        emit clientConnected();
    });
}

QString ScriptedWebSocketBroker::url(const QString &path) const
{
    return QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

void ScriptedWebSocketBroker::onBinaryFrame(const QByteArray &frame)
{
    ++m_binaryFrames;
    m_receivedBytes += frame;
    try {
        m_decoder.feed(frame);
        while (const std::optional<RawPacket> raw = m_decoder.next())
            emit packetReceived(decodePacket(raw->firstByte, raw->body, m_version));
    } catch (const MqttError &error) {
        m_decodeError = error.message();
    }
}

void ScriptedWebSocketBroker::send(const QByteArray &bytes, quint64 frameSize)
{
    if (!m_connection)
        return;
    const quint64 previous = m_connection->outgoingFrameSize();
    if (frameSize > 0)
        m_connection->setOutgoingFrameSize(frameSize);
    m_connection->sendBinaryMessage(bytes);
    m_connection->setOutgoingFrameSize(previous);
}

void ScriptedWebSocketBroker::sendText(const QString &text)
{
    if (m_connection)
        m_connection->sendTextMessage(text);
}

void ScriptedWebSocketBroker::sendPackets(const QList<Packet> &packets, quint64 frameSize)
{
    for (const Packet &packet : packets)
        send(encodePacket(packet, m_version), frameSize);
}

} // namespace OhMqttTest
