// The test plays the broker over MqttClient::setTransport() and a DevicePair: connecting, and
// reading the packets the client writes.
#pragma once

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "support/devicepair.h"

#include <QtTest/qsignalspy.h>

#include <optional>

namespace OhMqttTest {

inline constexpr int SeamWaitMs = 10'000;

// One packet the client wrote to `end`, waiting for it; bytes after it stay in `pending`.
inline std::optional<OhMqtt::Packet>
nextPacket(PipeEnd &end, QByteArray &pending,
           OhMqtt::ProtocolVersion version = OhMqtt::ProtocolVersion::V5)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        pending += end.readAll();
        if (pending.size() >= 2) {
            // Remaining Length as a variable byte integer [MQTT-1.5.5]
            qsizetype length = 0;
            qsizetype position = 1;
            int shift = 0;
            while (position < pending.size()) {
                const auto byte = quint8(pending.at(position++));
                length |= qsizetype(byte & 0x7F) << shift;
                shift += 7;
                if (!(byte & 0x80))
                    break;
            }
            if (pending.size() >= position + length) {
                const auto first = quint8(pending.at(0));
                const QByteArray body = pending.mid(position, length);
                pending.remove(0, position + length);
                return OhMqtt::decodePacket(first, body, version);
            }
        }
        QSignalSpy readable(&end, &QIODevice::readyRead);
        if (end.bytesAvailable() == 0 && !readable.wait(SeamWaitMs))
            return std::nullopt;
    }
    return std::nullopt;
}

template<typename P> std::optional<P> next(PipeEnd &end, QByteArray &pending)
{
    const std::optional<OhMqtt::Packet> packet = nextPacket(end, pending);
    if (!packet || !std::holds_alternative<P>(*packet))
        return std::nullopt;
    return std::get<P>(*packet);
}

inline OhMqtt::ConnAckPacket connAckWithSession(bool sessionPresent)
{
    OhMqtt::ConnAckPacket connAck;
    connAck.sessionPresent = sessionPresent;
    return connAck;
}

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
