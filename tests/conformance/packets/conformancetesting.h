// Packets assembled by hand from the specifications' layouts, independent of the codec, to compare
// with what the client writes.
#pragma once

#include <OhMqtt/mqttspec.h>

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

// A PUBLISH from the server: Topic Name, Packet Identifier (QoS 1 and 2), in MQTT 5.0 an empty
// property list, payload.
inline QByteArray serverPublish(OhMqtt::ProtocolVersion version, int qos, quint16 packetId,
                                const QByteArray &topic = "t", const QByteArray &payload = "x",
                                bool dup = false)
{
    QByteArray body = field(topic);
    if (qos > 0)
        body += twoBytes(packetId);
    if (version == OhMqtt::ProtocolVersion::V5)
        body += char(0);
    return packetOf(quint8(0x30 | (dup ? 0x08 : 0) | (qos << 1)), body + payload);
}

} // namespace OhMqttTest
