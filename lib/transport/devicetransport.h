// DeviceTransport: MQTT's byte stream over a QIODevice the application gives the client
// (MqttClient::setTransport()), for tests of code that uses the client.
#pragma once

#include "transport/transport.h"

#include <QtCore/qpointer.h>

namespace OhMqtt {

class DeviceTransport : public Transport
{
    Q_OBJECT

public:
    explicit DeviceTransport(QIODevice *device, QObject *parent = nullptr);
    ~DeviceTransport() override;

protected:
    void openConnection(const BrokerAddress &address, const TransportOptions &options) override;
    qint64 writeBytes(const QByteArray &bytes) override;
    void closeConnection() override;
    void abortConnection() override;

private:
    QPointer<QIODevice> m_device; // not ours
};

} // namespace OhMqtt
