// The broker's limits as CONNACK announces them, set in mosquitto's configuration: Topic Alias
// Maximum, Receive Maximum, Maximum Packet Size, Maximum QoS and Retain Available.
#include "broker/brokertesting.h"
#include "broker/tests.h"
#include "broker/wiretap.h"

#include <OhMqtt/packet/packet.h>

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

// A broker with `config`, a WireTap in front of it for the publisher, a publisher through the
// tap and a subscriber to "<topic>/#" connected directly, both speaking `version`.
struct Setup
{
    std::unique_ptr<MosquittoBroker> broker;
    std::unique_ptr<WireTap> tap;
    MqttClient publisher;
    MqttClient subscriber;
    QString topic;
    std::unique_ptr<QSignalSpy> received;
    QString error; // why it failed; empty when all is up
};

bool setUp(Setup &setup, const QStringList &config, ProtocolVersion version)
{
    setup.broker = startBroker(config, &setup.error);
    if (!setup.broker)
        return false;
    setup.tap = std::make_unique<WireTap>(setup.broker->port());
    if (!setup.tap->listen(&setup.error))
        return false;
    if (!connectTo(setup.publisher, suiteOptions(setup.tap->url(), version))) {
        setup.error = QStringLiteral("publisher: ") + setup.publisher.lastError().message();
        return false;
    }
    if (!connectTo(setup.subscriber, suiteOptions(setup.broker->url(), version))) {
        setup.error = QStringLiteral("subscriber: ") + setup.subscriber.lastError().message();
        return false;
    }
    setup.topic = uniqueTopic(QStringLiteral("limits"));
    setup.received = std::make_unique<QSignalSpy>(&setup.subscriber, &MqttClient::messageReceived);
    if (!setup.subscriber.subscribe(setup.topic + QStringLiteral("/#"))
             ->waitForAcknowledged(WaitMs)) {
        setup.error = QStringLiteral("SUBSCRIBE was not acknowledged");
        return false;
    }
    return true;
}

// The size of the PUBLISH packet the client sends for `payload` to `topic` at QoS 1.
qsizetype publishSize(const QString &topic, const QByteArray &payload)
{
    PublishPacket publish;
    publish.topic = topic;
    publish.payload = payload;
    publish.qos = QoS::Q1;
    publish.packetId = 1;
    return encodePacket(publish, ProtocolVersion::V5).size();
}

} // namespace

class tst_Limits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topicAliasMaximum();
    void receiveMaximum_data();
    void receiveMaximum();
    void maximumPacketSize();
    void maximumQoSAndRetainAvailable();
    void maximumQoSAndRetainOver311_data();
    void maximumQoSAndRetainOver311();
};

void tst_Limits::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
}

