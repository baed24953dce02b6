// ProtocolEngine: Topic Aliases (MQTT 3.3.2.3.4) — the server's inbound, ours outbound.
#include "engine/enginetesting.h"
#include "engine/tests.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

class tst_TopicAliases : public QObject
{
    Q_OBJECT

private slots:
    void inboundTopicAliases();
    void topicAliasBeyondMaximumDisconnects();
    void inboundAliasesLastOneConnection();
    void outboundAliasNeedsMappingOnThisConnection();
    void outboundAliasesLastOneConnection();
    void outboundAliasWithinServerMaximum();
    void emptyTopicWithoutAliasIsRefused();
};

namespace {

constexpr auto V5 = ProtocolVersion::V5;

PublishPacket aliased(const QString &topic, quint16 alias)
{
    PublishPacket publish;
    publish.topic = topic;
    publish.payload = "x";
    publish.properties.setTopicAlias(alias);
    return publish;
}

ConnAckProperties serverAliasMaximum(quint16 maximum)
{
    ConnAckProperties properties;
    properties.setTopicAliasMaximum(maximum);
    return properties;
}

// The engine after closed() and a new start() with CONNACK: a new Network Connection.
void reconnect(ProtocolEngine &engine, const ConnAckProperties &connAck)
{
    engine.disconnect();
    engine.closed();
    connectEngine(engine, V5, {}, connAck);
}

} // namespace

void tst_TopicAliases::inboundTopicAliases()
{
    ProtocolEngine engine;
    ConnectProperties connectProperties;
    connectProperties.setTopicAliasMaximum(5);
    connectEngine(engine, ProtocolVersion::V5, connectProperties);
    PublishProperties alias;
    alias.setTopicAlias(3);
    engine.receive(
        publishBytes(ProtocolVersion::V5, QStringLiteral("long/topic"), QoS::Q0, 0, "1", alias));
    const auto events =
        engine.receive(publishBytes(ProtocolVersion::V5, QString(), QoS::Q0, 0, "2", alias));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    const auto publish = receivedPacket<PublishPacket>(events);
    QVERIFY(publish);
    QCOMPARE(publish->topic, QStringLiteral("long/topic"));

    PublishProperties unknown;
    unknown.setTopicAlias(4);
    const auto failed =
        engine.receive(publishBytes(ProtocolVersion::V5, QString(), QoS::Q0, 0, "3", unknown));
    QCOMPARE(failure(failed).reasonCode(), ReasonCode::ProtocolError);
}

// [MQTT-3.3.2-11] an alias above the Topic Alias Maximum we sent (0 by default).
void tst_TopicAliases::topicAliasBeyondMaximumDisconnects()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    PublishProperties alias;
    alias.setTopicAlias(1);
    const auto events = engine.receive(
        publishBytes(ProtocolVersion::V5, QStringLiteral("t"), QoS::Q0, 0, "x", alias));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::TopicAliasInvalid);
    QCOMPARE(written(events), hex("e00194"));
}

