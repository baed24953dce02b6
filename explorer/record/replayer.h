// Replayer: publishes a recording's messages through a client, in order, at their recorded pace
// times a speed factor, or as fast as the client takes them.
#pragma once

#include "record/recording.h"

#include <OhMqtt/mqtthandles.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

namespace OhMqtt {
class MqttClient;
} // namespace OhMqtt

namespace OhMqttExplorer {

class Replayer : public QObject
{
    Q_OBJECT

public:
    static constexpr double AsFastAsPossible = 0.0;

    explicit Replayer(OhMqtt::MqttClient *client, QObject *parent = nullptr);

    void setMessages(QList<RecordedMessage> messages);
    // Reads a recording file; false with `error` naming the line and field when it is damaged.
    bool load(const QString &path, QString *error = nullptr);
    qsizetype total() const { return m_messages.size(); }
    // 1.0 replays at the recorded pace, 10.0 ten times faster; AsFastAsPossible ignores time.
    void setSpeed(double speed) { m_speed = speed; }
    double speed() const { return m_speed; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    qsizetype position() const { return m_next; } // messages handed to the client so far

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(qsizetype position, qsizetype total);
    // Every message was handed over and the acknowledged QoS 1/2 ones have ended; `failures`
    // counts handles that failed (their errors went to failed()).
    void finished(int failures);
    void failed(const QString &error);

private:
    void publishDue();
    void scheduleNext();
    void finishWhenAcknowledged();

    OhMqtt::MqttClient *m_client;
    QList<RecordedMessage> m_messages;
    double m_speed = 1.0;
    qsizetype m_next = 0;
    bool m_running = false;
    int m_failures = 0;
    int m_pending = 0; // QoS 1/2 handles not ended yet
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace OhMqttExplorer
