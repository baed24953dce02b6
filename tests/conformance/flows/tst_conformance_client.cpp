// Conformance, MQTT 4.3, 4.5 and 4.8 (3.1.1): what MqttClient writes in the QoS flows, played
// packet by packet over the setTransport() seam. Public headers only.
#include "support/seambroker.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttmemorysessionstore.h>

#include <QtCore/qset.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 5'000;
constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

MqttConnectOptions seamOptions(ProtocolVersion version)
{
    MqttConnectOptions options;
    options.setAddress(u"mqtt://seam.invalid"_s);
    options.setClientId(u"conformance"_s);
    options.setProtocolVersion(version);
    options.setCleanStart(true);
    return options;
}

PublishPacket inbound(const QString &topic, QoS qos, quint16 packetId,
                      const PublishProperties &properties = {})
{
    PublishPacket publish;
    publish.topic = topic;
    publish.payload = "inbound";
    publish.qos = qos;
    publish.packetId = packetId;
    publish.properties = properties;
    return publish;
}

template<typename Ack> Ack ack(quint16 packetId, ReasonCode reason = ReasonCode::Success)
{
    Ack packet;
    packet.packetId = packetId;
    packet.reasonCode = reason;
    return packet;
}

PublishProperties expiringInOneSecond()
{
    PublishProperties properties;
    properties.setMessageExpiryInterval(1);
    return properties;
}

// A memory store whose commits fail once told to: a disk gone full while the client runs.
class FailingStore : public MqttMemorySessionStore
{
public:
    bool failing = false;
    bool commit(MqttError *error) override
    {
        if (!failing)
            return MqttMemorySessionStore::commit(error);
        if (error)
            *error = MqttError(u"disk full"_s);
        return false;
    }
};

} // namespace

class tst_ConformanceClient : public QObject
{
    Q_OBJECT

private slots:
    void newMessagesGoOutAsNew_data();
    void newMessagesGoOutAsNew();
    void unprocessedMessagesAreAcknowledged_data();
    void unprocessedMessagesAreAcknowledged();
    void pubCompIdentifierNotFoundStillDelivered();
    void sentQos2MessageDoesNotExpire();
    void expiredInboundQos2IsCompleted();
    void storeFailureClosesTheConnection_data();
    void storeFailureClosesTheConnection();
};

void tst_ConformanceClient::newMessagesGoOutAsNew_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::newRow("5.0 QoS 0: DUP 0, no identifier [MQTT-4.3.1-1]") << V5 << QoS::Q0;
    QTest::newRow("5.0 QoS 1: DUP 0, unused identifiers [MQTT-4.3.2-1] [MQTT-4.3.2-2]")
        << V5 << QoS::Q1;
    QTest::newRow("5.0 QoS 2: DUP 0, unused identifiers [MQTT-4.3.3-1] [MQTT-4.3.3-2]")
        << V5 << QoS::Q2;
    QTest::newRow("v311 QoS 0: DUP 0, no identifier [MQTT-4.3.1-1]") << V311 << QoS::Q0;
    QTest::newRow("v311 QoS 1: DUP 0, unused identifiers, done at PUBACK [MQTT-4.3.2-1]")
        << V311 << QoS::Q1;
    QTest::newRow("v311 QoS 2: DUP 0, unused identifiers, PUBREL, done at PUBCOMP [MQTT-4.3.3-1]")
        << V311 << QoS::Q2;
}

// Each new message goes out with the QoS asked for and DUP 0; at QoS 1 and 2 with an identifier
// that no unacknowledged message uses, also when one was just freed. QoS 1 ends at PUBACK, QoS 2
// at PUBCOMP after the PUBREL its PUBREC asks for; not before.
void tst_ConformanceClient::newMessagesGoOutAsNew()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    constexpr int Count = 6;
    MqttClient client;
    SeamBroker seam(version);
    QVERIFY(seam.connect(client, seamOptions(version)));

    QList<MqttPublishHandlePtr> handles;
    QList<quint16> ids;
    for (int i = 0; i < Count; ++i) {
        handles << client.publish(u"new/%1"_s.arg(i), QByteArray::number(i), qos);
        const auto publish = seam.next<PublishPacket>();
        QVERIFY(publish);
        QCOMPARE(publish->payload, QByteArray::number(i));
        QCOMPARE(publish->qos, qos);
        QVERIFY2(!publish->dup, "a new message with DUP set");
        if (qos == QoS::Q0) {
            QCOMPARE(publish->packetId, quint16(0));
            continue;
        }
        QVERIFY(publish->packetId != 0);
        QVERIFY2(!ids.contains(publish->packetId), "an identifier in use handed out again");
        ids << publish->packetId;
        if (i == 2) { // the first one completes; its identifier is free, the others are not
            if (qos == QoS::Q1) {
                seam.send(ack<PubAckPacket>(ids.takeFirst()));
            } else {
                const quint16 first = ids.takeFirst();
                seam.send(ack<PubRecPacket>(first));
                const auto pubRel = seam.next<PubRelPacket>();
                QVERIFY(pubRel);
                QCOMPARE(pubRel->packetId, first);
                QVERIFY2(!handles.first()->isDone(), "done at PUBREC");
                seam.send(ack<PubCompPacket>(first));
            }
            QVERIFY(handles.first()->waitForAcknowledged(WaitMs));
        }
    }
    if (qos == QoS::Q0)
        return;
    for (qsizetype i = 1; i < handles.size(); ++i)
        QVERIFY2(!handles.at(i)->isDone(), "done before its acknowledgement");
}

