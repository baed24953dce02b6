// ProtocolEngine: bytes in, events out — connect, errors, keepalive, acknowledgements, packet ids.
#include "engine/enginetesting.h"
#include "engine/tests.h"

#include <QtTest/qtest.h>

#include <array>
#include <set>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Runs the engine's timers on a virtual clock: StartTimer and StopTimer set deadlines, and
// advance() fires the earliest one, as a caller's single-shot timers would.
struct VirtualTimers
{
    std::array<std::optional<std::chrono::milliseconds>, Engine::TimerCount> deadlines;
    std::chrono::milliseconds now {0};

    void apply(const Engine::Events &events)
    {
        for (const Engine::Event &event : events) {
            if (const auto *start = std::get_if<Engine::StartTimer>(&event))
                deadlines[int(start->timer)] = now + start->interval;
            else if (const auto *stop = std::get_if<Engine::StopTimer>(&event))
                deadlines[int(stop->timer)].reset();
        }
    }

    // The timer due first and its deadline, if any is running.
    std::optional<std::pair<Engine::Timer, std::chrono::milliseconds>> next() const
    {
        std::optional<std::pair<Engine::Timer, std::chrono::milliseconds>> first;
        for (int i = 0; i < Engine::TimerCount; ++i) {
            if (deadlines[i] && (!first || *deadlines[i] < first->second))
                first = std::pair(Engine::Timer(i), *deadlines[i]);
        }
        return first;
    }
};

} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT

private slots:
    void startWritesConnect_data();
    void startWritesConnect();
    void connAckConnects_data() { addVersionRows(); }
    void connAckConnects();
    void connAckInFragments_data() { addVersionRows(); }
    void connAckInFragments();
    void refusingConnAckCloses_data();
    void refusingConnAckCloses();
    void packetBeforeConnAckIsProtocolError_data() { addVersionRows(); }
    void packetBeforeConnAckIsProtocolError();
    void secondConnAckIsProtocolError();
    void sessionPresentAnswersCleanStartZeroOnly_data();
    void sessionPresentAnswersCleanStartZeroOnly();
    void serverOnlySendsServerPackets();
    void keepAliveSendsPingReq_data() { addVersionRows(); }
    void keepAliveSendsPingReq();
    void missingPingRespCloses();
    void peerSilenceSendsPingReq();
    void silentPeerClosedWithinOneAndAHalfKeepAlive_data();
    void silentPeerClosedWithinOneAndAHalfKeepAlive();
    void answeringPeerStaysConnected();
    void sendingRestartsKeepAlive();
    void keepAliveZeroSetsNoTimer();
    void serverKeepAliveOverrides_data();
    void serverKeepAliveOverrides();
    void qos1PublishIsAcknowledged_data() { addVersionRows(); }
    void qos2PublishIsDeliveredOnce_data() { addVersionRows(); }
    void clientMaximumPacketSizeEnforced();
    void subscribeFlowReleasesPacketId_data() { addVersionRows(); }
    void subscribeFlowReleasesPacketId();
    void unsolicitedSubAckIsProtocolError();
    void subAckWithWrongCountIsProtocolError();
    void unsubscribeFlow_data() { addVersionRows(); }
    void unsubscribeFlow();
    void sendNeedsAcquiredPacketId();
    void sendBeforeConnAckIsRejected();
    void serverMaximumQosAndRetainEnforced();
    void publishWithSubscriptionIdentifierIsRejected();
    void packetIdsAreUniqueAndNonZero();
    void serverDisconnectCloses();
    void serverDisconnectReasonAndReference();
    void clientDisconnect_data() { addVersionRows(); }
    void clientDisconnect();
    void serverOnlyDisconnectReasonRejected();
    void disconnectSessionExpiryNeedsOneInConnect();
    void unexpectedCloseIsUnspecified();
    void engineRestartsAfterClose();
    void bytesAfterCloseAreIgnored();
    void sentBytesHeldElsewhereAreNotReused();
};