// mosquitto's max_topic_alias 2 is CONNACK's Topic Alias Maximum 2. AliasPolicy::Always takes
// aliases 1 and 2 and then fails with TopicAliasInvalid, sending nothing; AliasPolicy::Try sends
// the topic without an alias instead; a topic that has an alias goes as the alias alone. No alias
// above 2 crosses the wire [MQTT-3.2.2-17] [MQTT-3.3.2-9], the broker keeps the connection, and
// the subscriber gets every message under its full topic.
void tst_Limits::topicAliasMaximum()
{
    Setup setup;
    QVERIFY2(setUp(setup, {QStringLiteral("max_topic_alias 2")}, ProtocolVersion::V5),
             qPrintable(setup.error));
    MqttClient &publisher = setup.publisher;
    QCOMPARE(publisher.connectResult().topicAliasMaximum(), 2);
    const QString a = setup.topic + QStringLiteral("/a");
    const QString b = setup.topic + QStringLiteral("/b");
    const QString c = setup.topic + QStringLiteral("/c");
    const auto publish = [&publisher](const QString &topic, const char *payload,
                                      AliasPolicy policy) {
        return publisher.publish(topic, payload, QoS::Q1, false, {}, policy);
    };

    QVERIFY(publish(a, "a1", AliasPolicy::Always)->waitForAcknowledged(WaitMs));
    QVERIFY(publish(b, "b1", AliasPolicy::Always)->waitForAcknowledged(WaitMs));
    const MqttPublishHandlePtr refused = publish(c, "c refused", AliasPolicy::Always);
    QVERIFY(!refused->waitForAcknowledged(WaitMs));
    QCOMPARE(refused->error().reasonCode(), ReasonCode::TopicAliasInvalid);
    QVERIFY2(refused->error().message().contains(QStringLiteral("allows 2")),
             qPrintable(refused->error().message()));
    QVERIFY(publish(c, "c1", AliasPolicy::Try)->waitForAcknowledged(WaitMs));
    QVERIFY(publish(a, "a2", AliasPolicy::Always)->waitForAcknowledged(WaitMs));
    QVERIFY(publish(b, "b2", AliasPolicy::Try)->waitForAcknowledged(WaitMs));
    QVERIFY(publish(c, "c2", AliasPolicy::Try)->waitForAcknowledged(WaitMs));

    struct Sent
    {
        QString topic; // empty: the alias stands for it
        std::optional<quint16> alias;
        QByteArray payload;
    };
    QList<Sent> wire;
    for (const PublishPacket &sent : setup.tap->sent<PublishPacket>())
        wire.append({sent.topic, sent.properties.topicAlias(), sent.payload});
    QCOMPARE(wire.size(), 6); // not the refused one
    const QList<Sent> expected {{a, 1, "a1"},  {b, 2, "b1"},  {c, std::nullopt, "c1"},
                                {{}, 1, "a2"}, {{}, 2, "b2"}, {c, std::nullopt, "c2"}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(wire.at(i).payload, expected.at(i).payload);
        QCOMPARE(wire.at(i).topic, expected.at(i).topic);
        QCOMPARE(wire.at(i).alias, expected.at(i).alias);
    }

    QTRY_COMPARE_WITH_TIMEOUT(setup.received->size(), 6, WaitMs);
    QList<std::pair<QString, QByteArray>> arrived;
    for (const MqttMessage &message : messages(*setup.received))
        arrived.append({message.topic(), message.payload()});
    QCOMPARE(arrived,
             (QList<std::pair<QString, QByteArray>> {
                 {a, "a1"}, {b, "b1"}, {c, "c1"}, {a, "a2"}, {b, "b2"}, {c, "c2"}}));
    QVERIFY(publisher.isConnected());
    QVERIFY2(setup.tap->errors().isEmpty(), qPrintable(setup.tap->errors().join(u'\n')));
}

void tst_Limits::receiveMaximum_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QStringList>("config");
    QTest::addColumn<int>("limit");
    QTest::newRow("5.0 Receive Maximum 3 [MQTT-3.3.4-7]")
        << ProtocolVersion::V5 << QStringList {QStringLiteral("max_inflight_messages 3")} << 3;
    QTest::newRow("3.1.1 mosquitto's default of 20")
        << ProtocolVersion::V311 << QStringList() << 20;
}

// 200 QoS 1 and 200 QoS 2 messages published at once. In MQTT 5.0 mosquitto's
// max_inflight_messages 3 is CONNACK's Receive Maximum 3: the client never has more than 3
// unacknowledged on the wire [MQTT-3.3.4-7], and fills that window. MQTT 3.1.1 has no Receive
// Maximum, yet mosquitto holds a 3.1.1 client to max_inflight_messages as well, 20 by default:
// a PUBLISH beyond it is answered with a PUBACK that cannot say Quota exceeded, and dropped. So
// the client keeps to 20 there. Either way no packet identifier still in flight is used again
// [MQTT-2.2.1-3], every message arrives once, and every handle is acknowledged.
void tst_Limits::receiveMaximum()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QStringList, config);
    QFETCH(int, limit);
    constexpr int PerQoS = 200;
    Setup setup;
    QVERIFY2(setUp(setup, config, version), qPrintable(setup.error));
    if (version == ProtocolVersion::V5)
        QCOMPARE(setup.publisher.connectResult().receiveMaximum(), limit);

    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < PerQoS; ++i) {
        for (const QoS qos : {QoS::Q1, QoS::Q2}) {
            handles.append(setup.publisher.publish(setup.topic + QStringLiteral("/load"),
                                                   QByteArray::number(int(qos) * 1000 + i), qos));
        }
    }
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY2(handle->waitForAcknowledged(WaitMs), qPrintable(handle->error().message()));
    QTRY_COMPARE_WITH_TIMEOUT(setup.received->size(), 2 * PerQoS, WaitMs);

    QList<QByteArray> arrived = payloads(*setup.received);
    std::sort(arrived.begin(), arrived.end());
    QList<QByteArray> expected;
    for (int i = 0; i < PerQoS; ++i)
        expected << QByteArray::number(1000 + i) << QByteArray::number(2000 + i);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(arrived, expected);
    QCOMPARE(setup.tap->sent<PublishPacket>().size(), 2 * PerQoS); // none twice
    QVERIFY2(setup.tap->errors().isEmpty(), qPrintable(setup.tap->errors().join(u'\n')));
    if (version == ProtocolVersion::V5)
        QCOMPARE(setup.tap->maximumInFlight(), limit); // the window is used, not exceeded
    else
        QVERIFY2(setup.tap->maximumInFlight() <= limit,
                 qPrintable(QString::number(setup.tap->maximumInFlight())));
    QVERIFY(setup.publisher.isConnected());
}

