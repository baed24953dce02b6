// Serialization primitives: big-endian integers, variable byte integers, UTF-8 strings, binary.
#include <OhMqtt/serialization.h>

#include "packetcodec.h"

#include <QtCore/qstringconverter.h>

namespace OhMqtt {

using namespace Qt::StringLiterals;

namespace Serialization {

qsizetype utf8Size(QStringView text) noexcept
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            size += 1;
        else if (c < 0x800)
            size += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                 QChar::isLowSurrogate(text[i + 1].unicode())) {
            size += 4;
            ++i;
        } else
            size += 3;
    }
    return size;
}

void writeUint8(QByteArray &out, quint8 value)
{
    out.append(char(value));
}

void writeUint16(QByteArray &out, quint16 value)
{
    const char bytes[2] = {char(value >> 8), char(value)};
    out.append(bytes, 2);
}

void writeUint32(QByteArray &out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

void writeVarInt(QByteArray &out, quint32 value, const char *field)
{
    if (value > MaxVarInt)
        throw MqttError(u"%1 is %2, over the limit of a Variable Byte Integer (268435455)"_s.arg(
                            QLatin1StringView(field), QString::number(value)),
                        ReasonCode::PacketTooLarge);
    do {
        quint8 byte = value % 128;
        value /= 128;
        if (value > 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (value > 0);
}

namespace {

[[noreturn]] void unencodable(const char *field, const QString &why)
{
    throw MqttError(u"cannot encode %1: %2"_s.arg(QLatin1StringView(field), why),
                    ReasonCode::MalformedPacket);
}

// Appends UTF-8 for `text`; refuses what MQTT forbids [MQTT-1.5.4-1] [MQTT-1.5.4-2].
void appendUtf8(QByteArray &out, QStringView text, const char *field)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= text.size() || !QChar::isLowSurrogate(text[i + 1].unicode()))
                unencodable(field, u"unpaired UTF-16 surrogate"_s);
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        } else if (QChar::isLowSurrogate(c)) {
            unencodable(field, u"unpaired UTF-16 surrogate"_s);
        } else if (c == 0) {
            unencodable(field, u"contains U+0000"_s);
        }
        if (c < 0x80) {
            out.append(char(c));
        } else if (c < 0x800) {
            const char b[2] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
            out.append(b, 2);
        } else if (c < 0x10000) {
            const char b[3] = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)),
                               char(0x80 | (c & 0x3F))};
            out.append(b, 3);
        } else {
            const char b[4] = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)),
                               char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
            out.append(b, 4);
        }
    }
}

} // namespace

namespace {

// The usual string, ASCII without U+0000, copied in one pass; false (and `out` as it was) for
// anything else, which takes the general path.
bool writeAsciiString(QByteArray &out, QStringView text)
{
    const qsizetype size = text.size();
    if (size > MaxStringBytes)
        return false;
    const qsizetype start = out.size();
    out.resize(start + 2 + size);
    char *bytes = out.data() + start;
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        if (unsigned(units[i]) - 1U >= 0x7FU) { // U+0000, or not ASCII
            out.truncate(start);
            return false;
        }
        bytes[2 + i] = char(units[i]);
    }
    bytes[0] = char(size >> 8);
    bytes[1] = char(size & 0xFF);
    return true;
}

} // namespace

void writeString(QByteArray &out, QStringView text, const char *field)
{
    if (writeAsciiString(out, text))
        return;
    const qsizetype size = utf8Size(text);
    if (size > MaxStringBytes)
        unencodable(field, u"%1 bytes of UTF-8, over the limit of 65535"_s.arg(size));
    out.reserve(out.size() + 2 + size);
    writeUint16(out, quint16(size));
    appendUtf8(out, text, field);
}

void writeStringPair(QByteArray &out, const StringPair &pair, const char *field)
{
    writeString(out, pair.first, field);
    writeString(out, pair.second, field);
}

void writeBinary(QByteArray &out, QByteArrayView data, const char *field)
{
    if (data.size() > MaxStringBytes)
        unencodable(field, u"%1 bytes, over the limit of 65535"_s.arg(data.size()));
    writeUint16(out, quint16(data.size()));
    out.append(data);
}

