// Conformance, MQTT 4.3, 4.4 and 4.6: the QoS flows of the protocol engine, bytes in and out.
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;

namespace {

// Starts `engine` again after closed() on a session the server kept: Clean Start 0, then a
// CONNACK with Session Present 1. The bytes written after CONNACK: what the session resent.
QByteArray resumeSession(ProtocolEngine &engine, ProtocolVersion version)
{
    engine.closed();
    ConnectPacket connect = connectPacket(version);
    connect.cleanStart = false;
    if (version == ProtocolVersion::V5)
        connect.properties.setSessionExpiryInterval(3600);
    engine.start(connect);
    ConnAckPacket connAck;
    connAck.sessionPresent = true;
    return written(engine.receive(encodePacket(connAck, version)));
}

// The packets in `bytes`, as "PUBLISH 1 DUP, PUBREL 2": type, identifier, DUP when set.
QString describe(QByteArray bytes, ProtocolVersion version)
{
    QStringList names;
    while (bytes.size() >= 2) {
        const qsizetype length = 2 + quint8(bytes.at(1)); // short packets only
        const Packet packet = decodePacket(quint8(bytes.at(0)), bytes.mid(2, length - 2), version);
        bytes.remove(0, length);
        QString name = packetTypeName(packetType(packet));
        if (const auto *publish = std::get_if<PublishPacket>(&packet))
            name += QStringLiteral(" %1%2")
                        .arg(publish->packetId)
                        .arg(publish->dup ? QStringLiteral(" DUP") : QString());
        else if (const auto *pubRel = std::get_if<PubRelPacket>(&packet))
            name += QStringLiteral(" %1").arg(pubRel->packetId);
        names << name;
    }
    return names.join(u", ");
}

// Sends `count` new QoS 2 PUBLISH packets; their identifiers, in the order sent.
QList<quint16> sendQos2Publishes(ProtocolEngine &engine, int count)
{
    QList<quint16> ids;
    for (int i = 0; i < count; ++i) {
        const PublishPacket publish = outboundPublish(engine, QoS::Q2);
        engine.send(publish);
        ids << publish.packetId;
    }
    return ids;
}

void addVersionRowsNamed(const char *what)
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addRow("5.0 %s", what) << ProtocolVersion::V5;
    QTest::addRow("v311 %s", what) << ProtocolVersion::V311;
}

} // namespace

class tst_ConformanceQos : public QObject
{
    Q_OBJECT

private slots:
    void identifiersInUseAreNotHandedOut_data();
    void identifiersInUseAreNotHandedOut();
    void inboundQos1IdentifierIsNewAfterPubAck_data();
    void inboundQos1IdentifierIsNewAfterPubAck();
    void outboundQos1StaysUnacknowledgedUntilPubAck_data();
    void outboundQos1StaysUnacknowledgedUntilPubAck();
    void refusingAcknowledgementEndsTheFlow_data();
    void refusingAcknowledgementEndsTheFlow();
    void pubRelsFollowTheOrderOfPubRecs_data();
    void pubRelsFollowTheOrderOfPubRecs();
    void resumedPubRelsFollowTheOrderOfPubRecs_data();
    void resumedPubRelsFollowTheOrderOfPubRecs();
};

void tst_ConformanceQos::identifiersInUseAreNotHandedOut_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 70,000 messages around two open flows [MQTT-4.3.2-1] [MQTT-4.3.3-1]")
        << ProtocolVersion::V5;
    QTest::newRow("v311 70,000 messages around two open flows [MQTT-4.3.2-1] [MQTT-4.3.3-1]")
        << ProtocolVersion::V311;
}

