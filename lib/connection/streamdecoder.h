// StreamDecoder: turns a byte stream, fragmented any way, into complete packets.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qbytearray.h>

#include <optional>

namespace OhMqtt {

// One complete packet as it arrived: its first byte and its body (after Remaining Length).
// `body` points into the decoder's buffer and stays valid until the next feed().
struct RawPacket
{
    quint8 firstByte = 0;
    QByteArrayView body;

    PacketType packetType() const noexcept { return PacketType(firstByte >> 4); }
    quint8 flags() const noexcept { return firstByte & 0x0F; }
};

class StreamDecoder
{
public:
    // No limit but the protocol's own: 1 + 4 + 268,435,455 bytes.
    static constexpr quint32 NoLimit = 0;

    explicit StreamDecoder(quint32 maximumPacketSize = NoLimit) noexcept
        : m_maximumPacketSize(maximumPacketSize)
    { }

    void setMaximumPacketSize(quint32 size) noexcept { m_maximumPacketSize = size; }
    quint32 maximumPacketSize() const noexcept { return m_maximumPacketSize; }

    // Appends bytes. Bytes of packets already returned by next() are released first, so the
    // buffer holds at most one partial packet plus one read; earlier RawPacket views expire.
    void feed(QByteArrayView bytes);

    // The next complete packet, or nothing when more bytes are needed. Throws MqttError:
    // MalformedPacket for a Remaining Length over four bytes [MQTT-1.5.5-1], PacketTooLarge as
    // soon as the fixed header announces a packet over the maximum size [MQTT-3.1.2-24],
    // without buffering it. After an error the decoder is unusable until reset().
    std::optional<RawPacket> next();

    void reset() noexcept;
    qsizetype bufferedBytes() const noexcept { return m_buffer.size() - m_position; }
    qsizetype bufferCapacity() const noexcept { return m_buffer.capacity(); }

private:
    QByteArray m_buffer;
    qsizetype m_position = 0; // start of the first packet not yet returned
    quint32 m_maximumPacketSize;
    bool m_failed = false;
};

} // namespace OhMqtt
