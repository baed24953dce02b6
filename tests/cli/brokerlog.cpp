// Polls mosquitto's log file with bounded waits (QTest::qWaitFor), never sleeping blindly.
#include "cli/brokerlog.h"

#include <QtTest/QTest>

namespace OhMqttTest {

bool logShows(const MosquittoBroker &broker, const QString &text)
{
    return QTest::qWaitFor([&] { return broker.logText().contains(text); }, ReadyTimeoutMs);
}

QString waitSubscribed(ToolProcess &subscriber, const MosquittoBroker &broker,
                       const QString &clientId, const QStringList &filters, int qos)
{
    for (const QString &filter : filters) {
        // mosquitto logs each filter of a SUBSCRIBE as "<time>: <client id> <qos> <filter>".
        const QString line = QStringLiteral(": %1 %2 %3\n").arg(clientId).arg(qos).arg(filter);
        const bool subscribed = QTest::qWaitFor(
            [&] { return !subscriber.isRunning() || broker.logText().contains(line); },
            ReadyTimeoutMs);
        if (!subscribed || !subscriber.isRunning())
            return QStringLiteral("no subscription to %1\n").arg(filter) +
                failure(subscriber.finish(0), broker);
    }
    return {};
}

QString startSubscribed(ToolProcess &subscriber, const MosquittoBroker &broker,
                        const QString &clientId, const QStringList &filters, int qos)
{
    if (!subscriber.start())
        return QStringLiteral("the subscriber did not start");
    return waitSubscribed(subscriber, broker, clientId, filters, qos);
}

QString failure(const ToolResult &result, const MosquittoBroker &broker)
{
    constexpr qsizetype LogLines = 30; // the end of the log is where a failure shows
    const QStringList log = broker.logText().split(u'\n');
    return result.describe() + QStringLiteral("\n--- end of the broker log ---\n") +
        log.mid(qMax(0, log.size() - LogLines)).join(u'\n');
}

} // namespace OhMqttTest
