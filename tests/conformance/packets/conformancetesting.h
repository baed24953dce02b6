// Packets assembled by hand from the specifications' layouts, independent of the codec, to compare
// with what the client writes.
#pragma once

#include <QtCore/qbytearray.h>

namespace OhMqttTest {

// The fixed header (first byte, Remaining Length as a Variable Byte Integer), then `body`.
inline QByteArray packetOf(quint8 firstByte, const QByteArray &body)
{
    QByteArray packet(1, char(firstByte));
    quint32 length = quint32(body.size());
    do {
        quint8 digit = length % 128;
        length /= 128;
        if (length > 0)
            digit |= 0x80;
        packet.append(char(digit));
    } while (length > 0);
    return packet + body;
}

// A Two Byte Integer.
inline QByteArray twoBytes(quint16 value)
{
    QByteArray bytes;
    bytes.append(char(value >> 8));
    bytes.append(char(value & 0xFF));
    return bytes;
}

// A UTF-8 Encoded String or Binary Data: the length in two bytes, then the bytes.
inline QByteArray field(const QByteArray &bytes)
{
    return twoBytes(quint16(bytes.size())) + bytes;
}

} // namespace OhMqttTest
