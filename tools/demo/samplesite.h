// SampleSite: the made-up plant the demo publishes — rooms with sensors whose values drift
// smoothly, devices with a status, a camera. Deterministic for a given seed.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qrandom.h>
#include <QtCore/qstring.h>

namespace OhMqttDemo {

struct SampleMessage
{
    QString topic;
    QByteArray payload;
    bool retain = false;
    QString contentType; // MQTT 5.0 Content Type; empty for none
};

class SampleSite
{
public:
    explicit SampleSite(quint32 seed = 1);

    // Retained state published once at start: device status, room metadata, the site layout.
    QList<SampleMessage> retainedState() const;
    // One round of live readings: every sensor once, plus an occasional event or log line.
    QList<SampleMessage> nextReadings(qint64 nowMs);
    // A camera snapshot (a PNG drawn for `nowMs`).
    SampleMessage cameraSnapshot(qint64 nowMs) const;

    static QString root() { return QStringLiteral("demo"); }

private:
    struct Room
    {
        QString path; // "site/north/floor1/room3"
        double temperature;
        double humidity;
        int co2;
    };

    double drift(double value, double low, double high, double step);

    QRandomGenerator m_random;
    QList<Room> m_rooms;
    int m_round = 0;
};

} // namespace OhMqttDemo
