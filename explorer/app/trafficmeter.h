// TrafficMeter: messages and payload bytes in and out of one connection, as totals and as rates
// over the last second, for the status bar.
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

namespace OhMqttExplorer {

class TrafficMeter : public QObject
{
    Q_OBJECT

public:
    struct Rates
    {
        double messagesIn = 0;
        double bytesIn = 0;
        double messagesOut = 0;
        double bytesOut = 0;
    };

    explicit TrafficMeter(QObject *parent = nullptr);

    void countIn(qint64 payloadBytes);
    // `messages` that carried `payloadBytes` in all.
    void countOut(qint64 payloadBytes, qint64 messages = 1);

    qint64 totalMessagesIn() const { return m_totalIn; }
    qint64 totalMessagesOut() const { return m_totalOut; }
    Rates rates() const { return m_rates; }
    // "in 1,234 msg/s (56.7 KB/s) · out 3 msg/s (120 B/s)"
    QString ratesText() const;

    // Closes the current interval now (tests); the timer does it every second.
    void sample();

Q_SIGNALS:
    void ratesChanged();

private:
    QTimer m_timer;
    qint64 m_lastSampleMs = 0;
    qint64 m_totalIn = 0;
    qint64 m_totalOut = 0;
    qint64 m_intervalMessagesIn = 0;
    qint64 m_intervalBytesIn = 0;
    qint64 m_intervalMessagesOut = 0;
    qint64 m_intervalBytesOut = 0;
    Rates m_rates;
};

} // namespace OhMqttExplorer
