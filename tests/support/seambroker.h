// Playing the broker over a DevicePair: the client's packets read one at a time, the test's
// written back. Public headers only.
#pragma once

#include "support/devicepair.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtTest/qsignalspy.h>

#include <optional>

namespace OhMqttTest {

constexpr int SeamWaitMs = 10'000;

// One whole packet off the front of `pending`, if it holds one; `length` gets its size, fixed
// header included. A packet that does not decode is reported and read as none.
inline std::optional<OhMqtt::Packet>
takePacket(QByteArray &pending, OhMqtt::ProtocolVersion version, qsizetype *length = nullptr)
{
    if (pending.size() < 2)
        return std::nullopt;
    // Remaining Length as a variable byte integer [MQTT-1.5.5]
    qsizetype remaining = 0;
    qsizetype position = 1;
    int shift = 0;
    for (;;) {
        if (position >= pending.size())
            return std::nullopt;
        const auto byte = quint8(pending.at(position++));
        remaining |= qsizetype(byte & 0x7F) << shift;
        shift += 7;
        if (!(byte & 0x80))
            break;
    }
    if (pending.size() < position + remaining)
        return std::nullopt;
    const auto first = quint8(pending.at(0));
    const QByteArray body = pending.mid(position, remaining);
    pending.remove(0, position + remaining);
    if (length)
        *length = position + remaining;
    try {
        return OhMqtt::decodePacket(first, body, version);
    } catch (const OhMqtt::MqttError &error) {
        qWarning() << "the client wrote a packet that does not decode:" << error;
        return std::nullopt;
    }
}

// One packet the client wrote to `end`, waiting up to `waitMs` for it; bytes after it stay in
// `pending`.
inline std::optional<OhMqtt::Packet>
nextPacket(PipeEnd &end, QByteArray &pending,
           OhMqtt::ProtocolVersion version = OhMqtt::ProtocolVersion::V5,
           qsizetype *length = nullptr, int waitMs = SeamWaitMs)
{
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        pending += end.readAll();
        if (auto packet = takePacket(pending, version, length))
            return packet;
        if (deadline.hasExpired())
            return std::nullopt;
        QSignalSpy readable(&end, &QIODevice::readyRead);
        if (end.bytesAvailable() == 0 && !readable.wait(int(deadline.remainingTime())))
            return std::nullopt;
    }
}

// The packet as a P, or none (with a warning naming what came instead).
template<typename P> std::optional<P> packetAs(std::optional<OhMqtt::Packet> packet)
{
    if (!packet)
        return std::nullopt;
    if (!std::holds_alternative<P>(*packet)) {
        qWarning() << "expected another packet than" << *packet;
        return std::nullopt;
    }
    return std::get<P>(std::move(*packet));
}

template<typename P>
std::optional<P> next(PipeEnd &end, QByteArray &pending,
                      OhMqtt::ProtocolVersion version = OhMqtt::ProtocolVersion::V5)
{
    return packetAs<P>(nextPacket(end, pending, version));
}

inline OhMqtt::ConnAckPacket connAckWithSession(bool sessionPresent)
{
    OhMqtt::ConnAckPacket connAck;
    connAck.sessionPresent = sessionPresent;
    return connAck;
}

// The broker's side of one connection, in one protocol version, counting the bytes the client
// wrote: received() says how far the client had got at any moment, packetStart() where the
// last packet read began on that count.
class SeamBroker
{
public:
    explicit SeamBroker(OhMqtt::ProtocolVersion version = OhMqtt::ProtocolVersion::V5)
        : m_version(version)
    { }

    PipeEnd &clientEnd() { return m_pair.client; }
    PipeEnd &brokerEnd() { return m_pair.broker; }
    OhMqtt::ProtocolVersion version() const { return m_version; }

    // Bytes the client has written so far, read by the test or not.
    qint64 received() const { return m_read + m_pending.size() + m_pair.broker.bytesAvailable(); }
    qint64 packetStart() const { return m_packetStart; }

    std::optional<OhMqtt::Packet> next()
    {
        qsizetype length = 0;
        std::optional<OhMqtt::Packet> packet =
            nextPacket(m_pair.broker, m_pending, m_version, &length);
        if (packet) {
            m_packetStart = m_read;
            m_read += length;
        }
        return packet;
    }
    template<typename P> std::optional<P> next() { return packetAs<P>(next()); }

    void send(const OhMqtt::Packet &packet)
    {
        m_pair.broker.write(OhMqtt::encodePacket(packet, m_version));
    }

    // Connects `client` over this seam with `options` (their version must be this seam's) and
    // answers its CONNECT with `connAck`; the CONNECT goes to `connect` when given.
    bool connect(OhMqtt::MqttClient &client, const OhMqtt::MqttConnectOptions &options,
                 const OhMqtt::ConnAckPacket &connAck = {},
                 OhMqtt::ConnectPacket *connect = nullptr)
    {
        if (!open(client, options, connect))
            return false;
        send(connAck);
        return client.waitForConnected(SeamWaitMs);
    }
    // Only as far as the client's CONNECT, left unanswered.
    bool open(OhMqtt::MqttClient &client, const OhMqtt::MqttConnectOptions &options,
              OhMqtt::ConnectPacket *connect = nullptr)
    {
        client.setTransport(&m_pair.client);
        if (!client.connectToBroker(options))
            return false;
        const std::optional<OhMqtt::ConnectPacket> packet = next<OhMqtt::ConnectPacket>();
        if (packet && connect)
            *connect = *packet;
        return packet.has_value();
    }

private:
    OhMqtt::ProtocolVersion m_version;
    DevicePair m_pair;
    QByteArray m_pending;
    qint64 m_read = 0; // the bytes of the packets read
    qint64 m_packetStart = -1;
};

} // namespace OhMqttTest
