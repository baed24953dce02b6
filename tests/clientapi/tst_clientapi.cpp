// MqttClient through Qt's meta-object system and the setTransport() seam.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/packet/packet.h>

#include "clientapi/seambroker.h"
#include "support/mosquittobroker.h"

#include <QtCore/qmetaobject.h>

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace Qt::StringLiterals;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

QString uniqueClientId()
{
    static int counter = 0;
    return QStringLiteral("ohmqtt-tst-clientapi-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

} // namespace

class tst_ClientApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void propertiesNotify();
    void requestsThroughTheMetaObject();
    void startLoopRefusedWithParent();
    void deadlineOverloads();
    void transportSeamCarriesTheConnection();
    void refusedWriteFailsQoS0Handle();
    void offlineQueueIsBounded();
    void topicAliasPolicies();
    void receiveMaximumHoldsPublishesBack();
    void outOfOrderAcknowledgements_data();
    void outOfOrderAcknowledgements();
    void brokerExceedingOurReceiveMaximum();
    void sessionResumesAfterLoss();
    void resubscribesWhenSessionIsGone();
    void noSessionSendsAgainAsNew();
    void onFinishedFollowsFinishedAndItsContext();

private:
    MqttConnectOptions brokerOptions() const;

    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_ClientApi::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

MqttConnectOptions tst_ClientApi::brokerOptions() const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    return options;
}

// What a UI binds to: every property reads through the meta-object and notifies.
void tst_ClientApi::propertiesNotify()
{
    MqttClient client;
    QSignalSpy connectedSpy(&client, &MqttClient::connectedChanged);
    QSignalSpy clientIdSpy(&client, &MqttClient::clientIdChanged);
    QSignalSpy resultSpy(&client, &MqttClient::connectResultChanged);
    QSignalSpy optionsSpy(&client, &MqttClient::connectOptionsChanged);

    const MqttConnectOptions options = brokerOptions();
    QVERIFY(client.setProperty("connectOptions", QVariant::fromValue(options)));
    QCOMPARE(optionsSpy.size(), 1);
    QCOMPARE(client.connectOptions(), options);
    QVERIFY(!client.property("connected").toBool());
    QVERIFY(client.property("connectResult").value<MqttConnectResult>().isNull());

    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(&client, "connectToBroker", Q_RETURN_ARG(bool, started)));
    QVERIFY(started);
    QVERIFY(connectedSpy.wait(WaitMs));
    QCOMPARE(connectedSpy.at(0).at(0).toBool(), true);
    QVERIFY(client.property("connected").toBool());
    QCOMPARE(client.property("state").value<MqttClient::State>(), MqttClient::State::Connected);
    QCOMPARE(client.property("clientId").toString(), options.clientId());
    QVERIFY(!clientIdSpy.isEmpty());
    QCOMPARE(clientIdSpy.last().at(0).toString(), options.clientId());
    QCOMPARE(resultSpy.size(), 1);
    const auto result = client.property("connectResult").value<MqttConnectResult>();
    QVERIFY(result.isAccepted());
    QCOMPARE(result.reasonCode(), ReasonCode::Success);
    QVERIFY(client.property("lastError").value<MqttError>().isNull());

    QVERIFY(QMetaObject::invokeMethod(&client, "disconnectFromBroker"));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 2, WaitMs);
    QCOMPARE(connectedSpy.last().at(0).toBool(), false);
}