void tst_Engine::startWritesConnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("expected");
    // Fixed header, "MQTT", level, flags (Clean Start), Keep Alive 60, [properties], client id "c".
    QTest::newRow("5.0") << ProtocolVersion::V5 << hex("100e00044d5154540502003c00000163");
    QTest::newRow("3.1.1") << ProtocolVersion::V311 << hex("100d00044d5154540402003c000163");
}

void tst_Engine::startWritesConnect()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, expected);
    ProtocolEngine engine;
    const auto events = engine.start(connectPacket(version, 60));
    QCOMPARE(written(events), expected);
    const auto sent = firstOf<Engine::SendBytes>(events);
    QVERIFY(sent);
    QCOMPARE(sent->packetType, PacketType::Connect);
    QCOMPARE(engine.state(), Engine::State::ConnectSent);
    QVERIFY(!timerStarted(events, Engine::Timer::KeepAlive)); // not before CONNACK
}

void tst_Engine::connAckConnects()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version, 60));
    const QByteArray connAck = version == ProtocolVersion::V5 ? hex("2003000000") : hex("20020000");
    const auto events = engine.receive(connAck);
    QCOMPARE(eventsOf<Engine::Connected>(events).size(), 1);
    QCOMPARE(firstOf<Engine::Connected>(events)->connAck.reasonCode, ReasonCode::Success);
    QCOMPARE(engine.state(), Engine::State::Connected);
    QCOMPARE(timerStarted(events, Engine::Timer::KeepAlive), std::optional(60'000ms));
    QVERIFY(written(events).isEmpty());
}

void tst_Engine::connAckInFragments()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version));
    const QByteArray connAck = connAckBytes(version);
    for (qsizetype i = 0; i + 1 < connAck.size(); ++i)
        QVERIFY(engine.receive(connAck.mid(i, 1)).empty());
    QVERIFY(has<Engine::Connected>(engine.receive(connAck.right(1))));
}

void tst_Engine::refusingConnAckCloses_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("connAck");
    QTest::newRow("5.0 Not authorized") << ProtocolVersion::V5 << hex("2003008700");
    QTest::newRow("3.1.1 return code 5") << ProtocolVersion::V311 << hex("20020005");
}

void tst_Engine::refusingConnAckCloses()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, connAck);
    ProtocolEngine engine;
    engine.start(connectPacket(version));
    const auto events = engine.receive(connAck);
    QVERIFY(!has<Engine::Connected>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::NotAuthorized);
    QVERIFY(written(events).isEmpty()); // the server closes; nothing to say
    QVERIFY(has<Engine::Close>(events));
    QCOMPARE(engine.connAck().reasonCode, ReasonCode::NotAuthorized);
    const auto closed = engine.closed();
    QCOMPARE(disconnectReason(closed), std::optional(ReasonCode::NotAuthorized));
}

// [MQTT-3.2.0-1] the server's first packet is CONNACK.
void tst_Engine::packetBeforeConnAckIsProtocolError()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version));
    const auto events = engine.receive(publishBytes(version, QStringLiteral("a"), QoS::Q0, 0));
    QVERIFY(!has<Engine::PacketReceived>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
    QCOMPARE(written(events), version == ProtocolVersion::V5 ? hex("e00182") : QByteArray());
    QVERIFY(has<Engine::Close>(events));
}

// [MQTT-3.2.0-2]
void tst_Engine::secondConnAckIsProtocolError()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    const auto events = engine.receive(connAckBytes(ProtocolVersion::V5));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
    QCOMPARE(written(events), hex("e00182"));
}

void tst_Engine::sessionPresentAnswersCleanStartZeroOnly_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("cleanStart");
    QTest::newRow("5.0 Clean Start 1: Protocol Error") << ProtocolVersion::V5 << true;
    QTest::newRow("5.0 Clean Start 0: resumed") << ProtocolVersion::V5 << false;
    QTest::newRow("3.1.1 Clean Session 1: Protocol Error") << ProtocolVersion::V311 << true;
    QTest::newRow("3.1.1 Clean Session 0: resumed") << ProtocolVersion::V311 << false;
}

