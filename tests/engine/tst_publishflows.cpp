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
    void acknowledgementPrecedesDelivery_data();
    void acknowledgementPrecedesDelivery();
    void qos2PublishIsDeliveredOnce_data() { addVersionRows(); }
    void qos2PublishIsDeliveredOnce();
    void ownReceiveMaximumForQos2();
    void publishOverServerMaximumPacketSizeIsNotSent();
    void qos2IdentifierHeldUntilPubComp_data() { addVersionRows(); }
    void qos2IdentifierHeldUntilPubComp();
    void outboundQos1AndReceiveMaximum();
    void outboundQos2Flow();
    void repeatedPubRecGetsPubRelAgain_data() { addVersionRows(); }
    void repeatedPubRecGetsPubRelAgain();
    void unknownPubRecIsAnswered_data() { addVersionRows(); }
    void unknownPubRecIsAnswered();
    void acknowledgementOfAnotherFlowIsProtocolError_data();
    void acknowledgementOfAnotherFlowIsProtocolError();
    void writtenPacketsNameTheirIdentifier();
    void sessionViewShowsEachStep();
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
}

void tst_PublishFlows::acknowledgementPrecedesDelivery_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<QString>("ack"); // the acknowledgement's fixed header, in hex
    for (const auto version : {ProtocolVersion::V5, ProtocolVersion::V311}) {
        const char *tag = version == ProtocolVersion::V5 ? "5.0" : "3.1.1";
        QTest::addRow("%s QoS 1: PUBACK [MQTT-4.3.2-4]", tag)
            << version << QoS::Q1 << QStringLiteral("4002");
        QTest::addRow("%s QoS 2: PUBREC [MQTT-4.3.3-8]", tag)
            << version << QoS::Q2 << QStringLiteral("5002");
    }
}

// The acknowledgement is written before the message is delivered: a caller that disconnects
// while handling it (nothing follows DISCONNECT) has already acknowledged it, so the server does
// not send it again. Two messages in one read keep their own order [MQTT-4.6.0-2] [MQTT-4.6.0-3].
void tst_PublishFlows::acknowledgementPrecedesDelivery()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    QFETCH(QString, ack);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const auto events = engine.receive(publishBytes(version, QStringLiteral("a"), qos, 1, "one") +
                                       publishBytes(version, QStringLiteral("a"), qos, 2, "two"));
    QStringList order;
    for (const Engine::Event &event : events) {
        if (const auto *send = std::get_if<Engine::SendBytes>(&event))
            order << QString::fromLatin1(send->bytes.toHex());
        else if (const auto *received = std::get_if<Engine::PacketReceived>(&event))
            order << QString::fromLatin1(std::get<PublishPacket>(received->packet).payload);
    }
    QCOMPARE(order.join(u' '),
             ack + QStringLiteral("0001 one ") + ack + QStringLiteral("0002 two"));
}

// [MQTT-4.3.3-10] delivered at the first PUBLISH, never again for the same identifier until PUBREL;
// after PUBCOMP the identifier carries a new message [MQTT-4.3.3-12] (3.1.1: [MQTT-4.3.3-2]).
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

    events = engine.receive(publishBytes(version, QStringLiteral("q2"), QoS::Q2, 9, "new"));
    QCOMPARE(written(events), hex("50020009"));
    const auto again = receivedPacket<PublishPacket>(events);
    QVERIFY2(again, "PUBREL freed the identifier: the same one brings a new message");
    QCOMPARE(again->payload, QByteArray("new"));
}