void tst_ConformanceClient::unprocessedMessagesAreAcknowledged_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::newRow("5.0 QoS 1 nobody subscribed -> PUBACK [MQTT-4.5.0-2]") << V5 << QoS::Q1;
    QTest::newRow("5.0 QoS 2 nobody subscribed -> PUBREC, PUBCOMP [MQTT-4.5.0-2]") << V5 << QoS::Q2;
    QTest::newRow("v311 QoS 1 nobody subscribed -> PUBACK [MQTT-4.5.0-2]") << V311 << QoS::Q1;
    QTest::newRow("v311 QoS 2 nobody subscribed -> PUBREC, PUBCOMP [MQTT-4.5.0-2]")
        << V311 << QoS::Q2;
}

// A message no subscription of the client matches (a session the broker kept from an earlier
// client, say) is acknowledged all the same, per its QoS.
void tst_ConformanceClient::unprocessedMessagesAreAcknowledged()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    MqttClient client;
    SeamBroker seam(version);
    QVERIFY(seam.connect(client, seamOptions(version)));
    const MqttSubscriptionPtr other = client.subscribe(u"other/#"_s);
    const auto subscribe = seam.next<SubscribePacket>();
    QVERIFY(subscribe);
    SubAckPacket subAck;
    subAck.packetId = subscribe->packetId;
    subAck.reasonCodes = {ReasonCode::Success};
    seam.send(subAck);
    QVERIFY(other->waitForAcknowledged(WaitMs));

    QSignalSpy otherMessages(other.get(), &MqttSubscription::messageReceived);
    seam.send(inbound(u"nobody/listens"_s, qos, 11));
    if (qos == QoS::Q1) {
        const auto pubAck = seam.next<PubAckPacket>();
        QVERIFY(pubAck);
        QCOMPARE(pubAck->packetId, quint16(11));
    } else {
        const auto pubRec = seam.next<PubRecPacket>();
        QVERIFY(pubRec);
        QCOMPARE(pubRec->packetId, quint16(11));
        seam.send(ack<PubRelPacket>(11));
        const auto pubComp = seam.next<PubCompPacket>();
        QVERIFY(pubComp);
        QCOMPARE(pubComp->packetId, quint16(11));
        QCOMPARE(pubComp->reasonCode, ReasonCode::Success);
    }
    QCOMPARE(otherMessages.size(), 0);
    QVERIFY(client.isConnected());
}

// A PUBCOMP of 0x92 (Packet Identifier not found) says the server no longer knows the flow, as
// after a PUBCOMP lost with a connection; it is "not an error during recovery" (MQTT 3.7.2.1).
// The server took the message over at its PUBREC (MQTT 4.3.3): the handle is acknowledged, and
// its acknowledgement shows the code.
void tst_ConformanceClient::pubCompIdentifierNotFoundStillDelivered()
{
    MqttClient client;
    SeamBroker seam(V5);
    QVERIFY(seam.connect(client, seamOptions(V5)));
    const MqttPublishHandlePtr handle = client.publish(u"q2"_s, "two", QoS::Q2);
    const auto publish = seam.next<PublishPacket>();
    QVERIFY(publish);
    seam.send(ack<PubRecPacket>(publish->packetId));
    QVERIFY(seam.next<PubRelPacket>());
    seam.send(ack<PubCompPacket>(publish->packetId, ReasonCode::PacketIdentifierNotFound));
    QVERIFY2(handle->waitForAcknowledged(WaitMs), qPrintable(handle->error().message()));
    const PublishAck acknowledgement = handle->acknowledgement();
    const auto *pubComp = std::get_if<PubCompPacket>(&acknowledgement);
    QVERIFY(pubComp);
    QCOMPARE(pubComp->reasonCode, ReasonCode::PacketIdentifierNotFound);
    QVERIFY(client.isConnected());
}

