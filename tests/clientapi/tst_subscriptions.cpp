// MqttSubscription: states, routing, reconfiguring, unsubscribing, renewal and ownership, over the
// setTransport() seam (the test plays the broker) and through a real mosquitto.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttsubscription.h>
#include <OhMqtt/packet/packet.h>

#include "clientapi/seambroker.h"
#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <QtCore/qmetaobject.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;
using SubscriptionState = MqttSubscription::State;

namespace {

constexpr int WaitMs = 10'000;

// Reads the client's next SUBSCRIBE and answers it with `answer`.
std::optional<SubscribePacket> answerSubscribe(DevicePair &pair, QByteArray &pending,
                                               ReasonCode answer)
{
    std::optional<SubscribePacket> subscribe = next<SubscribePacket>(pair.broker, pending);
    if (subscribe) {
        SubAckPacket subAck;
        subAck.packetId = subscribe->packetId;
        subAck.reasonCodes = {answer};
        pair.broker.write(encodePacket(subAck, ProtocolVersion::V5));
    }
    return subscribe;
}

void sendMessage(DevicePair &pair, const QString &topic, const QList<quint32> &identifiers = {})
{
    PublishPacket message;
    message.topic = topic;
    message.payload = topic.toUtf8();
    for (const quint32 identifier : identifiers)
        message.properties.addSubscriptionIdentifier(identifier);
    pair.broker.write(encodePacket(message, ProtocolVersion::V5));
}

MqttSubscribeOptions withIdentifier(quint32 identifier)
{
    MqttSubscribeOptions options;
    options.setSubscriptionIdentifier(identifier);
    return options;
}

// Counts the messages a subscription gets.
struct Counter
{
    explicit Counter(const MqttSubscriptionPtr &subscription)
        : spy(subscription.get(), &MqttSubscription::messageReceived)
    { }
    qsizetype count() const { return spy.size(); }
    QSignalSpy spy;
};

} // namespace

class tst_Subscriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // over the seam
    void offlineSubscriptionGoesOutOnConnect();
    void refusalIsError();
    void overlappingSubscriptionsEachGetAMessageOnce();
    void streamOnOneTopicFollowsSubscriptionChanges();
    void routesBySubscriptionIdentifier();
    void identifierRefusedWithoutBrokerSupport();
    void subscribingAgainReconfigures();
    void unsubscribingAnUnknownFilterFails();
    void renewalKeepsStatesRight();
    void shutdownAndDestructionEndSubscriptions();
    // through mosquitto
    void clientKeepsSubscriptionAlive();
    void identifiersThroughMosquitto();
    void grantedQoSThroughMosquitto();
    void mqtt311RefusesFiveOnlyOptions();
    void subscriptionsFollowTheClientToItsThread();

private:
    MqttConnectOptions brokerOptions(ProtocolVersion version = ProtocolVersion::V5) const;
    QString topicFor(const MqttClient &client) const;

    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Subscriptions::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

MqttConnectOptions tst_Subscriptions::brokerOptions(ProtocolVersion version) const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId("subscriptions"));
    options.setCleanStart(true);
    options.setProtocolVersion(version);
    return options;
}

QString tst_Subscriptions::topicFor(const MqttClient &client) const
{
    return u"ohmqtt/tst_subscriptions/%1"_s.arg(client.clientId());
}

