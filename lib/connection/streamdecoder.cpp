// StreamDecoder: finds packet boundaries in a byte stream and enforces the maximum packet size.
#include "streamdecoder.h"

#include <cstring>

namespace OhMqtt {

using namespace Qt::StringLiterals;

namespace {

// A fixed header alone never makes the decoder allocate more than this: a large packet's own
// buffer grows as its bytes arrive.
constexpr qsizetype EagerAllocation = 1024 * 1024;

// QByteArray::resize() past the capacity rounds the allocation up to a power of two: a packet
// of our Maximum Packet Size would hold up to twice that [MQTT-3.1.2-24]. reserve() does not.
void resizeExactly(QByteArray &bytes, qsizetype size)
{
    if (size > bytes.capacity())
        bytes.reserve(size);
    bytes.resize(size);
}

} // namespace

StreamDecoder::Space StreamDecoder::writeSpace(qsizetype preferred)
{
    if (fillingOwnBuffer()) {
        if (m_own.size() == m_ownFilled)
            resizeExactly(m_own, qMin(m_ownTotal, qMax(2 * m_own.size(), m_ownFilled + preferred)));
        return {m_own.data() + m_ownFilled, m_own.size() - m_ownFilled};
    }
    if (m_buffer.size() - m_end < preferred) {
        const qsizetype pending = m_end - m_begin;
        if (m_begin > 0) { // the partial packet moves to the front
            std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(pending));
            m_begin = 0;
            m_end = pending;
        }
        if (m_buffer.size() - m_end < preferred) {
            // Twice the room: a large packet that begins a read can keep this buffer as its own.
            if (m_buffer.capacity() < m_end + preferred)
                m_buffer.reserve(2 * (m_end + preferred));
            m_buffer.resize(m_end + preferred);
        }
    }
    return {m_buffer.data() + m_end, m_buffer.size() - m_end};
}

void StreamDecoder::commit(qsizetype count) noexcept
{
    if (fillingOwnBuffer())
        m_ownFilled += count;
    else
        m_end += count;
}

void StreamDecoder::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const Space space = writeSpace(bytes.size());
        const qsizetype count = qMin(space.size, bytes.size());
        std::memcpy(space.data, bytes.data(), size_t(count));
        commit(count);
        bytes = bytes.sliced(count);
    }
}

std::optional<RawPacket> StreamDecoder::next()
{
    if (m_failed)
        throw MqttError(u"stream decoder used after an error"_s, ReasonCode::ProtocolError);
    if (m_ownTotal > 0) {
        if (m_ownFilled < m_ownTotal)
            return std::nullopt;
        const QByteArrayView body(m_own.constData() + m_ownHeaderSize,
                                  m_ownTotal - m_ownHeaderSize);
        RawPacket packet {quint8(m_own.front()), body, std::exchange(m_own, QByteArray())};
        m_ownFilled = m_ownTotal = m_ownHeaderSize = 0;
        return packet;
    }
    const qsizetype available = m_end - m_begin;
    if (available < 2)
        return std::nullopt;
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData() + m_begin);

    quint32 remaining = 0;
    qsizetype headerSize = 1;
    for (int i = 0;; ++i) {
        if (i == 4) {
            m_failed = true;
            throw MqttError::malformed(
                u"Remaining Length is longer than four bytes [MQTT-1.5.5-1]"_s);
        }
        if (headerSize >= available)
            return std::nullopt; // the length continues in bytes not yet read
        const uchar byte = data[headerSize++];
        remaining |= quint32(byte & 0x7F) << (7 * i);
        if (!(byte & 0x80)) {
            if (i > 0 && byte == 0) {
                m_failed = true;
                throw MqttError::malformed(
                    u"Remaining Length is not minimally encoded [MQTT-1.5.5-1]"_s);
            }
            break;
        }
    }

    const qsizetype total = headerSize + qsizetype(remaining);
    // Refuse before buffering: the header alone tells the size [MQTT-3.1.2-24].
    if (m_maximumPacketSize != NoLimit && total > qsizetype(m_maximumPacketSize)) {
        m_failed = true;
        throw MqttError(
            u"packet of %1 bytes exceeds the maximum packet size of %2"_s.arg(total).arg(
                m_maximumPacketSize),
            ReasonCode::PacketTooLarge);
    }
    if (available < total) {
        if (total >= OwnBufferThreshold)
            startOwnBuffer(total, headerSize);
        return std::nullopt;
    }

    RawPacket packet {
        data[0], QByteArrayView(m_buffer.constData() + m_begin + headerSize, remaining), {}};
    m_begin += total;
    return packet;
}

// The bytes of the large packet read so far move to its own buffer — without a copy when the
// read buffer holds little else and is not much larger than the packet: it becomes the packet's.
void StreamDecoder::startOwnBuffer(qsizetype total, qsizetype headerSize)
{
    const qsizetype filled = m_end - m_begin;
    const qsizetype initial = qMin(total, qMax(filled, EagerAllocation));
    if (m_buffer.capacity() <= 2 * initial) {
        m_own = std::exchange(m_buffer, QByteArray());
        m_own.resize(m_end);
        m_own.remove(0, m_begin); // O(1): the start moves, the bytes stay
        resizeExactly(m_own, initial);
    } else {
        m_own = QByteArray(initial, Qt::Uninitialized);
        std::memcpy(m_own.data(), m_buffer.constData() + m_begin, size_t(filled));
    }
    m_begin = m_end = 0;
    m_ownFilled = filled;
    m_ownTotal = total;
    m_ownHeaderSize = headerSize;
}

void StreamDecoder::reset() noexcept
{
    m_buffer.clear();
    m_begin = m_end = 0;
    m_own.clear();
    m_ownFilled = m_ownTotal = m_ownHeaderSize = 0;
    m_failed = false;
}

} // namespace OhMqtt
