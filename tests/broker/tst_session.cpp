// A session across a broker crash: mosquitto with persistence is killed with SIGKILL and started
// again on the same port; the subscriber's session and the publisher's unacknowledged messages
// survive.
#include "broker/brokertesting.h"
#include "broker/tests.h"
#include "broker/wiretap.h"

#include <QtCore/qfileinfo.h>
#include <QtCore/qmap.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <csignal>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace std::chrono_literals;

namespace {

constexpr int Count = 6; // messages published into the crash, QoS 1 and 2 alternately

// Stops the broker's process (SIGSTOP) for as long as it lives: the kernel still takes the
// client's bytes, the broker reads none of them.
class Frozen
{
public:
    explicit Frozen(const MosquittoBroker &broker)
        : m_broker(broker)
        , m_pid(pid_t(broker.processId()))
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGSTOP);
    }
    ~Frozen()
    {
        if (m_pid > 0 && m_broker.processId() == m_pid) // still ours: not killed meanwhile
            ::kill(m_pid, SIGCONT);
    }
    bool isValid() const { return m_pid > 0; }

private:
    const MosquittoBroker &m_broker;
    pid_t m_pid;
};

MqttConnectOptions persistentSession(const QString &address, ProtocolVersion version)
{
    MqttConnectOptions options = suiteOptions(address, version);
    options.setCleanStart(false);
    if (version == ProtocolVersion::V5) {
        ConnectProperties properties = options.connectProperties();
        properties.setSessionExpiryInterval(300);
        options.setConnectProperties(properties);
    }
    return options;
}

} // namespace

class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumesAcrossBrokerCrash_data() { addVersionRows(); }
    void resumesAcrossBrokerCrash();
};

void tst_Session::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
}

// A subscriber with Clean Start 0 (and, in MQTT 5.0, a Session Expiry Interval) subscribes at
// QoS 2; mosquitto saves its database (SIGUSR1) and stops (SIGSTOP); a publisher with a session
// of its own sends QoS 1 and 2 messages the broker never reads; the broker dies (SIGKILL) and
// starts again on the same port from its database. The publisher reconnects by itself, is told
// Session Present, and sends the unacknowledged messages again with DUP set and their packet
// identifiers [MQTT-4.4.0-1] [MQTT-3.3.1-1]; their handles complete. The broker keeps them and a
// message published afterwards for the subscriber's session [MQTT-3.1.2-5]; a new client with
// the subscriber's identifier resumes it (Session Present [MQTT-3.2.2-3], 3.1.1 [MQTT-3.2.2-2])
// without subscribing and gets them all, at their QoS and in order.
void tst_Session::resumesAcrossBrokerCrash()
{
    QFETCH(ProtocolVersion, version);
    QTemporaryDir database;
    QVERIFY(database.isValid());
    MosquittoBroker::Options brokerOptions;
    brokerOptions.extraConfig = {QStringLiteral("persistence true"),
                                 QStringLiteral("persistence_location %1/").arg(database.path())};
    const QString databaseFile = database.filePath(QStringLiteral("mosquitto.db"));
    MosquittoBroker broker(brokerOptions);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    WireTap tap(broker.port());
    QVERIFY2(tap.listen(&error), qPrintable(error));

    MqttConnectOptions publisherOptions = persistentSession(tap.url(), version);
    publisherOptions.setReconnectDelay(100ms);
    const MqttConnectOptions subscriberOptions = persistentSession(broker.url(), version);
    const QString topic = uniqueTopic(QStringLiteral("session"));
    MqttClient publisher;
    QVERIFY2(connectTo(publisher, publisherOptions), qPrintable(publisher.lastError().message()));

    QList<MqttPublishHandlePtr> handles;
    QList<PublishPacket> firstSent;
    {
        MqttClient subscriber;
        QVERIFY2(connectTo(subscriber, subscriberOptions),
                 qPrintable(subscriber.lastError().message()));
        QVERIFY(subscriber.subscribe(topic)->waitForAcknowledged(WaitMs));
        QSignalSpy lost(&subscriber, &MqttClient::disconnected);

        // SIGUSR1 saves the database: written to mosquitto.db.new, then renamed.
        QVERIFY(!QFileInfo::exists(databaseFile));
        QCOMPARE(::kill(pid_t(broker.processId()), SIGUSR1), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(databaseFile) &&
                                      !QFileInfo::exists(databaseFile + QStringLiteral(".new")),
                                  qPrintable(broker.logText()), WaitMs);

        Frozen frozen(broker);
        QVERIFY(frozen.isValid());
        for (int i = 0; i < Count; ++i) {
            handles.append(
                publisher.publish(topic, QByteArray::number(i), i % 2 == 0 ? QoS::Q1 : QoS::Q2));
        }
        QTRY_COMPARE_WITH_TIMEOUT(tap.sent<PublishPacket>().size(), Count, WaitMs);
        firstSent = tap.sent<PublishPacket>();
        broker.kill();
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, WaitMs);
    } // the subscriber is gone, as a process that ended would be
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY(!handle->isDone()); // kept for the session, neither acknowledged nor failed
    QTRY_COMPARE_WITH_TIMEOUT(publisher.state(), MqttClient::State::ReconnectWait, WaitMs);

    QVERIFY2(broker.restart(&error), qPrintable(error));
    QVERIFY2(publisher.waitForConnected(15'000), qPrintable(publisher.lastError().message()));
    QVERIFY2(publisher.connectResult().isSessionPresent(), qPrintable(broker.logText()));
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY2(handle->waitForAcknowledged(WaitMs), qPrintable(handle->error().message()));

    // What the publisher sent on the connection that resumed the session.
    const int resumed = tap.connections();
    QList<PublishPacket> resent;
    for (const WireTap::Frame &frame : tap.frames()) {
        const auto *publish = std::get_if<PublishPacket>(&frame.packet);
        if (publish && frame.connection == resumed &&
            frame.direction == WireTap::Direction::ToBroker)
            resent.append(*publish);
    }
    QCOMPARE(resent.size(), Count);
    for (int i = 0; i < Count; ++i) {
        QVERIFY(!firstSent.at(i).dup);
        QVERIFY2(resent.at(i).dup, "[MQTT-3.3.1-1]");
        QCOMPARE(resent.at(i).packetId, firstSent.at(i).packetId);
        QCOMPARE(resent.at(i).payload, firstSent.at(i).payload);
        QCOMPARE(resent.at(i).qos, firstSent.at(i).qos);
    }
    QVERIFY(publisher.publish(topic, "later", QoS::Q1)->waitForAcknowledged(WaitMs));

    MqttClient subscriber;
    QSignalSpy received(&subscriber, &MqttClient::messageReceived);
    QVERIFY2(connectTo(subscriber, subscriberOptions),
             qPrintable(subscriber.lastError().message()));
    QVERIFY(subscriber.connectResult().isSessionPresent());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Count + 1, WaitMs);
    // In order per QoS [MQTT-4.6.0-6]; the broker may send its QoS 1 and QoS 2 queues in turn.
    QMap<QoS, QList<QByteArray>> expected;
    for (int i = 0; i < Count; ++i)
        expected[firstSent.at(i).qos] << QByteArray::number(i);
    expected[QoS::Q1] << "later";
    QMap<QoS, QList<QByteArray>> arrived;
    for (const MqttMessage &message : messages(received))
        arrived[message.qos()] << message.payload();
    QCOMPARE(arrived, expected);
    QVERIFY2(tap.errors().isEmpty(), qPrintable(tap.errors().join(u'\n')));
}

int runSessionTests(int argc, char **argv)
{
    tst_Session test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_session.moc"