// Made while closed: Pending, nothing lost; SUBSCRIBE goes out after CONNACK, SUBACK makes it
// Subscribed at the granted QoS. Every property reads through the meta-object; unsubscribe() is
// invokable and ends it at once.
void tst_Subscriptions::offlineSubscriptionGoesOutOnConnect()
{
    MqttClient client;
    MqttSubscribeOptions options;
    options.setMaximumQoS(QoS::Q1);
    const MqttSubscriptionPtr subscription = client.subscribe(u"o/+"_s, options);
    QSignalSpy stateSpy(subscription.get(), &MqttSubscription::stateChanged);
    QSignalSpy qosSpy(subscription.get(), &MqttSubscription::grantedQoSChanged);
    QCOMPARE(subscription->property("state").value<SubscriptionState>(),
             SubscriptionState::Pending);

    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    const auto subscribe = answerSubscribe(pair, pending, ReasonCode::GrantedQoS1);
    QVERIFY(subscribe.has_value());
    QCOMPARE(subscribe->subscriptions.constFirst().topicFilter, u"o/+"_s);
    QCOMPARE(subscribe->subscriptions.constFirst().maximumQoS, QoS::Q1);
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QCOMPARE(states<SubscriptionState>(stateSpy), QList {SubscriptionState::Subscribed});
    QCOMPARE(qosSpy.size(), 1);
    QCOMPARE(subscription->property("grantedQoS").value<QoS>(), QoS::Q1);
    QCOMPARE(subscription->result().grantedQoS(), QoS::Q1);
    QCOMPARE(subscription->property("topicFilter").toString(), u"o/+"_s);
    QCOMPARE(subscription->property("shareName").toString(), QString());
    QCOMPARE(subscription->property("options").value<MqttSubscribeOptions>(), options);
    QVERIFY(subscription->property("lastError").value<MqttError>().isNull());

    const Counter received(subscription);
    MqttUnsubscribeHandlePtr unsubscribe;
    QVERIFY(QMetaObject::invokeMethod(subscription.get(), "unsubscribe",
                                      Q_RETURN_ARG(OhMqtt::MqttUnsubscribeHandlePtr, unsubscribe)));
    QVERIFY(unsubscribe);
    QCOMPARE(subscription->state(), SubscriptionState::Unsubscribed); // at once
    QCOMPARE(states<SubscriptionState>(stateSpy),
             (QList {SubscriptionState::Subscribed, SubscriptionState::Unsubscribed}));
    const auto packet = next<UnsubscribePacket>(pair.broker, pending);
    QVERIFY(packet.has_value());
    QCOMPARE(packet->topicFilters, QStringList {u"o/+"_s});
    UnsubAckPacket unsubAck;
    unsubAck.packetId = packet->packetId;
    unsubAck.reasonCodes = {ReasonCode::Success};
    pair.broker.write(encodePacket(unsubAck, ProtocolVersion::V5));
    QVERIFY(unsubscribe->waitForAcknowledged(WaitMs));

    sendMessage(pair, u"o/after"_s); // unsubscribed: no longer for it
    QSignalSpy clientMessages(&client, &MqttClient::messageReceived);
    QVERIFY(clientMessages.wait(WaitMs));
    QCOMPARE(received.count(), 0);
}

