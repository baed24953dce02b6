// The in-flight queue: MqttClient::inflightMessages() at every stage of a PUBLISH flow, and
// MqttInflightModel over it, with the test playing the broker through setTransport().
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttinflightmodel.h>

#include "support/seambroker.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qthread.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using Stage = MqttInflightMessage::Stage;
using Direction = MqttInflightMessage::Direction;

namespace {

constexpr int WaitMs = SeamWaitMs;

// One connection over a device pair; what the client writes is read through `pending`.
struct Seam
{
    DevicePair pair;
    QByteArray pending;

    template<typename P> std::optional<P> next()
    {
        return OhMqttTest::next<P>(pair.broker, pending);
    }
    template<typename P> void send(const P &packet)
    {
        pair.broker.write(encodePacket(packet, ProtocolVersion::V5));
    }
    template<typename Ack> void acknowledge(quint16 packetId)
    {
        Ack ack;
        ack.packetId = packetId;
        send(ack);
    }
};

MqttConnectOptions seamOptions(bool cleanStart = true)
{
    MqttConnectOptions options;
    options.setAddress(QStringLiteral("mqtt://seam.invalid"));
    options.setClientId(QStringLiteral("inflight-client"));
    options.setCleanStart(cleanStart);
    options.setReconnectDelay(20);
    return options;
}

// Connects `client` over `seam`, answering CONNECT with `connAck`.
bool connectOverSeam(MqttClient &client, Seam &seam, const ConnAckPacket &connAck = {},
                     bool cleanStart = true)
{
    client.setTransport(&seam.pair.client);
    if (client.state() == MqttClient::State::Closed &&
        !client.connectToBroker(seamOptions(cleanStart)))
        return false;
    if (!seam.next<ConnectPacket>())
        return false;
    seam.send(connAck);
    return client.waitForConnected(WaitMs);
}

ConnAckPacket withSession(bool sessionPresent)
{
    ConnAckPacket connAck;
    connAck.sessionPresent = sessionPresent;
    return connAck;
}

PublishPacket inboundQos2(quint16 packetId, const QString &topic, const QByteArray &payload)
{
    PublishPacket publish;
    publish.topic = topic;
    publish.payload = payload;
    publish.qos = QoS::Q2;
    publish.packetId = packetId;
    return publish;
}

// "<topic> <stage> #<id> ×<sendCount>" per message, for comparing whole snapshots.
QString describe(const QList<MqttInflightMessage> &messages)
{
    const QMetaEnum stages = QMetaEnum::fromType<Stage>();
    QStringList parts;
    for (const MqttInflightMessage &message : messages) {
        parts << QStringLiteral("%1 %2 #%3 x%4")
                     .arg(message.topic(),
                          QLatin1StringView(stages.valueToKey(int(message.stage()))))
                     .arg(message.packetId())
                     .arg(message.sendCount());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

class tst_Inflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gadgetThroughTheMetaObject();
    void queuedWhileOffline();
    void everyStage();
    void receiveMaximumHoldsBackAsQueued();
    void quotaHoldsBackOnlyPublish();
    void resentAfterSessionPresent();
    void lostSessionSendsAgainAndForgetsInbound();
    void fromAnotherThread();
    void fromAnotherThreadAfterStartLoop();
    void modelFollowsTheQueue();
    void modelSignalsComeInBatches();
    void modelWithClientInItsOwnThread();
    void modelClientChanges();
    void tenThousandInFlight();
};

// What QML and QVariant read: properties, enums by name, the metatype by name.
void tst_Inflight::gadgetThroughTheMetaObject()
{
    MqttInflightMessage message;
    message.setSequence(7);
    message.setDirection(Direction::Inbound);
    message.setPacketId(12);
    message.setTopic(QStringLiteral("a/b"));
    message.setQos(QoS::Q2);
    message.setPayloadSize(42);
    message.setStage(Stage::AwaitingPubRel);
    message.setAge(250);
    message.setSendCount(2);
    const QMetaObject &meta = MqttInflightMessage::staticMetaObject;
    const auto read = [&](const char *name) {
        return meta.property(meta.indexOfProperty(name)).readOnGadget(&message);
    };
    QCOMPARE(read("sequence").toULongLong(), quint64(7));
    QCOMPARE(read("direction").value<Direction>(), Direction::Inbound);
    QCOMPARE(read("packetId").toInt(), 12);
    QCOMPARE(read("topic").toString(), QStringLiteral("a/b"));
    QCOMPARE(read("qos").value<QoS>(), QoS::Q2);
    QCOMPARE(read("payloadSize").toLongLong(), qint64(42));
    QCOMPARE(read("stage").value<Stage>(), Stage::AwaitingPubRel);
    QCOMPARE(read("age").toLongLong(), qint64(250));
    QCOMPARE(read("sendCount").toInt(), 2);
    QCOMPARE(QMetaEnum::fromType<Stage>().valueToKey(int(Stage::AwaitingPubComp)),
             "AwaitingPubComp");
    QVERIFY(QMetaType::fromName("OhMqtt::MqttInflightMessage").isValid());
    const QVariant variant = QVariant::fromValue(message);
    QCOMPARE(variant.value<MqttInflightMessage>(), message);
    MqttInflightMessage other = message;
    other.setAge(251);
    QVERIFY(other != message);
    QCOMPARE(message.age(), qint64(250)); // implicitly shared, detached on write
}

// Without a connection every PUBLISH waits, QoS 0 too: Queued, no packet identifier, not sent.
void tst_Inflight::queuedWhileOffline()
{
    MqttClient client;
    client.publish(QStringLiteral("q/0"), "zero", QoS::Q0);
    client.publish(QStringLiteral("q/1"), "one!", QoS::Q1);
    client.publish(QStringLiteral("q/2"), "two", QoS::Q2, true);
    client.subscribe(QStringLiteral("not/a/publish"));
    const QList<MqttInflightMessage> messages = client.inflightMessages();
    QCOMPARE(describe(messages),
             QStringLiteral("q/0 Queued #0 x0, q/1 Queued #0 x0, "
                            "q/2 Queued #0 x0"));
    QCOMPARE(messages.at(0).qos(), QoS::Q0);
    QCOMPARE(messages.at(1).qos(), QoS::Q1);
    QCOMPARE(messages.at(1).payloadSize(), qint64(4));
    QCOMPARE(messages.at(2).qos(), QoS::Q2);
    for (const MqttInflightMessage &message : messages) {
        QCOMPARE(message.direction(), Direction::Outbound);
        QVERIFY(message.age() >= 0);
    }
    QVERIFY(messages.at(0).sequence() < messages.at(1).sequence());
    QVERIFY(messages.at(1).sequence() < messages.at(2).sequence());
    QList<MqttInflightMessage> invoked; // as QML calls it
    QVERIFY(QMetaObject::invokeMethod(&client, "inflightMessages",
                                      Q_RETURN_ARG(QList<OhMqtt::MqttInflightMessage>, invoked)));
    QCOMPARE(invoked.size(), 3);
}

// The test withholds each acknowledgement in turn: every stage shows, with the packet
// identifier the client wrote, its topic, QoS and size; then the acknowledgements drain it.
void tst_Inflight::everyStage()
{
    Seam seam;
    MqttClient client;
    QVERIFY(connectOverSeam(client, seam));
    client.publish(QStringLiteral("s/1"), "one", QoS::Q1);
    client.publish(QStringLiteral("s/2"), "two!", QoS::Q2);
    client.publish(QStringLiteral("s/3"), "three", QoS::Q2);
    client.publish(QStringLiteral("s/0"), "zero", QoS::Q0); // written at once: never in flight
    const auto one = seam.next<PublishPacket>();
    const auto two = seam.next<PublishPacket>();
    const auto three = seam.next<PublishPacket>();
    QVERIFY(one && two && three && seam.next<PublishPacket>());
    seam.acknowledge<PubRecPacket>(three->packetId);
    QVERIFY(seam.next<PubRelPacket>());
    seam.send(inboundQos2(77, QStringLiteral("in/x"), "12345"));
    QVERIFY(seam.next<PubRecPacket>());

    QList<MqttInflightMessage> messages = client.inflightMessages();
    QCOMPARE(describe(messages),
             QStringLiteral("s/1 AwaitingPubAck #%1 x1, s/2 AwaitingPubRec #%2 "
                            "x1, s/3 AwaitingPubComp #%3 x1, in/x "
                            "AwaitingPubRel #77 x1")
                 .arg(one->packetId)
                 .arg(two->packetId)
                 .arg(three->packetId));
    QCOMPARE(messages.at(0).qos(), QoS::Q1);
    QCOMPARE(messages.at(0).payloadSize(), qint64(3));
    QCOMPARE(messages.at(1).qos(), QoS::Q2);
    QCOMPARE(messages.at(1).payloadSize(), qint64(4));
    QCOMPARE(messages.at(3).direction(), Direction::Inbound);
    QCOMPARE(messages.at(3).qos(), QoS::Q2);
    QCOMPARE(messages.at(3).payloadSize(), qint64(5));
    QVERIFY(messages.at(3).age() >= 0);

    // The broker sends the inbound message again before PUBREL: acknowledged, counted.
    PublishPacket again = inboundQos2(77, QStringLiteral("in/x"), "12345");
    again.dup = true;
    seam.send(again);
    QVERIFY(seam.next<PubRecPacket>());
    QCOMPARE(client.inflightMessages().last().sendCount(), 2);

    seam.acknowledge<PubAckPacket>(one->packetId);
    seam.acknowledge<PubRecPacket>(two->packetId);
    QVERIFY(seam.next<PubRelPacket>());
    seam.acknowledge<PubCompPacket>(three->packetId);
    seam.acknowledge<PubRelPacket>(77);
    QVERIFY(seam.next<PubCompPacket>());
    QTRY_COMPARE_WITH_TIMEOUT(describe(client.inflightMessages()),
                              QStringLiteral("s/2 AwaitingPubComp #%1 x1").arg(two->packetId),
                              WaitMs);
    seam.acknowledge<PubCompPacket>(two->packetId);
    QTRY_VERIFY_WITH_TIMEOUT(client.inflightMessages().isEmpty(), WaitMs);
}

// Beyond the broker's Receive Maximum a PUBLISH waits, Queued, until an acknowledgement frees
// the quota; it keeps its sequence as it moves on.
void tst_Inflight::receiveMaximumHoldsBackAsQueued()
{
    Seam seam;
    MqttClient client;
    ConnAckPacket connAck;
    connAck.properties.setReceiveMaximum(1);
    QVERIFY(connectOverSeam(client, seam, connAck));
    client.publish(QStringLiteral("r/1"), "1", QoS::Q1);
    client.publish(QStringLiteral("r/2"), "2", QoS::Q1);
    const auto first = seam.next<PublishPacket>();
    QVERIFY(first);
    const QList<MqttInflightMessage> before = client.inflightMessages();
    QCOMPARE(describe(before),
             QStringLiteral("r/1 AwaitingPubAck #%1 x1, r/2 Queued #0 x0").arg(first->packetId));
    seam.acknowledge<PubAckPacket>(first->packetId);
    const auto second = seam.next<PublishPacket>();
    QVERIFY(second);
    const QList<MqttInflightMessage> after = client.inflightMessages();
    QCOMPARE(describe(after), QStringLiteral("r/2 AwaitingPubAck #%1 x1").arg(second->packetId));
    QCOMPARE(after.at(0).sequence(), before.at(1).sequence());
}

// Requests queued while offline go out after CONNACK: beyond the Receive Maximum the QoS 1
// PUBLISH wait, in order, while QoS 0 PUBLISH and SUBSCRIBE behind them go [MQTT-3.3.4-8].
void tst_Inflight::quotaHoldsBackOnlyPublish()
{
    MqttClient client;
    client.publish(QStringLiteral("h/a"), "a", QoS::Q1);
    client.publish(QStringLiteral("h/b"), "b", QoS::Q1);
    client.publish(QStringLiteral("h/d"), "d", QoS::Q0);
    client.subscribe(QStringLiteral("h/s"));
    client.publish(QStringLiteral("h/c"), "c", QoS::Q1);
    Seam seam;
    ConnAckPacket connAck;
    connAck.properties.setReceiveMaximum(1);
    QVERIFY(connectOverSeam(client, seam, connAck));
    const auto a = seam.next<PublishPacket>();
    const auto d = seam.next<PublishPacket>();
    QVERIFY(a && d);
    QCOMPARE(a->topic, QStringLiteral("h/a"));
    QCOMPARE(d->topic, QStringLiteral("h/d"));
    QVERIFY(seam.next<SubscribePacket>());
    QCOMPARE(describe(client.inflightMessages()),
             QStringLiteral("h/a AwaitingPubAck #%1 x1, h/b Queued #0 x0, h/c Queued #0 x0")
                 .arg(a->packetId));
    seam.acknowledge<PubAckPacket>(a->packetId);
    const auto b = seam.next<PublishPacket>();
    QVERIFY(b);
    QCOMPARE(b->topic, QStringLiteral("h/b"));
    seam.acknowledge<PubAckPacket>(b->packetId);
    const auto c = seam.next<PublishPacket>();
    QVERIFY(c);
    QCOMPARE(c->topic, QStringLiteral("h/c"));
}

// A resumed session resends the unacknowledged PUBLISH with DUP: its count goes to 2; the QoS 2
// message past PUBREC gets PUBREL again, its PUBLISH still counted once. Between connections
// both stay as they were.
void tst_Inflight::resentAfterSessionPresent()
{
    Seam first;
    Seam second;
    MqttClient client;
    QVERIFY(connectOverSeam(client, first, withSession(false), false));
    client.publish(QStringLiteral("p/1"), "one", QoS::Q1);
    client.publish(QStringLiteral("p/2"), "two", QoS::Q2);
    const auto sent1 = first.next<PublishPacket>();
    const auto sent2 = first.next<PublishPacket>();
    QVERIFY(sent1 && sent2);
    first.acknowledge<PubRecPacket>(sent2->packetId);
    QVERIFY(first.next<PubRelPacket>());
    const QList<MqttInflightMessage> before = client.inflightMessages();

    client.setTransport(&second.pair.client);
    first.pair.broker.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::ReconnectWait, WaitMs);
    const QString waiting = QStringLiteral("p/1 AwaitingPubAck #%1 x1, p/2 AwaitingPubComp #%2 x1")
                                .arg(sent1->packetId)
                                .arg(sent2->packetId);
    QCOMPARE(describe(client.inflightMessages()), waiting);

    QVERIFY(connectOverSeam(client, second, withSession(true), false));
    const auto resent = second.next<PublishPacket>();
    QVERIFY(resent && resent->dup);
    QVERIFY(second.next<PubRelPacket>());
    const QList<MqttInflightMessage> after = client.inflightMessages();
    QCOMPARE(describe(after),
             QStringLiteral("p/1 AwaitingPubAck #%1 x2, p/2 AwaitingPubComp #%2 x1")
                 .arg(sent1->packetId)
                 .arg(sent2->packetId));
    QCOMPARE(after.at(0).sequence(), before.at(0).sequence());
    QVERIFY(after.at(0).age() >= before.at(0).age());
}

// The broker kept no session: the QoS 1 message goes out again as new (a new identifier, its
// count going on), and the inbound QoS 2 identifiers are forgotten with the session.
void tst_Inflight::lostSessionSendsAgainAndForgetsInbound()
{
    Seam first;
    Seam second;
    MqttClient client;
    QVERIFY(connectOverSeam(client, first, withSession(false), false));
    client.publish(QStringLiteral("l/1"), "one", QoS::Q1);
    QVERIFY(first.next<PublishPacket>());
    first.send(inboundQos2(5, QStringLiteral("in"), "x"));
    QVERIFY(first.next<PubRecPacket>());
    QCOMPARE(client.inflightMessages().size(), 2);
    const quint64 sequence = client.inflightMessages().at(0).sequence();

    client.setTransport(&second.pair.client);
    first.pair.broker.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::ReconnectWait, WaitMs);
    QVERIFY(connectOverSeam(client, second, withSession(false), false));
    const auto again = second.next<PublishPacket>();
    QVERIFY(again && !again->dup);
    const QList<MqttInflightMessage> after = client.inflightMessages();
    QCOMPARE(describe(after), QStringLiteral("l/1 AwaitingPubAck #%1 x2").arg(again->packetId));
    QCOMPARE(after.at(0).sequence(), sequence);
}