// [MQTT-3.3.4-9] exactly our Receive Maximum of unacknowledged inbound QoS 2 PUBLISH is fine; one
// more is Receive Maximum exceeded. PUBREL makes room again.
void tst_PublishFlows::ownReceiveMaximumForQos2()
{
    constexpr quint16 receiveMaximum = 3;
    ProtocolEngine engine;
    ConnectProperties properties;
    properties.setReceiveMaximum(receiveMaximum);
    connectEngine(engine, ProtocolVersion::V5, properties);
    const auto publish = [](quint16 id) {
        return publishBytes(ProtocolVersion::V5, QStringLiteral("t"), QoS::Q2, id);
    };
    for (quint16 id = 1; id <= receiveMaximum; ++id) {
        const auto events = engine.receive(publish(id));
        QVERIFY2(!has<Engine::ConnectionFailed>(events), qPrintable(failure(events).message()));
        QCOMPARE(written(events), ackBytes<PubRecPacket>(ProtocolVersion::V5, id));
        QVERIFY(has<Engine::PacketReceived>(events));
    }
    QVERIFY(!has<Engine::ConnectionFailed>(engine.receive(publish(1)))); // a resend is no new one
    engine.receive(ackBytes<PubRelPacket>(ProtocolVersion::V5, 2));
    QVERIFY(has<Engine::PacketReceived>(engine.receive(publish(4))));

    const auto events = engine.receive(publish(5));
    QVERIFY(!has<Engine::PacketReceived>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ReceiveMaximumExceeded);
    QCOMPARE(written(events), hex("e00193"));
}

// [MQTT-3.2.2-15] a packet larger than the server's Maximum Packet Size is not sent: the PUBLISH
// is refused with Packet too large, its identifier and quota are free, the connection stays.
void tst_PublishFlows::publishOverServerMaximumPacketSizeIsNotSent()
{
    constexpr quint32 maximum = 100;
    ProtocolEngine engine;
    ConnAckProperties properties;
    properties.setMaximumPacketSize(maximum);
    connectEngine(engine, ProtocolVersion::V5, {}, properties);
    PublishPacket publish = outboundPublish(engine, QoS::Q1);
    const qsizetype overhead = encodePacket(publish, ProtocolVersion::V5).size();
    publish.payload = QByteArray(maximum - overhead, 'a');
    QCOMPARE(encodePacket(publish, ProtocolVersion::V5).size(), qsizetype(maximum));
    QCOMPARE(written(engine.send(publish)).size(), qsizetype(maximum));

    PublishPacket tooLarge = outboundPublish(engine, QoS::Q1);
    tooLarge.payload = QByteArray(maximum - overhead + 1, 'a');
    const int quota = engine.sendQuota();
    const auto events = engine.send(tooLarge);
    QVERIFY(written(events).isEmpty());
    const auto rejected = firstOf<Engine::SendRejected>(events);
    QVERIFY(rejected);
    QCOMPARE(rejected->error.reasonCode(), ReasonCode::PacketTooLarge);
    QCOMPARE(rejected->packetId, tooLarge.packetId);
    QCOMPARE(engine.sendQuota(), quota);
    QCOMPARE(engine.state(), Engine::State::Connected);
}

// [MQTT-4.3.3-5] the PUBREL stays unacknowledged until PUBCOMP: the identifier is not released
// at PUBREC, and acquirePacketId() does not hand it out until PUBCOMP.
void tst_PublishFlows::qos2IdentifierHeldUntilPubComp()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const PublishPacket publish = outboundPublish(engine, QoS::Q2);
    engine.send(publish);
    const quint16 id = publish.packetId;
    const auto events = engine.receive(ackBytes<PubRecPacket>(version, id));
    QVERIFY(!has<Engine::PacketIdReleased>(events));
    engine.releasePacketId(id); // a flow in progress keeps its identifier

    int handedOut = 0;
    while (const std::optional<quint16> other = engine.acquirePacketId()) {
        QVERIFY2(*other != id, "the identifier was handed out between PUBREC and PUBCOMP");
        ++handedOut;
    }
    QCOMPARE(handedOut, 65534);

    QCOMPARE(releasedId(engine.receive(ackBytes<PubCompPacket>(version, id))), std::optional(id));
    QCOMPARE(engine.acquirePacketId(), std::optional(id));
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

