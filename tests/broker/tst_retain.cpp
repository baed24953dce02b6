// Retained messages through mosquitto: stored, replaced, cleared, sent to new subscriptions as
// Retain Handling says, and the RETAIN flag on forwarded messages as Retain As Published says.
#include "broker/brokertesting.h"
#include "broker/tests.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

// Subscribes `client` to `topic` and returns what arrived for it before a fence: a message
// published to the topic after the SUBACK. The broker sends the retained message right after
// the SUBACK, so anything retained arrives before the fence. A failure on the way gives one null
// message, which no expectation matches.
QList<MqttMessage> retainedOnSubscribe(MqttClient &client, MqttClient &publisher,
                                       const QString &topic,
                                       const MqttSubscribeOptions &options = {})
{
    QSignalSpy received(&client, &MqttClient::messageReceived);
    if (!client.subscribe(topic, options)->waitForAcknowledged(WaitMs))
        return {MqttMessage()}; // a null message the caller's comparison shows
    if (!publisher.publish(topic, "fence", QoS::Q1)->waitForAcknowledged(WaitMs))
        return {MqttMessage()};
    const auto fenced = [&received] {
        return !received.isEmpty() && messages(received).last().payload() == "fence";
    };
    if (!fenced() && !QTest::qWaitFor(fenced, WaitMs))
        return {MqttMessage()};
    QList<MqttMessage> before = messages(received);
    if (before.isEmpty() || before.takeLast().payload() != "fence")
        return {MqttMessage()};
    return before;
}

QString retainRule(ProtocolVersion version, const char *v5, const char *v311)
{
    return QString::fromLatin1(version == ProtocolVersion::V5 ? v5 : v311);
}

} // namespace

class tst_Retain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedReplacedAndCleared_data() { addVersionRows(); }
    void storedReplacedAndCleared();
    void retainHandling_data();
    void retainHandling();
    void retainAsPublished_data();
    void retainAsPublished();

private:
    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Retain::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    QString error;
    m_broker = startBroker({}, &error);
    QVERIFY2(m_broker, qPrintable(error));
}

// MQTT 5.0 ids, with MQTT 3.1.1's in brackets: a retained message is stored and sent, RETAIN set,
// to a new subscription [MQTT-3.3.1-5] [MQTT-3.3.1-9] (3.1.1: -5, -6, -8), with its QoS; an
// existing subscription gets it with RETAIN clear [MQTT-3.3.1-12] (3.1.1: -9). A message without
// RETAIN leaves the retained one alone [MQTT-3.3.1-8] (3.1.1: -12); a retained message replaces
// it [MQTT-3.3.1-5]; an empty retained payload removes it and is not stored itself
// [MQTT-3.3.1-6] [MQTT-3.3.1-7] (3.1.1: -10, -11), yet reaches existing subscriptions.
void tst_Retain::storedReplacedAndCleared()
{
    QFETCH(ProtocolVersion, version);
    const QString url = m_broker->url();
    MqttClient publisher;
    MqttClient live;
    const QString notConnected = connectAll({&publisher, &live}, url, version);
    QVERIFY2(notConnected.isEmpty(), qPrintable(notConnected));
    const QString topic = uniqueTopic(QStringLiteral("retain"));
    QSignalSpy liveReceived(&live, &MqttClient::messageReceived);
    QVERIFY(live.subscribe(topic)->waitForAcknowledged(WaitMs));

    const auto newSubscriber = [&](QList<MqttMessage> &retained) {
        MqttClient client;
        if (!connectTo(client, suiteOptions(url, version))) {
            qWarning() << "subscriber not connected:" << client.lastError();
            retained = {MqttMessage()};
            return;
        }
        retained = retainedOnSubscribe(client, publisher, topic);
    };

    QVERIFY(publisher.publish(topic, "kept", QoS::Q1, true)->waitForAcknowledged(WaitMs));
    QList<MqttMessage> retained;
    newSubscriber(retained);
    QCOMPARE(retained.size(), 1);
    QCOMPARE(retained.first().payload(), QByteArray("kept"));
    QVERIFY2(retained.first().retain(),
             qPrintable(retainRule(version, "[MQTT-3.3.1-9]", "[MQTT-3.3.1-8] (3.1.1)")));
    QCOMPARE(retained.first().qos(), QoS::Q1);
    QCOMPARE(retained.first().topic(), topic);
    QTRY_VERIFY_WITH_TIMEOUT(!liveReceived.isEmpty(), WaitMs);
    QCOMPARE(messages(liveReceived).first().payload(), QByteArray("kept"));
    QVERIFY2(!messages(liveReceived).first().retain(),
             qPrintable(retainRule(version, "[MQTT-3.3.1-12]", "[MQTT-3.3.1-9] (3.1.1)")));

    // Not retained: delivered, and the retained message stays.
    QVERIFY(publisher.publish(topic, "passing", QoS::Q1)->waitForAcknowledged(WaitMs));
    newSubscriber(retained);
    QCOMPARE(retained.size(), 1);
    QCOMPARE(retained.first().payload(), QByteArray("kept"));

    QVERIFY(publisher.publish(topic, "replaced", QoS::Q0, true)->waitForAcknowledged(WaitMs));
    newSubscriber(retained);
    QCOMPARE(retained.size(), 1);
    QCOMPARE(retained.first().payload(), QByteArray("replaced"));
    QCOMPARE(retained.first().qos(), QoS::Q0);

    const qsizetype liveBefore = liveReceived.size();
    QVERIFY(publisher.publish(topic, QByteArray(), QoS::Q1, true)->waitForAcknowledged(WaitMs));
    newSubscriber(retained);
    QVERIFY2(retained.isEmpty(),
             qPrintable(retainRule(version, "[MQTT-3.3.1-6] [MQTT-3.3.1-7]",
                                   "[MQTT-3.3.1-10] [MQTT-3.3.1-11] (3.1.1)")));
    QTRY_VERIFY_WITH_TIMEOUT(liveReceived.size() > liveBefore, WaitMs);
    const MqttMessage cleared = messages(liveReceived).at(liveBefore);
    QVERIFY(cleared.payload().isEmpty());
    QVERIFY(!cleared.retain());
}