// Called in another thread while the client's thread runs its event loop: the snapshot is made
// there and handed back.
void tst_Inflight::fromAnotherThread()
{
    MqttClient client;
    client.publish(QStringLiteral("t/1"), "1", QoS::Q1);
    client.publish(QStringLiteral("t/2"), "2", QoS::Q0);
    std::atomic<bool> done = false;
    QList<MqttInflightMessage> seen;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        seen = client.inflightMessages();
        done = true;
    }));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), WaitMs); // this thread's event loop runs meanwhile
    QVERIFY(thread->wait(WaitMs));
    QCOMPARE(describe(seen), QStringLiteral("t/1 Queued #0 x0, t/2 Queued #0 x0"));
}

void tst_Inflight::fromAnotherThreadAfterStartLoop()
{
    MqttClient client;
    QVERIFY(client.startLoop());
    client.publish(QStringLiteral("t/1"), "1", QoS::Q1);
    QCOMPARE(describe(client.inflightMessages()), QStringLiteral("t/1 Queued #0 x0"));
}

// The model follows the queue through every change, checked by QAbstractItemModelTester: rows
// come as messages are published, change stage, and go as acknowledgements come.
void tst_Inflight::modelFollowsTheQueue()
{
    Seam seam;
    MqttClient client;
    MqttInflightModel model(&client);
    QAbstractItemModelTester tester(&model);
    model.setUpdateInterval(0); // updates by hand: each step is one batch
    QSignalSpy countSpy(&model, &MqttInflightModel::countChanged);
    QCOMPARE(model.updateInterval(), 0);

    for (int i = 0; i < 10; ++i)
        client.publish(QStringLiteral("m/%1").arg(i), QByteArray(i, 'x'), QoS(i % 3));
    model.update();
    QCOMPARE(model.count(), 10);
    QCOMPARE(countSpy.size(), 1);
    QCOMPARE(model.property("count").toInt(), 10);

    QVERIFY(connectOverSeam(client, seam));
    QList<PublishPacket> sent;
    for (int i = 0; i < 10; ++i) {
        const auto publish = seam.next<PublishPacket>();
        QVERIFY(publish);
        if (publish->qos != QoS::Q0)
            sent.append(*publish);
    }
    seam.send(inboundQos2(9, QStringLiteral("in"), "abc"));
    QVERIFY(seam.next<PubRecPacket>());
    model.update();
    QCOMPARE(model.count(), 7); // 6 outbound QoS 1 and 2, 1 inbound
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(MqttInflightModel::TopicRole).toString(), QStringLiteral("m/1"));
    QCOMPARE(first.data(MqttInflightModel::StageRole).value<Stage>(), Stage::AwaitingPubAck);
    QCOMPARE(first.data(MqttInflightModel::PacketIdRole).toInt(), int(sent.at(0).packetId));
    QCOMPARE(first.data(MqttInflightModel::QosRole).value<QoS>(), QoS::Q1);
    QCOMPARE(first.data(MqttInflightModel::PayloadSizeRole).toLongLong(), qint64(1));
    QCOMPARE(first.data(MqttInflightModel::SendCountRole).toInt(), 1);
    QCOMPARE(first.data(MqttInflightModel::DirectionRole).value<Direction>(), Direction::Outbound);
    QVERIFY(first.data(MqttInflightModel::AgeRole).toLongLong() >= 0);
    QCOMPARE(first.data(MqttInflightModel::MessageRole).value<MqttInflightMessage>().topic(),
             QStringLiteral("m/1"));
    QCOMPARE(first.data().toString(),
             QStringLiteral("out #%1 m/1, QoS 1, 1 B, awaiting PUBACK, sent 1×, %2 ms")
                 .arg(sent.at(0).packetId)
                 .arg(first.data(MqttInflightModel::AgeRole).toLongLong()));
    const QModelIndex last = model.index(6);
    QCOMPARE(last.data(MqttInflightModel::StageRole).value<Stage>(), Stage::AwaitingPubRel);
    QCOMPARE(model.message(6).direction(), Direction::Inbound);
    const QHash<int, QByteArray> roles = model.roleNames();
    for (const char *name : {"direction", "packetId", "topic", "qos", "payloadSize", "stage", "age",
                             "sendCount", "display"})
        QVERIFY2(roles.values().contains(name), name);

    // A persistent index follows its message while others go.
    const QPersistentModelIndex followed = model.index(3);
    const QString followedTopic = followed.data(MqttInflightModel::TopicRole).toString();
    for (int i : {0, 2, 5}) { // acknowledged out of order: rows go from the middle
        const PublishPacket &publish = sent.at(i);
        if (publish.qos == QoS::Q1)
            seam.acknowledge<PubAckPacket>(publish.packetId);
        else
            seam.acknowledge<PubRecPacket>(publish.packetId);
    }
    seam.acknowledge<PubRelPacket>(9);
    QTRY_COMPARE_WITH_TIMEOUT((model.update(), model.count()), 4, WaitMs);
    QVERIFY(followed.isValid());
    QCOMPARE(followed.data(MqttInflightModel::TopicRole).toString(), followedTopic);

    seam.acknowledge<PubAckPacket>(sent.at(4).packetId);
    for (int i : {1, 3}) {
        seam.acknowledge<PubRecPacket>(sent.at(i).packetId);
        seam.acknowledge<PubCompPacket>(sent.at(i).packetId);
    }
    seam.acknowledge<PubCompPacket>(sent.at(5).packetId);
    QTRY_COMPARE_WITH_TIMEOUT((model.update(), model.count()), 0, WaitMs);
}