// [MQTT-4.3.3-4] [MQTT-4.3.3-5] a PUBREC repeated while PUBCOMP is due gets the same PUBREL
// (Success): the identifier is still in use by this flow, not unknown.
void tst_PublishFlows::repeatedPubRecGetsPubRelAgain()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const PublishPacket publish = outboundPublish(engine, QoS::Q2);
    engine.send(publish);
    const QByteArray pubRec = ackBytes<PubRecPacket>(version, publish.packetId);
    const QByteArray pubRel = ackBytes<PubRelPacket>(version, publish.packetId);
    QCOMPARE(written(engine.receive(pubRec)), pubRel);

    const auto events = engine.receive(pubRec);
    QCOMPARE(written(events), pubRel);
    QVERIFY(!has<Engine::PacketIdReleased>(events));
    QVERIFY(!has<Engine::ConnectionFailed>(events));
    QCOMPARE(engine.state(), Engine::State::Connected);
    QCOMPARE(releasedId(engine.receive(ackBytes<PubCompPacket>(version, publish.packetId))),
             std::optional(publish.packetId));
}

// (MQTT 3.6.2.1) a PUBREC for an identifier no flow uses is answered, 0x92 in MQTT 5.0, so that
// the server can finish; the connection stays.
void tst_PublishFlows::unknownPubRecIsAnswered()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const auto events = engine.receive(ackBytes<PubRecPacket>(version, 5));
    QCOMPARE(written(events), version == ProtocolVersion::V5 ? hex("6203000592") : hex("62020005"));
    QCOMPARE(engine.state(), Engine::State::Connected);
}

void tst_PublishFlows::acknowledgementOfAnotherFlowIsProtocolError_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<PacketType>("flow"); // PUBLISH or SUBSCRIBE
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<QList<PacketType>>("acks"); // the last one is the error
    QTest::addColumn<ReasonCode>("lastReason");
    using T = PacketType;
    for (const auto version : {ProtocolVersion::V5, ProtocolVersion::V311}) {
        const char *tag = version == ProtocolVersion::V5 ? "5.0" : "3.1.1";
        QTest::addRow("%s PUBREC for a QoS 1 flow (MQTT 3.5)", tag)
            << version << T::Publish << QoS::Q1 << QList {T::PubRec} << ReasonCode::Success;
        QTest::addRow("%s PUBCOMP for a QoS 1 flow (MQTT 3.7)", tag)
            << version << T::Publish << QoS::Q1 << QList {T::PubComp} << ReasonCode::Success;
        QTest::addRow("%s PUBACK for a QoS 2 flow (MQTT 3.4)", tag)
            << version << T::Publish << QoS::Q2 << QList {T::PubAck} << ReasonCode::Success;
        QTest::addRow("%s PUBCOMP before PUBREC [MQTT-4.3.3-3]", tag)
            << version << T::Publish << QoS::Q2 << QList {T::PubComp} << ReasonCode::Success;
        QTest::addRow("%s PUBACK after PUBREC (MQTT 3.4)", tag)
            << version << T::Publish << QoS::Q2 << QList {T::PubRec, T::PubAck}
            << ReasonCode::Success;
        QTest::addRow("%s PUBREC for a SUBSCRIBE (MQTT 3.5)", tag)
            << version << T::Subscribe << QoS::Q0 << QList {T::PubRec} << ReasonCode::Success;
    }
    QTest::newRow("5.0 failing PUBREC after a successful one (MQTT 4.3.3)")
        << ProtocolVersion::V5 << T::Publish << QoS::Q2 << QList {T::PubRec, T::PubRec}
        << ReasonCode::UnspecifiedError;
}

// An acknowledgement must answer the flow its identifier is in: anything else is a Protocol Error.
void tst_PublishFlows::acknowledgementOfAnotherFlowIsProtocolError()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(PacketType, flow);
    QFETCH(QoS, qos);
    QFETCH(QList<PacketType>, acks);
    QFETCH(ReasonCode, lastReason);
    ProtocolEngine engine;
    connectEngine(engine, version);
    quint16 packetId = 0;
    if (flow == PacketType::Subscribe) {
        SubscribePacket subscribe;
        subscribe.packetId = engine.acquirePacketId().value_or(0);
        subscribe.subscriptions.append({QStringLiteral("a")});
        QVERIFY(!written(engine.send(subscribe)).isEmpty());
        packetId = subscribe.packetId;
    } else {
        const PublishPacket publish = outboundPublish(engine, qos);
        QVERIFY(!written(engine.send(publish)).isEmpty());
        packetId = publish.packetId;
    }

    Engine::Events events;
    for (qsizetype i = 0; i < acks.size(); ++i) {
        QVERIFY(!has<Engine::ConnectionFailed>(events));
        const ReasonCode reason = i + 1 == acks.size() ? lastReason : ReasonCode::Success;
        switch (acks[i]) {
        case PacketType::PubAck:
            events = engine.receive(ackBytes<PubAckPacket>(version, packetId, reason));
            break;
        case PacketType::PubRec:
            events = engine.receive(ackBytes<PubRecPacket>(version, packetId, reason));
            break;
        default:
            events = engine.receive(ackBytes<PubCompPacket>(version, packetId, reason));
            break;
        }
    }
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
    QCOMPARE(written(events), version == ProtocolVersion::V5 ? hex("e00182") : QByteArray());
    QVERIFY(!has<Engine::PacketIdReleased>(events));
    QVERIFY(has<Engine::Close>(events));
}