void tst_Retain::retainHandling_data()
{
    QTest::addColumn<RetainPolicy>("policy");
    QTest::addColumn<bool>("onNewSubscription");
    QTest::addColumn<bool>("onRepeatedSubscription");
    QTest::newRow("0 send on subscribe [MQTT-3.3.1-9]") << RetainPolicy::Always << true << true;
    QTest::newRow("1 only if new [MQTT-3.3.1-10]") << RetainPolicy::Once << true << false;
    QTest::newRow("2 never [MQTT-3.3.1-11]") << RetainPolicy::Never << false << false;
}

// MQTT 5.0: Retain Handling decides whether a subscription gets the retained message, when it is
// made and when the same filter is subscribed again (which replaces the subscription).
void tst_Retain::retainHandling()
{
    QFETCH(RetainPolicy, policy);
    QFETCH(bool, onNewSubscription);
    QFETCH(bool, onRepeatedSubscription);
    MqttClient publisher;
    MqttClient subscriber;
    const QString notConnected =
        connectAll({&publisher, &subscriber}, m_broker->url(), ProtocolVersion::V5);
    QVERIFY2(notConnected.isEmpty(), qPrintable(notConnected));
    const QString topic = uniqueTopic(QStringLiteral("retain-handling"));
    QVERIFY(publisher.publish(topic, "retained", QoS::Q1, true)->waitForAcknowledged(WaitMs));

    MqttSubscribeOptions options;
    options.setRetainPolicy(policy);
    const QList<QByteArray> retained {QByteArray("retained")};
    QCOMPARE(payloads(retainedOnSubscribe(subscriber, publisher, topic, options)),
             onNewSubscription ? retained : QList<QByteArray>());
    QCOMPARE(payloads(retainedOnSubscribe(subscriber, publisher, topic, options)),
             onRepeatedSubscription ? retained : QList<QByteArray>());
}

void tst_Retain::retainAsPublished_data()
{
    QTest::addColumn<bool>("retainAsPublished");
    QTest::newRow("0 RETAIN cleared [MQTT-3.3.1-12]") << false;
    QTest::newRow("1 RETAIN as published [MQTT-3.3.1-13]") << true;
}

// MQTT 5.0: with Retain As Published a subscription gets a retained message forwarded with
// RETAIN set, as published; without, RETAIN is cleared. A message published without RETAIN
// arrives without it either way.
void tst_Retain::retainAsPublished()
{
    QFETCH(bool, retainAsPublished);
    MqttClient publisher;
    MqttClient subscriber;
    const QString notConnected =
        connectAll({&publisher, &subscriber}, m_broker->url(), ProtocolVersion::V5);
    QVERIFY2(notConnected.isEmpty(), qPrintable(notConnected));
    const QString topic = uniqueTopic(QStringLiteral("retain-as-published"));
    MqttSubscribeOptions options;
    options.setRetainAsPublished(retainAsPublished);
    QSignalSpy received(&subscriber, &MqttClient::messageReceived);
    QVERIFY(subscriber.subscribe(topic, options)->waitForAcknowledged(WaitMs));

    QVERIFY(publisher.publish(topic, "retained", QoS::Q1, true)->waitForAcknowledged(WaitMs));
    QVERIFY(publisher.publish(topic, "plain", QoS::Q1, false)->waitForAcknowledged(WaitMs));
    QVERIFY(publisher.publish(topic, QByteArray(), QoS::Q1, true)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, WaitMs);
    const QList<MqttMessage> arrived = messages(received);
    QCOMPARE(payloads(received), (QList<QByteArray> {"retained", "plain", QByteArray()}));
    QCOMPARE(arrived.at(0).retain(), retainAsPublished);
    QVERIFY(!arrived.at(1).retain());
    QCOMPARE(arrived.at(2).retain(), retainAsPublished);
}

int runRetainTests(int argc, char **argv)
{
    tst_Retain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_retain.moc"