// [MQTT-3.2.2-4] a server answering Clean Start 1 sets Session Present 0; Session Present 1 then
// ends the connection with Protocol Error. After Clean Start 0 it means the session resumed.
void tst_Engine::sessionPresentAnswersCleanStartZeroOnly()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, cleanStart);
    ProtocolEngine engine;
    ConnectPacket connect = connectPacket(version);
    connect.cleanStart = cleanStart;
    engine.start(connect);
    ConnAckPacket connAck;
    connAck.sessionPresent = true;
    const auto events = engine.receive(encodePacket(connAck, version));
    if (!cleanStart) {
        QVERIFY(has<Engine::Connected>(events));
        QVERIFY(engine.connAck().sessionPresent);
        return;
    }
    QVERIFY(!has<Engine::Connected>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
    QCOMPARE(written(events), version == ProtocolVersion::V5 ? hex("e00182") : QByteArray());
    QVERIFY(has<Engine::Close>(events));
}

void tst_Engine::serverOnlySendsServerPackets()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    const auto events = engine.receive(hex("c000")); // PINGREQ
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
    QVERIFY(has<Engine::Close>(events));
}

// [MQTT-3.1.2-20] (3.1.1: [MQTT-3.1.2-23]) PINGREQ when nothing was sent for Keep Alive;
// PINGRESP lifts the deadline.
void tst_Engine::keepAliveSendsPingReq()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version, 10));
    engine.receive(connAckBytes(version));

    auto events = engine.timerFired(Engine::Timer::KeepAlive);
    QCOMPARE(written(events), hex("c000"));
    QCOMPARE(timerStarted(events, Engine::Timer::KeepAlive), std::optional(10'000ms));
    // Half an interval: a silent peer is given up within 1.5 × Keep Alive.
    QCOMPARE(timerStarted(events, Engine::Timer::PingResponse), std::optional(5'000ms));

    events = engine.receive(hex("d000"));
    QVERIFY(timerStopped(events, Engine::Timer::PingResponse));
    QVERIFY(engine.timerFired(Engine::Timer::PingResponse).empty()); // a late timer is harmless
    QCOMPARE(engine.state(), Engine::State::Connected);
}

void tst_Engine::missingPingRespCloses()
{
    ProtocolEngine engine;
    engine.setPingResponseTimeout(2'000ms);
    engine.start(connectPacket(ProtocolVersion::V5, 10));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    auto events = engine.timerFired(Engine::Timer::KeepAlive);
    QCOMPARE(timerStarted(events, Engine::Timer::PingResponse), std::optional(2'000ms));

    // A second Keep Alive tick while waiting sends no second PINGREQ.
    events = engine.timerFired(Engine::Timer::KeepAlive);
    QVERIFY(written(events).isEmpty());

    events = engine.timerFired(Engine::Timer::PingResponse);
    QCOMPARE(failure(events).reasonCode(), ReasonCode::KeepAliveTimeout);
    QVERIFY(written(events).isEmpty()); // 0x8D is a server's reason code; the peer is gone anyway
    const auto close = firstOf<Engine::Close>(events);
    QVERIFY(close);
    QVERIFY(close->abort); // a silent peer may not read either
    const auto closed = engine.closed();
    QCOMPARE(disconnectReason(closed), std::optional(ReasonCode::KeepAliveTimeout));
    QCOMPARE(engine.state(), Engine::State::Idle);
}

// Nothing received for an interval: PINGREQ even while the client keeps sending.
void tst_Engine::peerSilenceSendsPingReq()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 10));
    auto events = engine.receive(connAckBytes(ProtocolVersion::V5));
    QCOMPARE(timerStarted(events, Engine::Timer::PeerSilence), std::optional(10'000ms));
    events = engine.receive(hex("d000")); // any bytes move the deadline
    QCOMPARE(timerStarted(events, Engine::Timer::PeerSilence), std::optional(10'000ms));

    events = engine.timerFired(Engine::Timer::PeerSilence);
    QCOMPARE(written(events), hex("c000"));
    QCOMPARE(timerStarted(events, Engine::Timer::PingResponse), std::optional(5'000ms));
    QCOMPARE(timerStarted(events, Engine::Timer::PeerSilence), std::optional(10'000ms));
    // One PINGREQ at a time.
    QVERIFY(written(engine.timerFired(Engine::Timer::KeepAlive)).isEmpty());
    QVERIFY(written(engine.timerFired(Engine::Timer::PeerSilence)).isEmpty());
}

void tst_Engine::silentPeerClosedWithinOneAndAHalfKeepAlive_data()
{
    QTest::addColumn<int>("sendEveryMs"); // 0: the client sends nothing either
    QTest::newRow("client idle") << 0;
    QTest::newRow("client sends every 1 s") << 1'000;
    QTest::newRow("client sends every 3 s") << 3'000;
    QTest::newRow("client sends every 9 s") << 9'000;
    QTest::newRow("client sends every 12 s") << 12'000;
}

// The peer answers CONNACK and then nothing; whatever the client sends meanwhile, the connection
// is given up no later than 1.5 × Keep Alive after the last byte received (MQTT 3.1.2.10 gives the
// server the same bound).
void tst_Engine::silentPeerClosedWithinOneAndAHalfKeepAlive()
{
    QFETCH(int, sendEveryMs);
    const std::chrono::milliseconds sendEvery(sendEveryMs);
    ProtocolEngine engine;
    VirtualTimers timers;
    timers.apply(engine.start(connectPacket(ProtocolVersion::V5, 10)));
    timers.apply(engine.receive(connAckBytes(ProtocolVersion::V5))); // the last byte, at 0 ms
    std::chrono::milliseconds nextSend = sendEvery > 0ms ? sendEvery : 1'000'000ms;
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    int pings = 0;
    std::optional<std::chrono::milliseconds> closedAt;
    for (int step = 0; step < 1000 && !closedAt; ++step) {
        const auto timer = timers.next();
        QVERIFY(timer);
        Engine::Events events;
        if (nextSend < timer->second) {
            timers.now = nextSend;
            nextSend += sendEvery;
            events = engine.send(publish);
        } else {
            timers.now = timer->second;
            timers.deadlines[int(timer->first)].reset();
            events = engine.timerFired(timer->first);
        }
        pings += written(events).startsWith(hex("c000")) ? 1 : 0;
        timers.apply(events);
        if (has<Engine::Close>(events))
            closedAt = timers.now;
    }
    QVERIFY(closedAt);
    QVERIFY2(*closedAt <= 15'000ms, qPrintable(QString::number(closedAt->count())));
    QCOMPARE(pings, 1);
}

// A peer that answers every PINGREQ keeps an idle connection for as long as it likes.
void tst_Engine::answeringPeerStaysConnected()
{
    ProtocolEngine engine;
    VirtualTimers timers;
    timers.apply(engine.start(connectPacket(ProtocolVersion::V311, 2)));
    timers.apply(engine.receive(connAckBytes(ProtocolVersion::V311)));
    int pings = 0;
    while (timers.now < 60'000ms) {
        const auto timer = timers.next();
        QVERIFY(timer);
        timers.now = timer->second;
        timers.deadlines[int(timer->first)].reset();
        const auto events = engine.timerFired(timer->first);
        timers.apply(events);
        QVERIFY(!has<Engine::Close>(events));
        if (written(events) == hex("c000")) {
            ++pings;
            timers.apply(engine.receive(hex("d000"))); // PINGRESP at once
        }
    }
    QCOMPARE(engine.state(), Engine::State::Connected);
    QVERIFY2(pings >= 29 && pings <= 31, qPrintable(QString::number(pings))); // one per 2 s
}

void tst_Engine::sendingRestartsKeepAlive()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 7));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    const auto events = engine.send(publish);
    QCOMPARE(eventsOf<Engine::SendBytes>(events).size(), 1);
    QCOMPARE(timerStarted(events, Engine::Timer::KeepAlive), std::optional(7'000ms));
}

void tst_Engine::keepAliveZeroSetsNoTimer()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 0));
    const auto events = engine.receive(connAckBytes(ProtocolVersion::V5));
    QVERIFY(!timerStarted(events, Engine::Timer::KeepAlive));
    QVERIFY(engine.timerFired(Engine::Timer::KeepAlive).empty());
}

void tst_Engine::serverKeepAliveOverrides_data()
{
    QTest::addColumn<quint16>("serverKeepAlive");
    QTest::newRow("shorter") << quint16(5);
    QTest::newRow("longer") << quint16(120);
    QTest::newRow("off") << quint16(0);
}

// [MQTT-3.2.2-21] [MQTT-3.1.2-21] the Server Keep Alive replaces the client's value.
void tst_Engine::serverKeepAliveOverrides()
{
    QFETCH(quint16, serverKeepAlive);
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 60));
    ConnAckProperties properties;
    properties.setServerKeepAlive(serverKeepAlive);
    const auto events = engine.receive(connAckBytes(ProtocolVersion::V5, properties));
    const std::chrono::milliseconds expected = std::chrono::seconds(serverKeepAlive);
    QCOMPARE(engine.keepAliveInterval(), expected);
    if (serverKeepAlive == 0) {
        QVERIFY(!timerStarted(events, Engine::Timer::KeepAlive));
        QVERIFY(written(engine.timerFired(Engine::Timer::KeepAlive)).isEmpty());
    } else {
        QCOMPARE(timerStarted(events, Engine::Timer::KeepAlive), std::optional(expected));
    }
}

void tst_Engine::clientMaximumPacketSizeEnforced()
{
    ProtocolEngine engine;
    ConnectProperties connectProperties;
    connectProperties.setMaximumPacketSize(64);
    engine.start(connectPacket(ProtocolVersion::V5, 0, connectProperties));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    QVERIFY(has<Engine::PacketReceived>(engine.receive(
        publishBytes(ProtocolVersion::V5, QStringLiteral("t"), QoS::Q0, 0, QByteArray(50, 'a')))));
    const auto events = engine.receive(
        publishBytes(ProtocolVersion::V5, QStringLiteral("t"), QoS::Q0, 0, QByteArray(100, 'a')));
    QVERIFY(!has<Engine::PacketReceived>(events));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::PacketTooLarge);
    QCOMPARE(written(events), hex("e00195"));
}

void tst_Engine::subscribeFlowReleasesPacketId()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version));
    engine.receive(connAckBytes(version));
    const std::optional<quint16> id = engine.acquirePacketId();
    QVERIFY(id && *id != 0);
    SubscribePacket subscribe;
    subscribe.packetId = *id;
    subscribe.subscriptions.append({QStringLiteral("a/#"), QoS::Q1});
    auto events = engine.send(subscribe);
    QCOMPARE(eventsOf<Engine::SendBytes>(events).size(), 1);
    const auto sent = firstOf<Engine::SendBytes>(events);
    QCOMPARE(sent->packetType, PacketType::Subscribe);
    QCOMPARE(sent->packetId, *id);
    QCOMPARE(sent->bytes, encodePacket(subscribe, version));

    SubAckPacket subAck;
    subAck.packetId = *id;
    subAck.reasonCodes = {ReasonCode::GrantedQoS1};
    events = engine.receive(encodePacket(subAck, version));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    QCOMPARE(receivedPacket<SubAckPacket>(events), std::optional(subAck));
    QCOMPARE(releasedId(events), id);

    // The identifier is free again: a second SUBACK for it answers nothing we sent.
    events = engine.receive(encodePacket(subAck, version));
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
}

void tst_Engine::unsolicitedSubAckIsProtocolError()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    const auto events = engine.receive(hex("9004000500"
                                           "00")); // SUBACK 5, no properties, QoS 0
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ProtocolError);
    QCOMPARE(written(events), hex("e00182"));
}

