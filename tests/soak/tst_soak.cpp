// Soak through a broken network: thousands of numbered QoS 1 and 2 messages from one MqttClient
// to another through a FaultProxy that cuts, stalls, fragments and silences their connections,
// and through mosquitto killed with SIGKILL and restarted. Short by default (CI);
// OHMQTT_SOAK_FULL=1 runs 10,000 messages with 200 cuts; OHMQTT_SOAK_SEED=<n> replays a seed.
#include "soak/soakenvironment.h"
#include "soak/soaktally.h"
#include "support/faultproxy.h"
#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qloggingcategory.h>
#include <QtCore/qrandom.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimer.h>
#include <QtTest/qtest.h>

#include <functional>
#include <memory>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace std::chrono_literals;

namespace {

// How much of a beating one soak takes.
struct Plan
{
    int messages;
    int cuts;
    int stalls;
    int fragments;
    int silences;
    int brokerKills; // for the broker soak
    int timeoutMs;
};

Plan plan()
{
    if (fullSoak())
        return {10'000, 200, 30, 30, 10, 10, 900'000};
    return {1'000, 20, 3, 3, 1, 3, 60'000};
}

QString uniqueName(const char *stem)
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1StringView(stem))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

// A persistent session (fixed client id, Clean Start 0, MQTT 5.0: an expiry interval) that
// reconnects at once and notices a silent network after a second.
MqttConnectOptions sessionOptions(const QString &url, const QString &clientId,
                                  ProtocolVersion version)
{
    MqttConnectOptions options;
    options.setAddress(url);
    options.setClientId(clientId);
    options.setCleanStart(false);
    options.setProtocolVersion(version);
    options.setReconnectDelay(20ms);
    options.setReconnectOnRefusal(true); // a restarting broker may refuse for a moment
    options.setKeepAliveInterval(1);
    options.setConnectTimeout(3s);
    if (version == ProtocolVersion::V5) {
        ConnectProperties properties;
        properties.setSessionExpiryInterval(600);
        options.setConnectProperties(properties);
    }
    return options;
}

// mosquitto for soaks: it queues any number of messages for a subscriber that is away (its
// default of 1,000 would drop the rest, a loss the broker is allowed and the soak is not about).
MosquittoBroker::Options brokerOptions(const QStringList &more = {})
{
    MosquittoBroker::Options options;
    options.extraConfig = QStringList {QStringLiteral("max_queued_messages 0")} + more;
    return options;
}

// A publisher and a subscriber, both through `url`, and the numbered stream between them: at
// most `window` publish handles open at once, each next one published when one finishes.
class Soak
{
public:
    Soak(const QString &url, ProtocolVersion version, QoS qos, int messages)
        : m_url(url)
        , m_version(version)
        , m_qos(qos)
        , m_messages(messages)
        , m_topic(uniqueName("soak/stream"))
        , m_tally(messages)
    { }

    // The clients fail what is pending as they go: nothing more is counted or published.
    ~Soak() { m_ending = true; }

    // Called with each first delivery's number; the test injects faults from it.
    std::function<void(int)> onProgress;