// [MQTT-4.3.3-7] a QoS 2 message sent is not expired by its sender: PUBREC arriving after its
// Message Expiry Interval still gets PUBREL, and the flow completes.
void tst_ConformanceClient::sentQos2MessageDoesNotExpire()
{
    MqttClient client;
    SeamBroker seam(V5);
    QVERIFY(seam.connect(client, seamOptions(V5)));
    const MqttPublishHandlePtr handle =
        client.publish(u"q2"_s, "short-lived", QoS::Q2, false, expiringInOneSecond());
    const auto publish = seam.next<PublishPacket>();
    QVERIFY(publish);
    QCOMPARE(publish->properties.messageExpiryInterval(), std::optional<quint32>(1));
    QTest::qWait(1'200); // the message's lifetime passes: the case itself, not a synchronisation
    seam.send(ack<PubRecPacket>(publish->packetId));
    const auto pubRel = seam.next<PubRelPacket>();
    QVERIFY2(pubRel, "no PUBREL for a message past its expiry");
    QCOMPARE(pubRel->packetId, publish->packetId);
    QCOMPARE(pubRel->reasonCode, ReasonCode::Success);
    seam.send(ack<PubCompPacket>(publish->packetId));
    QVERIFY2(handle->waitForAcknowledged(WaitMs), qPrintable(handle->error().message()));
}

// [MQTT-4.3.3-13] the receiver completes the QoS 2 flow of a message past its expiry: a resend
// gets PUBREC again (and is not delivered again), PUBREL gets PUBCOMP with Success.
void tst_ConformanceClient::expiredInboundQos2IsCompleted()
{
    MqttClient client;
    QSignalSpy messages(&client, &MqttClient::messageReceived);
    SeamBroker seam(V5);
    QVERIFY(seam.connect(client, seamOptions(V5)));
    PublishPacket publish = inbound(u"q2"_s, QoS::Q2, 21, expiringInOneSecond());
    seam.send(publish);
    QVERIFY(seam.next<PubRecPacket>());
    QTest::qWait(1'200); // the message's lifetime passes: the case itself, not a synchronisation
    publish.dup = true;
    seam.send(publish);
    const auto pubRec = seam.next<PubRecPacket>();
    QVERIFY2(pubRec, "no PUBREC for the resend of a message past its expiry");
    QCOMPARE(pubRec->packetId, quint16(21));
    seam.send(ack<PubRelPacket>(21));
    const auto pubComp = seam.next<PubCompPacket>();
    QVERIFY(pubComp);
    QCOMPARE(pubComp->packetId, quint16(21));
    QCOMPARE(pubComp->reasonCode, ReasonCode::Success);
    QCOMPARE(messages.size(), 1);
}

void tst_ConformanceClient::storeFailureClosesTheConnection_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("5.0 store fails at an inbound QoS 2 PUBLISH -> closed, no PUBREC") << V5;
    QTest::newRow("v311 store fails at an inbound QoS 2 PUBLISH -> closed, no PUBREC "
                  "[MQTT-4.8.0-2]")
        << V311;
}

// A transient error while processing an inbound packet — the session store cannot commit the
// identifier of an inbound QoS 2 message — closes the connection, without the PUBREC that would
// have promised a state the store does not hold.
void tst_ConformanceClient::storeFailureClosesTheConnection()
{
    QFETCH(ProtocolVersion, version);
    FailingStore store;
    MqttClient client;
    client.setSessionStore(&store);
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    SeamBroker seam(version);
    QVERIFY(seam.connect(client, seamOptions(version)));
    store.failing = true;
    seam.send(inbound(u"in"_s, QoS::Q2, 31));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, WaitMs);
    QVERIFY(!errors.isEmpty());
    QByteArray rest;
    while (const auto packet = nextPacket(seam.brokerEnd(), rest, version, nullptr, 0))
        QVERIFY2(!std::holds_alternative<PubRecPacket>(*packet), "PUBREC sent without the store");
    client.setSessionStore(nullptr);
}

QTEST_GUILESS_MAIN(tst_ConformanceClient)
#include "tst_conformance_client.moc"