// [MQTT-3.8.4-6] one reason code per topic filter
void tst_Engine::subAckWithWrongCountIsProtocolError()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    SubscribePacket subscribe;
    subscribe.packetId = *engine.acquirePacketId();
    subscribe.subscriptions = {{QStringLiteral("a")}, {QStringLiteral("b")}};
    engine.send(subscribe);
    SubAckPacket subAck;
    subAck.packetId = subscribe.packetId;
    subAck.reasonCodes = {ReasonCode::GrantedQoS2};
    QCOMPARE(failure(engine.receive(encodePacket(subAck, ProtocolVersion::V5))).reasonCode(),
             ReasonCode::ProtocolError);
}

void tst_Engine::unsubscribeFlow()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version));
    engine.receive(connAckBytes(version));
    UnsubscribePacket unsubscribe;
    unsubscribe.packetId = *engine.acquirePacketId();
    unsubscribe.topicFilters = {QStringLiteral("a/#")};
    QCOMPARE(eventsOf<Engine::SendBytes>(engine.send(unsubscribe)).size(), 1);
    UnsubAckPacket unsubAck;
    unsubAck.packetId = unsubscribe.packetId;
    if (version == ProtocolVersion::V5)
        unsubAck.reasonCodes = {ReasonCode::NoSubscriptionExisted};
    const auto events = engine.receive(encodePacket(unsubAck, version));
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    QCOMPARE(eventsOf<Engine::PacketIdReleased>(events).size(), 1);
}

