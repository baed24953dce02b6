// MQTT 5.0 subscription options through mosquitto: No Local and Subscription Identifiers.
#include "broker/brokertesting.h"
#include "broker/tests.h"

#include <QtTest/qtest.h>

#include <algorithm>

using namespace OhMqtt;
using namespace OhMqttTest;

class tst_Subscriptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noLocal_data();
    void noLocal();
    void subscriptionIdentifiers();

private:
    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Subscriptions::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    QString error;
    m_broker = startBroker({}, &error);
    QVERIFY2(m_broker, qPrintable(error));
}

void tst_Subscriptions::noLocal_data()
{
    QTest::addColumn<bool>("noLocal");
    QTest::newRow("No Local: own messages stay away [MQTT-3.8.3-3]") << true;
    QTest::newRow("without: own messages come back") << false;
}

// With No Local the broker does not send a client the messages it published itself; another
// client's messages still come. The own message is acknowledged before the other client
// publishes, so had the broker forwarded it, it would have arrived first.
void tst_Subscriptions::noLocal()
{
    QFETCH(bool, noLocal);
    MqttClient client;
    MqttClient other;
    const QString notConnected =
        connectAll({&client, &other}, m_broker->url(), ProtocolVersion::V5);
    QVERIFY2(notConnected.isEmpty(), qPrintable(notConnected));
    const QString topic = uniqueTopic(QStringLiteral("no-local"));
    MqttSubscribeOptions options;
    options.setNoLocal(noLocal);
    QSignalSpy received(&client, &MqttClient::messageReceived);
    QVERIFY(client.subscribe(topic, options)->waitForAcknowledged(WaitMs));

    QVERIFY(client.publish(topic, "own", QoS::Q1)->waitForAcknowledged(WaitMs));
    QVERIFY(other.publish(topic, "other", QoS::Q1)->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(payloads(received).contains("other"), WaitMs);
    const QList<QByteArray> expected =
        noLocal ? QList<QByteArray> {"other"} : QList<QByteArray> {"own", "other"};
    QCOMPARE(payloads(received), expected);
}

// Two overlapping subscriptions with identifiers 11 and 22: a message matching both carries both
// identifiers, in one PUBLISH [MQTT-3.3.4-4] or one in each of two [MQTT-3.3.4-5] (mosquitto sends
// two); a message matching one carries that one's identifier only [MQTT-3.3.4-3].
void tst_Subscriptions::subscriptionIdentifiers()
{
    MqttClient client;
    MqttClient publisher;
    const QString notConnected =
        connectAll({&client, &publisher}, m_broker->url(), ProtocolVersion::V5);
    QVERIFY2(notConnected.isEmpty(), qPrintable(notConnected));
    QVERIFY(client.connectResult().isSubscriptionIdentifierAvailable());
    const QString base = uniqueTopic(QStringLiteral("subscription-ids"));
    MqttSubscribeOptions wide;
    wide.setSubscriptionIdentifier(11);
    MqttSubscribeOptions narrow;
    narrow.setSubscriptionIdentifier(22);
    QSignalSpy received(&client, &MqttClient::messageReceived);
    QVERIFY(client.subscribe(base + QStringLiteral("/#"), wide)->waitForAcknowledged(WaitMs));
    QVERIFY(client.subscribe(base + QStringLiteral("/x"), narrow)->waitForAcknowledged(WaitMs));

    QVERIFY(publisher.publish(base + QStringLiteral("/x"), "both", QoS::Q1)
                ->waitForAcknowledged(WaitMs));
    QVERIFY(publisher.publish(base + QStringLiteral("/y"), "wide only", QoS::Q1)
                ->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(payloads(received).contains("wide only"), WaitMs);

    QList<QList<quint32>> copies; // the identifiers of each copy of "both"
    for (const MqttMessage &message : messages(received)) {
        QList<quint32> ids = message.properties().subscriptionIdentifiers();
        std::sort(ids.begin(), ids.end());
        if (message.payload() == "wide only")
            QCOMPARE(ids, QList<quint32> {11});
        else
            copies.append(ids);
    }
    std::sort(copies.begin(), copies.end());
    const QList<QList<quint32>> oneCopy {{11, 22}};
    const QList<QList<quint32>> twoCopies {{11}, {22}};
    QVERIFY2(copies == oneCopy || copies == twoCopies, qPrintable(QDebug::toString(copies)));
    QCOMPARE(payloads(received).count("wide only"), 1);
}

int runSubscriptionTests(int argc, char **argv)
{
    tst_Subscriptions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_subscriptions.moc"
