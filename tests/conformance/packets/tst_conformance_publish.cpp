// Conformance, sections 1.5, 2.2/2.3 and 3.3: PUBLISH both ways and its acknowledgements, as the
// client writes and answers them, compared with bytes laid out by hand.
#include "conformance/packets/conformancetesting.h"
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

const char *tagOf(ProtocolVersion version)
{
    return version == ProtocolVersion::V5 ? "5.0" : "3.1.1";
}

// An acknowledgement with a success and no properties: four bytes in either version.
QByteArray ack(quint8 firstByte, quint16 packetId)
{
    return packetOf(firstByte, twoBytes(packetId));
}

} // namespace

class tst_ConformancePublish : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgementsCarryTheIdentifier_data();
    void acknowledgementsCarryTheIdentifier();
    void receiverAnswersAsTheQosRequires_data();
    void receiverAnswersAsTheQosRequires();
    void topicNameComesFirstAsUtf8_data();
    void topicNameComesFirstAsUtf8();
    void illFormedTopicNameIsNotSent_data() { addVersionRows(); }
    void illFormedTopicNameIsNotSent();
    void responseTopicAndContentTypeAreUtf8();
    void emptyPropertiesStillHaveLength();
    void noTopicAliasWithoutServerMaximum_data();
    void noTopicAliasWithoutServerMaximum();
    void v311Qos0HasNoIdentifier();
    void v311IdentifiersInUseAreNotReused();
    void v311ResendKeepsItsIdentifier();
    void v311ByteOrderMarkIsKept();
};

void tst_ConformancePublish::acknowledgementsCarryTheIdentifier_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<quint16>("packetId");
    for (const quint16 id : {quint16(1), quint16(0x1234), quint16(0xFFFF)}) {
        QTest::addRow("5.0 identifier %u [MQTT-2.2.1-5]", id) << ProtocolVersion::V5 << id;
        QTest::addRow("3.1.1 identifier %u [MQTT-2.3.1-6]", id) << ProtocolVersion::V311 << id;
    }
}

// PUBACK, PUBREC and PUBCOMP repeat the identifier of what they answer; PUBREL that of the
// PUBLISH its PUBREC answered.
void tst_ConformancePublish::acknowledgementsCarryTheIdentifier()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(quint16, packetId);
    ProtocolEngine engine;
    connectEngine(engine, version);
    QCOMPARE(written(engine.receive(serverPublish(version, 1, packetId, "a"))).toHex(),
             ack(0x40, packetId).toHex());
    QCOMPARE(written(engine.receive(serverPublish(version, 2, packetId, "a"))).toHex(),
             ack(0x50, packetId).toHex());
    QCOMPARE(written(engine.receive(ack(0x62, packetId))).toHex(), ack(0x70, packetId).toHex());

    const PublishPacket publish = outboundPublish(engine, QoS::Q2);
    engine.send(publish);
    QCOMPARE(written(engine.receive(ack(0x50, publish.packetId))).toHex(),
             ack(0x62, publish.packetId).toHex());
}

void tst_ConformancePublish::receiverAnswersAsTheQosRequires_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    QTest::addColumn<QByteArray>("answer");
    for (const auto version : {ProtocolVersion::V5, ProtocolVersion::V311}) {
        QTest::addRow("%s QoS 0: nothing [MQTT-3.3.4-1]", tagOf(version))
            << version << 0 << QByteArray();
        QTest::addRow("%s QoS 1: PUBACK [MQTT-3.3.4-1]", tagOf(version))
            << version << 1 << ack(0x40, 7);
        QTest::addRow("%s QoS 2: PUBREC [MQTT-3.3.4-1]", tagOf(version))
            << version << 2 << ack(0x50, 7);
    }
}

void tst_ConformancePublish::receiverAnswersAsTheQosRequires()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    QFETCH(QByteArray, answer);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const auto events = engine.receive(serverPublish(version, qos, 7, "a/b", "hi"));
    QCOMPARE(written(events).toHex(), answer.toHex());
    const auto delivered = receivedPacket<PublishPacket>(events);
    QVERIFY(delivered);
    QCOMPARE(delivered->payload, QByteArray("hi"));
}

void tst_ConformancePublish::topicNameComesFirstAsUtf8_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 [MQTT-3.3.2-1]") << ProtocolVersion::V5;
    QTest::newRow("3.1.1 [MQTT-3.3.2-1]") << ProtocolVersion::V311;
}