// QMetaObject::invokeMethod() (and so QML) reaches the requests.
void tst_ClientApi::requestsThroughTheMetaObject()
{
    MqttClient client;
    QVERIFY(client.connectToBroker(brokerOptions()));
    QVERIFY(client.waitForConnected(WaitMs));
    const QString topic = QStringLiteral("ohmqtt/tst_clientapi/%1").arg(client.clientId());

    MqttSubscriptionPtr subscribe;
    QVERIFY(QMetaObject::invokeMethod(&client, "subscribe",
                                      Q_RETURN_ARG(OhMqtt::MqttSubscriptionPtr, subscribe),
                                      Q_ARG(QString, topic)));
    QVERIFY(subscribe);
    QVERIFY(subscribe->waitForAcknowledged(WaitMs));
    const MqttSubscribeResult granted = subscribe->result();
    QVERIFY(granted.isGranted());
    QCOMPARE(granted.grantedQoS(), QoS::Q2);
    QCOMPARE(subscribe->property("result").value<MqttSubscribeResult>(), granted);

    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    MqttPublishHandlePtr publish;
    QVERIFY(QMetaObject::invokeMethod(
        &client, "publish", Q_RETURN_ARG(OhMqtt::MqttPublishHandlePtr, publish),
        Q_ARG(QString, topic), Q_ARG(QByteArray, "via invokeMethod"), Q_ARG(OhMqtt::QoS, QoS::Q1)));
    QVERIFY(publish);
    QVERIFY(publish->waitForAcknowledged(WaitMs));
    QVERIFY(publish->property("acknowledged").toBool());
    QTRY_COMPARE_WITH_TIMEOUT(messageSpy.size(), 1, WaitMs);
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("via invokeMethod"));

    MqttUnsubscribeHandlePtr unsubscribe;
    QVERIFY(QMetaObject::invokeMethod(&client, "unsubscribe",
                                      Q_RETURN_ARG(OhMqtt::MqttUnsubscribeHandlePtr, unsubscribe),
                                      Q_ARG(QString, topic)));
    QVERIFY(unsubscribe->waitForAcknowledged(WaitMs));
}

void tst_ClientApi::startLoopRefusedWithParent()
{
    QObject parent;
    auto *client = new MqttClient(&parent);
    QSignalSpy errorSpy(client, &MqttClient::errorOccurred);
    QVERIFY(!client->startLoop());
    QVERIFY(!client->isLoopRunning());
    QVERIFY2(client->lastError().message().contains(QStringLiteral("parent")),
             qPrintable(client->lastError().message()));
    QVERIFY(errorSpy.wait(WaitMs));
    QCOMPARE(client->thread(), QThread::currentThread());
}

// A broker that takes CONNECT and says nothing: the deadline ends the waits.
void tst_ClientApi::deadlineOverloads()
{
    DevicePair pair;
    MqttClient client;
    client.setTransport(&pair.client);
    QCOMPARE(client.transport(), &pair.client);
    QVERIFY(client.connectToBroker(seamOptions()));
    QVERIFY(!client.waitForConnected(QDeadlineTimer(100)));
    QVERIFY2(client.lastError().message().contains(QStringLiteral("waitForConnected")),
             qPrintable(client.lastError().message()));
    QCOMPARE(client.state(), MqttClient::State::ConnectSent);
    const MqttPublishHandlePtr queued = client.publish(QStringLiteral("t"), "x", QoS::Q1);
    QVERIFY(!queued->waitForAcknowledged(QDeadlineTimer(50)));
    QVERIFY(!queued->isDone()); // still queued for after CONNACK
    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(QDeadlineTimer(WaitMs)));
    QVERIFY(!queued->isDone()); // the offline queue keeps it for the next connection
    client.shutdown();
    QVERIFY(!queued->waitForAcknowledged(QDeadlineTimer(WaitMs)));
    QVERIFY(queued->isFailed());
}

// setTransport(): the test plays the broker over an in-memory device pair.
void tst_ClientApi::transportSeamCarriesTheConnection()
{
    DevicePair pair;
    MqttClient client;
    ConnAckPacket connAck;
    connAck.properties.setAssignedClientIdentifier(QStringLiteral("given-by-test"));
    QVERIFY(connectOverSeam(client, pair, connAck));
    QCOMPARE(client.clientId(), QStringLiteral("given-by-test"));
    QCOMPARE(client.connectResult().assignedClientIdentifier(), QStringLiteral("given-by-test"));

    QSignalSpy messageSpy(&client, &MqttClient::messageReceived);
    PublishPacket fromBroker;
    fromBroker.topic = QStringLiteral("seam/in");
    fromBroker.payload = "from the test";
    pair.broker.write(encodePacket(fromBroker, ProtocolVersion::V5));
    QVERIFY(messageSpy.wait(WaitMs));
    QCOMPARE(messageSpy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("from the test"));

    const MqttPublishHandlePtr publish = client.publish(QStringLiteral("seam/out"), "to the test");
    QVERIFY(publish->waitForAcknowledged(WaitMs)); // QoS 0: done once the device took it
    QTRY_VERIFY_WITH_TIMEOUT(pair.broker.bytesAvailable() > 0, WaitMs);
    const QByteArray written = pair.broker.readAll();
    QCOMPARE(quint8(written.at(0)), quint8(0x30)); // PUBLISH, QoS 0
    QVERIFY(written.contains("to the test"));
}