// [MQTT-2.2.1-3] identifiers come from acquirePacketId(), one flow each.
void tst_Engine::sendNeedsAcquiredPacketId()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    SubscribePacket subscribe;
    subscribe.packetId = 42;
    subscribe.subscriptions.append({QStringLiteral("a")});
    auto events = engine.send(subscribe);
    QVERIFY(written(events).isEmpty());
    QCOMPARE(rejection(events), std::optional(ReasonCode::ProtocolError));

    subscribe.packetId = *engine.acquirePacketId();
    QVERIFY(!written(engine.send(subscribe)).isEmpty());
    events = engine.send(subscribe); // the same identifier while its SUBACK is due
    QCOMPARE(rejection(events), std::optional(ReasonCode::PacketIdentifierInUse));
    QCOMPARE(engine.state(), Engine::State::Connected);

    PublishPacket qos0;
    qos0.topic = QStringLiteral("t");
    qos0.packetId = 3; // [MQTT-2.2.1-2]
    QVERIFY(has<Engine::SendRejected>(engine.send(qos0)));
}

void tst_Engine::sendBeforeConnAckIsRejected()
{
    ProtocolEngine engine;
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    QVERIFY(has<Engine::SendRejected>(engine.send(publish))); // idle
    engine.start(connectPacket(ProtocolVersion::V5));
    const auto events = engine.send(publish);
    QVERIFY(written(events).isEmpty());
    const auto rejected = firstOf<Engine::SendRejected>(events);
    QVERIFY(rejected);
    QCOMPARE(rejected->packetType, PacketType::Publish);
    QCOMPARE(engine.state(), Engine::State::ConnectSent);
}