// 1,000 messages published and acknowledged: the rows come and go in a few batches, as the
// timer takes its snapshots, never a signal per message.
void tst_Inflight::modelSignalsComeInBatches()
{
    Seam seam;
    MqttClient client;
    QVERIFY(connectOverSeam(client, seam));
    MqttInflightModel model(&client);
    QCOMPARE(model.updateInterval(), 100);
    QAbstractItemModelTester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    constexpr int Count = 1'000;
    for (int i = 0; i < Count; ++i)
        client.publish(QStringLiteral("b/%1").arg(i), "x", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), Count, WaitMs);
    qInfo("%d messages published: %lld rowsInserted", Count, qlonglong(inserted.size()));
    QVERIFY2(inserted.size() <= 10, qPrintable(QString::number(inserted.size())));

    QList<quint16> ids;
    for (int i = 0; i < Count; ++i) {
        const auto publish = seam.next<PublishPacket>();
        QVERIFY(publish);
        ids.append(publish->packetId);
    }
    for (const quint16 id : std::as_const(ids))
        seam.acknowledge<PubAckPacket>(id);
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), 0, WaitMs);
    qInfo("%d messages acknowledged: %lld rowsRemoved, %lld dataChanged", Count,
          qlonglong(removed.size()), qlonglong(changed.size()));
    QVERIFY2(removed.size() <= 10, qPrintable(QString::number(removed.size())));
    QVERIFY(changed.size() < 100);
    QCOMPARE(reset.size(), 0);
}

