// SoakTally: what a soak's subscriber received of messages numbered 0..n-1, and what that says.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

namespace OhMqttTest {

// The order rule checked: the first occurrence of each message comes in the order it was
// published. The broker forwards a publisher's messages of one topic and QoS in the order it
// received them [MQTT-4.6.0-5] (the topic is an Ordered Topic [MQTT-4.6.0-6]), and both sides
// resend unacknowledged PUBLISH packets in their original order [MQTT-4.6.0-1]. A QoS 1
// duplicate may come after later messages (MQTT 4.6: "1,2,3,2,3,4" with more than one message in
// flight); at QoS 2 nothing comes twice [MQTT-4.3.3-10], so there the whole sequence is 0..n-1.
class SoakTally
{
public:
    explicit SoakTally(int messages)
        : m_seen(messages, 0)
    { }

    // One message received; its payload is its number.
    void receive(const QByteArray &payload)
    {
        ++m_received;
        bool ok = false;
        const int number = payload.toInt(&ok);
        if (!ok || number < 0 || number >= m_seen.size()) {
            noteProblem(QStringLiteral("a message never published: '%1'")
                            .arg(QString::fromUtf8(payload.left(40))));
            return;
        }
        if (m_seen[number]++ > 0) {
            ++m_duplicates;
            return;
        }
        if (number != m_nextFirst)
            noteProblem(QStringLiteral("message %1 came first after %2: out of order or lost")
                            .arg(number)
                            .arg(m_nextFirst - 1));
        m_nextFirst = number + 1;
        ++m_distinct;
    }

    int received() const { return m_received; } // every delivery, duplicates too
    int distinct() const { return m_distinct; }
    int duplicates() const { return m_duplicates; }
    int missing() const { return int(m_seen.size()) - m_distinct; }
    bool seen(int number) const { return m_seen.value(number) > 0; }
    int deliveries(int number) const { return m_seen.value(number); }
    bool complete() const { return m_distinct == m_seen.size(); }
    // The first problem found (order, a phantom message), empty when none; and how many.
    QString firstProblem() const { return m_firstProblem; }
    int problems() const { return m_problems; }
    QList<int> missingNumbers(int atMost = 20) const
    {
        QList<int> result;
        for (int i = 0; i < m_seen.size() && result.size() < atMost; ++i) {
            if (m_seen[i] == 0)
                result.append(i);
        }
        return result;
    }

private:
    void noteProblem(const QString &problem)
    {
        if (m_problems++ == 0)
            m_firstProblem = problem;
    }

    QList<int> m_seen; // deliveries per number
    int m_nextFirst = 0;
    int m_received = 0;
    int m_distinct = 0;
    int m_duplicates = 0;
    int m_problems = 0;
    QString m_firstProblem;
};

} // namespace OhMqttTest