// [MQTT-3.2.2-11] [MQTT-3.2.2-14]
void tst_Engine::serverMaximumQosAndRetainEnforced()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    ConnAckProperties properties;
    properties.setMaximumQoS(0);
    properties.setRetainAvailable(false);
    engine.receive(connAckBytes(ProtocolVersion::V5, properties));

    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    publish.qos = QoS::Q1;
    publish.packetId = *engine.acquirePacketId();
    QCOMPARE(rejection(engine.send(publish)), std::optional(ReasonCode::QoSNotSupported));
    publish.qos = QoS::Q0;
    publish.packetId = 0;
    publish.retain = true;
    QCOMPARE(rejection(engine.send(publish)), std::optional(ReasonCode::RetainNotSupported));
}

// [MQTT-3.3.4-6] A Subscription Identifier is the server's to put in a PUBLISH.
void tst_Engine::publishWithSubscriptionIdentifierIsRejected()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    PublishPacket publish;
    publish.topic = QStringLiteral("t");
    publish.properties.addSubscriptionIdentifier(7);
    const auto events = engine.send(publish);
    QVERIFY(written(events).isEmpty());
    QCOMPARE(rejection(events), std::optional(ReasonCode::ProtocolError));
    QCOMPARE(engine.state(), Engine::State::Connected);
}

