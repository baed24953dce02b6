// TcpTransport: the mqtt:// adapter, MQTT's byte stream over a QTcpSocket; TlsTransport extends it.
#pragma once

#include "transport/transport.h"

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace OhMqtt {

class TcpTransport : public Transport
{
    Q_OBJECT

public:
    explicit TcpTransport(QObject *parent = nullptr);
    ~TcpTransport() override;

protected:
    // For TlsTransport: `socket` (a QSslSocket) becomes this object's child.
    TcpTransport(QTcpSocket *socket, QLatin1StringView kind, QObject *parent);

    void openConnection(const BrokerAddress &address, const TransportOptions &options) override;
    qint64 writeBytes(const QByteArray &bytes) override;
    void closeConnection() override;
    void abortConnection() override;

    // TCP: connectToHost(); TLS: connectToHostEncrypted().
    virtual void connectSocket(const BrokerAddress &address, const TransportOptions &options);
    // The TCP connection is up: plain TCP is open, TLS starts its handshake.
    virtual void onConnected();

    QTcpSocket *socket() const noexcept { return m_socket; }

private:
    void onStateChanged(int state);
    void reportSocketError();

    QTcpSocket *m_socket;
    bool m_noDelay = true;
};

} // namespace OhMqtt
