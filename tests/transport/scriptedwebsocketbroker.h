// ScriptedWebSocketBroker: a QWebSocketServer that plays the broker's side byte for byte, for
// framing a real broker will not produce (packets split across frames, several in one frame).
#pragma once

#include <OhMqtt/packet/packet.h>

#include "connection/streamdecoder.h"

#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtWebSockets/qwebsocket.h>
#include <QtWebSockets/qwebsocketserver.h>

namespace OhMqttTest {

class ScriptedWebSocketBroker : public QObject
{
    Q_OBJECT

public:
    // `subprotocols`: what the server accepts; empty makes it select none.
    explicit ScriptedWebSocketBroker(OhMqtt::ProtocolVersion version = OhMqtt::ProtocolVersion::V5,
                                     const QStringList &subprotocols = {QStringLiteral("mqtt")});

    bool isListening() const { return m_server.isListening(); }
    QString url(const QString &path = QStringLiteral("/mqtt")) const;

    // The client's connection, once it completed the opening handshake.
    QWebSocket *connection() const { return m_connection; }
    QByteArray receivedBytes() const { return m_receivedBytes; }
    int binaryFramesReceived() const { return m_binaryFrames; }
    int textFramesReceived() const { return m_textFrames; }
    QString decodeError() const { return m_decodeError; }

    // Sends `bytes` as one binary message; a `frameSize` above 0 splits it into frames of that
    // many bytes (a first frame and continuation frames).
    void send(const QByteArray &bytes, quint64 frameSize = 0);
    void sendText(const QString &text);
    // Encodes and sends each packet as its own single-frame message.
    void sendPackets(const QList<OhMqtt::Packet> &packets, quint64 frameSize = 0);

Q_SIGNALS:
    void clientConnected();
    // Each complete packet the client sent, decoded.
    void packetReceived(const OhMqtt::Packet &packet);

private:
    void onBinaryFrame(const QByteArray &frame);

    OhMqtt::ProtocolVersion m_version;
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_connection;
    OhMqtt::StreamDecoder m_decoder;
    QByteArray m_receivedBytes;
    QString m_decodeError;
    int m_binaryFrames = 0;
    int m_textFrames = 0;
};

} // namespace OhMqttTest