// A QoS 0 PUBLISH whose bytes the transport refuses did not go out: its handle fails.
void tst_ClientApi::refusedWriteFailsQoS0Handle()
{
    DevicePair pair;
    MqttClient client;
    QVERIFY(connectOverSeam(client, pair));
    pair.client.setRefuseWrites(true);
    const MqttPublishHandlePtr publish = client.publish(QStringLiteral("seam/out"), "lost");
    QVERIFY(!publish->waitForAcknowledged(WaitMs));
    QVERIFY(publish->isFailed());
    QVERIFY2(publish->error().message().contains(QStringLiteral("refused the write")),
             qPrintable(publish->error().message()));
}

// Past either limit of the offline queue a PUBLISH fails at once, with QuotaExceeded and the
// limit's name; nothing is dropped unseen. Connected, the limits do not apply.
void tst_ClientApi::offlineQueueIsBounded()
{
    MqttClient client;
    QSignalSpy limitsSpy(&client, &MqttClient::queueLimitsChanged);
    client.setMaximumQueuedMessages(2);
    QCOMPARE(client.property("maximumQueuedMessages").toInt(), 2);
    QCOMPARE(limitsSpy.size(), 1);
    const MqttPublishHandlePtr first = client.publish(QStringLiteral("q"), "1", QoS::Q1);
    const MqttPublishHandlePtr second = client.publish(QStringLiteral("q"), "2");
    const MqttPublishHandlePtr third = client.publish(QStringLiteral("q"), "3", QoS::Q1);
    QVERIFY(!third->waitForAcknowledged(WaitMs));
    QCOMPARE(third->error().reasonCode(), ReasonCode::QuotaExceeded);
    QVERIFY2(third->error().message().contains(QStringLiteral("maximumQueuedMessages")),
             qPrintable(third->error().message()));
    QVERIFY(!first->isDone());
    QVERIFY(!second->isDone());

    client.setMaximumQueuedMessages(-1);
    QVERIFY(client.setProperty("maximumQueuedBytes", qint64(10)));
    QCOMPARE(limitsSpy.size(), 3);
    const MqttPublishHandlePtr fits = client.publish(QStringLiteral("q"), "12345678"); // 2 + 8
    const MqttPublishHandlePtr tooMuch = client.publish(QStringLiteral("q"), "x");
    QVERIFY(!tooMuch->waitForAcknowledged(WaitMs));
    QVERIFY2(tooMuch->error().message().contains(QStringLiteral("maximumQueuedBytes")),
             qPrintable(tooMuch->error().message()));
    QVERIFY(!fits->isDone());

    // Once connected, everything queued goes out, and new requests are not bounded.
    DevicePair pair;
    QVERIFY(connectOverSeam(client, pair));
    client.setMaximumQueuedMessages(0);
    const MqttPublishHandlePtr connected = client.publish(QStringLiteral("q"), "online");
    QVERIFY(connected->waitForAcknowledged(WaitMs));
    QVERIFY(second->waitForAcknowledged(WaitMs)); // QoS 0: written after CONNACK
    QVERIFY(fits->waitForAcknowledged(WaitMs));
}