// Each new QoS 1 or 2 message gets an identifier no unacknowledged one holds: while a QoS 1
// PUBLISH waits for PUBACK and a QoS 2 one for PUBCOMP, more messages than there are identifiers
// go out and complete around them, and none of them gets theirs.
void tst_ConformanceQos::identifiersInUseAreNotHandedOut()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const PublishPacket waitingForPubAck = outboundPublish(engine, QoS::Q1);
    const PublishPacket waitingForPubComp = outboundPublish(engine, QoS::Q2);
    engine.send(waitingForPubAck);
    engine.send(waitingForPubComp);
    engine.receive(ackBytes<PubRecPacket>(version, waitingForPubComp.packetId));
    const QSet<quint16> inUse {waitingForPubAck.packetId, waitingForPubComp.packetId};

    for (int i = 0; i < 70'000; ++i) {
        const PublishPacket publish = outboundPublish(engine, i % 2 ? QoS::Q1 : QoS::Q2);
        if (publish.packetId == 0 || inUse.contains(publish.packetId))
            QFAIL(qPrintable(
                QStringLiteral("message %1 got identifier %2").arg(i).arg(publish.packetId)));
        const auto events = engine.send(publish);
        if (const auto rejected = firstOf<Engine::SendRejected>(events))
            QFAIL(qPrintable(rejected->error.message()));
        if (publish.qos == QoS::Q1) {
            engine.receive(ackBytes<PubAckPacket>(version, publish.packetId));
        } else {
            engine.receive(ackBytes<PubRecPacket>(version, publish.packetId));
            engine.receive(ackBytes<PubCompPacket>(version, publish.packetId));
        }
    }
    QCOMPARE(engine.unacknowledgedPublishes(), 2);
}

void tst_ConformanceQos::inboundQos1IdentifierIsNewAfterPubAck_data()
{
    addVersionRowsNamed("same identifier after PUBACK, DUP 0 and DUP 1 -> delivered each time");
}

// [MQTT-4.3.2-5] once the PUBACK is sent, a PUBLISH with the same identifier is a new message,
// whatever its DUP flag says: delivered again, and acknowledged again.
void tst_ConformanceQos::inboundQos1IdentifierIsNewAfterPubAck()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    for (const QByteArray payload : {"one", "two", "three"}) {
        QByteArray publish = publishBytes(version, QStringLiteral("q1"), QoS::Q1, 7, payload);
        if (payload != "one")
            publish[0] = char(publish.at(0) | 0x08); // DUP, as a resend would carry
        const auto events = engine.receive(publish);
        QCOMPARE(written(events), hex("40020007")); // PUBACK 7
        const auto delivered = receivedPacket<PublishPacket>(events);
        QVERIFY2(delivered, payload.constData());
        QCOMPARE(delivered->payload, payload);
    }
}

void tst_ConformanceQos::outboundQos1StaysUnacknowledgedUntilPubAck_data()
{
    addVersionRowsNamed("QoS 1 PUBLISH, other traffic, a reconnect -> kept until PUBACK");
}

// [MQTT-4.3.2-3] (3.1.1: [MQTT-4.3.2-1]) a QoS 1 PUBLISH is unacknowledged until its PUBACK:
// neither other traffic nor the end of the connection completes it; the resumed session sends
// it again, and only PUBACK releases its identifier.
void tst_ConformanceQos::outboundQos1StaysUnacknowledgedUntilPubAck()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const PublishPacket publish = outboundPublish(engine, QoS::Q1);
    QCOMPARE(quint8(written(engine.send(publish)).at(0)), quint8(0x32)); // QoS 1, DUP 0

    const PublishPacket other = outboundPublish(engine, QoS::Q1);
    engine.send(other);
    auto events = engine.receive(ackBytes<PubAckPacket>(version, other.packetId) +
                                 publishBytes(version, QStringLiteral("in"), QoS::Q1, 3) +
                                 hex("d000")); // PINGRESP
    QCOMPARE(releasedId(events), std::optional(other.packetId));
    QCOMPARE(engine.unacknowledgedPublishes(), 1);

    QCOMPARE(describe(resumeSession(engine, version), version),
             QStringLiteral("PUBLISH %1 DUP").arg(publish.packetId));
    QCOMPARE(engine.unacknowledgedPublishes(), 1);
    events = engine.receive(ackBytes<PubAckPacket>(version, publish.packetId));
    QCOMPARE(releasedId(events), std::optional(publish.packetId));
    QCOMPARE(engine.unacknowledgedPublishes(), 0);
}

void tst_ConformanceQos::refusingAcknowledgementEndsTheFlow_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<ReasonCode>("reason");
    QTest::newRow("QoS 1, PUBACK 0x80 -> done, not resent")
        << QoS::Q1 << ReasonCode::UnspecifiedError;
    QTest::newRow("QoS 1, PUBACK 0x87 -> done, not resent") << QoS::Q1 << ReasonCode::NotAuthorized;
    QTest::newRow("QoS 2, PUBREC 0x80 -> done, no PUBREL, not resent")
        << QoS::Q2 << ReasonCode::UnspecifiedError;
    QTest::newRow("QoS 2, PUBREC 0x97 -> done, no PUBREL, not resent")
        << QoS::Q2 << ReasonCode::QuotaExceeded;
}