// The client in its own thread (startLoop()), the model in this one.
void tst_Inflight::modelWithClientInItsOwnThread()
{
    Seam seam;
    MqttClient client;
    QVERIFY(client.startLoop());
    MqttInflightModel model;
    model.setClient(&client);
    model.setUpdateInterval(10);
    QAbstractItemModelTester tester(&model);
    for (int i = 0; i < 20; ++i)
        client.publish(QStringLiteral("o/%1").arg(i), "x", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), 20, WaitMs);
    QCOMPARE(model.index(0).data(MqttInflightModel::StageRole).value<Stage>(), Stage::Queued);
    client.shutdown();
    QVERIFY(client.waitForShutdown(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(model.count(), 0, WaitMs); // failed at shutdown
}

// Changing the client resets the model, and notifies; a client destroyed unsets itself.
void tst_Inflight::modelClientChanges()
{
    MqttInflightModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy clientSpy(&model, &MqttInflightModel::clientChanged);
    QSignalSpy countSpy(&model, &MqttInflightModel::countChanged);
    QSignalSpy intervalSpy(&model, &MqttInflightModel::updateIntervalChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.count(), 0);
    auto client = std::make_unique<MqttClient>();
    client->publish(QStringLiteral("c"), "x", QoS::Q1);
    QVERIFY(model.setProperty("client", QVariant::fromValue(client.get())));
    QCOMPARE(model.client(), client.get());
    QCOMPARE(clientSpy.size(), 1);
    QCOMPARE(model.count(), 1); // at once
    QCOMPARE(countSpy.size(), 1);
    QVERIFY(model.setProperty("updateInterval", 50));
    QCOMPARE(intervalSpy.size(), 1);
    client.reset();
    QVERIFY(!model.client());
    QCOMPARE(model.count(), 0);
    QCOMPARE(clientSpy.size(), 2);
    QCOMPARE(countSpy.size(), 2);
    QCOMPARE(reset.size(), 2);
}

// 10,000 QoS 1 messages in flight (the broker withholds PUBACK): what one snapshot, and one
// update of the model (snapshot and diff), cost. Prints the figures; the bounds only catch a
// blow-up.
void tst_Inflight::tenThousandInFlight()
{
    constexpr int Count = 10'000;
    Seam seam;
    MqttClient client;
    QVERIFY(connectOverSeam(client, seam));
    for (int i = 0; i < Count; ++i)
        client.publish(QStringLiteral("sensors/%1/temperature").arg(i), QByteArray(16, 'x'),
                       QoS::Q1);
    QList<quint16> ids;
    for (int i = 0; i < Count; ++i) {
        const auto publish = seam.next<PublishPacket>();
        QVERIFY(publish);
        ids.append(publish->packetId);
    }
    MqttInflightModel model(&client);
    model.setUpdateInterval(0);
    QCOMPARE(model.count(), Count);

    QElapsedTimer timer;
    timer.start();
    const QList<MqttInflightMessage> snapshot = client.inflightMessages();
    const qint64 snapshotNs = timer.nsecsElapsed();
    QCOMPARE(snapshot.size(), Count);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    qint64 agesNs[2] = {};
    for (qint64 &ns : agesNs) {
        QTest::qWait(2); // ages move
        timer.restart();
        model.update(); // every age changed, nothing else
        ns = timer.nsecsElapsed();
    }
    QCOMPARE(changed.size(), 2);

    for (int i = 0; i < Count / 2; ++i)
        seam.acknowledge<PubAckPacket>(ids.at(i));
    QTRY_COMPARE_WITH_TIMEOUT(client.inflightMessages().size(), Count / 2, WaitMs);
    timer.restart();
    model.update(); // half of them gone, in one run
    const qint64 halfNs = timer.nsecsElapsed();
    QCOMPARE(model.count(), Count / 2);

    for (int i = Count / 2; i < Count; i += 2)
        seam.acknowledge<PubAckPacket>(ids.at(i));
    QTRY_COMPARE_WITH_TIMEOUT(client.inflightMessages().size(), Count / 4, WaitMs);
    timer.restart();
    model.update(); // every other row gone: the worst case for runs
    const qint64 scatteredNs = timer.nsecsElapsed();
    QCOMPARE(model.count(), Count / 4);

    qInfo("%d in flight: snapshot %.2f ms; model update, ages only %.2f ms (first), %.2f ms "
          "(next); half acknowledged %.2f ms; then every other one %.2f ms",
          Count, snapshotNs / 1e6, agesNs[0] / 1e6, agesNs[1] / 1e6, halfNs / 1e6,
          scatteredNs / 1e6);
    QVERIFY(snapshotNs < 2'000'000'000);
    QVERIFY(agesNs[1] < 2'000'000'000);
}

QTEST_GUILESS_MAIN(tst_Inflight)
#include "tst_inflight.moc"
