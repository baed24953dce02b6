// ProtocolEngine: the outbound session across connections — resent with DUP when the server kept
// it, given back when it did not.
#include "engine/enginetesting.h"
#include "engine/tests.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void resentInOrderWithDup_data() { addVersionRows(); }
    void resentInOrderWithDup();
    void acknowledgedAfterResend_data() { addVersionRows(); }
    void acknowledgedAfterResend();
    void noSessionGivesMessagesBack_data() { addVersionRows(); }
    void noSessionGivesMessagesBack();
    void resendCarriesTopicNotAlias();
    void resentCountAgainstReceiveMaximum();
    void resendWaitsForReceiveMaximum();
    void forgottenSessionIsNotResent();
};

namespace {

ConnectPacket resumingConnect(ProtocolVersion version)
{
    ConnectPacket connect = connectPacket(version);
    connect.cleanStart = false;
    return connect;
}

QByteArray connAckBytes(ProtocolVersion version, bool sessionPresent,
                        const ConnAckProperties &properties = {})
{
    ConnAckPacket connAck;
    connAck.sessionPresent = sessionPresent;
    connAck.properties = properties;
    return encodePacket(connAck, version);
}

void connectResuming(ProtocolEngine &engine, ProtocolVersion version,
                     const ConnAckProperties &properties = {})
{
    engine.start(resumingConnect(version));
    engine.receive(connAckBytes(version, false, properties));
}

// The connection drops (no DISCONNECT), and a new one starts; the server answers CONNACK.
Engine::Events reconnect(ProtocolEngine &engine, ProtocolVersion version, bool sessionPresent)
{
    engine.closed();
    engine.start(resumingConnect(version));
    return engine.receive(connAckBytes(version, sessionPresent));
}

QByteArray dupOf(PublishPacket publish, ProtocolVersion version)
{
    publish.dup = true;
    return encodePacket(publish, version);
}

} // namespace

// [MQTT-4.4.0-1] unacknowledged PUBLISH and PUBREL go out again, with their identifiers, and
// [MQTT-4.6.0-1] in the order first sent; [MQTT-3.3.1-1] a resent PUBLISH has DUP set. All of it
// before Connected, so before anything the caller sends next.
void tst_Session::resentInOrderWithDup()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectResuming(engine, version);
    const PublishPacket first = outboundPublish(engine, QoS::Q1, QStringLiteral("a"));
    const PublishPacket second = outboundPublish(engine, QoS::Q2, QStringLiteral("b"));
    const PublishPacket third = outboundPublish(engine, QoS::Q1, QStringLiteral("c"));
    engine.send(first);
    engine.send(second);
    engine.send(third);
    engine.receive(ackBytes<PubRecPacket>(version, second.packetId)); // PUBREL goes out
    QCOMPARE(engine.unacknowledgedPublishes(), 3);

    const Engine::Events events = reconnect(engine, version, true);
    PubRelPacket pubRel;
    pubRel.packetId = second.packetId;
    QCOMPARE(written(events),
             dupOf(first, version) + encodePacket(pubRel, version) + dupOf(third, version));
    const auto sends = eventsOf<Engine::SendBytes>(events);
    QCOMPARE(sends.size(), 3);
    QVERIFY(indexOf<Engine::Connected>(events) > indexOf<Engine::SendBytes>(events));
    QVERIFY(!has<Engine::SessionDiscarded>(events));
    QCOMPARE(engine.unacknowledgedPublishes(), 3);
}

void tst_Session::acknowledgedAfterResend()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectResuming(engine, version);
    const PublishPacket qos1 = outboundPublish(engine, QoS::Q1);
    const PublishPacket qos2 = outboundPublish(engine, QoS::Q2);
    engine.send(qos1);
    engine.send(qos2);
    reconnect(engine, version, true);

    Engine::Events events = engine.receive(ackBytes<PubAckPacket>(version, qos1.packetId));
    QVERIFY(receivedPacket<PubAckPacket>(events).has_value());
    QCOMPARE(releasedId(events), std::optional(qos1.packetId));
    events = engine.receive(ackBytes<PubRecPacket>(version, qos2.packetId));
    QVERIFY(!written(events).isEmpty()); // PUBREL
    events = engine.receive(ackBytes<PubCompPacket>(version, qos2.packetId));
    QVERIFY(receivedPacket<PubCompPacket>(events).has_value());
    QCOMPARE(engine.unacknowledgedPublishes(), 0);

    // Nothing is left to resend on the next connection.
    events = reconnect(engine, version, true);
    QVERIFY(written(events).isEmpty());
}

// [MQTT-3.2.2-2] Session Present 0: nothing is resent; the caller gets the messages back, in
// order, and knows which QoS 2 message the server had taken over (PUBREC).
void tst_Session::noSessionGivesMessagesBack()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectResuming(engine, version);
    const PublishPacket first = outboundPublish(engine, QoS::Q2, QStringLiteral("a"));
    const PublishPacket second = outboundPublish(engine, QoS::Q1, QStringLiteral("b"));
    engine.send(first);
    engine.send(second);
    engine.receive(ackBytes<PubRecPacket>(version, first.packetId));

    const Engine::Events events = reconnect(engine, version, false);
    QVERIFY(written(events).isEmpty());
    const auto discarded = firstOf<Engine::SessionDiscarded>(events);
    QVERIFY(discarded.has_value());
    QCOMPARE(discarded->publishes.size(), std::size_t(2));
    QCOMPARE(discarded->publishes[0].packet.topic, QStringLiteral("a"));
    QVERIFY(discarded->publishes[0].received);
    QCOMPARE(discarded->publishes[1].packet.topic, QStringLiteral("b"));
    QVERIFY(!discarded->publishes[1].received);
    QVERIFY(indexOf<Engine::SessionDiscarded>(events) < indexOf<Engine::Connected>(events));
    QCOMPARE(engine.unacknowledgedPublishes(), 0);
    QCOMPARE(engine.sendQuota(),
             version == ProtocolVersion::V5
                 ? 65535
                 : int(ProtocolEngine::V311ReceiveMaximum)); // nothing in flight any more
    // Their identifiers are free: a PUBACK for one is now a protocol error.
    const Engine::Events late = engine.receive(ackBytes<PubAckPacket>(version, second.packetId));
    QCOMPARE(failure(late).reasonCode(), ReasonCode::ProtocolError);
}