    QString start() // what went wrong, or nothing
    {
        m_subscriber.connectToBroker(sessionOptions(m_url, uniqueName("soak-sub"), m_version));
        if (!m_subscriber.waitForConnected(10'000))
            return QStringLiteral("subscriber: ") + m_subscriber.lastError().message();
        MqttSubscribeOptions options;
        options.setMaximumQoS(m_qos);
        const MqttSubscriptionPtr subscription =
            m_subscriber.subscribe(m_topic, options, [this](const MqttMessage &message) {
                const int before = m_tally.distinct();
                m_tally.receive(message.payload());
                if (m_tally.distinct() > before && onProgress)
                    onProgress(m_tally.distinct());
            });
        if (!subscription->waitForAcknowledged(10'000))
            return QStringLiteral("the subscription was not acknowledged");
        m_publisher.connectToBroker(sessionOptions(m_url, uniqueName("soak-pub"), m_version));
        if (!m_publisher.waitForConnected(10'000))
            return QStringLiteral("publisher: ") + m_publisher.lastError().message();
        m_timer.start();
        while (m_next < Window)
            publishNext();
        return {};
    }

    bool done() const { return m_finished == m_messages && m_tally.complete(); }
    bool handlesDone() const { return m_finished == m_messages; }
    const SoakTally &tally() const { return m_tally; }
    int acknowledged() const { return m_acknowledged; }
    int failed() const { return m_finished - m_acknowledged; }
    QString firstFailure() const { return m_firstFailure; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    int publisherConnects() const { return m_publisherConnects; }
    int subscriberConnects() const { return m_subscriberConnects; }
    bool acknowledged(int number) const { return m_acknowledgedNumbers.value(number); }
    // When each message was handed to publish(), in ms from the start; -1 not yet.
    const QList<qint64> &publishedAt() const { return m_publishedAt; }

    QString figures() const
    {
        return QStringLiteral("%1 messages at QoS %2: %3 handles acknowledged, %4 failed; %5 "
                              "deliveries, %6 distinct, %7 duplicates, %8 lost; %9 order "
                              "problems; reconnects: publisher %10, subscriber %11; %12 ms")
            .arg(m_messages)
            .arg(int(m_qos))
            .arg(m_acknowledged)
            .arg(failed())
            .arg(m_tally.received())
            .arg(m_tally.distinct())
            .arg(m_tally.duplicates())
            .arg(m_tally.missing())
            .arg(m_tally.problems())
            .arg(m_publisherConnects - 1)
            .arg(m_subscriberConnects - 1)
            .arg(elapsedMs());
    }

private:
    static constexpr int Window = 50;

    void publishNext()
    {
        const int number = m_next++;
        m_publishedAt[number] = m_timer.elapsed();
        const MqttPublishHandlePtr handle =
            m_publisher.publish(m_topic, QByteArray::number(number), m_qos);
        handle->onFinished(&m_publisher, [this, handle, number] {
            if (m_ending)
                return;
            ++m_finished;
            if (handle->isAcknowledged()) {
                ++m_acknowledged;
                m_acknowledgedNumbers[number] = true;
            } else if (m_firstFailure.isEmpty()) {
                m_firstFailure =
                    QStringLiteral("message %1: %2").arg(number).arg(handle->error().message());
            }
            if (m_next < m_messages)
                publishNext();
        });
    }

    QString m_url;
    ProtocolVersion m_version;
    QoS m_qos;
    int m_messages;
    QString m_topic;
    SoakTally m_tally;
    bool m_ending = false; // before the clients: it outlives them
    QList<qint64> m_publishedAt = QList<qint64>(m_messages, -1);
    QList<bool> m_acknowledgedNumbers = QList<bool>(m_messages, false);
    MqttClient m_publisher;
    MqttClient m_subscriber;
    QElapsedTimer m_timer;
    int m_next = 0;
    int m_finished = 0;
    int m_acknowledged = 0;
    QString m_firstFailure;
    int m_publisherConnects = 0;
    int m_subscriberConnects = 0;

public:
    void countConnects()
    {
        QObject::connect(&m_publisher, &MqttClient::brokerConnected, &m_publisher,
                         [this] { ++m_publisherConnects; });
        QObject::connect(&m_subscriber, &MqttClient::brokerConnected, &m_subscriber,
                         [this] { ++m_subscriberConnects; });
    }
};

void addRows()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::newRow("5.0 QoS 1") << ProtocolVersion::V5 << QoS::Q1;
    QTest::newRow("5.0 QoS 2") << ProtocolVersion::V5 << QoS::Q2;
    QTest::newRow("3.1.1 QoS 1") << ProtocolVersion::V311 << QoS::Q1;
    QTest::newRow("3.1.1 QoS 2") << ProtocolVersion::V311 << QoS::Q2;
}

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesBrokenNetwork_data() { addRows(); }
    void survivesBrokenNetwork();
    void survivesBrokerKills_data();
    void survivesBrokerKills();
};

void tst_Soak::initTestCase()
{
    // Each reconnect logs the lost connection (info): hundreds of lines that tell nothing here.
    // OHMQTT_SOAK_DEBUG=1 keeps them.
    if (!qEnvironmentVariableIsSet("OHMQTT_SOAK_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.client.info=false"));
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
}

// Every message the publisher handed over is acknowledged (its handle completes) and reaches
// the subscriber, the first occurrences in the order published (soaktally.h), at QoS 2 exactly
// once [MQTT-4.3.3-10]; across cuts at random byte offsets, stalls, fragments, and silences that
// only the client's keep alive notices (a PINGREQ without PINGRESP: MQTT 3.1.2.10, the Client
// closes the connection). Both sessions are resumed on each reconnect (Clean Start 0
// [MQTT-3.1.2-5], 3.1.1 [MQTT-3.1.2-4]) and what was not acknowledged is resent [MQTT-4.4.0-1].
void tst_Soak::survivesBrokenNetwork()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    const Plan soakPlan = plan();
    MosquittoBroker broker(brokerOptions());
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    FaultProxy proxy(broker.port(), soakSeed());
    QString error;
    QVERIFY2(proxy.listen(&error), qPrintable(error));
    qInfo("soak seed %u (replay with OHMQTT_SOAK_SEED=%u)", proxy.seed(), proxy.seed());

    // One cut more than the plan: faults are armed only while no cut is pending (below), so at
    // most one can still be armed when the stream ends, and the plan's count has fired.
    const QList<FaultProxy::Fault> schedule = proxy.drawSchedule(
        soakPlan.cuts + 1, soakPlan.stalls, soakPlan.fragments, soakPlan.silences);
    Soak soak(proxy.url(), version, qos, soakPlan.messages);
    soak.countConnects();
    // Fault k when the subscriber has seen the first (k+1)/(faults+1) of 60 % of the stream, and
    // no cut is still armed: a burst of progress (a resend after a reconnect) would otherwise
    // queue cuts faster than the traffic fires them, and the last ones could outlive the stream.
    qsizetype nextFault = 0;
    soak.onProgress = [&](int distinct) {
        while (nextFault < schedule.size() && proxy.pendingCuts() == 0 &&
               distinct >= (nextFault + 1) * (soakPlan.messages * 6 / 10) / (schedule.size() + 1))
            proxy.inject(schedule.at(nextFault++));
    };
    const QString notStarted = soak.start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));

    const bool finished = QTest::qWaitFor([&] { return soak.done(); }, soakPlan.timeoutMs);
    const QString figures = soak.figures() + QStringLiteral("; proxy ") + proxy.describe();
    qInfo("%s", qPrintable(figures));
    QVERIFY2(finished,
             qPrintable(QStringLiteral("not done in time; missing e.g. %1; ")
                            .arg(QDebug::toString(soak.tally().missingNumbers())) +
                        figures));
    QVERIFY2(soak.failed() == 0, qPrintable(soak.firstFailure() + QStringLiteral("; ") + figures));
    QVERIFY2(soak.tally().problems() == 0,
             qPrintable(soak.tally().firstProblem() + QStringLiteral("; ") + figures));
    if (qos == QoS::Q2)
        QVERIFY2(soak.tally().duplicates() == 0, qPrintable(figures));
    QVERIFY2(nextFault == schedule.size(), qPrintable(figures));
    QVERIFY2(proxy.cuts() >= soakPlan.cuts, qPrintable(figures));
}

// QoS 1 only. At QoS 2, mosquitto 2.0.11 restored from a database older than the kill holds
// inbound QoS 2 messages awaiting PUBREL that the publisher completed long ago: they fill its
// in-flight quota for good (5.0: every new PUBLISH gets PUBREC 0x97 Quota exceeded and the
// connection is closed, one message per connection; 3.1.1: the same livelock without the
// reason code), and a new message that reuses such a packet identifier is taken for a resend and
// dropped although PUBREC/PUBCOMP complete it. Tried here (OHMQTT_SOAK_SEED irrelevant, every
// run): 440 reconnects a minute, handles failing with QuotaExceeded, acknowledged messages
// never delivered. That is the broker's state after a crash, which no client can repair, so
// there is nothing honest to assert about the library at QoS 2 with this broker.
void tst_Soak::survivesBrokerKills_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::newRow("5.0 QoS 1") << ProtocolVersion::V5 << QoS::Q1;
    QTest::newRow("3.1.1 QoS 1") << ProtocolVersion::V311 << QoS::Q1;
}

// mosquitto killed with SIGKILL and restarted on the same port, with persistence, several times
// mid-stream; the clients connect to it directly and reconnect by themselves.
//
// What can be asserted honestly: mosquitto writes its database after every `autosave_interval`
// changes (with autosave_on_changes; 50 here, so that the sessions are in it before the first
// kill: Session Present 1 after a restart, and resumed sessions are what is soaked) and at a
// clean exit, never per message, so a SIGKILL loses what it acknowledged since the last save: a QoS
// 1/2 message it PUBACKed or PUBRECed may never be delivered, and a restored older database may
// send the subscriber again what it had already completed (a QoS 2 duplicate the subscriber cannot
// recognise: its packet identifier was released). Those are the broker's losses and are reported,
// not failed. The library's part is asserted:
// - every publish handle completes (acknowledged, or failed because the broker lost the session
//   that held a QoS 2 message after PUBREC, which cannot be resent safely); none hangs;
// - every message published after the last restart (handled only by the last broker process,
//   which was never killed) and acknowledged reaches the subscriber, at QoS 2 exactly once.
//   "Acknowledged": mosquitto 2.0.11 restores from its database QoS 2 messages of the publisher
//   awaiting PUBREL that the publisher had completed before the kill; they fill its in-flight
//   quota for good, and it refuses each new QoS 2 PUBLISH (PUBREC 0x97 Quota exceeded, then it
//   closes the connection): those handles fail, as they must (a PUBREC error ends the flow,
//   MQTT 4.3.3), and are counted as failed. Not "acknowledged after the last restart": a QoS 2
//   message PUBRECed by a killed process and lost with it is still completed by the next one, whose
//   PUBCOMP answers a PUBREL it has no record of (MQTT 5.0: 0x92 Packet Identifier not found; 3.1.1
//   has no reason code), and the handle ends acknowledged;
// - nothing arrives that was never published.
void tst_Soak::survivesBrokerKills()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    const Plan soakPlan = plan();
    QTemporaryDir database;
    QVERIFY(database.isValid());
    MosquittoBroker broker(brokerOptions(
        {QStringLiteral("persistence true"),
         QStringLiteral("persistence_location %1/").arg(database.path()),
         QStringLiteral("autosave_on_changes true"), QStringLiteral("autosave_interval 50")}));
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));

    Soak soak(broker.url(), version, qos, soakPlan.messages);
    soak.countConnects();
    int kills = 0;
    qint64 lastRestartAt = 0;
    QString restartError;
    bool restarting = false;
    QObject killer; // the kills' context: gone first, before what they refer to
    soak.onProgress = [&](int distinct) {
        if (restarting || kills >= soakPlan.brokerKills ||
            distinct < (kills + 1) * (soakPlan.messages * 7 / 10) / (soakPlan.brokerKills + 1))
            return;
        restarting = true;
        // Not inside the subscriber's callback: restart() waits for the listener.
        QTimer::singleShot(0, &killer, [&] {
            broker.kill();
            ++kills;
            if (!broker.restart() && restartError.isEmpty())
                restartError = broker.errorString();
            lastRestartAt = soak.elapsedMs();
            restarting = false;
        });
    };
    const QString notStarted = soak.start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));

    // Done: every handle has ended, and what was published to the last broker has arrived.
    const auto finalEpochDelivered = [&] {
        for (int i = 0; i < soakPlan.messages; ++i) {
            if (soak.publishedAt().at(i) > lastRestartAt && soak.acknowledged(i) &&
                !soak.tally().seen(i))
                return false;
        }
        return true;
    };
    const bool finished = QTest::qWaitFor(
        [&] {
            return kills == soakPlan.brokerKills && !restarting && soak.handlesDone() &&
                finalEpochDelivered();
        },
        soakPlan.timeoutMs);
    int finalEpochMessages = 0;
    for (int i = 0; i < soakPlan.messages; ++i)
        finalEpochMessages += soak.publishedAt().at(i) > lastRestartAt;
    const QString figures = soak.figures() +
        QStringLiteral("; broker killed %1 times; %2 messages published to the last broker "
                       "process; first handle failure: %3")
            .arg(kills)
            .arg(finalEpochMessages)
            .arg(soak.firstFailure().isEmpty() ? QStringLiteral("none") : soak.firstFailure());
    qInfo("%s", qPrintable(figures));
    QVERIFY2(restartError.isEmpty(), qPrintable(restartError));
    QList<int> finalEpochMissing;
    for (int i = 0; i < soakPlan.messages && finalEpochMissing.size() < 20; ++i) {
        if (soak.publishedAt().at(i) > lastRestartAt && soak.acknowledged(i) &&
            !soak.tally().seen(i))
            finalEpochMissing.append(i);
    }
    if (!finished && qEnvironmentVariableIsSet("OHMQTT_SOAK_DEBUG")) {
        QFile log(QStringLiteral("/tmp/ohmqtt-soak-broker-%1.log")
                      .arg(QCoreApplication::applicationPid()));
        if (log.open(QIODevice::WriteOnly))
            log.write(broker.logText().toUtf8());
    }
    QVERIFY2(finished,
             qPrintable(QStringLiteral("not done in time; missing of the last process's: %1; ")
                            .arg(QDebug::toString(finalEpochMissing)) +
                        figures));
    QVERIFY2(finalEpochMessages > 0, qPrintable(figures));
    QVERIFY2(!soak.tally().firstProblem().startsWith(QStringLiteral("a message never")),
             qPrintable(soak.tally().firstProblem()));
    if (qos == QoS::Q2) {
        // Duplicates among the last process's messages would be the library's.
        for (int i = 0; i < soakPlan.messages; ++i) {
            if (soak.publishedAt().at(i) > lastRestartAt && soak.acknowledged(i))
                QVERIFY2(soak.tally().deliveries(i) == 1,
                         qPrintable(QStringLiteral("message %1 delivered %2 times; ")
                                        .arg(i)
                                        .arg(soak.tally().deliveries(i)) +
                                    figures));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Soak)
#include "tst_soak.moc"
