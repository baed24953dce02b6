// StreamDecoder: turns a byte stream, fragmented any way, into complete packets.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qbytearray.h>

#include <optional>

namespace OhMqtt {

// One complete packet as it arrived: its first byte and its body (after Remaining Length).
// `body` points into the decoder's buffer and stays valid until the next feed() or
// writeSpace() — or, for a large packet, into `ownBuffer`, which then holds exactly this
// packet's fixed header and body and is the caller's to keep: a payload can share it.
struct RawPacket
{
    quint8 firstByte = 0;
    QByteArrayView body;
    QByteArray ownBuffer;

    PacketType packetType() const noexcept { return PacketType(firstByte >> 4); }
    quint8 flags() const noexcept { return firstByte & 0x0F; }
};

class StreamDecoder
{
public:
    // No limit but the protocol's own: 1 + 4 + 268,435,455 bytes.
    static constexpr quint32 NoLimit = 0;
    // A packet at least this large that is not complete in the buffer gets a buffer of its own,
    // which the next reads fill directly: its bytes are then never moved, and its payload leaves
    // the decoder without a copy.
    static constexpr qsizetype OwnBufferThreshold = 16 * 1024;

    explicit StreamDecoder(quint32 maximumPacketSize = NoLimit) noexcept
        : m_maximumPacketSize(maximumPacketSize)
    { }

    void setMaximumPacketSize(quint32 size) noexcept { m_maximumPacketSize = size; }
    quint32 maximumPacketSize() const noexcept { return m_maximumPacketSize; }

    // Where the next bytes of the stream may be written (a read straight from a socket), about
    // `preferred` bytes; never past the end of a large packet being filled, so it may be less.
    // Bytes of packets already returned by next() are released first: earlier RawPacket views
    // into the buffer expire, and the buffer holds at most one partial packet plus one read.
    struct Space
    {
        char *data;
        qsizetype size;
    };
    Space writeSpace(qsizetype preferred);
    // `count` bytes were written at the last writeSpace().
    void commit(qsizetype count) noexcept;
    // Copies bytes in.
    void feed(QByteArrayView bytes);

    // The next complete packet, or nothing when more bytes are needed. Throws MqttError:
    // MalformedPacket for a Remaining Length over four bytes [MQTT-1.5.5-1], PacketTooLarge as
    // soon as the fixed header announces a packet over the maximum size [MQTT-3.1.2-24],
    // without buffering it. After an error the decoder is unusable until reset().
    std::optional<RawPacket> next();

    void reset() noexcept;
    qsizetype bufferedBytes() const noexcept { return m_end - m_begin + m_ownFilled; }
    qsizetype bufferCapacity() const noexcept { return m_buffer.capacity() + m_own.capacity(); }

private:
    void startOwnBuffer(qsizetype total, qsizetype headerSize);
    // Bytes go to the large packet's own buffer until it is complete; those after it, to the
    // read buffer, and next() returns the large packet first.
    bool fillingOwnBuffer() const noexcept { return m_ownTotal > 0 && m_ownFilled < m_ownTotal; }

    QByteArray m_buffer; // [m_begin, m_end) holds bytes not yet returned; past m_end, space
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    QByteArray m_own; // a large packet being filled: m_ownFilled of m_ownTotal bytes so far
    qsizetype m_ownFilled = 0;
    qsizetype m_ownTotal = 0;
    qsizetype m_ownHeaderSize = 0;
    quint32 m_maximumPacketSize;
    bool m_failed = false;
};

} // namespace OhMqtt
