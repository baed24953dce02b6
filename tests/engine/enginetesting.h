// Helpers shared by the engine suite's test classes: reading event lists, building server bytes.
#pragma once

#include "connection/protocolengine.h"

#include <QtTest/qtest.h>

#include <optional>

namespace OhMqttTest {

using namespace OhMqtt;

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

template<typename T> QList<T> eventsOf(const Engine::Events &events)
{
    QList<T> result;
    for (const Engine::Event &event : events) {
        if (const T *e = std::get_if<T>(&event))
            result.append(*e);
    }
    return result;
}

// The first event of type T, or nothing. Check it before use (QVERIFY), so that a missing event
// fails one test function instead of aborting the whole binary.
template<typename T> std::optional<T> firstOf(const Engine::Events &events)
{
    for (const Engine::Event &event : events) {
        if (const T *e = std::get_if<T>(&event))
            return *e;
    }
    return std::nullopt;
}

// The first received packet of type P, or nothing.
template<typename P> std::optional<P> receivedPacket(const Engine::Events &events)
{
    for (const auto &received : eventsOf<Engine::PacketReceived>(events)) {
        if (const P *packet = std::get_if<P>(&received.packet))
            return *packet;
    }
    return std::nullopt;
}

// The reason code of the first SendRejected, or nothing when send() refused nothing.
inline std::optional<ReasonCode> rejection(const Engine::Events &events)
{
    const auto rejected = firstOf<Engine::SendRejected>(events);
    return rejected ? std::optional(rejected->error.reasonCode()) : std::nullopt;
}

// The reason of Disconnected, or nothing when the events hold none.
inline std::optional<ReasonCode> disconnectReason(const Engine::Events &events)
{
    const auto disconnected = firstOf<Engine::Disconnected>(events);
    return disconnected ? std::optional(disconnected->reason) : std::nullopt;
}

// The identifier of the first PacketIdReleased, or nothing.
inline std::optional<quint16> releasedId(const Engine::Events &events)
{
    const auto released = firstOf<Engine::PacketIdReleased>(events);
    return released ? std::optional(released->packetId) : std::nullopt;
}

template<typename T> qsizetype indexOf(const Engine::Events &events)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (std::holds_alternative<T>(events[i]))
            return qsizetype(i);
    }
    return -1;
}

template<typename T> bool has(const Engine::Events &events)
{
    return indexOf<T>(events) >= 0;
}

// Everything the engine asked to write, in order.
inline QByteArray written(const Engine::Events &events)
{
    QByteArray bytes;
    for (const auto &send : eventsOf<Engine::SendBytes>(events))
        bytes += send.bytes;
    return bytes;
}

// The interval of the last StartTimer for `timer`, or nothing.
inline std::optional<std::chrono::milliseconds> timerStarted(const Engine::Events &events,
                                                             Engine::Timer timer)
{
    std::optional<std::chrono::milliseconds> interval;
    for (const auto &start : eventsOf<Engine::StartTimer>(events)) {
        if (start.timer == timer)
            interval = start.interval;
    }
    return interval;
}

inline bool timerStopped(const Engine::Events &events, Engine::Timer timer)
{
    for (const auto &stop : eventsOf<Engine::StopTimer>(events)) {
        if (stop.timer == timer)
            return true;
    }
    return false;
}

// The error that ended the connection, or a null error.
inline MqttError failure(const Engine::Events &events)
{
    const auto failed = firstOf<Engine::ConnectionFailed>(events);
    return failed ? failed->error : MqttError();
}

inline ConnectPacket connectPacket(ProtocolVersion version, quint16 keepAlive = 0,
                                   const ConnectProperties &properties = {})
{
    ConnectPacket connect;
    connect.protocolVersion = version;
    connect.clientId = QStringLiteral("c");
    connect.cleanStart = true;
    connect.keepAlive = keepAlive;
    connect.properties = properties;
    return connect;
}

inline QByteArray connAckBytes(ProtocolVersion version, const ConnAckProperties &properties = {})
{
    ConnAckPacket connAck;
    connAck.properties = properties;
    return encodePacket(connAck, version);
}

inline QByteArray publishBytes(ProtocolVersion version, const QString &topic, QoS qos,
                               quint16 packetId, const QByteArray &payload = "x",
                               const PublishProperties &properties = {})
{
    PublishPacket publish;
    publish.topic = topic;
    publish.qos = qos;
    publish.packetId = packetId;
    publish.payload = payload;
    publish.properties = properties;
    return encodePacket(publish, version);
}

// An acknowledgement (PUBACK to PUBCOMP) as the server sends it.
template<typename Ack>
QByteArray ackBytes(ProtocolVersion version, quint16 packetId,
                    ReasonCode reason = ReasonCode::Success)
{
    Ack ack;
    ack.packetId = packetId;
    ack.reasonCode = reason;
    return encodePacket(ack, version);
}

// A PUBLISH from the client, with an identifier from acquirePacketId() for QoS 1 and 2.
inline PublishPacket outboundPublish(ProtocolEngine &engine, QoS qos,
                                     const QString &topic = QStringLiteral("t"))
{
    PublishPacket publish;
    publish.topic = topic;
    publish.qos = qos;
    if (qos != QoS::Q0)
        publish.packetId = engine.acquirePacketId().value_or(0);
    return publish;
}

// Starts `engine` and feeds it CONNACK: the engine is Connected.
inline void connectEngine(ProtocolEngine &engine, ProtocolVersion version,
                          const ConnectProperties &connectProperties = {},
                          const ConnAckProperties &connAckProperties = {})
{
    engine.start(connectPacket(version, 0, connectProperties));
    engine.receive(connAckBytes(version, connAckProperties));
}

inline void addVersionRows()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0") << ProtocolVersion::V5;
    QTest::newRow("3.1.1") << ProtocolVersion::V311;
}

} // namespace OhMqttTest