// A SUBACK refusing the filter: Error with the broker's reason, and the client lets go.
void tst_Subscriptions::refusalIsError()
{
    MqttClient client;
    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    QWeakPointer<MqttSubscription> weak;
    {
        const MqttSubscriptionPtr subscription = client.subscribe(u"denied/#"_s);
        weak = subscription;
        QSignalSpy errorSpy(subscription.get(), &MqttSubscription::errorOccurred);
        QSignalSpy stateSpy(subscription.get(), &MqttSubscription::stateChanged);
        QVERIFY(answerSubscribe(pair, pending, ReasonCode::NotAuthorized).has_value());
        QVERIFY(!subscription->waitForAcknowledged(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(states<SubscriptionState>(stateSpy),
                                  QList {SubscriptionState::Error}, WaitMs);
        QCOMPARE(subscription->lastError().reasonCode(), ReasonCode::NotAuthorized);
        QCOMPARE(errorSpy.size(), 1);
        QCOMPARE(errorSpy.at(0).at(0).value<MqttError>().reasonCode(), ReasonCode::NotAuthorized);
        QCOMPARE(subscription->error().reasonCode(), ReasonCode::NotAuthorized); // the handle's
    }
    QVERIFY(weak.isNull());
    const MqttUnsubscribeHandlePtr unsubscribe = client.unsubscribe(u"denied/#"_s);
    QVERIFY(!unsubscribe->waitForAcknowledged(WaitMs)); // the client has no such subscription
}

// One PUBLISH matching several subscriptions: each gets it once (callback first, then its
// signal), the client's messageReceived() once; a '$' topic is not matched by '#'
// [MQTT-4.7.2-1]; a shared subscription matches as its filter does [MQTT-4.8.2].
void tst_Subscriptions::overlappingSubscriptionsEachGetAMessageOnce()
{
    MqttClient client;
    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    QStringList order;
    MqttSubscribeOptions shared;
    shared.setShareName(u"g"_s);
    const MqttSubscriptionPtr all =
        client.subscribe(u"a/#"_s, {}, [&](const MqttMessage &) { order.append(u"callback"_s); });
    connect(all.get(), &MqttSubscription::messageReceived, this,
            [&] { order.append(u"signal"_s); });
    const QList<MqttSubscriptionPtr> subscriptions {
        all, client.subscribe(u"a/+"_s), client.subscribe(u"a/+"_s, shared),
        client.subscribe(u"b/+"_s), client.subscribe(u"#"_s)};
    std::vector<std::unique_ptr<Counter>> counters;
    for (const MqttSubscriptionPtr &subscription : subscriptions) {
        counters.push_back(std::make_unique<Counter>(subscription));
        QVERIFY(answerSubscribe(pair, pending, GrantedQoS0).has_value());
    }
    for (const MqttSubscriptionPtr &subscription : subscriptions)
        QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QCOMPARE(subscriptions.at(2)->topicFilter(), u"$share/g/a/+"_s);

    QSignalSpy clientMessages(&client, &MqttClient::messageReceived);
    sendMessage(pair, u"a/x"_s);
    QVERIFY(clientMessages.wait(WaitMs));
    const QList<qsizetype> expected {1, 1, 1, 0, 1};
    for (qsizetype i = 0; i < subscriptions.size(); ++i)
        QCOMPARE(counters.at(i)->count(), expected.at(i));
    QCOMPARE(clientMessages.size(), 1);
    QCOMPARE(order, (QStringList {u"callback"_s, u"signal"_s}));

    sendMessage(pair, u"$SYS/x"_s);
    QVERIFY(clientMessages.wait(WaitMs));
    QCOMPARE(counters.at(4)->count(), 1); // '#' does not reach into '$' topics
}

// Messages on one topic keep coming while subscriptions come and go: each message reaches the
// subscriptions that match it when it arrives, not those of the first message on that topic.
void tst_Subscriptions::streamOnOneTopicFollowsSubscriptionChanges()
{
    MqttClient client;
    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    QSignalSpy clientMessages(&client, &MqttClient::messageReceived);
    const auto sendAndWait = [&] {
        sendMessage(pair, u"s/t"_s);
        return clientMessages.wait(WaitMs);
    };
    // A subscription the broker granted, or null.
    const auto subscribed = [&](const QString &filter) {
        MqttSubscriptionPtr subscription = client.subscribe(filter);
        if (!answerSubscribe(pair, pending, GrantedQoS0) ||
            !subscription->waitForAcknowledged(WaitMs))
            subscription.reset();
        return subscription;
    };
    QVERIFY(sendAndWait()); // no subscription yet: the client gets it, none of them
    const MqttSubscriptionPtr first = subscribed(u"s/t"_s);
    QVERIFY(first);
    const Counter toFirst(first);
    QVERIFY(sendAndWait());
    QCOMPARE(toFirst.count(), 1);

    const MqttSubscriptionPtr second = subscribed(u"s/#"_s);
    QVERIFY(second);
    const Counter toSecond(second);
    QVERIFY(sendAndWait());
    QCOMPARE(toFirst.count(), 2);
    QCOMPARE(toSecond.count(), 1);

    first->unsubscribe();
    QVERIFY(next<UnsubscribePacket>(pair.broker, pending).has_value());
    QVERIFY(sendAndWait());
    QCOMPARE(toFirst.count(), 2);
    QCOMPARE(toSecond.count(), 2);

    // Reconfigured: the new subscription of the filter takes the messages over.
    const MqttSubscriptionPtr third = subscribed(u"s/#"_s);
    QVERIFY(third);
    const Counter toThird(third);
    QVERIFY(sendAndWait());
    QCOMPARE(toSecond.count(), 2);
    QCOMPARE(toThird.count(), 1);
    QCOMPARE(clientMessages.size(), 5);
}

// The broker supports Subscription Identifiers (CONNACK says nothing otherwise): a subscription
// with one gets a message when the message carries it [MQTT-3.3.4-3], also when it carries
// several [MQTT-3.3.4-4]; one without gets it by topic.
void tst_Subscriptions::routesBySubscriptionIdentifier()
{
    MqttClient client;
    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    QVERIFY(client.connectResult().isSubscriptionIdentifierAvailable());
    const MqttSubscriptionPtr all = client.subscribe(u"i/#"_s, withIdentifier(1));
    const MqttSubscriptionPtr one = client.subscribe(u"i/+"_s, withIdentifier(2));
    const MqttSubscriptionPtr plain = client.subscribe(u"i/x"_s);
    for (int i = 0; i < 3; ++i) {
        const auto subscribe = answerSubscribe(pair, pending, GrantedQoS0);
        QVERIFY(subscribe.has_value());
        QCOMPARE(subscribe->properties.subscriptionIdentifier().value_or(0),
                 quint32(i < 2 ? i + 1 : 0));
    }
    QVERIFY(plain->waitForAcknowledged(WaitMs));
    const Counter toAll(all);
    const Counter toOne(one);
    const Counter toPlain(plain);
    QSignalSpy clientMessages(&client, &MqttClient::messageReceived);

    sendMessage(pair, u"i/x"_s, {2}); // a copy for "i/+" alone [MQTT-3.3.4-5]
    QVERIFY(clientMessages.wait(WaitMs));
    QCOMPARE(toAll.count(), 0);
    QCOMPARE(toOne.count(), 1);
    QCOMPARE(toPlain.count(), 1);
    sendMessage(pair, u"i/x"_s, {1, 2}); // one copy for both
    QVERIFY(clientMessages.wait(WaitMs));
    QCOMPARE(toAll.count(), 1);
    QCOMPARE(toOne.count(), 2);
    QCOMPARE(toPlain.count(), 2);
    sendMessage(pair, u"i/x"_s); // a copy for a subscription without identifier
    QVERIFY(clientMessages.wait(WaitMs));
    QCOMPARE(toAll.count(), 1);
    QCOMPARE(toOne.count(), 2);
    QCOMPARE(toPlain.count(), 3);
}

// CONNACK says Subscription Identifier Available 0: a SUBSCRIBE with one is not sent, and the
// subscription is in Error; one without is subscribed and routed by topic.
void tst_Subscriptions::identifierRefusedWithoutBrokerSupport()
{
    MqttClient client;
    DevicePair pair;
    QByteArray pending;
    ConnAckPacket connAck;
    connAck.properties.setSubscriptionIdentifierAvailable(false);
    QVERIFY(connectOverSeam(client, pair, connAck));
    const MqttSubscriptionPtr refused = client.subscribe(u"n/#"_s, withIdentifier(7));
    QVERIFY(!refused->waitForAcknowledged(WaitMs));
    QCOMPARE(refused->state(), SubscriptionState::Error);
    QCOMPARE(refused->lastError().reasonCode(), ReasonCode::SubscriptionIdentifiersNotSupported);
    const MqttSubscriptionPtr plain = client.subscribe(u"n/+"_s);
    const auto subscribe = answerSubscribe(pair, pending, GrantedQoS0);
    QVERIFY(subscribe.has_value()); // the first SUBSCRIBE the broker sees is this one
    QCOMPARE(subscribe->subscriptions.constFirst().topicFilter, u"n/+"_s);
    QVERIFY(plain->waitForAcknowledged(WaitMs));
    const Counter toPlain(plain);
    sendMessage(pair, u"n/x"_s, {9}); // identifiers are not looked at
    QTRY_COMPARE_WITH_TIMEOUT(toPlain.count(), 1, WaitMs);
}

// The same share name and filter again: the new subscription takes the routing over at once; an
// earlier one still Pending fails with the reference's ReconfiguredError, and its late SUBACK
// changes nothing; an earlier Subscribed one is Unsubscribed, without error. Another share name
// is another subscription.
void tst_Subscriptions::subscribingAgainReconfigures()
{
    MqttClient client;
    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    const MqttSubscriptionPtr first = client.subscribe(u"r/+"_s);
    QSignalSpy firstFailed(first.get(), &MqttSubscription::failed);
    QSignalSpy firstErrors(first.get(), &MqttSubscription::errorOccurred);
    const auto firstSubscribe = next<SubscribePacket>(pair.broker, pending);
    QVERIFY(firstSubscribe.has_value());
    MqttSubscribeOptions qos1;
    qos1.setMaximumQoS(QoS::Q1);
    const MqttSubscriptionPtr second = client.subscribe(u"r/+"_s, qos1);
    QVERIFY(firstFailed.wait(WaitMs));
    QCOMPARE(first->state(), SubscriptionState::Error);
    QCOMPARE(first->error().kind(), MqttError::Kind::Reconfigured);
    QCOMPARE(first->lastError().kind(), MqttError::Kind::Reconfigured);
    QCOMPARE(firstErrors.size(), 1);
    const auto secondSubscribe = next<SubscribePacket>(pair.broker, pending);
    QVERIFY(secondSubscribe.has_value());
    QCOMPARE(secondSubscribe->subscriptions.constFirst().maximumQoS, QoS::Q1);

    // The first SUBACK and a message: the message is the second's already, which stays Pending.
    SubAckPacket subAck;
    subAck.packetId = firstSubscribe->packetId;
    subAck.reasonCodes = {ReasonCode::GrantedQoS2};
    pair.broker.write(encodePacket(subAck, ProtocolVersion::V5));
    const Counter toFirst(first);
    const Counter toSecond(second);
    sendMessage(pair, u"r/x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(toSecond.count(), 1, WaitMs);
    QCOMPARE(toFirst.count(), 0);
    QCOMPARE(second->state(), SubscriptionState::Pending);
    QVERIFY(first->isFailed());
    subAck.packetId = secondSubscribe->packetId;
    subAck.reasonCodes = {ReasonCode::GrantedQoS1};
    pair.broker.write(encodePacket(subAck, ProtocolVersion::V5));
    QVERIFY(second->waitForAcknowledged(WaitMs));
    QCOMPARE(second->state(), SubscriptionState::Subscribed);
    QCOMPARE(second->grantedQoS(), QoS::Q1);

    QSignalSpy secondStates(second.get(), &MqttSubscription::stateChanged);
    const MqttSubscriptionPtr third = client.subscribe(u"r/+"_s);
    QCOMPARE(states<SubscriptionState>(secondStates), QList {SubscriptionState::Unsubscribed});
    QVERIFY(second->lastError().isNull());
    MqttSubscribeOptions shared;
    shared.setShareName(u"g"_s);
    const MqttSubscriptionPtr sharedOne = client.subscribe(u"r/+"_s, shared);
    QCOMPARE(third->state(), SubscriptionState::Pending); // not taken over by the shared one
    const Counter toThird(third);
    const Counter toShared(sharedOne);
    sendMessage(pair, u"r/y"_s);
    QTRY_COMPARE_WITH_TIMEOUT(toThird.count(), 1, WaitMs);
    QCOMPARE(toShared.count(), 1);
    QCOMPARE(toSecond.count(), 1);

    // The superseded one cannot unsubscribe the filter from under the new one.
    const MqttUnsubscribeHandlePtr stale = second->unsubscribe();
    QVERIFY(!stale->waitForAcknowledged(WaitMs));
    QCOMPARE(stale->error().kind(), MqttError::Kind::NoMatchingSubscription);
    QCOMPARE(third->state(), SubscriptionState::Pending);
}

// unsubscribe() of a filter the client has no subscription to, granted or pending: the handle
// fails with the reference's NoMatchingSubscriptionError, from the event loop, and nothing goes
// to the broker.
void tst_Subscriptions::unsubscribingAnUnknownFilterFails()
{
    MqttClient client;
    const MqttUnsubscribeHandlePtr offline = client.unsubscribe(u"never/+"_s);
    QSignalSpy offlineFailed(offline.get(), &MqttHandle::failed);
    QVERIFY(offlineFailed.wait(WaitMs)); // connected after the call, and still seen
    const MqttError error = offline->error();
    QCOMPARE(error.kind(), MqttError::Kind::NoMatchingSubscription);
    QCOMPARE(error.reasonCode(), ReasonCode::NoSubscriptionExisted);
    QVERIFY2(error.message().contains(u"'never/+'"_s), qPrintable(error.message()));

    DevicePair pair;
    QByteArray pending;
    QVERIFY(connectOverSeam(client, pair));
    const MqttSubscriptionPtr subscription = client.subscribe(u"u/a"_s);
    QVERIFY(answerSubscribe(pair, pending, GrantedQoS0).has_value());
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    const MqttUnsubscribeHandlePtr otherShare = client.unsubscribe(u"u/a"_s, u"g"_s);
    QVERIFY(!otherShare->waitForAcknowledged(WaitMs));
    QCOMPARE(otherShare->error().kind(), MqttError::Kind::NoMatchingSubscription);
    QCOMPARE(subscription->state(), SubscriptionState::Subscribed);
    const MqttUnsubscribeHandlePtr known = client.unsubscribe(u"u/a"_s);
    const MqttUnsubscribeHandlePtr again = client.unsubscribe(u"u/a"_s);
    QVERIFY(!again->waitForAcknowledged(WaitMs));
    QCOMPARE(again->error().kind(), MqttError::Kind::NoMatchingSubscription);
    client.publish(u"marker"_s, "after");
    const auto unsubscribe = next<UnsubscribePacket>(pair.broker, pending);
    QVERIFY(unsubscribe.has_value());
    QCOMPARE(unsubscribe->topicFilters, QStringList {u"u/a"_s});
    const auto marker = next<PublishPacket>(pair.broker, pending);
    QVERIFY(marker.has_value()); // no other UNSUBSCRIBE went out
    QCOMPARE(marker->topic, u"marker"_s);
    QVERIFY(!known->isDone());
}

// Reconnecting without a session: granted subscriptions are Pending until the client's own
// SUBSCRIBE is granted again; a refusal then is Error, also reported by the client. A renewal
// the connection cut short goes out again even when the next broker kept the session; a first
// SUBSCRIBE it cut short fails, like any request in flight.
void tst_Subscriptions::renewalKeepsStatesRight()
{
    DevicePair pairs[4];
    MqttClient client;
    QByteArray pending;
    QVERIFY(connectReconnecting(client, pairs[0], pending, false));
    const MqttSubscriptionPtr kept = client.subscribe(u"k/1"_s);
    const MqttSubscriptionPtr refused = client.subscribe(u"k/2"_s);
    QVERIFY(answerSubscribe(pairs[0], pending, ReasonCode::GrantedQoS2).has_value());
    QVERIFY(answerSubscribe(pairs[0], pending, ReasonCode::GrantedQoS2).has_value());
    QVERIFY(refused->waitForAcknowledged(WaitMs));
    QSignalSpy keptStates(kept.get(), &MqttSubscription::stateChanged);
    QSignalSpy clientErrors(&client, &MqttClient::errorOccurred);
    const auto quotaErrors = [&] { // the refused renewal's; the connection's own are others
        return std::count_if(clientErrors.cbegin(), clientErrors.cend(), [](const auto &arguments) {
            return arguments.at(0).template value<MqttError>().reasonCode() ==
                ReasonCode::QuotaExceeded;
        });
    };

    const auto reconnect = [&](int index, bool sessionPresent) {
        client.setTransport(&pairs[index].client);
        pairs[index - 1].broker.close();
        pending.clear();
        if (!next<ConnectPacket>(pairs[index].broker, pending))
            return false;
        pairs[index].broker.write(
            encodePacket(connAckWithSession(sessionPresent), ProtocolVersion::V5));
        return true;
    };
    const MqttSubscriptionPtr cut = client.subscribe(u"k/3"_s); // written, never answered
    QVERIFY(next<SubscribePacket>(pairs[0].broker, pending).has_value());
    QVERIFY(reconnect(1, false));
    QCOMPARE(cut->state(), SubscriptionState::Error); // not renewed: never granted
    QVERIFY2(cut->lastError().message().contains(u"connection closed"_s),
             qPrintable(cut->lastError().message()));
    const auto renewKept = next<SubscribePacket>(pairs[1].broker, pending);
    const auto renewRefused = next<SubscribePacket>(pairs[1].broker, pending);
    QVERIFY(renewKept && renewRefused);
    QCOMPARE(kept->state(), SubscriptionState::Pending);
    QCOMPARE(refused->state(), SubscriptionState::Pending);
    SubAckPacket subAck;
    subAck.packetId = renewKept->packetId;
    subAck.reasonCodes = {ReasonCode::GrantedQoS1};
    pairs[1].broker.write(encodePacket(subAck, ProtocolVersion::V5));
    subAck.packetId = renewRefused->packetId;
    subAck.reasonCodes = {ReasonCode::QuotaExceeded};
    pairs[1].broker.write(encodePacket(subAck, ProtocolVersion::V5));
    QTRY_COMPARE_WITH_TIMEOUT(refused->state(), SubscriptionState::Error, WaitMs);
    QCOMPARE(refused->lastError().reasonCode(), ReasonCode::QuotaExceeded);
    QVERIFY(refused->isAcknowledged()); // the handle: its own SUBSCRIBE was granted
    QCOMPARE(quotaErrors(), 1);
    QCOMPARE(kept->state(), SubscriptionState::Subscribed);
    QCOMPARE(kept->grantedQoS(), QoS::Q1);
    QCOMPARE(states<SubscriptionState>(keptStates),
             (QList {SubscriptionState::Pending, SubscriptionState::Subscribed}));

    // Cut short: no SUBACK before the connection ends; the next broker has a session.
    QVERIFY(reconnect(2, false));
    QVERIFY(next<SubscribePacket>(pairs[2].broker, pending).has_value());
    QCOMPARE(kept->state(), SubscriptionState::Pending);
    QVERIFY(reconnect(3, true));
    const auto renewedAgain = answerSubscribe(pairs[3], pending, ReasonCode::GrantedQoS2);
    QVERIFY(renewedAgain.has_value());
    QCOMPARE(renewedAgain->subscriptions.constFirst().topicFilter, u"k/1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(kept->state(), SubscriptionState::Subscribed, WaitMs);
    QCOMPARE(kept->grantedQoS(), QoS::Q2);
    QCOMPARE(quotaErrors(), 1);
}

// shutdown(): Subscribed ones are Unsubscribed, Pending ones fail; after the client is
// destroyed, unsubscribe() gives a handle that has failed.
void tst_Subscriptions::shutdownAndDestructionEndSubscriptions()
{
    MqttSubscriptionPtr granted;
    MqttSubscriptionPtr waiting;
    {
        MqttClient client;
        DevicePair pair;
        QByteArray pending;
        QVERIFY(connectOverSeam(client, pair));
        granted = client.subscribe(u"d/1"_s);
        QVERIFY(answerSubscribe(pair, pending, GrantedQoS0).has_value());
        QVERIFY(granted->waitForAcknowledged(WaitMs));
        waiting = client.subscribe(u"d/2"_s);
        client.shutdown();
        QVERIFY(client.waitForShutdown(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(granted->state(), SubscriptionState::Unsubscribed, WaitMs);
        QCOMPARE(waiting->state(), SubscriptionState::Error);
        QVERIFY(waiting->isFailed());
        const MqttUnsubscribeHandlePtr late = granted->unsubscribe();
        QVERIFY(!late->waitForAcknowledged(WaitMs));
        QVERIFY2(late->error().message().contains(u"shut down"_s),
                 qPrintable(late->error().message()));
    }
    MqttSubscriptionPtr orphan;
    {
        MqttClient client;
        orphan = client.subscribe(u"d/3"_s); // Pending, waiting for a connection
    }
    QCOMPARE(orphan->state(), SubscriptionState::Error);
    QVERIFY2(orphan->lastError().message().contains(u"destroyed"_s),
             qPrintable(orphan->lastError().message()));
    const MqttUnsubscribeHandlePtr gone = granted->unsubscribe();
    QSignalSpy goneFailed(gone.get(), &MqttHandle::failed);
    QVERIFY(goneFailed.wait(WaitMs));
    QVERIFY2(gone->error().message().contains(u"destroyed"_s), qPrintable(gone->error().message()));
}

// The caller drops its pointer: the client holds the subscription while it is Subscribed, so
// its messageReceived() goes on; once unsubscribed the client lets go, and it is destroyed.
void tst_Subscriptions::clientKeepsSubscriptionAlive()
{
    MqttClient client;
    QVERIFY(client.connectToBroker(brokerOptions()));
    QVERIFY(client.waitForConnected(WaitMs));
    const QString topic = topicFor(client);
    int received = 0;
    QWeakPointer<MqttSubscription> weak;
    {
        const MqttSubscriptionPtr subscription = client.subscribe(topic);
        connect(subscription.get(), &MqttSubscription::messageReceived, this, [&] { ++received; });
        QVERIFY(subscription->waitForAcknowledged(WaitMs));
        weak = subscription;
    }
    QVERIFY(!weak.isNull());
    QVERIFY(client.publish(topic, "kept", QoS::Q1)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(received, 1, WaitMs);
    QVERIFY(client.unsubscribe(topic)->waitForAcknowledged(WaitMs));
    QVERIFY(weak.isNull());
}

// mosquitto sends a copy of a message for each matching subscription, each with its
// subscription's identifier [MQTT-3.3.4-5]: routed by identifier, each subscription gets the
// message once; the client's messageReceived() sees every copy.
void tst_Subscriptions::identifiersThroughMosquitto()
{
    MqttClient client;
    QVERIFY(client.connectToBroker(brokerOptions()));
    QVERIFY(client.waitForConnected(WaitMs));
    QVERIFY(client.connectResult().isSubscriptionIdentifierAvailable());
    const QString topic = topicFor(client);
    const MqttSubscriptionPtr all = client.subscribe(topic + u"/#"_s, withIdentifier(1));
    const MqttSubscriptionPtr one = client.subscribe(topic + u"/+"_s, withIdentifier(2));
    QVERIFY(all->waitForAcknowledged(WaitMs));
    QVERIFY(one->waitForAcknowledged(WaitMs));
    const Counter toAll(all);
    const Counter toOne(one);
    QSignalSpy clientMessages(&client, &MqttClient::messageReceived);

    client.publish(topic + u"/x"_s, "both");
    client.publish(topic + u"/x/fence"_s, "only for #"); // after the copies of the first
    QTRY_COMPARE_WITH_TIMEOUT(toAll.count(), 2, WaitMs);
    QCOMPARE(toOne.count(), 1);
    QCOMPARE(toAll.spy.at(0).at(0).value<MqttMessage>().payload(), QByteArray("both"));
    QCOMPARE(clientMessages.size(), 3); // two copies of the first
}

void tst_Subscriptions::grantedQoSThroughMosquitto()
{
    MqttClient client;
    QVERIFY(client.connectToBroker(brokerOptions()));
    QVERIFY(client.waitForConnected(WaitMs));
    MqttSubscribeOptions options;
    options.setMaximumQoS(QoS::Q1);
    const MqttSubscriptionPtr subscription = client.subscribe(topicFor(client), options);
    QSignalSpy qosSpy(subscription.get(), &MqttSubscription::grantedQoSChanged);
    QVERIFY(subscription->waitForAcknowledged(WaitMs));
    QCOMPARE(subscription->state(), SubscriptionState::Subscribed);
    QCOMPARE(subscription->grantedQoS(), QoS::Q1);
    QCOMPARE(qosSpy.size(), 1);
    QCOMPARE(qosSpy.at(0).at(0).value<QoS>(), QoS::Q1);
}

// MQTT 3.1.1 has no No Local, Retain As Published, Retain Handling or Subscription Identifier:
// a subscription asking for one is not sent, and is in Error; the connection goes on.
void tst_Subscriptions::mqtt311RefusesFiveOnlyOptions()
{
    MqttClient client;
    QVERIFY(client.connectToBroker(brokerOptions(ProtocolVersion::V311)));
    QVERIFY(client.waitForConnected(WaitMs));
    const QString topic = topicFor(client);
    MqttSubscribeOptions noLocal;
    noLocal.setNoLocal(true);
    MqttSubscribeOptions retainPolicy;
    retainPolicy.setRetainPolicy(RetainPolicy::Never);
    for (const MqttSubscribeOptions &options : {noLocal, retainPolicy, withIdentifier(3)}) {
        const MqttSubscriptionPtr refused = client.subscribe(topic, options);
        QVERIFY(!refused->waitForAcknowledged(WaitMs));
        QCOMPARE(refused->state(), SubscriptionState::Error);
        QVERIFY2(refused->lastError().message().contains(u"does not exist in MQTT 3.1.1"_s),
                 qPrintable(refused->lastError().message()));
    }
    const MqttSubscriptionPtr plain = client.subscribe(topic);
    QVERIFY(plain->waitForAcknowledged(WaitMs));
    QCOMPARE(plain->grantedQoS(), QoS::Q2);
    const Counter toPlain(plain);
    client.publish(topic, "3.1.1");
    QTRY_COMPARE_WITH_TIMEOUT(toPlain.count(), 1, WaitMs);
    QVERIFY(client.isConnected());
}

// startLoop(): a subscription made before moves with the client to its thread, where its
// signals come from; unsubscribe() and the waits work from the test's thread.
void tst_Subscriptions::subscriptionsFollowTheClientToItsThread()
{
    auto client = std::make_unique<MqttClient>();
    const QString topic = u"ohmqtt/tst_subscriptions/thread/%1"_s.arg(uniqueClientId("threads"));
    const MqttSubscriptionPtr early = client->subscribe(topic);
    QVERIFY(client->startLoop());
    QCOMPARE(early->thread(), client->thread());
    QVERIFY(client->connectToBroker(brokerOptions()));
    QVERIFY(client->waitForConnected(WaitMs));
    QVERIFY(early->waitForAcknowledged(WaitMs)); // on a condition: the loop thread does the work
    QCOMPARE(early->state(), SubscriptionState::Subscribed);
    QObject receiver; // in the test's thread: a queued connection
    int received = 0;
    connect(early.get(), &MqttSubscription::messageReceived, &receiver, [&] { ++received; });
    QVERIFY(client->publish(topic, "across", QoS::Q1)->waitForAcknowledged(WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(received, 1, WaitMs);
    const MqttUnsubscribeHandlePtr unsubscribe = early->unsubscribe();
    QVERIFY(unsubscribe->waitForAcknowledged(WaitMs));
    QCOMPARE(early->state(), SubscriptionState::Unsubscribed);
    client.reset();
    QVERIFY(!early->unsubscribe()->waitForAcknowledged(WaitMs));
}

QTEST_GUILESS_MAIN(tst_Subscriptions)
#include "tst_subscriptions.moc"