// mosquitto's max_packet_size 1000 is CONNACK's Maximum Packet Size (MQTT 5.0). A PUBLISH of
// exactly 1000 bytes goes out; one byte more fails its handle with PacketTooLarge before anything
// is sent [MQTT-3.2.2-15], and the connection stays up for the next message.
void tst_Limits::maximumPacketSize()
{
    Setup setup;
    QVERIFY2(setUp(setup, {QStringLiteral("max_packet_size 1000")}, ProtocolVersion::V5),
             qPrintable(setup.error));
    QCOMPARE(setup.publisher.connectResult().maximumPacketSize(), 1000u);
    const QString topic = setup.topic + QStringLiteral("/size");
    QByteArray fits(1000 - publishSize(topic, {}), 'f');
    while (publishSize(topic, fits) > 1000) // Remaining Length takes a byte more past 127
        fits.chop(1);
    QCOMPARE(publishSize(topic, fits), 1000);
    const QByteArray tooLarge = fits + 'x';

    QVERIFY(setup.publisher.publish(topic, fits, QoS::Q1)->waitForAcknowledged(WaitMs));
    const MqttPublishHandlePtr refused = setup.publisher.publish(topic, tooLarge, QoS::Q1);
    QVERIFY(!refused->waitForAcknowledged(WaitMs));
    QCOMPARE(refused->error().reasonCode(), ReasonCode::PacketTooLarge);
    QVERIFY2(refused->error().message().contains(QStringLiteral("1001 bytes")) &&
                 refused->error().message().contains(QStringLiteral("Maximum Packet Size of "
                                                                    "1000 bytes")),
             qPrintable(refused->error().message()));
    QVERIFY(setup.publisher.isConnected());
    QVERIFY(setup.publisher.publish(topic, "after", QoS::Q1)->waitForAcknowledged(WaitMs));

    QTRY_COMPARE_WITH_TIMEOUT(setup.received->size(), 2, WaitMs);
    QCOMPARE(payloads(*setup.received), (QList<QByteArray> {fits, "after"}));
    const QList<PublishPacket> wire = setup.tap->sent<PublishPacket>();
    QCOMPARE(wire.size(), 2);
    QCOMPARE(wire.at(0).payload, fits);
    QCOMPARE(wire.at(1).payload, QByteArray("after"));
    QVERIFY(setup.publisher.lastError().isNull()); // a refused request is not a connection error
}