// AliasPolicy (MQTT 3.3.2.3.4): Try and Always take an alias while the broker's Topic Alias
// Maximum allows, send the alias alone once the broker knows it [MQTT-3.3.2-12], never go past
// the maximum [MQTT-3.3.2-9]; Always then fails; a new connection starts over [MQTT-3.3.2-7].
void tst_ClientApi::topicAliasPolicies()
{
    ConnAckPacket connAck;
    connAck.properties.setTopicAliasMaximum(1);
    const auto publishAndRead = [](MqttClient &client, DevicePair &pair, QByteArray &pending,
                                   const QString &topic, AliasPolicy policy) {
        client.publish(topic, "x", QoS::Q0, false, {}, policy);
        return next<PublishPacket>(pair.broker, pending);
    };
    MqttClient client;
    {
        DevicePair pair;
        QVERIFY(connectOverSeam(client, pair, connAck));
        QByteArray pending;
        auto sent = publishAndRead(client, pair, pending, QStringLiteral("t/a"), AliasPolicy::Try);
        QVERIFY(sent.has_value());
        QCOMPARE(sent->topic, QStringLiteral("t/a"));
        QCOMPARE(sent->properties.topicAlias(), std::optional<quint16>(1));
        sent = publishAndRead(client, pair, pending, QStringLiteral("t/a"), AliasPolicy::Always);
        QVERIFY(sent.has_value());
        QVERIFY(sent->topic.isEmpty());
        QCOMPARE(sent->properties.topicAlias(), std::optional<quint16>(1));
        sent = publishAndRead(client, pair, pending, QStringLiteral("t/b"), AliasPolicy::Try);
        QVERIFY(sent.has_value());
        QCOMPARE(sent->topic, QStringLiteral("t/b"));
        QVERIFY(!sent->properties.topicAlias().has_value());

        const MqttPublishHandlePtr refused =
            client.publish(QStringLiteral("t/b"), "x", QoS::Q1, false, {}, AliasPolicy::Always);
        QVERIFY(!refused->waitForAcknowledged(WaitMs));
        QCOMPARE(refused->error().reasonCode(), ReasonCode::TopicAliasInvalid);
        sent = publishAndRead(client, pair, pending, QStringLiteral("t/a"), AliasPolicy::Never);
        QVERIFY(sent.has_value()); // nothing was written for the refused one
        QCOMPARE(sent->topic, QStringLiteral("t/a"));
        QVERIFY(!sent->properties.topicAlias().has_value());
        client.disconnectFromBroker();
        QVERIFY(client.waitForDisconnected(WaitMs));
    }
    DevicePair again;
    QVERIFY(connectOverSeam(client, again, connAck));
    QByteArray pending;
    const auto sent =
        publishAndRead(client, again, pending, QStringLiteral("t/a"), AliasPolicy::Try);
    QVERIFY(sent.has_value());
    QCOMPARE(sent->topic, QStringLiteral("t/a")); // the new connection knows no alias
    QCOMPARE(sent->properties.topicAlias(), std::optional<quint16>(1));
}

// CONNACK's Receive Maximum 2: of five QoS 1 and 2 messages published at once, two go out; a
// SUBSCRIBE made afterwards is not held back [MQTT-3.3.4-8] and arrives next, so no third
// PUBLISH went before it [MQTT-3.3.4-7]. Each PUBACK or PUBCOMP lets exactly one more go (a
// PUBREC does not), in order.
void tst_ClientApi::receiveMaximumHoldsPublishesBack()
{
    DevicePair pair;
    MqttClient client;
    ConnAckPacket connAck;
    connAck.properties.setReceiveMaximum(2);
    QVERIFY(connectOverSeam(client, pair, connAck));
    QByteArray pending;
    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < 5; ++i) {
        handles.append(client.publish(QStringLiteral("rm/%1").arg(i), QByteArray::number(i),
                                      i == 1 ? QoS::Q2 : QoS::Q1));
    }
    // What the client writes up to the fence, a SUBSCRIBE for `filter`: only PUBLISH packets.
    const auto publishesBefore = [&](const QString &filter) {
        client.subscribe(filter);
        QList<QByteArray> payloads;
        while (const std::optional<Packet> packet = nextPacket(pair.broker, pending)) {
            if (const auto *publish = std::get_if<PublishPacket>(&*packet)) {
                payloads.append(publish->payload);
                continue;
            }
            const auto *subscribe = std::get_if<SubscribePacket>(&*packet);
            if (subscribe && subscribe->subscriptions.constFirst().topicFilter == filter)
                return payloads;
            break;
        }
        return QList<QByteArray> {"no fence"};
    };
    QCOMPARE(publishesBefore(QStringLiteral("fence/1")), (QList<QByteArray> {"0", "1"}));

    PubAckPacket pubAck;
    pubAck.packetId = handles.at(0)->packetId();
    pair.broker.write(encodePacket(pubAck, ProtocolVersion::V5));
    QVERIFY(handles.at(0)->waitForAcknowledged(WaitMs));
    QCOMPARE(publishesBefore(QStringLiteral("fence/2")), QList<QByteArray> {"2"});

    PubRecPacket pubRec; // the QoS 2 flow goes on: its quota is not free yet
    pubRec.packetId = handles.at(1)->packetId();
    pair.broker.write(encodePacket(pubRec, ProtocolVersion::V5));
    QVERIFY(next<PubRelPacket>(pair.broker, pending).has_value());
    QCOMPARE(publishesBefore(QStringLiteral("fence/3")), QList<QByteArray>());

    PubCompPacket pubComp;
    pubComp.packetId = handles.at(1)->packetId();
    pair.broker.write(encodePacket(pubComp, ProtocolVersion::V5));
    QVERIFY(handles.at(1)->waitForAcknowledged(WaitMs));
    QCOMPARE(publishesBefore(QStringLiteral("fence/4")), QList<QByteArray> {"3"});
    QVERIFY(!handles.at(4)->isDone());
}

