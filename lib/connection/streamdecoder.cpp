// StreamDecoder: finds packet boundaries in a byte stream and enforces the maximum packet size.
#include "streamdecoder.h"

namespace OhMqtt {

using namespace Qt::StringLiterals;

void StreamDecoder::feed(QByteArrayView bytes)
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    m_buffer.append(bytes);
}

std::optional<RawPacket> StreamDecoder::next()
{
    if (m_failed)
        throw MqttError(u"stream decoder used after an error"_s, ReasonCode::ProtocolError);
    const qsizetype available = m_buffer.size() - m_position;
    if (available < 2)
        return std::nullopt;
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData() + m_position);

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
    if (available < total)
        return std::nullopt;

    RawPacket packet {data[0],
                      QByteArrayView(m_buffer.constData() + m_position + headerSize, remaining)};
    m_position += total;
    return packet;
}

void StreamDecoder::reset() noexcept
{
    m_buffer.clear();
    m_position = 0;
    m_failed = false;
}

} // namespace OhMqtt
