// ProtocolEngine: PUBLISH flows both ways — acknowledgements, packet identifiers, Receive Maximum.
#include "engine/enginetesting.h"
#include "engine/tests.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

class tst_PublishFlows : public QObject
{
    Q_OBJECT

private slots:
    void qos1PublishIsAcknowledged_data() { addVersionRows(); }
    void qos1PublishIsAcknowledged();
    void qos2PublishIsDeliveredOnce_data() { addVersionRows(); }
    void qos2PublishIsDeliveredOnce();
    void outboundQos1AndReceiveMaximum();
    void outboundQos2Flow();
};

void tst_PublishFlows::qos1PublishIsAcknowledged()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const auto events =
        engine.receive(publishBytes(version, QStringLiteral("a/b"), QoS::Q1, 7, "hi"));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    const auto publish = receivedPacket<PublishPacket>(events);
    QVERIFY(publish);
    QCOMPARE(publish->topic, QStringLiteral("a/b"));
    QCOMPARE(publish->payload, QByteArray("hi"));
    QCOMPARE(written(events), hex("40020007")); // PUBACK 7
    QVERIFY(indexOf<Engine::PacketReceived>(events) < indexOf<Engine::SendBytes>(events));
}

// [MQTT-4.3.3-10] delivered at the first PUBLISH, never again for the same identifier until PUBREL.
void tst_PublishFlows::qos2PublishIsDeliveredOnce()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    auto events = engine.receive(publishBytes(version, QStringLiteral("q2"), QoS::Q2, 9));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    QCOMPARE(written(events), hex("50020009")); // PUBREC 9

    events = engine.receive(publishBytes(version, QStringLiteral("q2"), QoS::Q2, 9));
    QVERIFY(!has<Engine::PacketReceived>(events));
    QCOMPARE(written(events), hex("50020009"));

    events = engine.receive(hex("62020009")); // PUBREL 9
    QCOMPARE(written(events), hex("70020009")); // PUBCOMP 9
    events = engine.receive(hex("62020009"));
    QCOMPARE(written(events), version == ProtocolVersion::V5 ? hex("7003000992") : hex("70020009"));
    QCOMPARE(engine.state(), Engine::State::Connected);
}

// [MQTT-3.3.4-7] no more QoS 1 and 2 PUBLISH in flight than the server's Receive Maximum.
void tst_PublishFlows::outboundQos1AndReceiveMaximum()
{
    ProtocolEngine engine;
    ConnAckProperties properties;
    properties.setReceiveMaximum(1);
    connectEngine(engine, ProtocolVersion::V5, {}, properties);
    QCOMPARE(engine.sendQuota(), 1);

    const PublishPacket publish = outboundPublish(engine, QoS::Q1);
    QVERIFY(!written(engine.send(publish)).isEmpty());
    QCOMPARE(engine.sendQuota(), 0);

    const PublishPacket second = outboundPublish(engine, QoS::Q1);
    QCOMPARE(rejection(engine.send(second)), std::optional(ReasonCode::ReceiveMaximumExceeded));

    const auto events =
        engine.receive(ackBytes<PubAckPacket>(ProtocolVersion::V5, publish.packetId));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    QCOMPARE(releasedId(events), std::optional(publish.packetId));
    QCOMPARE(engine.sendQuota(), 1);
}

void tst_PublishFlows::outboundQos2Flow()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V311);
    QCOMPARE(engine.sendQuota(), int(ProtocolEngine::V311ReceiveMaximum));
    const PublishPacket publish = outboundPublish(engine, QoS::Q2);
    engine.send(publish);

    auto events = engine.receive(ackBytes<PubRecPacket>(ProtocolVersion::V311, publish.packetId));
    QCOMPARE(written(events), ackBytes<PubRelPacket>(ProtocolVersion::V311, publish.packetId));
    QVERIFY(!has<Engine::PacketIdReleased>(events));
    events = engine.receive(ackBytes<PubCompPacket>(ProtocolVersion::V311, publish.packetId));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    QVERIFY(has<Engine::PacketIdReleased>(events));
}

int runPublishFlowTests(int argc, char **argv)
{
    tst_PublishFlows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_publishflows.moc"