void tst_ClientApi::outOfOrderAcknowledgements_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 5.0") << ProtocolVersion::V5;
    QTest::newRow("MQTT 3.1.1") << ProtocolVersion::V311;
}

// The broker acknowledges in another order than the client published: each handle completes
// when its own acknowledgement arrives, and not before; a QoS 2 flow goes on to PUBREL for the
// identifier the broker named [MQTT-4.3.3-3]. The client must not rely on the order across
// flows, only within one [MQTT-4.6.0-2] (it is the broker's to keep).
void tst_ClientApi::outOfOrderAcknowledgements()
{
    QFETCH(const ProtocolVersion, version);
    SeamBroker broker(version);
    MqttClient client;
    MqttConnectOptions options = seamOptions();
    options.setProtocolVersion(version);
    QVERIFY(broker.connect(client, options));

    const QList<QoS> levels {QoS::Q1, QoS::Q2, QoS::Q1, QoS::Q2};
    QList<MqttPublishHandlePtr> handles;
    QList<quint16> ids;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        handles.append(
            client.publish(QStringLiteral("o/%1").arg(i), QByteArray::number(i), levels.at(i)));
        const auto publish = broker.next<PublishPacket>();
        QVERIFY(publish.has_value());
        QCOMPARE(publish->payload, QByteArray::number(i));
        ids.append(publish->packetId);
    }
    QCOMPARE(QSet<quint16>(ids.cbegin(), ids.cend()).size(), ids.size());
    const auto done = [&] {
        QList<bool> result;
        for (const MqttPublishHandlePtr &handle : handles)
            result.append(handle->isDone());
        return result;
    };

    PubRecPacket pubRec; // the last QoS 2 message first
    pubRec.packetId = ids.at(3);
    broker.send(pubRec);
    const auto pubRel = broker.next<PubRelPacket>();
    QVERIFY(pubRel.has_value());
    QCOMPARE(pubRel->packetId, ids.at(3));
    PubAckPacket pubAck; // then the second QoS 1 message
    pubAck.packetId = ids.at(2);
    broker.send(pubAck);
    QVERIFY(handles.at(2)->waitForAcknowledged(SeamWaitMs));
    QCOMPARE(done(), (QList<bool> {false, false, true, false}));

    PubCompPacket pubComp;
    pubComp.packetId = ids.at(3);
    broker.send(pubComp);
    QVERIFY(handles.at(3)->waitForAcknowledged(SeamWaitMs));
    QCOMPARE(done(), (QList<bool> {false, false, true, true}));

    pubRec.packetId = ids.at(1);
    broker.send(pubRec);
    QCOMPARE(broker.next<PubRelPacket>()->packetId, ids.at(1));
    pubAck.packetId = ids.at(0);
    broker.send(pubAck);
    QVERIFY(handles.at(0)->waitForAcknowledged(SeamWaitMs));
    QVERIFY(!handles.at(1)->isDone());
    pubComp.packetId = ids.at(1);
    broker.send(pubComp);
    QVERIFY(handles.at(1)->waitForAcknowledged(SeamWaitMs));
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY(handle->error().isNull());
    QVERIFY(client.inflightMessages().isEmpty());
    QCOMPARE(client.state(), MqttClient::State::Connected);
}

