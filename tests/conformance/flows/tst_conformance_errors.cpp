// Conformance, MQTT 4.7, 4.8 (3.1.1) and 4.13: topic wildcards, and the connection a protocol
// violation or a refusing reason code ends, shown on the protocol engine.
#include "engine/enginetesting.h"

#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

// The connection is over as a violation ends it: the failure reported, the transport closed,
// nothing sent afterwards.
void verifyEndedByFailure(ProtocolEngine &engine, const Engine::Events &events)
{
    QVERIFY2(has<Engine::ConnectionFailed>(events), "no failure reported");
    QVERIFY2(has<Engine::Close>(events), "the connection is not closed");
    QVERIFY(engine.state() != Engine::State::Connected);
    const PublishPacket publish = outboundPublish(engine, QoS::Q0);
    QVERIFY(written(engine.send(publish)).isEmpty());
}

} // namespace

class tst_ConformanceErrors : public QObject
{
    Q_OBJECT

private slots:
    void refusingConnAckClosesTheConnection_data();
    void refusingConnAckClosesTheConnection();
    void refusingDisconnectClosesTheConnection_data();
    void refusingDisconnectClosesTheConnection();
    void protocolViolationClosesTheConnection_data();
    void protocolViolationClosesTheConnection();
    void wildcardsOnlyInTopicFilters_data();
    void wildcardsOnlyInTopicFilters();
};

void tst_ConformanceErrors::refusingConnAckClosesTheConnection_data()
{
    QTest::addColumn<ReasonCode>("reason");
    QTest::newRow("CONNACK 0x80 -> closed [MQTT-4.13.2-1]") << ReasonCode::UnspecifiedError;
    QTest::newRow("CONNACK 0x87 -> closed [MQTT-4.13.2-1]") << ReasonCode::NotAuthorized;
    QTest::newRow("CONNACK 0x9f -> closed [MQTT-4.13.2-1]") << ReasonCode::ConnectionRateExceeded;
}

// [MQTT-4.13.2-1] a CONNACK with a reason code of 0x80 or above: the client closes the
// connection and sends nothing more on it.
void tst_ConformanceErrors::refusingConnAckClosesTheConnection()
{
    QFETCH(ReasonCode, reason);
    ProtocolEngine engine;
    engine.start(connectPacket(V5));
    ConnAckPacket connAck;
    connAck.reasonCode = reason;
    const auto events = engine.receive(encodePacket(connAck, V5));
    QVERIFY2(has<Engine::Close>(events), "the connection is not closed");
    QVERIFY(written(events).isEmpty());
    QVERIFY(engine.state() != Engine::State::Connected);
    QCOMPARE(engine.connAck().reasonCode, reason);
}

void tst_ConformanceErrors::refusingDisconnectClosesTheConnection_data()
{
    QTest::addColumn<bool>("fromServer");
    QTest::addColumn<ReasonCode>("reason");
    QTest::newRow("server sends DISCONNECT 0x80 -> closed [MQTT-4.13.2-1]")
        << true << ReasonCode::UnspecifiedError;
    QTest::newRow("server sends DISCONNECT 0x8b -> closed [MQTT-4.13.2-1]")
        << true << ReasonCode::ServerShuttingDown;
    QTest::newRow("client sends DISCONNECT 0x80 -> closed [MQTT-4.13.2-1]")
        << false << ReasonCode::UnspecifiedError;
    QTest::newRow("client sends DISCONNECT 0x83 -> closed [MQTT-4.13.2-1]")
        << false << ReasonCode::ImplementationSpecificError;
}

// [MQTT-4.13.2-1] a DISCONNECT with a reason code of 0x80 or above, received or sent: the client
// closes the connection, and nothing follows it.
void tst_ConformanceErrors::refusingDisconnectClosesTheConnection()
{
    QFETCH(bool, fromServer);
    QFETCH(ReasonCode, reason);
    ProtocolEngine engine;
    connectEngine(engine, V5);
    DisconnectPacket disconnect;
    disconnect.reasonCode = reason;
    const auto events =
        fromServer ? engine.receive(encodePacket(disconnect, V5)) : engine.disconnect(disconnect);
    QVERIFY2(has<Engine::Close>(events), "the connection is not closed");
    QCOMPARE(written(events), fromServer ? QByteArray() : encodePacket(disconnect, V5));
    QVERIFY(engine.state() != Engine::State::Connected);
    const PublishPacket publish = outboundPublish(engine, QoS::Q0);
    QVERIFY(written(engine.send(publish)).isEmpty());
}

