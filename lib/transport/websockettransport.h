// WebSocketTransport: the ws:// and wss:// adapter, MQTT in binary frames of a QWebSocket.
#pragma once

#include "transport/transport.h"

#include <deque>
#include <utility>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace OhMqtt {

// Offers the subprotocol "mqtt" and sends each write as one binary message. Frames are not
// packets: what arrives is forwarded as bytes, and the stream decoder above finds the packets
// ([MQTT-6.0.0-2]). For wss:// the TLS rules of TlsTransport apply.
class WebSocketTransport : public Transport
{
    Q_OBJECT

public:
    explicit WebSocketTransport(QObject *parent = nullptr);
    ~WebSocketTransport() override;

protected:
    void openConnection(const BrokerAddress &address, const TransportOptions &options) override;
    qint64 writeBytes(const QByteArray &bytes) override;
    void closeConnection() override;
    void abortConnection() override;

private:
    bool attachToSocket();
    void onConnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onBytesWritten();
    void onError();
    void onDisconnected();

    QWebSocket *m_webSocket;
    TransportOptions m_options;
    QString m_peerName;
    bool m_secure = false;
    // What QWebSocket counts is frames; written() counts MQTT bytes. Each write is remembered
    // as (frame bytes queued up to its end, stream offset of its end).
    qint64 m_frameBytesQueued = 0;
    std::deque<std::pair<qint64, qint64>> m_pendingWrites;
};

} // namespace OhMqtt
