// Helpers for the viewers' suites: messages as the topic store hands them over.
#pragma once

#include "topics/receivedmessage.h"

#include <QtCore/qbuffer.h>
#include <QtGui/qimage.h>

namespace OhMqttViewerTest {

inline OhMqttExplorer::ReceivedMessage message(const QByteArray &payload, qint64 receivedAtMs,
                                               const QString &topic = QStringLiteral("sensors/a"),
                                               OhMqtt::QoS qos = OhMqtt::QoS::Q0,
                                               bool retain = false)
{
    OhMqtt::PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.retain = retain;
    packet.packetId = qos == OhMqtt::QoS::Q0 ? 0 : 42;
    return {OhMqtt::MqttMessage(std::move(packet)), receivedAtMs};
}

inline QByteArray encodedImage(QSize size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace OhMqttViewerTest
