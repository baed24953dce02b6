// LocalTransport: the unix: adapter, MQTT's byte stream over a QLocalSocket on a socket path.
#pragma once

#include "transport/transport.h"

QT_BEGIN_NAMESPACE
class QLocalSocket;
QT_END_NAMESPACE

namespace OhMqtt {

class LocalTransport : public Transport
{
    Q_OBJECT

public:
    explicit LocalTransport(QObject *parent = nullptr);
    ~LocalTransport() override;

protected:
    void openConnection(const BrokerAddress &address, const TransportOptions &options) override;
    qint64 writeBytes(const QByteArray &bytes) override;
    void closeConnection() override;
    void abortConnection() override;

private:
    void reportSocketError();

    QLocalSocket *m_socket;
};

} // namespace OhMqtt