void tst_ConformanceErrors::protocolViolationClosesTheConnection_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes"); // what the server sends once connected
    for (const ProtocolVersion version : {V5, V311}) {
        const char *tag = version == V5 ? "5.0" : "v311";
        const char *rule = version == V5 ? "[MQTT-4.13.1-1]" : "[MQTT-4.8.0-1]";
        QTest::addRow("%s second CONNACK -> closed %s", tag, rule)
            << version << connAckBytes(version);
        QTest::addRow("%s PUBACK nobody waits for -> closed %s", tag, rule)
            << version << ackBytes<PubAckPacket>(version, 9);
        QTest::addRow("%s PUBREL with flags 0000 -> closed %s", tag, rule)
            << version << hex("60020009");
        QTest::addRow("%s SUBACK nobody waits for -> closed %s", tag, rule)
            << version << (version == V5 ? hex("9004000900 00") : hex("9003000900"));
        const char *wildcardRule = version == V5 ? "[MQTT-4.7.0-1]" : "3.1.1: [MQTT-4.7.1-1]";
        QTest::addRow("%s PUBLISH to a/# -> closed %s %s", tag, rule, wildcardRule)
            << version << (version == V5 ? hex("30060003612f2300") : hex("30050003612f23"));
        QTest::addRow("%s PUBLISH QoS 3 -> closed %s", tag, rule)
            << version << (version == V5 ? hex("3606000161000100") : hex("36050001610001"));
    }
}

// 3.1.1: [MQTT-4.8.0-1] a protocol violation by the server closes the connection it came on; in
// MQTT 5.0 after a DISCONNECT with the reason [MQTT-4.13.1-1].
void tst_ConformanceErrors::protocolViolationClosesTheConnection()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    ProtocolEngine engine;
    connectEngine(engine, version);
    const auto events = engine.receive(bytes);
    verifyEndedByFailure(engine, events);
    if (QTest::currentTestFailed())
        return;
    if (version == V311)
        QVERIFY(written(events)
                    .isEmpty()); // MQTT 3.1.1 has no DISCONNECT from the client with a reason
    else
        QCOMPARE(quint8(written(events).at(0)), quint8(0xe0));
    QVERIFY(!has<Engine::PacketReceived>(events));
}

void tst_ConformanceErrors::wildcardsOnlyInTopicFilters_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<PacketType>("type"); // PUBLISH (a Topic Name) or SUBSCRIBE (a filter)
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("sent");
    using T = PacketType;
    for (const ProtocolVersion version : {V5, V311}) {
        const char *tag = version == V5 ? "5.0" : "v311";
        // The rule as each specification numbers it: wildcards in filters only, '#', '+'.
        const QStringList rules = version == V5
            ? QStringList {u"[MQTT-4.7.0-1]"_s, u"[MQTT-4.7.1-1]"_s, u"[MQTT-4.7.1-2]"_s}
            : QStringList {u"3.1.1: [MQTT-4.7.1-1]"_s, u"3.1.1: [MQTT-4.7.1-2]"_s,
                           u"3.1.1: [MQTT-4.7.1-3]"_s};
        const auto row = [&](int rule, T type, const char *topic, bool sent) {
            QTest::addRow("%s %s %s -> %s %s", tag, type == T::Publish ? "PUBLISH to" : "SUBSCRIBE",
                          topic, sent ? "sent" : "refused", qPrintable(rules.at(rule)))
                << version << type << QString::fromUtf8(topic) << sent;
        };
        row(0, T::Publish, "a/+", false);
        row(0, T::Publish, "a/#", false);
        row(0, T::Publish, "#", false);
        row(0, T::Subscribe, "a/+/c", true);
        row(1, T::Subscribe, "#", true);
        row(1, T::Subscribe, "a/#", true);
        row(1, T::Subscribe, "a/#/c", false);
        row(1, T::Subscribe, "a#", false);
        row(1, T::Subscribe, "a/##", false);
        row(2, T::Subscribe, "+", true);
        row(2, T::Subscribe, "+/+", true);
        row(2, T::Subscribe, "/+", true);
        row(2, T::Subscribe, "a+", false);
        row(2, T::Subscribe, "a/+b/c", false);
        row(2, T::Subscribe, "++", false);
    }
}

// MQTT 3.1.1 numbers these 4.7.1-1 (wildcards in filters only), 4.7.1-2 ('#') and 4.7.1-3 ('+');
// the rows named v311 are those. The client sends no wildcard in a Topic Name, and no filter that
// misplaces one; the connection stays up either way.
void tst_ConformanceErrors::wildcardsOnlyInTopicFilters()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(PacketType, type);
    QFETCH(QString, topic);
    QFETCH(bool, sent);
    ProtocolEngine engine;
    connectEngine(engine, version);
    Engine::Events events;
    if (type == PacketType::Publish) {
        events = engine.send(outboundPublish(engine, QoS::Q1, topic));
    } else {
        SubscribePacket subscribe;
        subscribe.packetId = engine.acquirePacketId().value_or(0);
        subscribe.subscriptions.append({topic});
        events = engine.send(subscribe);
    }
    QCOMPARE(!written(events).isEmpty(), sent);
    QCOMPARE(!rejection(events), sent);
    QCOMPARE(engine.state(), Engine::State::Connected);
}

QTEST_GUILESS_MAIN(tst_ConformanceErrors)
#include "tst_conformance_errors.moc"
