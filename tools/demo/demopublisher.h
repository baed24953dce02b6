// DemoPublisher: connects to a broker and publishes a SampleSite's traffic on a timer.
#pragma once

#include "samplesite.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qtimer.h>

namespace OhMqttDemo {

class DemoPublisher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString url = QStringLiteral("mqtt://127.0.0.1:1883");
        int intervalMs = 1000; // between rounds of readings
        int rounds = 0; // 0: until stopped
        int snapshotEvery = 10; // rounds between camera snapshots
    };

    explicit DemoPublisher(Options options, QObject *parent = nullptr);

    bool start();
    qint64 published() const { return m_published; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void publishRound();
    void publish(const SampleMessage &message);

    Options m_options;
    OhMqtt::MqttClient m_client;
    SampleSite m_site;
    QTimer m_timer;
    int m_round = 0;
    qint64 m_published = 0;
    bool m_retainedSent = false;
};

} // namespace OhMqttDemo