// [MQTT-3.3.2-7] the server's mappings are not carried into a new connection.
void tst_TopicAliases::inboundAliasesLastOneConnection()
{
    ProtocolEngine engine;
    ConnectProperties connectProperties;
    connectProperties.setTopicAliasMaximum(5);
    connectEngine(engine, V5, connectProperties);
    PublishProperties alias;
    alias.setTopicAlias(3);
    engine.receive(publishBytes(V5, QStringLiteral("long/topic"), QoS::Q0, 0, "1", alias));
    engine.disconnect();
    engine.closed();
    connectEngine(engine, V5, connectProperties);
    const auto events = engine.receive(publishBytes(V5, QString(), QoS::Q0, 0, "2", alias));
    QVERIFY(!has<Engine::PacketReceived>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
}

// An alias-only PUBLISH (empty Topic Name) is sent only once a PUBLISH with the topic has set the
// alias on this connection; a refused PUBLISH sets nothing.
void tst_TopicAliases::outboundAliasNeedsMappingOnThisConnection()
{
    ProtocolEngine engine;
    connectEngine(engine, V5, {}, serverAliasMaximum(5));
    auto events = engine.send(aliased(QString(), 1));
    QCOMPARE(rejection(events), std::optional(ReasonCode::ProtocolError));
    QVERIFY(written(events).isEmpty());

    PublishPacket refused = aliased(QStringLiteral("long/topic"), 1);
    refused.qos = QoS::Q1;
    refused.packetId = 77; // not acquired
    QVERIFY(has<Engine::SendRejected>(engine.send(refused)));
    QCOMPARE(rejection(engine.send(aliased(QString(), 1))),
             std::optional(ReasonCode::ProtocolError));

    const PublishPacket full = aliased(QStringLiteral("long/topic"), 1);
    QCOMPARE(written(engine.send(full)), encodePacket(full, V5));
    const PublishPacket aliasOnly = aliased(QString(), 1);
    events = engine.send(aliasOnly);
    QVERIFY(!has<Engine::SendRejected>(events));
    QCOMPARE(written(events), encodePacket(aliasOnly, V5));
}

// [MQTT-3.3.2-7] Topic Alias mappings exist only within a Network Connection: after a reconnect
// an alias-only PUBLISH relying on the previous connection's mapping is refused, not sent.
void tst_TopicAliases::outboundAliasesLastOneConnection()
{
    ProtocolEngine engine;
    connectEngine(engine, V5, {}, serverAliasMaximum(5));
    engine.send(aliased(QStringLiteral("long/topic"), 1));
    QVERIFY(!has<Engine::SendRejected>(engine.send(aliased(QString(), 1))));

    reconnect(engine, serverAliasMaximum(5));
    const auto events = engine.send(aliased(QString(), 1));
    QCOMPARE(rejection(events), std::optional(ReasonCode::ProtocolError));
    QVERIFY(written(events).isEmpty());
    QCOMPARE(engine.state(), Engine::State::Connected);

    // The same engine also forgets when the transport drops without a DISCONNECT.
    engine.send(aliased(QStringLiteral("other"), 2));
    engine.closed();
    connectEngine(engine, V5, {}, serverAliasMaximum(5));
    QCOMPARE(rejection(engine.send(aliased(QString(), 2))),
             std::optional(ReasonCode::ProtocolError));
}

// [MQTT-3.3.2-9] no alias above the server's Topic Alias Maximum (0 when CONNACK has none).
void tst_TopicAliases::outboundAliasWithinServerMaximum()
{
    ProtocolEngine engine;
    connectEngine(engine, V5, {}, serverAliasMaximum(5));
    QCOMPARE(rejection(engine.send(aliased(QStringLiteral("t"), 6))),
             std::optional(ReasonCode::TopicAliasInvalid));
    QVERIFY(!has<Engine::SendRejected>(engine.send(aliased(QStringLiteral("t"), 5))));
    reconnect(engine, {});
    QCOMPARE(rejection(engine.send(aliased(QStringLiteral("t"), 1))),
             std::optional(ReasonCode::TopicAliasInvalid));
}

// (MQTT 3.3.2.1) an empty Topic Name needs a Topic Alias: the codec refuses it, named.
void tst_TopicAliases::emptyTopicWithoutAliasIsRefused()
{
    ProtocolEngine engine;
    connectEngine(engine, V5, {}, serverAliasMaximum(5));
    PublishPacket publish;
    publish.payload = "x";
    const auto events = engine.send(publish);
    QVERIFY(written(events).isEmpty());
    const auto rejected = firstOf<Engine::SendRejected>(events);
    QVERIFY(rejected);
    QCOMPARE(rejected->error.reasonCode(), ReasonCode::ProtocolError);
    QVERIFY2(rejected->error.message().contains(QStringLiteral("Topic Alias")),
             qPrintable(rejected->error.message()));
}

int runTopicAliasTests(int argc, char **argv)
{
    tst_TopicAliases test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_topicaliases.moc"