void tst_Engine::packetIdsAreUniqueAndNonZero()
{
    PacketIdPool pool;
    std::set<quint16> seen;
    for (int i = 0; i < 65535; ++i) {
        const auto id = pool.acquire();
        QVERIFY(id);
        QVERIFY(*id != 0);
        QVERIFY(seen.insert(*id).second);
    }
    QVERIFY(!pool.acquire());
    pool.release(1234);
    QCOMPARE(pool.acquire(), std::optional<quint16>(1234));
    QVERIFY(!pool.reserve(0));
}

void tst_Engine::serverDisconnectCloses()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 30));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    const auto events = engine.receive(hex("e0018b")); // Server shutting down
    QCOMPARE(eventsOf<Engine::PacketReceived>(events).size(), 1);
    const auto disconnect = receivedPacket<DisconnectPacket>(events);
    QVERIFY(disconnect);
    QCOMPARE(disconnect->reasonCode, ReasonCode::ServerShuttingDown);
    QCOMPARE(failure(events).reasonCode(), ReasonCode::ServerShuttingDown);
    QVERIFY(written(events).isEmpty());
    QVERIFY(has<Engine::Close>(events));
    QCOMPARE(disconnectReason(engine.closed()), std::optional(ReasonCode::ServerShuttingDown));
}

void tst_Engine::serverDisconnectReasonAndReference()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerMoved;
    disconnect.properties.setReasonString(QStringLiteral("maintenance"));
    disconnect.properties.setServerReference(QStringLiteral("broker2:1883"));
    const auto events = engine.receive(encodePacket(disconnect, ProtocolVersion::V5));
    QCOMPARE(receivedPacket<DisconnectPacket>(events), std::optional(disconnect));
    const MqttError error = failure(events);
    QCOMPARE(error.reasonCode(), ReasonCode::ServerMoved);
    QVERIFY2(error.message().contains(QLatin1String("(maintenance)")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QLatin1String("broker2:1883")), qPrintable(error.message()));
}

void tst_Engine::clientDisconnect()
{
    QFETCH(ProtocolVersion, version);
    ProtocolEngine engine;
    engine.start(connectPacket(version, 30));
    engine.receive(connAckBytes(version));
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::DisconnectWithWillMessage;
    const auto events = engine.disconnect(disconnect);
    // MQTT 3.1.1 has no reason code to send.
    QCOMPARE(written(events), version == ProtocolVersion::V5 ? hex("e00104") : hex("e000"));
    QVERIFY(has<Engine::Close>(events));
    QVERIFY(!has<Engine::ConnectionFailed>(events));
    QVERIFY(timerStopped(events, Engine::Timer::KeepAlive));
    QCOMPARE(engine.state(), Engine::State::Closing);
    QVERIFY(engine.disconnect().empty()); // once is enough
    QCOMPARE(disconnectReason(engine.closed()),
             std::optional(ReasonCode::DisconnectWithWillMessage));
}

// (MQTT 3.14.2.1) a client does not send Server shutting down.
void tst_Engine::serverOnlyDisconnectReasonRejected()
{
    QVERIFY(clientMaySendDisconnectReason(ReasonCode::Success));
    QVERIFY(!clientMaySendDisconnectReason(ReasonCode::KeepAliveTimeout));
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerShuttingDown;
    const auto events = engine.disconnect(disconnect);
    QVERIFY(has<Engine::SendRejected>(events));
    QVERIFY(written(events).isEmpty());
    QCOMPARE(engine.state(), Engine::State::Connected);
}

