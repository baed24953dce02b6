// Connecting MqttClient over setTransport() and a DevicePair, with the packet readers of
// support/seambroker.h.
#pragma once

#include "support/seambroker.h"

namespace OhMqttTest {

inline OhMqtt::MqttConnectOptions seamOptions()
{
    OhMqtt::MqttConnectOptions options;
    options.setAddress(QStringLiteral("mqtt://seam.invalid"));
    options.setClientId(QStringLiteral("seam-client"));
    options.setCleanStart(true);
    return options;
}

// Connects over `pair`, answering CONNECT with `connAck`.
inline bool connectOverSeam(OhMqtt::MqttClient &client, DevicePair &pair,
                            const OhMqtt::ConnAckPacket &connAck = {})
{
    client.setTransport(&pair.client);
    QSignalSpy readable(&pair.broker, &QIODevice::readyRead);
    if (!client.connectToBroker(seamOptions()) || !readable.wait(SeamWaitMs))
        return false;
    const QByteArray connect = pair.broker.readAll();
    if (connect.isEmpty() || quint8(connect.at(0)) != 0x10 || !connect.contains("seam-client"))
        return false;
    pair.broker.write(OhMqtt::encodePacket(connAck, OhMqtt::ProtocolVersion::V5));
    return client.waitForConnected(SeamWaitMs);
}

// Connects over `pair` with a reconnect delay of 20 ms, answering CONNACK without a session;
// what the client writes after CONNECT is read through `pending`.
inline bool connectReconnecting(OhMqtt::MqttClient &client, DevicePair &pair, QByteArray &pending,
                                bool cleanStart)
{
    OhMqtt::MqttConnectOptions options = seamOptions();
    options.setCleanStart(cleanStart);
    options.setReconnectDelay(20);
    client.setTransport(&pair.client);
    if (!client.connectToBroker(options) || !next<OhMqtt::ConnectPacket>(pair.broker, pending))
        return false;
    pair.broker.write(OhMqtt::encodePacket(connAckWithSession(false), OhMqtt::ProtocolVersion::V5));
    return client.waitForConnected(SeamWaitMs);
}

} // namespace OhMqttTest