// SendBytes names the packet identifier of every packet that carries one (engineevent.h), the
// acknowledgements included: the client counts what it writes per message by it.
void tst_PublishFlows::writtenPacketsNameTheirIdentifier()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    const auto sent = [](const Engine::Events &events) {
        QStringList names;
        for (const auto &send : eventsOf<Engine::SendBytes>(events))
            names
                << QStringLiteral("%1 %2").arg(packetTypeName(send.packetType)).arg(send.packetId);
        return names.join(u", ");
    };
    const ProtocolVersion v5 = ProtocolVersion::V5;
    QCOMPARE(sent(engine.receive(publishBytes(v5, QStringLiteral("a"), QoS::Q1, 3))),
             QStringLiteral("PUBACK 3"));
    QCOMPARE(sent(engine.receive(publishBytes(v5, QStringLiteral("a"), QoS::Q2, 4))),
             QStringLiteral("PUBREC 4"));
    QCOMPARE(sent(engine.receive(ackBytes<PubRelPacket>(v5, 4))), QStringLiteral("PUBCOMP 4"));
    const PublishPacket publish = outboundPublish(engine, QoS::Q2);
    QCOMPARE(sent(engine.send(publish)), QStringLiteral("PUBLISH %1").arg(publish.packetId));
    QCOMPARE(sent(engine.receive(ackBytes<PubRecPacket>(v5, publish.packetId))),
             QStringLiteral("PUBREL %1").arg(publish.packetId));
}

// forEachUnacknowledged() and inboundAwaitingRelease(): what each flow of the session waits for.
void tst_PublishFlows::sessionViewShowsEachStep()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    const PublishPacket qos1 = outboundPublish(engine, QoS::Q1, QStringLiteral("one"));
    const PublishPacket qos2 = outboundPublish(engine, QoS::Q2, QStringLiteral("two"));
    const PublishPacket released = outboundPublish(engine, QoS::Q2, QStringLiteral("three"));
    for (const PublishPacket &publish : {qos1, qos2, released})
        engine.send(publish);
    engine.receive(ackBytes<PubRecPacket>(ProtocolVersion::V5, released.packetId));
    engine.receive(publishBytes(ProtocolVersion::V5, QStringLiteral("in"), QoS::Q2, 9));
    const auto view = [&engine] {
        QStringList steps;
        engine.forEachUnacknowledged([&](const PublishPacket &packet, PacketType ack) {
            steps << QStringLiteral("%1 %2").arg(packet.topic, packetTypeName(ack));
        });
        return steps.join(u", ");
    };
    QCOMPARE(view(), QStringLiteral("one PUBACK, two PUBREC, three PUBCOMP"));
    QCOMPARE(engine.inboundAwaitingRelease(), QSet<quint16> {9});

    engine.receive(ackBytes<PubAckPacket>(ProtocolVersion::V5, qos1.packetId));
    engine.receive(ackBytes<PubRelPacket>(ProtocolVersion::V5, 9));
    engine.closed(); // the session outlives the connection
    QCOMPARE(view(), QStringLiteral("two PUBREC, three PUBCOMP"));
    QVERIFY(engine.inboundAwaitingRelease().isEmpty());
}

int runPublishFlowTests(int argc, char **argv)
{
    tst_PublishFlows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_publishflows.moc"
