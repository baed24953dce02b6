#include "samplesite.h"

#include <QtCore/qbuffer.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtGui/qimage.h>
#include <QtGui/qpainter.h>

#include <algorithm>
#include <cmath>

namespace OhMqttDemo {

namespace {

const QString Json = QStringLiteral("application/json");
const QString Text = QStringLiteral("text/plain");

QString topic(const QString &path)
{
    return SampleSite::root() + u'/' + path;
}

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

// A live numeric reading: plain text, not retained.
SampleMessage reading(const QString &path, QByteArray value)
{
    return {topic(path), std::move(value), false, Text};
}

} // namespace

SampleSite::SampleSite(quint32 seed)
    : m_random(seed)
{
    for (const QString &building : {QStringLiteral("north"), QStringLiteral("south")}) {
        for (int floor = 1; floor <= 3; ++floor) {
            for (int room = 1; room <= 4; ++room) {
                m_rooms.append(
                    {QStringLiteral("site/%1/floor%2/room%3").arg(building).arg(floor).arg(room),
                     19.0 + m_random.bounded(40) / 10.0, 35.0 + m_random.bounded(200) / 10.0,
                     420 + m_random.bounded(300)});
            }
        }
    }
}

double SampleSite::drift(double value, double low, double high, double step)
{
    const double next = value + (m_random.generateDouble() * 2.0 - 1.0) * step;
    return std::clamp(next, low, high);
}

QList<SampleMessage> SampleSite::retainedState() const
{
    QList<SampleMessage> messages;
    QJsonArray rooms;
    for (const Room &room : m_rooms)
        rooms.append(room.path);
    messages.append({topic(QStringLiteral("site/layout")),
                     QJsonDocument(QJsonObject {{QStringLiteral("rooms"), rooms}})
                         .toJson(QJsonDocument::Compact),
                     true, Json});
    for (int device = 1; device <= 6; ++device) {
        const QJsonObject status {
            {QStringLiteral("state"), QStringLiteral("online")},
            {QStringLiteral("firmware"), QStringLiteral("2.4.%1").arg(device)},
            {QStringLiteral("uptime"), 3600 * device}};
        messages.append({topic(QStringLiteral("status/gateway%1").arg(device)),
                         QJsonDocument(status).toJson(QJsonDocument::Compact), true, Json});
    }
    messages.append({topic(QStringLiteral("status/plant")), "running", true, Text});
    return messages;
}

QList<SampleMessage> SampleSite::nextReadings(qint64 nowMs)
{
    QList<SampleMessage> messages;
    ++m_round;
    for (Room &room : m_rooms) {
        room.temperature = drift(room.temperature, 16.0, 28.0, 0.15);
        room.humidity = drift(room.humidity, 25.0, 70.0, 0.4);
        room.co2 = int(drift(room.co2, 400, 1600, 12));
        messages.append(
            reading(room.path + QStringLiteral("/temperature"), number(room.temperature, 2)));
        messages.append(reading(room.path + QStringLiteral("/humidity"), number(room.humidity, 1)));
        messages.append(reading(room.path + QStringLiteral("/co2"), QByteArray::number(room.co2)));
        const QJsonObject reading {
            {QStringLiteral("temperature"), std::round(room.temperature * 100) / 100},
            {QStringLiteral("humidity"), std::round(room.humidity * 10) / 10},
            {QStringLiteral("co2"), room.co2},
            {QStringLiteral("battery"), 50 + m_round % 50}, // percent
            {QStringLiteral("ts"),
             QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODate)}};
        messages.append({topic(room.path + QStringLiteral("/sensor")),
                         QJsonDocument(reading).toJson(QJsonDocument::Compact), false, Json});
    }
    if (m_round % 5 == 0) {
        const Room &room = m_rooms.at(m_random.bounded(int(m_rooms.size())));
        messages.append({topic(QStringLiteral("events/door")),
                         QStringLiteral("door opened in %1").arg(room.path).toUtf8(), false, Text});
    }
    messages.append(reading(QStringLiteral("line1/counter"), QByteArray::number(m_round * 7)));
    return messages;
}

SampleMessage SampleSite::cameraSnapshot(qint64 nowMs) const
{
    QImage image(320, 200, QImage::Format_RGB32);
    const int hue = int((nowMs / 1000) % 360);
    image.fill(QColor::fromHsv(hue, 60, 70));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    painter.drawRect(10, 10, 299, 179);
    painter.drawText(
        image.rect(), Qt::AlignCenter,
        QStringLiteral("camera 1\n%1")
            .arg(QDateTime::fromMSecsSinceEpoch(nowMs).toString(QStringLiteral("HH:mm:ss"))));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return {topic(QStringLiteral("camera/1/snapshot")), png, true, QStringLiteral("image/png")};
}

} // namespace OhMqttDemo