// (MQTT 3.14.2.2.2) no Session Expiry Interval in DISCONNECT after a CONNECT without one.
void tst_Engine::disconnectSessionExpiryNeedsOneInConnect()
{
    DisconnectPacket disconnect;
    disconnect.properties.setSessionExpiryInterval(60);
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    auto events = engine.disconnect(disconnect);
    QCOMPARE(rejection(events), std::optional(ReasonCode::ProtocolError));
    QCOMPARE(engine.state(), Engine::State::Connected);

    ConnectProperties properties;
    properties.setSessionExpiryInterval(10);
    ProtocolEngine withExpiry;
    withExpiry.start(connectPacket(ProtocolVersion::V5, 0, properties));
    withExpiry.receive(connAckBytes(ProtocolVersion::V5));
    events = withExpiry.disconnect(disconnect);
    QCOMPARE(written(events), encodePacket(disconnect, ProtocolVersion::V5));
    QVERIFY(has<Engine::Close>(events));
}

void tst_Engine::unexpectedCloseIsUnspecified()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5, 30));
    engine.receive(connAckBytes(ProtocolVersion::V5));
    const auto events = engine.closed();
    QVERIFY(timerStopped(events, Engine::Timer::KeepAlive));
    QCOMPARE(disconnectReason(events), std::optional(ReasonCode::UnspecifiedError));
    QVERIFY(engine.closed().empty());
}

void tst_Engine::engineRestartsAfterClose()
{
    ProtocolEngine engine;
    engine.start(connectPacket(ProtocolVersion::V5));
    engine.receive(hex("2003")); // half a CONNACK, then the connection drops
    engine.closed();
    const auto events = engine.start(connectPacket(ProtocolVersion::V311));
    QCOMPARE(written(events),
             encodePacket(connectPacket(ProtocolVersion::V311), ProtocolVersion::V311));
    QVERIFY(has<Engine::Connected>(engine.receive(connAckBytes(ProtocolVersion::V311))));
    QCOMPARE(engine.protocolVersion(), ProtocolVersion::V311);
}

void tst_Engine::bytesAfterCloseAreIgnored()
{
    ProtocolEngine engine;
    QVERIFY(engine.receive(hex("20020000")).empty()); // never started
    QVERIFY(engine.timerFired(Engine::Timer::KeepAlive).empty());
}

// The engine encodes small packets into the buffers of earlier batches given back by recycle().
// A PUBACK's bytes kept by the caller (as a queued socket write may keep them) stay what they
// were while the engine writes more PUBACKs: it never writes into a buffer someone shares.
void tst_Engine::sentBytesHeldElsewhereAreNotReused()
{
    ProtocolEngine engine;
    connectEngine(engine, ProtocolVersion::V5);
    Engine::Events first = engine.receive(publishBytes(ProtocolVersion::V5, u"a"_s, QoS::Q1, 1));
    const QByteArray held = written(first);
    QCOMPARE(held, hex("40020001"));
    QByteArray kept;
    for (auto &event : first) {
        if (auto *send = std::get_if<Engine::SendBytes>(&event))
            kept = send->bytes; // shared with the event
    }
    engine.recycle(std::move(first));
    for (quint16 id = 2; id < 50; ++id) {
        Engine::Events events =
            engine.receive(publishBytes(ProtocolVersion::V5, u"a"_s, QoS::Q1, id));
        QCOMPARE(written(events), hex("4002") + QByteArray(1, char(id >> 8)) + char(id & 0xFF));
        engine.recycle(std::move(events)); // these come back unshared: reused
    }
    QCOMPARE(kept, held);
}

int runEngineTests(int argc, char **argv)
{
    tst_Engine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_engine.moc"
