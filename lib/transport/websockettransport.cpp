// WebSocketTransport: the opening handshake with subprotocol "mqtt", binary frames both ways, the
// TLS checks of wss://, and written() counted in MQTT bytes rather than frame bytes.
#include "transport/websockettransport.h"

#include "transport/logging.h"
#include "transport/tlstransport.h"

#include <QtNetwork/qnetworkrequest.h>
#include <QtNetwork/qsslsocket.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtWebSockets/qwebsocket.h>
#include <QtWebSockets/qwebsockethandshakeoptions.h>

#include <algorithm>

namespace OhMqtt {

namespace {
const QString MqttSubprotocol = QStringLiteral("mqtt");
} // namespace

WebSocketTransport::WebSocketTransport(QObject *parent)
    : Transport(QLatin1StringView("WebSocket"), parent)
    , m_webSocket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    connect(m_webSocket, &QWebSocket::connected, this, &WebSocketTransport::onConnected);
    connect(m_webSocket, &QWebSocket::binaryFrameReceived, this,
            [this](const QByteArray &frame, bool) { reportReceived(frame); });
    connect(m_webSocket, &QWebSocket::textFrameReceived, this, [this] {
        // [MQTT-6.0.0-1] A data frame that is not binary closes the Network Connection.
        reportError(QStringLiteral("the broker sent a text frame; MQTT travels in binary "
                                   "frames [MQTT-6.0.0-1]"));
        m_webSocket->abort();
    });
    connect(m_webSocket, &QWebSocket::bytesWritten, this, &WebSocketTransport::onBytesWritten);
    connect(m_webSocket, &QWebSocket::sslErrors, this, &WebSocketTransport::onSslErrors);
    // Qt 6.4 names the signal error(), not errorOccurred().
    connect(m_webSocket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketTransport::onError);
    connect(m_webSocket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
}

WebSocketTransport::~WebSocketTransport()
{
    m_webSocket->disconnect(this);
}

void WebSocketTransport::openConnection(const BrokerAddress &address,
                                        const TransportOptions &options)
{
    m_options = options;
    m_secure = address.isSecure();
    m_peerName = TlsTransport::peerName(address, options);
    if (m_secure)
        m_webSocket->setSslConfiguration(options.sslConfiguration());
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({MqttSubprotocol}); // [MQTT-6.0.0-3]
    m_webSocket->open(QNetworkRequest(address.webSocketUrl()), handshake);
    if (!attachToSocket() && m_secure && !options.tlsHostname.isEmpty()) {
        // Never connect with a name other than the one the caller asked to verify.
        reportError(QStringLiteral("tlsHostname cannot be applied: this QWebSocket has no "
                                   "QSslSocket to set the peer name on"));
        m_webSocket->abort();
    }
}

// QWebSocket hides its socket, but creates it as its child inside open(): reaching it gives the
// handshake stages, the TCP_NODELAY choice and, for wss://, the name to verify (read by
// QSslSocket when the handshake ends, so setting it now is in time). False when not found.
bool WebSocketTransport::attachToSocket()
{
    const QList<QTcpSocket *> sockets =
        m_webSocket->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (sockets.size() != 1) {
        qCDebug(lcTransport).noquote() << description() << "no socket inside QWebSocket; no stages";
        return false;
    }
    QTcpSocket *socket = sockets.front();
    auto *sslSocket = qobject_cast<QSslSocket *>(socket);
    if (m_secure != (sslSocket != nullptr))
        return false;
    const bool noDelay = m_options.tcpNoDelay;
    // Connected after QWebSocket's own slot, which turns TCP_NODELAY on: this one decides.
    connect(socket, &QTcpSocket::connected, this, [this, socket, noDelay] {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, noDelay ? 1 : 0);
        reportStage(m_secure ? Stage::TlsHandshake : Stage::WebSocketHandshake);
    });
    if (sslSocket) {
        sslSocket->setPeerVerifyName(m_peerName);
        connect(sslSocket, &QSslSocket::encrypted, this,
                [this] { reportStage(Stage::WebSocketHandshake); });
    }
    return true;
}

void WebSocketTransport::onConnected()
{
    // [MQTT-6.0.0-4] is the server's duty; a broker that picks no subprotocol usually still
    // speaks MQTT, so this is worth a warning, not a refusal.
    if (m_webSocket->subprotocol() != MqttSubprotocol) {
        qCWarning(lcTransport).noquote()
            << description() << "the broker did not select the subprotocol" << MqttSubprotocol
            << "but" << m_webSocket->subprotocol();
    }
    reportOpened();
}

void WebSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QList<QSslError> refused = TlsTransport::refusedErrors(errors, m_options);
    if (refused.isEmpty()) {
        qCInfo(lcTransport).noquote()
            << description() << "accepting TLS errors as asked:" << errors;
        m_webSocket->ignoreSslErrors(errors);
        return;
    }
    reportError(TlsTransport::describeErrors(refused, m_peerName));
}

qint64 WebSocketTransport::writeBytes(const QByteArray &bytes)
{
    const qint64 before = m_webSocket->bytesToWrite();
    const qint64 sent = m_webSocket->sendBinaryMessage(bytes);
    if (sent <= 0)
        return -1;
    // The socket buffers what it is given and writes from the event loop, so the growth of its
    // buffer is the frames' size; were it to write at once, written() would only come later.
    m_frameBytesQueued += std::max<qint64>(m_webSocket->bytesToWrite() - before, 0);
    m_pendingWrites.emplace_back(m_frameBytesQueued, queuedOffset() + sent);
    return sent;
}

// Never early: bytesToWrite() may hold control frames too, which only delays the count.
void WebSocketTransport::onBytesWritten()
{
    const qint64 waiting = m_webSocket->bytesToWrite();
    const qint64 done = m_frameBytesQueued - waiting;
    qint64 reached = -1;
    while (!m_pendingWrites.empty() && (waiting == 0 || m_pendingWrites.front().first <= done)) {
        reached = m_pendingWrites.front().second;
        m_pendingWrites.pop_front();
    }
    if (reached >= 0)
        reportWritten(reached);
}

void WebSocketTransport::closeConnection()
{
    m_webSocket->close(QWebSocketProtocol::CloseCodeNormal);
}

void WebSocketTransport::abortConnection()
{
    m_webSocket->abort();
}

void WebSocketTransport::onError()
{
    reportError(m_webSocket->errorString());
    // A refused opening handshake (an HTTP error, no Upgrade) leaves the socket connected:
    // end it, so that closed() follows as promised.
    if (m_webSocket->state() != QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(m_webSocket, &QWebSocket::abort, Qt::QueuedConnection);
}

// A failed connect changes the state before it reports the error: report it first.
void WebSocketTransport::onDisconnected()
{
    if (m_webSocket->error() != QAbstractSocket::UnknownSocketError)
        reportError(m_webSocket->errorString());
    reportClosed();
}

} // namespace OhMqtt
