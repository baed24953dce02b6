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
};

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

int runTopicAliasTests(int argc, char **argv)
{
    tst_TopicAliases test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_topicaliases.moc"
