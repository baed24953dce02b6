// MqttClient::publishDetached(): no handle, the same delivery, failures told by errorOccurred().
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttsubscription.h>
#include <OhMqtt/packet/packet.h>

#include "clientapi/seambroker.h"
#include "support/mosquittobroker.h"

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

MqttError errorAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<MqttError>();
}

} // namespace

class tst_Detached : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void arrivesAtEveryQoS_data();
    void arrivesAtEveryQoS();
    void invalidTopicIsRefusedAndReported();
    void topicChangedAfterACheckIsCheckedAgain();
    void fullOfflineQueueIsReported();
    void nothingAfterShutdown();
    void keptForTheSessionAcrossAConnectionLoss();
    void fromAnotherThread();

private:
    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Detached::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_Detached::arrivesAtEveryQoS_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::newRow("QoS 0") << QoS::Q0;
    QTest::newRow("QoS 1") << QoS::Q1;
    QTest::newRow("QoS 2") << QoS::Q2;
}

void tst_Detached::arrivesAtEveryQoS()
{
    QFETCH(QoS, qos);
    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    client.connectToBroker(options);
    MqttSubscribeOptions subscribeOptions;
    subscribeOptions.setMaximumQoS(qos);
    const MqttSubscriptionPtr subscription =
        client.subscribe(QStringLiteral("detached/every"), subscribeOptions);
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QSignalSpy received(subscription.get(), &MqttSubscription::messageReceived);
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    for (int i = 0; i < 50; ++i)
        QVERIFY(
            client.publishDetached(QStringLiteral("detached/every"), QByteArray::number(i), qos));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 50, WaitMs);
    for (int i = 0; i < 50; ++i) {
        const auto message = received.at(i).at(0).value<MqttMessage>();
        QCOMPARE(message.payload(), QByteArray::number(i)); // in order [MQTT-4.6.0-6]
        QCOMPARE(message.qos(), qos);
    }
    QCOMPARE(errors.size(), 0);
}

void tst_Detached::invalidTopicIsRefusedAndReported()
{
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QVERIFY(!client.publishDetached(QStringLiteral("a/+/b"), "x"));
    QVERIFY(!client.publishDetached(QStringLiteral("ok"), "x", QoS(3)));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, WaitMs);
    QCOMPARE(errorAt(errors, 0).reasonCode(), ReasonCode::TopicNameInvalid);
    QCOMPARE(errorAt(errors, 1).reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(errorAt(errors, 1).message().contains(QStringLiteral("QoS 3")),
             qPrintable(errorAt(errors, 1).message()));
}

// A topic that passed is not checked again when the same string comes back; a string changed
// since, in place or under fromRawData(), must be.
void tst_Detached::topicChangedAfterACheckIsCheckedAgain()
{
    MqttClient client;
    QString topic = QStringLiteral("checked/1");
    topic.detach();
    QVERIFY(client.publishDetached(topic, "x"));
    QVERIFY(client.publishDetached(topic, "x"));
    topic[8] = u'+';
    QVERIFY(!client.publishDetached(topic, "x"));

    QChar raw[] {u'r', u'a', u'w', u'/', u'1'};
    QVERIFY(client.publishDetached(QString::fromRawData(raw, 5), "x"));
    raw[4] = u'#';
    QVERIFY(!client.publishDetached(QString::fromRawData(raw, 5), "x"));
}

void tst_Detached::fullOfflineQueueIsReported()
{
    MqttClient client;
    client.setMaximumQueuedMessages(1);
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QVERIFY(client.publishDetached(QStringLiteral("q"), "1", QoS::Q1));
    QVERIFY(client.publishDetached(QStringLiteral("q"), "2", QoS::Q1)); // taken, then fails
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, WaitMs);
    QCOMPARE(errorAt(errors, 0).reasonCode(), ReasonCode::QuotaExceeded);
    QVERIFY2(errorAt(errors, 0).message().contains(QStringLiteral("maximumQueuedMessages")),
             qPrintable(errorAt(errors, 0).message()));
    QCOMPARE(client.inflightMessages().size(), 1); // the first still waits
}

void tst_Detached::nothingAfterShutdown()
{
    MqttClient client;
    QVERIFY(client.publishDetached(QStringLiteral("s"), "queued", QoS::Q1));
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    client.shutdown();
    QVERIFY(!client.publishDetached(QStringLiteral("s"), "late"));
    QCoreApplication::processEvents();
    QCOMPARE(errors.size(), 0); // the queued one went with the client, untold
}

// A detached QoS 1 PUBLISH not yet acknowledged stays in the session when the connection drops,
// and goes out again with DUP after a CONNACK with Session Present [MQTT-4.4.0-1].
void tst_Detached::keptForTheSessionAcrossAConnectionLoss()
{
    DevicePair first;
    DevicePair second;
    MqttClient client;
    QByteArray pending;
    QVERIFY(connectReconnecting(client, first, pending, false));
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QVERIFY(client.publishDetached(QStringLiteral("d/1"), "one", QoS::Q1));
    const auto sent = next<PublishPacket>(first.broker, pending);
    QVERIFY(sent.has_value());

    client.setTransport(&second.client);
    first.broker.close();
    pending.clear();
    QVERIFY(next<ConnectPacket>(second.broker, pending).has_value());
    second.broker.write(encodePacket(connAckWithSession(true), ProtocolVersion::V5));
    const auto resent = next<PublishPacket>(second.broker, pending);
    QVERIFY(resent.has_value());
    QVERIFY(resent->dup);
    QCOMPARE(resent->packetId, sent->packetId);
    QCOMPARE(resent->payload, QByteArray("one"));
    PubAckPacket pubAck;
    pubAck.packetId = resent->packetId;
    second.broker.write(encodePacket(pubAck, ProtocolVersion::V5));
    QTRY_COMPARE_WITH_TIMEOUT(client.inflightMessages().size(), 0, WaitMs);
    QCOMPARE(errors.size(), 0); // kept for the session, not failed
}

void tst_Detached::fromAnotherThread()
{
    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    client.connectToBroker(options);
    QVERIFY(client.waitForConnected(WaitMs));
    const MqttSubscriptionPtr subscription = client.subscribe(QStringLiteral("detached/thread"));
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QSignalSpy received(subscription.get(), &MqttSubscription::messageReceived);
    bool taken = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        taken = client.publishDetached(QStringLiteral("detached/thread"), "from a thread");
    }));
    thread->start();
    QVERIFY(thread->wait(WaitMs));
    QVERIFY(taken);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, WaitMs);
}

QTEST_GUILESS_MAIN(tst_Detached)
#include "tst_detached.moc"