// The Topic Name opens the variable header, as UTF-8 with its length in bytes; the identifier
// (and in MQTT 5.0 the properties) follow it.
void tst_ConformancePublish::topicNameComesFirstAsUtf8()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    PublishPacket publish = outboundPublish(engine, QoS::Q1, QStringLiteral("caf\u00e9/\u20ac"));
    publish.payload = "p";
    QByteArray body = field("caf\xc3\xa9/\xe2\x82\xac") + twoBytes(publish.packetId);
    if (version == ProtocolVersion::V5)
        body += char(0);
    QCOMPARE(written(engine.send(publish)).toHex(' '), packetOf(0x32, body + "p").toHex(' '));
}

// A topic without a well-formed UTF-8 form is refused, not sent in another encoding.
// [MQTT-3.3.2-1]
void tst_ConformancePublish::illFormedTopicNameIsNotSent()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    for (const QChar bad : {QChar(0xDC00), QChar(0)}) {
        const PublishPacket publish = outboundPublish(engine, QoS::Q0, QStringLiteral("a") + bad);
        const auto events = engine.send(publish);
        QVERIFY(written(events).isEmpty());
        QVERIFY(has<Engine::SendRejected>(events));
    }
    QCOMPARE(engine.state(), Engine::State::Connected);
}

// [MQTT-3.3.2-13] Response Topic and [MQTT-3.3.2-19] Content Type go out as UTF-8; ill-formed
// ones are refused.
void tst_ConformancePublish::responseTopicAndContentTypeAreUtf8()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    PublishPacket publish = outboundPublish(engine, QoS::Q0);
    publish.properties.setResponseTopic(QStringLiteral("r/\u00e9"));
    publish.properties.setContentType(QStringLiteral("t\u00ebxt"));
    const QByteArray properties =
        char(0x08) + field("r/\xc3\xa9") + char(0x03) + field("t\xc3\xabxt");
    const QByteArray body = field("t") + char(properties.size()) + properties;
    QCOMPARE(written(engine.send(publish)).toHex(' '), packetOf(0x30, body).toHex(' '));

    PublishPacket badResponseTopic = outboundPublish(engine, QoS::Q0);
    badResponseTopic.properties.setResponseTopic(QString(QChar(0xD800)));
    QVERIFY(has<Engine::SendRejected>(engine.send(badResponseTopic)));
    PublishPacket badContentType = outboundPublish(engine, QoS::Q0);
    badContentType.properties.setContentType(QStringLiteral("a") + QChar(0));
    QVERIFY(has<Engine::SendRejected>(engine.send(badContentType)));
}

// [MQTT-2.2.2-1] CONNECT, the Will, PUBLISH, SUBSCRIBE and UNSUBSCRIBE without properties still
// carry a Property Length of 0.
void tst_ConformancePublish::emptyPropertiesStillHaveLength()
{
    ProtocolEngine engine;
    ConnectPacket connect = connectPacket(ProtocolVersion::V5);
    connect.will = WillMessage {QStringLiteral("w"), "p", QoS::Q0, false, {}};
    const QByteArray connectBody = field("MQTT") + char(5) + char(0x06) + twoBytes(0) +
        char(0) /* CONNECT properties */ + field("c") + char(0) /* Will properties */ + field("w") +
        field("p");
    QCOMPARE(written(engine.start(connect)).toHex(' '), packetOf(0x10, connectBody).toHex(' '));
    engine.receive(connAckBytes(ProtocolVersion::V5));

    PublishPacket publish = outboundPublish(engine, QoS::Q0);
    publish.payload = "x";
    QCOMPARE(written(engine.send(publish)).toHex(' '),
             packetOf(0x30, field("t") + char(0) + "x").toHex(' '));

    SubscribePacket subscribe;
    subscribe.packetId = engine.acquirePacketId().value_or(0);
    subscribe.subscriptions.append(SubscriptionRequest {QStringLiteral("s"), QoS::Q1});
    QCOMPARE(
        written(engine.send(subscribe)).toHex(' '),
        packetOf(0x82, twoBytes(subscribe.packetId) + char(0) + field("s") + char(1)).toHex(' '));

    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = engine.acquirePacketId().value_or(0);
    unsubscribe.topicFilters.append(QStringLiteral("s"));
    QCOMPARE(written(engine.send(unsubscribe)).toHex(' '),
             packetOf(0xA2, twoBytes(unsubscribe.packetId) + char(0) + field("s")).toHex(' '));
}

void tst_ConformancePublish::noTopicAliasWithoutServerMaximum_data()
{
    QTest::addColumn<bool>("announcesZero");
    QTest::newRow("no Topic Alias Maximum [MQTT-3.2.2-18]") << false;
    QTest::newRow("Topic Alias Maximum 0 [MQTT-3.2.2-18]") << true;
}