// The broker sends a third QoS 2 message while two still wait for PUBREL, past the Receive
// Maximum of 2 the client announced [MQTT-3.3.4-9]: the client delivers the first two, not the
// third, ends the connection with DISCONNECT 0x93 Receive Maximum exceeded (MQTT 5.0 4.9) and
// reports the error.
void tst_ClientApi::brokerExceedingOurReceiveMaximum()
{
    SeamBroker broker;
    MqttClient client;
    MqttConnectOptions options = seamOptions();
    ConnectProperties properties;
    properties.setReceiveMaximum(2);
    options.setConnectProperties(properties);
    ConnectPacket connect;
    QVERIFY(broker.connect(client, options, {}, &connect));
    QCOMPARE(connect.properties.receiveMaximum(), std::optional<quint16>(2));
    QSignalSpy delivered(&client, &MqttClient::messageReceived);
    QSignalSpy errors(&client, &MqttClient::errorOccurred);

    for (quint16 id = 1; id <= 3; ++id) {
        PublishPacket publish;
        publish.topic = QStringLiteral("rm/in");
        publish.qos = QoS::Q2;
        publish.packetId = id;
        publish.payload = QByteArray::number(id);
        broker.send(publish);
    }
    QCOMPARE(broker.next<PubRecPacket>()->packetId, quint16(1));
    QCOMPARE(broker.next<PubRecPacket>()->packetId, quint16(2));
    const auto disconnect = broker.next<DisconnectPacket>();
    QVERIFY(disconnect.has_value());
    QCOMPARE(disconnect->reasonCode, ReasonCode::ReceiveMaximumExceeded);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::Closed, SeamWaitMs);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(1).at(0).value<MqttMessage>().payload(), QByteArray("2"));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constLast().at(0).value<MqttError>().reasonCode(),
             ReasonCode::ReceiveMaximumExceeded);
}

// The connection drops with a QoS 1 and a QoS 2 message unacknowledged; the client reconnects and
// the broker kept the session: both go out again with their identifiers, PUBLISH with DUP and
// PUBREL for the one past PUBREC, before a message published while reconnecting
// [MQTT-4.4.0-1] [MQTT-4.6.0-1] [MQTT-3.3.1-1]; their handles complete then, not before.
void tst_ClientApi::sessionResumesAfterLoss()
{
    DevicePair first;
    DevicePair second;
    MqttClient client;
    QByteArray pending;
    QVERIFY(connectReconnecting(client, first, pending, false));

    const MqttPublishHandlePtr qos1 = client.publish(QStringLiteral("s/1"), "one", QoS::Q1);
    const MqttPublishHandlePtr qos2 = client.publish(QStringLiteral("s/2"), "two", QoS::Q2);
    const auto sent1 = next<PublishPacket>(first.broker, pending);
    const auto sent2 = next<PublishPacket>(first.broker, pending);
    QVERIFY(sent1 && sent2);
    QVERIFY(!sent1->dup);
    PubRecPacket pubRec;
    pubRec.packetId = sent2->packetId;
    first.broker.write(encodePacket(pubRec, ProtocolVersion::V5));
    QVERIFY(next<PubRelPacket>(first.broker, pending).has_value());

    client.setTransport(&second.client); // the reconnect's connection
    first.broker.close(); // the connection drops
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), MqttClient::State::ReconnectWait, WaitMs);
    QVERIFY(!qos1->isDone()); // kept for the session, not failed
    QVERIFY(!qos2->isDone());
    const MqttPublishHandlePtr later = client.publish(QStringLiteral("s/3"), "three", QoS::Q1);

    pending.clear();
    const auto reconnect = next<ConnectPacket>(second.broker, pending);
    QVERIFY(reconnect.has_value());
    QVERIFY(!reconnect->cleanStart);
    second.broker.write(encodePacket(connAckWithSession(true), ProtocolVersion::V5));
    const auto resent = next<PublishPacket>(second.broker, pending);
    QVERIFY(resent.has_value());
    QVERIFY(resent->dup);
    QCOMPARE(resent->packetId, sent1->packetId);
    QCOMPARE(resent->payload, QByteArray("one"));
    const auto pubRel = next<PubRelPacket>(second.broker, pending);
    QVERIFY(pubRel.has_value());
    QCOMPARE(pubRel->packetId, sent2->packetId);
    const auto fresh = next<PublishPacket>(second.broker, pending);
    QVERIFY(fresh.has_value());
    QCOMPARE(fresh->payload, QByteArray("three"));
    QVERIFY(!fresh->dup);

    PubAckPacket pubAck;
    pubAck.packetId = sent1->packetId;
    PubCompPacket pubComp;
    pubComp.packetId = sent2->packetId;
    second.broker.write(encodePacket(pubAck, ProtocolVersion::V5) +
                        encodePacket(pubComp, ProtocolVersion::V5));
    QVERIFY(qos1->waitForAcknowledged(WaitMs));
    QVERIFY(qos2->waitForAcknowledged(WaitMs));
    QVERIFY(!later->isDone());
}

