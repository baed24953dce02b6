// The ingestion benchmark's publisher process (see ingestpublisher.h).
#include "ingestpublisher.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtimer.h>

#include <unistd.h>

#include <cstdio>
#include <random>

using namespace OhMqtt;

namespace IngestBench {

namespace {

constexpr int Phase1Chunk = 1'000; // publishes per turn of the event loop
constexpr int PacingIntervalMs = 10;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

class Publisher : public QObject
{
public:
    Publisher(const QString &url, const Settings &settings)
        : m_settings(settings)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        m_options.setAddress(url);
        m_options.setClientId(QStringLiteral("ohmqtt-bench-publisher"));
        m_options.setCleanStart(true);
        m_pacer.setTimerType(Qt::PreciseTimer);
        m_pacer.setInterval(PacingIntervalMs);
        connect(&m_pacer, &QTimer::timeout, this, &Publisher::pace);
        connect(&m_stdin, &QSocketNotifier::activated, this, &Publisher::readCommands);
        connect(&m_client, &MqttClient::errorOccurred, this, [](const MqttError &error) {
            std::fprintf(stderr, "publisher: %s\n", qPrintable(error.message()));
        });
    }

    bool start()
    {
        if (!m_client.connectToBroker(m_options) || !m_client.waitForConnected(10'000))
            return false;
        // The broker counts the messages it had to drop (queues full), each sys_interval.
        m_dropped = m_client.subscribe(QStringLiteral("$SYS/broker/publish/messages/dropped"), {},
                                       [](const MqttMessage &message) {
                                           say(QByteArray(Line::Dropped) + ' ' + message.payload());
                                       });
        say(Line::Connected);
        say(QByteArray(Line::Phase1Start) + ' ' + number(monotonicNs()));
        publishTopics();
        return true;
    }

private:
    void publishOne(int index)
    {
        m_last = m_client.publish(topicName(index), payload(index, m_serial++), QoS::Q0);
    }

    // Phase 1, a chunk per turn: the next chunk follows once the last one's bytes are written.
    void publishTopics()
    {
        const int end = std::min(m_phase1Sent + Phase1Chunk, m_settings.topics);
        for (; m_phase1Sent < end; ++m_phase1Sent)
            publishOne(m_phase1Sent);
        m_last->onFinished(this, [this] {
            if (m_phase1Sent < m_settings.topics) {
                publishTopics();
                return;
            }
            say(QByteArray(Line::Phase1End) + ' ' + number(monotonicNs()) + ' ' +
                number(m_phase1Sent));
        });
    }

    void startPhase2()
    {
        if (m_pacer.isActive() || m_phase2Sent > 0)
            return;
        m_phase2Target = qint64(m_settings.rate) * m_settings.durationS;
        m_phase2StartNs = monotonicNs();
        say(QByteArray(Line::Phase2Start) + ' ' + number(m_phase2StartNs));
        m_pacer.start();
    }

    // Phase 2: whatever is due by now, so that a late tick catches up.
    void pace()
    {
        const qint64 now = monotonicNs();
        const qint64 due = std::min(
            m_phase2Target, qint64(double(m_settings.rate) * double(now - m_phase2StartNs) / 1e9));
        std::uniform_int_distribution<int> percent(0, 99);
        std::uniform_int_distribution<int> hot(0, HotTopics - 1);
        std::uniform_int_distribution<int> any(0, m_settings.topics - 1);
        for (; m_phase2Sent < due; ++m_phase2Sent)
            publishOne(percent(m_random) < m_settings.hotPercent ? hot(m_random) : any(m_random));
        if (m_phase2Sent < m_phase2Target)
            return;
        m_pacer.stop();
        const qint64 lastNs = monotonicNs();
        const auto report = [this, lastNs] {
            say(QByteArray(Line::Phase2End) + ' ' + number(lastNs) + ' ' + number(m_phase2Sent));
        };
        if (m_last)
            m_last->onFinished(this, report);
        else
            report();
    }

    void readCommands()
    {
        char buffer[256];
        const ssize_t length = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (length <= 0) { // the explorer side is gone
            quit();
            return;
        }
        m_commands.append(buffer, length);
        for (qsizetype newline; (newline = m_commands.indexOf('\n')) >= 0;) {
            const QByteArray command = m_commands.left(newline).trimmed();
            m_commands.remove(0, newline + 1);
            if (command == Command::StartPhase2)
                startPhase2();
            else if (command == Command::Quit)
                quit();
        }
    }

    void quit()
    {
        m_stdin.setEnabled(false);
        m_pacer.stop();
        m_client.disconnectFromBroker();
        m_client.waitForDisconnected(5'000);
        QCoreApplication::quit();
    }

    Settings m_settings;
    MqttConnectOptions m_options;
    MqttClient m_client;
    MqttSubscriptionPtr m_dropped;
    MqttPublishHandlePtr m_last;
    QSocketNotifier m_stdin;
    QByteArray m_commands;
    QTimer m_pacer;
    std::mt19937 m_random {20'240'601}; // the same phase 2 every run
    quint32 m_serial = 0;
    int m_phase1Sent = 0;
    qint64 m_phase2Target = 0;
    qint64 m_phase2Sent = 0;
    qint64 m_phase2StartNs = 0;
};

} // namespace

int runPublisher(const QString &url, const Settings &settings)
{
    Publisher publisher(url, settings);
    if (!publisher.start()) {
        std::fprintf(stderr, "publisher: no connection to %s\n", qPrintable(url));
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace IngestBench