// [MQTT-4.4.0-2] a PUBACK or PUBREC of 0x80 or above completes the message: no PUBREL follows,
// its identifier is free, and a resumed session does not send it again.
void tst_ConformanceQos::refusingAcknowledgementEndsTheFlow()
{
    QFETCH(QoS, qos);
    QFETCH(ReasonCode, reason);
    const ProtocolVersion v5 = ProtocolVersion::V5;
    ProtocolEngine engine;
    connectEngine(engine, v5);
    const PublishPacket refused = outboundPublish(engine, qos);
    const PublishPacket kept = outboundPublish(engine, QoS::Q1);
    engine.send(refused);
    engine.send(kept);
    const auto events = qos == QoS::Q1
        ? engine.receive(ackBytes<PubAckPacket>(v5, refused.packetId, reason))
        : engine.receive(ackBytes<PubRecPacket>(v5, refused.packetId, reason));
    QVERIFY(written(events).isEmpty());
    QCOMPARE(releasedId(events), std::optional(refused.packetId));
    QCOMPARE(engine.unacknowledgedPublishes(), 1);
    QCOMPARE(describe(resumeSession(engine, v5), v5),
             QStringLiteral("PUBLISH %1 DUP").arg(kept.packetId));
}

void tst_ConformanceQos::pubRelsFollowTheOrderOfPubRecs_data()
{
    addVersionRowsNamed("PUBRECs 3, 1, 2 -> PUBRELs 3, 1, 2");
}

// [MQTT-4.6.0-4] each PUBREL goes out in the order its PUBREC came, not in the order of the
// PUBLISH packets.
void tst_ConformanceQos::pubRelsFollowTheOrderOfPubRecs()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const QList<quint16> ids = sendQos2Publishes(engine, 3);
    const auto events = engine.receive(ackBytes<PubRecPacket>(version, ids[2]) +
                                       ackBytes<PubRecPacket>(version, ids[0]) +
                                       ackBytes<PubRecPacket>(version, ids[1]));
    QCOMPARE(describe(written(events), version),
             QStringLiteral("PUBREL %1, PUBREL %2, PUBREL %3").arg(ids[2]).arg(ids[0]).arg(ids[1]));
}

void tst_ConformanceQos::resumedPubRelsFollowTheOrderOfPubRecs_data()
{
    addVersionRowsNamed("PUBLISH 1-4, PUBRECs 3, 1, reconnect -> PUBREL 3, 1; PUBLISH 2, 4");
}

// [MQTT-4.6.0-4] also when a resumed session sends them again: the PUBRELs in the order of their
// PUBRECs, the PUBLISH packets still in their original order [MQTT-4.6.0-1].
void tst_ConformanceQos::resumedPubRelsFollowTheOrderOfPubRecs()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const QList<quint16> ids = sendQos2Publishes(engine, 4);
    engine.receive(ackBytes<PubRecPacket>(version, ids[2]) +
                   ackBytes<PubRecPacket>(version, ids[0]));
    const QStringList resent =
        describe(resumeSession(engine, version), version).split(QStringLiteral(", "));
    QCOMPARE(resent.size(), 4);
    const auto position = [&resent](const QString &packet) { return resent.indexOf(packet); };
    QVERIFY2(position(QStringLiteral("PUBREL %1").arg(ids[2])) <
                 position(QStringLiteral("PUBREL %1").arg(ids[0])),
             qPrintable(resent.join(u", ")));
    QVERIFY2(position(QStringLiteral("PUBLISH %1 DUP").arg(ids[1])) <
                 position(QStringLiteral("PUBLISH %1 DUP").arg(ids[3])),
             qPrintable(resent.join(u", ")));
    QVERIFY(position(QStringLiteral("PUBREL %1").arg(ids[0])) >= 0);
    QVERIFY(position(QStringLiteral("PUBLISH %1 DUP").arg(ids[1])) >= 0);
}

QTEST_GUILESS_MAIN(tst_ConformanceQos)
#include "tst_conformance_qos.moc"