// The broker kept no session: the QoS 1 message goes out again as a new PUBLISH (no DUP) and
// completes; the QoS 2 message the broker had taken over (PUBREC) fails instead of risking a
// second delivery.
void tst_ClientApi::noSessionSendsAgainAsNew()
{
    DevicePair first;
    DevicePair second;
    MqttClient client;
    QByteArray pending;
    QVERIFY(connectReconnecting(client, first, pending, true));

    const MqttPublishHandlePtr qos2 = client.publish(QStringLiteral("n/2"), "two", QoS::Q2);
    const MqttPublishHandlePtr qos1 = client.publish(QStringLiteral("n/1"), "one", QoS::Q1);
    const auto sent2 = next<PublishPacket>(first.broker, pending);
    QVERIFY(next<PublishPacket>(first.broker, pending).has_value());
    QVERIFY(sent2.has_value());
    PubRecPacket pubRec;
    pubRec.packetId = sent2->packetId;
    first.broker.write(encodePacket(pubRec, ProtocolVersion::V5));
    QVERIFY(next<PubRelPacket>(first.broker, pending).has_value());

    client.setTransport(&second.client);
    first.broker.close();
    pending.clear();
    QVERIFY(next<ConnectPacket>(second.broker, pending).has_value());
    second.broker.write(encodePacket(connAckWithSession(false), ProtocolVersion::V5));
    const auto again = next<PublishPacket>(second.broker, pending);
    QVERIFY(again.has_value());
    QCOMPARE(again->payload, QByteArray("one"));
    QVERIFY(!again->dup); // a new message [MQTT-3.3.1-3]
    QVERIFY(!qos2->waitForAcknowledged(WaitMs));
    QVERIFY2(qos2->error().message().contains(QStringLiteral("kept no session")),
             qPrintable(qos2->error().message()));
    PubAckPacket pubAck;
    pubAck.packetId = again->packetId;
    second.broker.write(encodePacket(pubAck, ProtocolVersion::V5));
    QVERIFY(qos1->waitForAcknowledged(WaitMs));
}