// [MQTT-3.3.2-7] a Topic Alias lasts one connection: the resent PUBLISH names its topic.
void tst_Session::resendCarriesTopicNotAlias()
{
    constexpr auto V5 = ProtocolVersion::V5;
    ProtocolEngine engine;
    ConnAckProperties aliases;
    aliases.setTopicAliasMaximum(5);
    connectResuming(engine, V5, aliases);
    PublishPacket named = outboundPublish(engine, QoS::Q1, QStringLiteral("sensors/a"));
    named.properties.setTopicAlias(1);
    PublishPacket aliasOnly = outboundPublish(engine, QoS::Q1, QString());
    aliasOnly.properties.setTopicAlias(1);
    engine.send(named);
    QVERIFY(!rejection(engine.send(aliasOnly)).has_value());

    const Engine::Events events = reconnect(engine, V5, true);
    PublishPacket expectedFirst = named;
    expectedFirst.properties.setTopicAlias(std::nullopt);
    PublishPacket expectedSecond = aliasOnly;
    expectedSecond.topic = QStringLiteral("sensors/a");
    expectedSecond.properties.setTopicAlias(std::nullopt);
    QCOMPARE(written(events), dupOf(expectedFirst, V5) + dupOf(expectedSecond, V5));
}

// [MQTT-3.3.4-7] what the session resends is in flight: it counts against Receive Maximum.
void tst_Session::resentCountAgainstReceiveMaximum()
{
    constexpr auto V5 = ProtocolVersion::V5;
    ProtocolEngine engine;
    ConnAckProperties limit;
    limit.setReceiveMaximum(2);
    connectResuming(engine, V5, limit);
    engine.send(outboundPublish(engine, QoS::Q1));
    engine.send(outboundPublish(engine, QoS::Q1));
    QCOMPARE(engine.sendQuota(), 0);
    engine.closed();
    engine.start(resumingConnect(V5));
    engine.receive(connAckBytes(V5, true, limit));
    QCOMPARE(engine.sendQuota(), 0);
    QCOMPARE(rejection(engine.send(outboundPublish(engine, QoS::Q1))),
             std::optional(ReasonCode::ReceiveMaximumExceeded));
}

// [MQTT-3.3.4-7] a session larger than the new connection's Receive Maximum (a broker that lowered
// it, or a store that kept more) is resent no faster than the quota allows: the rest as flows
// complete, in order, before anything new.
void tst_Session::resendWaitsForReceiveMaximum()
{
    constexpr auto V5 = ProtocolVersion::V5;
    ProtocolEngine engine;
    connectResuming(engine, V5);
    QList<PublishPacket> sent;
    for (int i = 0; i < 4; ++i) {
        sent.append(outboundPublish(engine, QoS::Q1, QStringLiteral("t%1").arg(i)));
        engine.send(sent.last());
    }
    engine.closed();
    engine.start(resumingConnect(V5));
    ConnAckProperties limit;
    limit.setReceiveMaximum(2);
    const Engine::Events resumed = engine.receive(connAckBytes(V5, true, limit));
    QCOMPARE(written(resumed), dupOf(sent.at(0), V5) + dupOf(sent.at(1), V5));
    QCOMPARE(engine.sendQuota(), -2);
    PubAckPacket pubAck;
    pubAck.packetId = sent.at(0).packetId;
    QCOMPARE(written(engine.receive(encodePacket(pubAck, V5))), dupOf(sent.at(2), V5));
    pubAck.packetId = sent.at(2).packetId; // out of order: the slot goes to the last one
    QCOMPARE(written(engine.receive(encodePacket(pubAck, V5))), dupOf(sent.at(3), V5));
    QCOMPARE(engine.sendQuota(), 0);
    pubAck.packetId = sent.at(1).packetId;
    QVERIFY(written(engine.receive(encodePacket(pubAck, V5))).isEmpty());
    QCOMPARE(engine.sendQuota(), 1);
}

// A caller that gave up on the messages (their handles failed) must not see them resent.
void tst_Session::forgottenSessionIsNotResent()
{
    constexpr auto V5 = ProtocolVersion::V5;
    ProtocolEngine engine;
    connectResuming(engine, V5);
    engine.send(outboundPublish(engine, QoS::Q1));
    engine.closed();
    engine.forgetSession();
    QCOMPARE(engine.unacknowledgedPublishes(), 0);
    engine.start(resumingConnect(V5));
    const Engine::Events events = engine.receive(connAckBytes(V5, true));
    QVERIFY(written(events).isEmpty());
    QVERIFY(has<Engine::Connected>(events));
}

int runSessionTests(int argc, char **argv)
{
    tst_Session tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_session.moc"