const char *utf8Problem(QByteArrayView bytes) noexcept
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b == 0)
            return "contains U+0000"; // [MQTT-1.5.4-2]
        if (b < 0x80) {
            ++p;
            continue;
        }
        int length;
        char32_t c;
        char32_t minimum;
        if ((b & 0xE0) == 0xC0) {
            length = 2, c = b & 0x1F, minimum = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3, c = b & 0x0F, minimum = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4, c = b & 0x07, minimum = 0x10000;
        } else {
            return "is not valid UTF-8";
        }
        if (end - p < length)
            return "ends inside a UTF-8 sequence";
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return "is not valid UTF-8";
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < minimum)
            return "has an overlong UTF-8 encoding";
        if (c >= 0xD800 && c <= 0xDFFF)
            return "encodes a UTF-16 surrogate"; // [MQTT-1.5.4-1]
        if (c > 0x10FFFF)
            return "is beyond U+10FFFF";
        p += length;
    }
    return nullptr;
}

} // namespace Serialization

void ByteReader::fail(ReasonCode code, const QString &what) const
{
    throw MqttError(u"%1: %2"_s.arg(QLatin1StringView(m_context), what), code);
}

void ByteReader::require(qsizetype count, const char *field) const
{
    if (remaining() < count)
        fail(ReasonCode::MalformedPacket,
             u"truncated %1 (needs %2 bytes, %3 left)"_s.arg(QLatin1StringView(field))
                 .arg(count)
                 .arg(remaining()));
}

quint8 ByteReader::readUint8(const char *field)
{
    require(1, field);
    return quint8(m_data[m_position++]);
}

quint16 ByteReader::readUint16(const char *field)
{
    require(2, field);
    const auto *p = reinterpret_cast<const uchar *>(m_data.data() + m_position);
    m_position += 2;
    return quint16((p[0] << 8) | p[1]);
}

quint32 ByteReader::readUint32(const char *field)
{
    require(4, field);
    const auto *p = reinterpret_cast<const uchar *>(m_data.data() + m_position);
    m_position += 4;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

quint32 ByteReader::readVarInt(const char *field)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        require(1, field);
        const quint8 byte = quint8(m_data[m_position++]);
        value |= quint32(byte & 0x7F) << (7 * i);
        if (!(byte & 0x80)) {
            // [MQTT-1.5.5-1] the minimum number of bytes: no trailing zero continuation.
            if (i > 0 && byte == 0)
                fail(ReasonCode::MalformedPacket,
                     u"%1 is not minimally encoded [MQTT-1.5.5-1]"_s.arg(QLatin1StringView(field)));
            return value;
        }
    }
    fail(ReasonCode::MalformedPacket,
         u"%1 is longer than four bytes [MQTT-1.5.5-1]"_s.arg(QLatin1StringView(field)));
}

QByteArrayView ByteReader::readBytes(qsizetype count, const char *field)
{
    require(count, field);
    const QByteArrayView bytes = m_data.sliced(m_position, count);
    m_position += count;
    return bytes;
}

QByteArrayView ByteReader::readRest() noexcept
{
    const QByteArrayView bytes = m_data.sliced(m_position);
    m_position = m_data.size();
    return bytes;
}

QString ByteReader::readString(const char *field)
{
    const quint16 length = readUint16(field);
    return Codec::decodeUtf8String(*this, readBytes(length, field), field);
}

QString Codec::decodeUtf8String(const ByteReader &reader, QByteArrayView bytes, const char *field)
{
    if (const char *problem = Serialization::utf8Problem(bytes))
        reader.fail(
            ReasonCode::MalformedPacket,
            u"%1 %2 [MQTT-1.5.4-1]"_s.arg(QLatin1StringView(field), QLatin1StringView(problem)));
    // [MQTT-1.5.4-3] a leading BOM is a character like any other, however many there are;
    // fromUtf8 would drop the first.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}

StringPair ByteReader::readStringPair(const char *field)
{
    QString name = readString(field);
    QString value = readString(field);
    return {std::move(name), std::move(value)};
}

QByteArray ByteReader::readBinary(const char *field)
{
    const quint16 length = readUint16(field);
    return readBytes(length, field).toByteArray();
}

} // namespace OhMqtt