// A reconnect whose broker kept no session subscribes again, by itself, to every filter the
// broker had granted (not the refused one), with the same options, before anything queued;
// the callback keeps working. With Session Present it sends no SUBSCRIBE.
void tst_ClientApi::resubscribesWhenSessionIsGone()
{
    DevicePair first;
    DevicePair second;
    DevicePair third;
    MqttClient client;
    QByteArray pending;
    QVERIFY(connectReconnecting(client, first, pending, false));

    int viaCallback = 0;
    MqttSubscribeOptions qos1;
    qos1.setMaximumQoS(QoS::Q1);
    const MqttSubscribeHandlePtr granted =
        client.subscribe(QStringLiteral("r/#"), qos1, [&](const MqttMessage &) { ++viaCallback; });
    const MqttSubscribeHandlePtr refused = client.subscribe(QStringLiteral("r/refused"));
    for (const ReasonCode answer : {ReasonCode::GrantedQoS1, ReasonCode::NotAuthorized}) {
        const auto subscribe = next<SubscribePacket>(first.broker, pending);
        QVERIFY(subscribe.has_value());
        SubAckPacket subAck;
        subAck.packetId = subscribe->packetId;
        subAck.reasonCodes = {answer};
        first.broker.write(encodePacket(subAck, ProtocolVersion::V5));
    }
    QVERIFY(granted->waitForAcknowledged(WaitMs));
    QVERIFY(!refused->waitForAcknowledged(WaitMs));

    client.setTransport(&second.client);
    first.broker.close();
    pending.clear();
    QVERIFY(next<ConnectPacket>(second.broker, pending).has_value());
    const MqttPublishHandlePtr queued = client.publish(QStringLiteral("q"), "queued");
    second.broker.write(encodePacket(connAckWithSession(false), ProtocolVersion::V5));
    const auto again = next<SubscribePacket>(second.broker, pending);
    QVERIFY(again.has_value());
    QCOMPARE(again->subscriptions.size(), 1);
    QCOMPARE(again->subscriptions.constFirst().topicFilter, QStringLiteral("r/#"));
    QCOMPARE(again->subscriptions.constFirst().maximumQoS, QoS::Q1);
    const auto queuedPacket = next<PublishPacket>(second.broker, pending);
    QVERIFY(queuedPacket.has_value());
    QCOMPARE(queuedPacket->payload, QByteArray("queued"));
    SubAckPacket subAck;
    subAck.packetId = again->packetId;
    subAck.reasonCodes = {ReasonCode::GrantedQoS1};
    PublishPacket message;
    message.topic = QStringLiteral("r/x");
    message.payload = "after the reconnect";
    second.broker.write(encodePacket(subAck, ProtocolVersion::V5) +
                        encodePacket(message, ProtocolVersion::V5));
    QTRY_COMPARE_WITH_TIMEOUT(viaCallback, 1, WaitMs);

    client.setTransport(&third.client);
    second.broker.close();
    pending.clear();
    QVERIFY(next<ConnectPacket>(third.broker, pending).has_value());
    third.broker.write(encodePacket(connAckWithSession(true), ProtocolVersion::V5));
    QVERIFY(client.waitForConnected(WaitMs));
    client.publish(QStringLiteral("q"), "first after resume");
    const auto firstPacket = nextPacket(third.broker, pending);
    QVERIFY(firstPacket.has_value());
    QVERIFY(std::holds_alternative<PublishPacket>(*firstPacket)); // no SUBSCRIBE before it
}

// onFinished() callables run after finished(), in the order given, never for a destroyed
// context, and at once for a handle that has ended.
void tst_ClientApi::onFinishedFollowsFinishedAndItsContext()
{
    MqttClient client;
    client.connectToBroker(brokerOptions());
    QStringList order;
    const MqttPublishHandlePtr handle =
        client.publish(QStringLiteral("api/onfinished"), "x", QoS::Q1);
    connect(handle.get(), &MqttHandle::finished, this, [&] { order << u"finished"_s; });
    handle->onFinished(this, [&] { order << u"context"_s; });
    auto gone = std::make_unique<QObject>();
    handle->onFinished(gone.get(), [&] { order << u"destroyed context"_s; });
    gone.reset();
    handle->onFinished([&] { order << u"no context"_s; });
    QVERIFY(handle->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, WaitMs);
    QCOMPARE(order, QStringList({u"finished"_s, u"context"_s, u"no context"_s}));

    handle->onFinished(this, [&] { order << u"late, context"_s; });
    handle->onFinished([&] { order << u"late"_s; });
    QCOMPARE(order.mid(3), QStringList({u"late, context"_s, u"late"_s}));
}

QTEST_GUILESS_MAIN(tst_ClientApi)
#include "tst_clientapi.moc"
