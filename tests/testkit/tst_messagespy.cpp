// MqttMessageSpy: what it records (the filter, shared subscriptions), and wait() returning as soon
// as the messages are held or false when the time runs out. Messages come from a scripted
// broker, so no mosquitto is needed.
#include <OhMqtt/mqttclient.h>
#include <OhMqttTest/mqttmessagespy.h>
#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;

namespace {

constexpr int WaitMs = 5'000;

PublishPacket publish(const QString &topic, const QByteArray &payload)
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    return packet;
}

} // namespace

class tst_MessageSpy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsWhatTheFilterMatches_data();
    void recordsWhatTheFilterMatches();
    void waitReturnsOnceTheCountIsHeld();
    void waitReturnsAtOnceWhenAlreadyHeld();
    void waitTimesOutWithFalse();
    void takeFirstAndClear();
    void invalidFilterRecordsNothing();
    void doesNotSubscribe();
    void recordsFromAClientInItsOwnThread();

private:
    std::unique_ptr<MqttScriptedBroker> m_broker;
    std::unique_ptr<MqttClient> m_client;
};

void tst_MessageSpy::init()
{
    m_broker = std::make_unique<MqttScriptedBroker>();
    m_client = std::make_unique<MqttClient>();
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(QStringLiteral("ohmqtt-tst-messagespy"));
    QVERIFY(m_client->connectToBroker(options));
    QVERIFY(m_client->waitForConnected(WaitMs));
}

void tst_MessageSpy::cleanup()
{
    m_client.reset();
    m_broker.reset();
}

void tst_MessageSpy::recordsWhatTheFilterMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << QStringLiteral("#")
                                << QStringList {QStringLiteral("home/kitchen/temperature"),
                                                QStringLiteral("home/hall/temperature"),
                                                QStringLiteral("home/kitchen/humidity")};
    QTest::newRow("single level") << QStringLiteral("home/+/temperature")
                                  << QStringList {QStringLiteral("home/kitchen/temperature"),
                                                  QStringLiteral("home/hall/temperature")};
    QTest::newRow("exact") << QStringLiteral("home/kitchen/humidity")
                           << QStringList {QStringLiteral("home/kitchen/humidity")};
    QTest::newRow("shared subscription") << QStringLiteral("$share/group/home/kitchen/#")
                                         << QStringList {QStringLiteral("home/kitchen/temperature"),
                                                         QStringLiteral("home/kitchen/humidity")};
}

void tst_MessageSpy::recordsWhatTheFilterMatches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    MqttMessageSpy spy(m_client.get(), filter);
    QVERIFY(spy.isValid());
    QCOMPARE(spy.topicFilter(), filter);
    QSignalSpy all(m_client.get(), &MqttClient::messageReceived);
    for (const char *topic :
         {"home/kitchen/temperature", "home/hall/temperature", "home/kitchen/humidity"})
        QVERIFY(m_broker->send(publish(QString::fromLatin1(topic), "x")));
    QTRY_COMPARE_WITH_TIMEOUT(all.size(), 3, WaitMs);
    QStringList topics;
    for (const MqttMessage &message : spy.messages())
        topics << message.topic();
    QCOMPARE(topics, expected);
    QCOMPARE(spy.count(), expected.size());
}

void tst_MessageSpy::waitReturnsOnceTheCountIsHeld()
{
    MqttMessageSpy spy(m_client.get(), QStringLiteral("t/#"));
    QSignalSpy recorded(&spy, &MqttMessageSpy::messageRecorded);
    QVERIFY(m_broker->send(publish(QStringLiteral("t/1"), "one")));
    QTimer::singleShot(50, m_broker.get(),
                       [this] { m_broker->send(publish(QStringLiteral("t/2"), "two")); });
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(spy.wait(2, WaitMs));
    QVERIFY2(elapsed.elapsed() < WaitMs / 2, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(spy.at(0).payload(), QByteArray("one"));
    QCOMPARE(spy.at(1).payload(), QByteArray("two"));
}

void tst_MessageSpy::waitReturnsAtOnceWhenAlreadyHeld()
{
    MqttMessageSpy spy(m_client.get());
    QVERIFY(m_broker->send(publish(QStringLiteral("a"), "1")));
    QVERIFY(spy.wait());
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(spy.wait(1, WaitMs)); // held already: no waiting
    QVERIFY(elapsed.elapsed() < 100);
    QVERIFY(spy.wait(0, 0));
}

void tst_MessageSpy::waitTimesOutWithFalse()
{
    MqttMessageSpy spy(m_client.get(), QStringLiteral("wanted"));
    QVERIFY(m_broker->send(publish(QStringLiteral("unwanted"), "x")));
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!spy.wait(1, 300));
    QVERIFY(elapsed.elapsed() >= 300);
    QVERIFY(elapsed.elapsed() < WaitMs);
    QVERIFY(spy.isEmpty());
}

void tst_MessageSpy::takeFirstAndClear()
{
    MqttMessageSpy spy(m_client.get());
    for (const char *payload : {"1", "2", "3"})
        QVERIFY(m_broker->send(publish(QStringLiteral("t"), payload)));
    QVERIFY(spy.wait(3, WaitMs));
    QCOMPARE(spy.takeFirst().payload(), QByteArray("1"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).payload(), QByteArray("2"));
    spy.clear();
    QVERIFY(spy.isEmpty());
    QVERIFY(!spy.wait(1, 50)); // the count is of messages held: cleared ones do not count
}

void tst_MessageSpy::invalidFilterRecordsNothing()
{
    MqttMessageSpy badFilter(m_client.get(), QStringLiteral("a/#/b"));
    QVERIFY(!badFilter.isValid());
    MqttMessageSpy noClient(nullptr);
    QVERIFY(!noClient.isValid());
    QVERIFY(m_broker->send(publish(QStringLiteral("a/x/b"), "x")));
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!badFilter.wait(1, WaitMs)); // false at once: nothing can ever match
    QVERIFY(elapsed.elapsed() < WaitMs);
    QVERIFY(badFilter.isEmpty());
}

// The spy listens; the subscriptions are the code under test's.
void tst_MessageSpy::doesNotSubscribe()
{
    MqttMessageSpy spy(m_client.get(), QStringLiteral("sensors/#"));
    QVERIFY(!m_broker->waitForPackets(PacketType::Subscribe, 1, 100));
    QCOMPARE(m_broker->receivedCount(PacketType::Subscribe), 0);
}

// MqttClient::startLoop(): the messages come through queued signals into the test's thread.
void tst_MessageSpy::recordsFromAClientInItsOwnThread()
{
    auto threaded = std::make_unique<MqttClient>();
    MqttMessageSpy spy(threaded.get(), QStringLiteral("threaded/#"));
    QVERIFY(threaded->startLoop());
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(QStringLiteral("ohmqtt-tst-messagespy-threaded"));
    QVERIFY(threaded->connectToBroker(options));
    // The broker runs on this thread's event loop: it answers the CONNECT before this thread
    // blocks in waitForConnected() (which then needs the CONNACK flushed at once).
    QVERIFY(m_broker->waitForPackets(PacketType::Connect, 2, WaitMs));
    QVERIFY(threaded->waitForConnected(WaitMs));
    QVERIFY(m_broker->send(publish(QStringLiteral("threaded/a"), "across")));
    QVERIFY(spy.wait(1, WaitMs));
    QCOMPARE(spy.at(0).payload(), QByteArray("across"));
    threaded.reset();
}

QTEST_GUILESS_MAIN(tst_MessageSpy)
#include "tst_messagespy.moc"