// mosquitto's max_qos 1 and retain_available false are CONNACK's Maximum QoS 1 and Retain
// Available 0 (MQTT 5.0). A QoS 2 PUBLISH fails with QoSNotSupported [MQTT-3.2.2-11], a retained
// one with RetainNotSupported [MQTT-3.2.2-14], each before anything is sent and with the rule in
// its message; the connection stays up. A subscription asking for QoS 2 is granted QoS 1.
void tst_Limits::maximumQoSAndRetainAvailable()
{
    Setup setup;
    QVERIFY2(setUp(setup, {QStringLiteral("max_qos 1"), QStringLiteral("retain_available false")},
                   ProtocolVersion::V5),
             qPrintable(setup.error));
    const MqttConnectResult limits = setup.publisher.connectResult();
    QCOMPARE(limits.maximumQoS(), QoS::Q1);
    QVERIFY(!limits.isRetainAvailable());
    const QString topic = setup.topic + QStringLiteral("/capabilities");

    const MqttPublishHandlePtr qos2 = setup.publisher.publish(topic, "qos 2", QoS::Q2);
    QVERIFY(!qos2->waitForAcknowledged(WaitMs));
    QCOMPARE(qos2->error().reasonCode(), ReasonCode::QoSNotSupported);
    QCOMPARE(qos2->error().message(),
             QStringLiteral("PUBLISH QoS 2 exceeds the server's Maximum QoS 1 [MQTT-3.2.2-11]"));

    const MqttPublishHandlePtr retained = setup.publisher.publish(topic, "retained", QoS::Q1, true);
    QVERIFY(!retained->waitForAcknowledged(WaitMs));
    QCOMPARE(retained->error().reasonCode(), ReasonCode::RetainNotSupported);
    QCOMPARE(retained->error().message(),
             QStringLiteral("PUBLISH: the server does not support retained messages "
                            "[MQTT-3.2.2-14]"));

    QVERIFY(setup.publisher.isConnected());
    QVERIFY(setup.publisher.publish(topic, "allowed", QoS::Q1)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(setup.received->size(), 1, WaitMs);
    const MqttMessage message = messages(*setup.received).first();
    QCOMPARE(message.payload(), QByteArray("allowed"));
    QCOMPARE(message.qos(), QoS::Q1);
    QCOMPARE(setup.tap->sent<PublishPacket>().size(), 1); // the refused ones never left
    QVERIFY(setup.publisher.lastError().isNull());

    // [MQTT-3.2.2-10] the broker still takes a subscription asking for QoS 2, granting QoS 1.
    const MqttSubscribeHandlePtr subscription =
        setup.subscriber.subscribe(setup.topic + QStringLiteral("/other"));
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QCOMPARE(subscription->subAck().reasonCodes, QList {ReasonCode::GrantedQoS1});
}

void tst_Limits::maximumQoSAndRetainOver311_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<bool>("retain");
    QTest::newRow("QoS 2") << QoS::Q2 << false;
    QTest::newRow("retained") << QoS::Q1 << true;
}

// MQTT 3.1.1's CONNACK cannot say either limit, so the client sends what it is asked to; mosquitto
// closes the connection, and the client reports the loss. The message is not delivered; its
// handle stays pending, as an unacknowledged message waits for the next connection.
void tst_Limits::maximumQoSAndRetainOver311()
{
    QFETCH(QoS, qos);
    QFETCH(bool, retain);
    Setup setup;
    QVERIFY2(setUp(setup, {QStringLiteral("max_qos 1"), QStringLiteral("retain_available false")},
                   ProtocolVersion::V311),
             qPrintable(setup.error));
    QSignalSpy disconnected(&setup.publisher, &MqttClient::disconnected);
    const MqttPublishHandlePtr handle =
        setup.publisher.publish(setup.topic + QStringLiteral("/x"), "refused", qos, retain);
    QVERIFY(disconnected.wait(WaitMs));
    QCOMPARE(setup.publisher.state(), MqttClient::State::Closed);
    QVERIFY(!setup.publisher.lastError().isNull());
    QVERIFY(!handle->isDone());
    QCOMPARE(setup.tap->sent<PublishPacket>().size(), 1); // it was sent

    // The subscriber is still there and got nothing: a message from elsewhere comes alone.
    MqttClient other;
    QVERIFY2(connectTo(other, suiteOptions(setup.broker->url(), ProtocolVersion::V311)),
             qPrintable(other.lastError().message()));
    QVERIFY(other.publish(setup.topic + QStringLiteral("/x"), "fence", QoS::Q1)
                ->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(setup.received->size(), 1, WaitMs);
    QCOMPARE(payloads(*setup.received), QList<QByteArray> {"fence"});
}

int runLimitTests(int argc, char **argv)
{
    tst_Limits test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_limits.moc"
