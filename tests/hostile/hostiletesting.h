// Helpers of the hostile broker suites: packets written as hex, a client set up for short
// timeouts, and what the client said before it closed.
#pragma once

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

namespace OhMqttTest {

// One packet's Remaining Length as a Variable Byte Integer [MQTT-1.5.5].
inline QByteArray remainingLength(qsizetype length)
{
    QByteArray bytes;
    do {
        auto byte = char(length % 128);
        length /= 128;
        if (length > 0)
            byte = char(byte | 0x80);
        bytes.append(byte);
    } while (length > 0);
    return bytes;
}

// Packets written as hex, ';' between packets. "30|0001 61 00" is a first byte and a body, and
// gets its Remaining Length; a packet without '|' is raw bytes, as sent (a Remaining Length that
// is wrong on purpose). "ID" stands for `packetId` as two bytes.
inline QByteArray hexPackets(QString text, quint16 packetId = 0)
{
    text.replace(QLatin1String("ID"), QStringLiteral("%1").arg(packetId, 4, 16, QLatin1Char('0')));
    QByteArray bytes;
    for (const QString &packet : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype bar = packet.indexOf(u'|');
        if (bar < 0) {
            bytes += QByteArray::fromHex(packet.toLatin1());
            continue;
        }
        const QByteArray first = QByteArray::fromHex(packet.left(bar).toLatin1());
        const QByteArray body = QByteArray::fromHex(packet.mid(bar + 1).toLatin1());
        bytes += first + remainingLength(body.size()) + body;
    }
    return bytes;
}

// Options for a client of the scripted broker: Clean Start, no Keep Alive, no reconnecting, and
// a connect timeout short enough for a silent broker to cost little.
inline OhMqtt::MqttConnectOptions hostileOptions(const OhMqtt::MqttScriptedBroker &broker,
                                                 OhMqtt::ProtocolVersion version)
{
    OhMqtt::MqttConnectOptions options;
    options.setAddress(broker.url());
    options.setClientId(QStringLiteral("hostile"));
    options.setCleanStart(true);
    options.setProtocolVersion(version);
    options.setConnectTimeout(3'000);
    return options;
}

// The DISCONNECT packets the client sent, in order.
inline QList<OhMqtt::DisconnectPacket> disconnectsSent(const OhMqtt::MqttScriptedBroker &broker)
{
    QList<OhMqtt::DisconnectPacket> result;
    for (const OhMqtt::Packet &packet : broker.receivedPackets()) {
        if (const auto *disconnect = std::get_if<OhMqtt::DisconnectPacket>(&packet))
            result.append(*disconnect);
    }
    return result;
}

inline QString hexCode(OhMqtt::ReasonCode code)
{
    return QStringLiteral("0x%1").arg(int(code), 2, 16, QLatin1Char('0'));
}

} // namespace OhMqttTest