// A server that announces no Topic Alias Maximum (or 0) gets no Topic Alias: the PUBLISH is
// refused, nothing is written, the connection stays.
void tst_ConformancePublish::noTopicAliasWithoutServerMaximum()
{
    QFETCH(bool, announcesZero);
    ConnAckProperties connAck;
    if (announcesZero)
        connAck.setTopicAliasMaximum(0);
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5, {}, connAck);
    for (const quint16 alias : {quint16(1), quint16(2)}) {
        PublishPacket publish = outboundPublish(engine, QoS::Q0);
        publish.properties.setTopicAlias(alias);
        const auto events = engine.send(publish);
        QVERIFY(written(events).isEmpty());
        QCOMPARE(rejection(events), std::optional(ReasonCode::TopicAliasInvalid));
    }
    QCOMPARE(engine.state(), Engine::State::Connected);
}

// 3.1.1: [MQTT-2.3.1-5] a QoS 0 PUBLISH has no Packet Identifier: the payload follows the topic,
// and one with an identifier is refused.
void tst_ConformancePublish::v311Qos0HasNoIdentifier()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V311);
    PublishPacket publish = outboundPublish(engine, QoS::Q0);
    publish.payload = "xy";
    QCOMPARE(written(engine.send(publish)).toHex(' '),
             packetOf(0x30, field("t") + "xy").toHex(' '));
    publish.packetId = engine.acquirePacketId().value_or(0);
    const auto events = engine.send(publish);
    QVERIFY(written(events).isEmpty());
    QVERIFY(has<Engine::SendRejected>(events));
}

// 3.1.1: [MQTT-2.3.1-2] every new SUBSCRIBE, UNSUBSCRIBE and QoS 1 or 2 PUBLISH gets an identifier
// no flow in progress uses; one still in use is refused.
void tst_ConformancePublish::v311IdentifiersInUseAreNotReused()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V311);
    QSet<quint16> inUse;
    for (int i = 0; i < 5; ++i) {
        const PublishPacket publish = outboundPublish(engine, i % 2 ? QoS::Q2 : QoS::Q1);
        QVERIFY(publish.packetId != 0);
        QVERIFY2(!inUse.contains(publish.packetId), "an identifier in use was handed out again");
        inUse.insert(publish.packetId);
        QVERIFY(!written(engine.send(publish)).isEmpty());
    }
    SubscribePacket subscribe;
    subscribe.packetId = engine.acquirePacketId().value_or(0);
    QVERIFY(subscribe.packetId != 0 && !inUse.contains(subscribe.packetId));

    PublishPacket reuse = outboundPublish(engine, QoS::Q1);
    reuse.packetId = *inUse.begin();
    const auto events = engine.send(reuse);
    QVERIFY(written(events).isEmpty());
    QCOMPARE(rejection(events), std::optional(ReasonCode::PacketIdentifierInUse));
}

// 3.1.1: [MQTT-2.3.1-3] a PUBLISH sent again after reconnecting keeps its identifier, which is
// free only after its PUBACK.
void tst_ConformancePublish::v311ResendKeepsItsIdentifier()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V311);
    PublishPacket publish = outboundPublish(engine, QoS::Q1);
    publish.payload = "m";
    engine.send(publish);
    const quint16 id = publish.packetId;
    engine.closed();

    ConnectPacket again = connectPacket(ProtocolVersion::V311);
    again.cleanStart = false;
    engine.start(again);
    const auto events = engine.receive(hex("20020100")); // CONNACK, Session Present
    QCOMPARE(written(events).toHex(' '),
             packetOf(0x3A, field("t") + twoBytes(id) + "m").toHex(' '));
    while (const std::optional<quint16> other = engine.acquirePacketId())
        QVERIFY2(*other != id, "handed out before its PUBACK");

    QCOMPARE(releasedId(engine.receive(ack(0x40, id))), std::optional(id));
    QCOMPARE(engine.acquirePacketId(), std::optional(id));
}

// 3.1.1: [MQTT-1.5.3-3] a leading U+FEFF in a Topic Name is a character, kept as received.
void tst_ConformancePublish::v311ByteOrderMarkIsKept()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V311);
    const QByteArray topic = QByteArray("\xef\xbb\xbf") + 'a';
    const auto events = engine.receive(serverPublish(ProtocolVersion::V311, 0, 0, topic));
    const auto delivered = receivedPacket<PublishPacket>(events);
    QVERIFY(delivered);
    QCOMPARE(delivered->topic, QString(QChar(0xFEFF)) + u'a');
}

QTEST_APPLESS_MAIN(tst_ConformancePublish)
#include "tst_conformance_publish.moc"
