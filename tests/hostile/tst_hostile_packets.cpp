// A broker that sends what it must not: every packet type malformed in its own ways, packets only
// a client sends, packets out of order. Each row says what the broker sends, what the client must
// do, and the rule; MqttClient runs against MqttScriptedBroker, as an application would.
#include "hostiletesting.h"

#include <OhMqtt/mqttclient.h>

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttTest;
using State = MqttClient::State;

namespace {

constexpr int WaitMs = 5'000;
constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

// The client's limits in MQTT 5.0, which some rows test.
constexpr quint16 TopicAliasMaximum = 5;
constexpr quint16 ReceiveMaximum = 2;
constexpr quint32 MaximumPacketSize = 128;

// When the broker sends the row's bytes.
enum class Stage {
    InsteadOfConnAck, // as its answer to CONNECT
    Connected, // once the client is connected, unasked
    AnswerSubscribe, // as its answer to the client's SUBSCRIBE
    AnswerUnsubscribe, // as its answer to UNSUBSCRIBE, after a granted SUBSCRIBE
    AnswerPublishQos1, // as its answer to a QoS 1 PUBLISH
    AnswerPublishQos2, // as its answer to a QoS 2 PUBLISH
    AnswerPubRel, // as its answer to PUBREL, after a PUBREC
};

// What the client must do.
enum class Outcome {
    // errorOccurred() with the code; in MQTT 5.0 DISCONNECT with it, the last packet sent
    // [MQTT-4.13.1-1]; in 3.1.1 close without DISCONNECT. A request in flight stays pending.
    Disconnect,
    Close, // errorOccurred() with the code, no DISCONNECT in either version
    Stays, // connected, no error, `code` unused; the messages are delivered
    HandleFails, // connected; the request's handle fails with the code
    Answers, // connected; the client answers identifier 7777 with `answer` carrying the code
};

QString versionName(ProtocolVersion version)
{
    return version == V5 ? QStringLiteral("v5") : QStringLiteral("v3.1.1");
}

QString outcomeText(Outcome outcome, ProtocolVersion version, ReasonCode code, PacketType answer)
{
    switch (outcome) {
    case Outcome::Disconnect:
        return version == V5 ? QStringLiteral("DISCONNECT %1").arg(hexCode(code))
                             : QStringLiteral("close (%1)").arg(hexCode(code));
    case Outcome::Close:
        return QStringLiteral("close (%1)").arg(hexCode(code));
    case Outcome::Stays:
        return QStringLiteral("accepted");
    case Outcome::HandleFails:
        return QStringLiteral("handle fails %1").arg(hexCode(code));
    case Outcome::Answers:
        return QStringLiteral("answers %1 %2").arg(packetTypeName(answer), hexCode(code));
    }
    return {};
}

quint16 packetIdOf(const Packet &packet)
{
    return std::visit(
        [](const auto &p) -> quint16 {
            if constexpr (requires { p.packetId; })
                return p.packetId;
            else
                return 0;
        },
        packet);
}

// The packet identifier rows use for a flow the client never started.
constexpr quint16 UnknownId = 7777; // 0x1e61

// The client answered identifier UnknownId with a packet of `type` carrying `code`.
bool answered(const MqttScriptedBroker &broker, PacketType type, ReasonCode code)
{
    for (const Packet &packet : broker.receivedPackets()) {
        if (packetType(packet) != type || packetIdOf(packet) != UnknownId)
            continue;
        const ReasonCode sent = std::visit(
            [](const auto &p) {
                if constexpr (requires { p.reasonCode; })
                    return ReasonCode(p.reasonCode);
                else
                    return ReasonCode::Success;
            },
            packet);
        if (sent == code)
            return true;
    }
    return false;
}

} // namespace

class tst_HostilePackets : public QObject
{
    Q_OBJECT

private slots:
    void brokerSends_data();
    void brokerSends();
};

// Columns: version, stage, the broker's bytes (hexPackets()), the outcome, the reason code it
// carries, the messages delivered (Stays) and the packet answered with (Answers).
void tst_HostilePackets::brokerSends_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("bytes");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<int>("delivered");
    QTest::addColumn<PacketType>("answer");

    const auto row = [](ProtocolVersion version, const char *what, Stage stage, const QString &hex,
                        Outcome outcome, ReasonCode code, const char *rule, int delivered = 0,
                        PacketType answer = PacketType::Connect) {
        const QString name =
            QStringLiteral("%1 %2 -> %3 %4")
                .arg(versionName(version), QLatin1StringView(what),
                     outcomeText(outcome, version, code, answer), QLatin1StringView(rule));
        QTest::newRow(qPrintable(name))
            << version << stage << hex << outcome << code << delivered << answer;
    };
    // The same case in both versions; the rule of 3.1.1 when it differs.
    const auto both = [&row](const char *what, Stage stage, const QString &hex5,
                             const QString &hex311, Outcome outcome, ReasonCode code,
                             const char *rule5, const char *rule311 = nullptr, int delivered = 0,
                             PacketType answer = PacketType::Connect) {
        row(V5, what, stage, hex5, outcome, code, rule5, delivered, answer);
        row(V311, what, stage, hex311, outcome, code, rule311 ? rule311 : rule5, delivered, answer);
    };

    using enum Stage;
    constexpr auto Disconnect = Outcome::Disconnect;
    constexpr auto Close = Outcome::Close;
    constexpr auto Stays = Outcome::Stays;
    constexpr auto HandleFails = Outcome::HandleFails;
    constexpr auto Answers = Outcome::Answers;
    constexpr auto Malformed = ReasonCode::MalformedPacket;
    constexpr auto Protocol = ReasonCode::ProtocolError;
    constexpr auto None = ReasonCode::Success;

    // ---- CONNACK ----
    both("CONNACK fixed-header flags 0001", InsteadOfConnAck, "21|00 00 00", "21|00 00", Disconnect,
         Malformed, "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("CONNACK Remaining Length 1", InsteadOfConnAck, "20 01 00", "20 01 00", Disconnect,
         Malformed, "(MQTT 3.2.1)");
    both("CONNACK with a trailing byte", InsteadOfConnAck, "20|00 00 00 ff", "20|00 00 00",
         Disconnect, Malformed, "(MQTT 3.2.1)");
    both("CONNACK Acknowledge Flags reserved bit", InsteadOfConnAck, "20|02 00 00", "20|02 00",
         Disconnect, Malformed, "[MQTT-3.2.2-1]", "(MQTT 3.2.2.1)");
    both("CONNACK Remaining Length not minimal", InsteadOfConnAck, "20 8300 00 00 00",
         "20 8200 00 00", Disconnect, Malformed, "[MQTT-1.5.5-1]", "(MQTT 2.2.3)");
    both("CONNACK Remaining Length of five bytes", InsteadOfConnAck, "20 ffffffff7f",
         "20 ffffffff7f", Disconnect, Malformed, "(MQTT 1.5.5)", "(MQTT 2.2.3)");
    both("CONNACK Session Present after Clean Start", InsteadOfConnAck, "20|01 00 00", "20|01 00",
         Disconnect, Protocol, "[MQTT-3.2.2-2] [MQTT-3.2.2-4]", "[MQTT-3.2.2-1]");
    both("CONNACK Session Present with a refusal", InsteadOfConnAck, "20|01 87 00", "20|01 05",
         Disconnect, Protocol, "[MQTT-3.2.2-6]", "[MQTT-3.2.2-4]");
    row(V5, "CONNACK reason code 0x04", InsteadOfConnAck, "20|00 04 00", Disconnect, Protocol,
        "(MQTT 3.2.2.2)");
    row(V311, "CONNACK return code 6", InsteadOfConnAck, "20|00 06", Disconnect, Protocol,
        "(MQTT 3.2.2.3)");
    row(V5, "CONNACK with Topic Alias, not a CONNACK property", InsteadOfConnAck,
        "20|00 00 03 23 0001", Disconnect, Malformed, "(MQTT 2.2.2.2)");
    row(V5, "CONNACK Server Keep Alive twice", InsteadOfConnAck, "20|00 00 06 13 0001 13 0002",
        Disconnect, Protocol, "(MQTT 3.2.2.3.14)");
    row(V5, "CONNACK Maximum QoS 2", InsteadOfConnAck, "20|00 00 02 24 02", Disconnect, Protocol,
        "(MQTT 3.2.2.3.4)");
    row(V5, "CONNACK Receive Maximum 0", InsteadOfConnAck, "20|00 00 03 21 0000", Disconnect,
        Protocol, "(MQTT 3.2.2.3.3)");
    row(V5, "CONNACK Maximum Packet Size 0", InsteadOfConnAck, "20|00 00 05 27 00000000",
        Disconnect, Protocol, "(MQTT 3.2.2.3.6)");
    row(V5, "CONNACK Assigned Client Identifier invalid UTF-8", InsteadOfConnAck,
        "20|00 00 05 12 0002 c328", Disconnect, Malformed, "[MQTT-1.5.4-1]");
    row(V5, "CONNACK Reason String with U+0000", InsteadOfConnAck, "20|00 00 05 1f 0002 6100",
        Disconnect, Malformed, "[MQTT-1.5.4-2]");
    row(V5, "CONNACK Authentication Method CONNECT did not ask for", InsteadOfConnAck,
        "20|00 00 07 15 0004 74657374", Disconnect, Protocol, "[MQTT-4.12.0-6]");
    {
        // A User Property makes CONNACK 10 + n bytes: 2 of fixed header, 2 of flags and code, 1
        // of Property Length, 5 of identifier and lengths, and a value of n bytes.
        const auto connAckOfSize = [](quint32 size) {
            const int n = int(size) - 10;
            return QStringLiteral("20|00 00 %1 26 0000 %2 %3")
                .arg(5 + n, 2, 16, QLatin1Char('0'))
                .arg(n, 4, 16, QLatin1Char('0'))
                .arg(QStringLiteral("76").repeated(n));
        };
        row(V5, "CONNACK of exactly our Maximum Packet Size", InsteadOfConnAck,
            connAckOfSize(MaximumPacketSize), Stays, None, "[MQTT-3.1.2-24]");
        row(V5, "CONNACK one byte over our Maximum Packet Size", InsteadOfConnAck,
            connAckOfSize(MaximumPacketSize + 1), Disconnect, ReasonCode::PacketTooLarge,
            "[MQTT-3.1.2-24]");
    }
    both("CONNACK refusing (Not authorized), connection left open", InsteadOfConnAck, "20|00 87 00",
         "20|00 05", Close, ReasonCode::NotAuthorized, "[MQTT-3.2.2-7]", "[MQTT-3.2.2-5]");
    row(V5, "CONNACK refusing (Server moved)", InsteadOfConnAck, "20|00 9d 05 1c 0002 6232", Close,
        ReasonCode::ServerMoved, "(MQTT 4.11)");

    // ---- ordering: before CONNACK, a second CONNACK ----
    both("PUBLISH before CONNACK", InsteadOfConnAck, "30|0001 61 00 78", "30|0001 61 78",
         Disconnect, Protocol, "[MQTT-3.2.0-1]");
    both("PINGRESP before CONNACK", InsteadOfConnAck, "d0|", "d0|", Disconnect, Protocol,
         "[MQTT-3.2.0-1]");
    both("SUBACK before CONNACK", InsteadOfConnAck, "90|0001 00 00", "90|0001 00", Disconnect,
         Protocol, "[MQTT-3.2.0-1]");
    both("PUBACK before CONNACK", InsteadOfConnAck, "40|0001", "40|0001", Disconnect, Protocol,
         "[MQTT-3.2.0-1]");
    both("PUBREC before CONNACK", InsteadOfConnAck, "50|0001", "50|0001", Disconnect, Protocol,
         "[MQTT-3.2.0-1]");
    both("PUBREL before CONNACK", InsteadOfConnAck, "62|0001", "62|0001", Disconnect, Protocol,
         "[MQTT-3.2.0-1]");
    both("PUBCOMP before CONNACK", InsteadOfConnAck, "70|0001", "70|0001", Disconnect, Protocol,
         "[MQTT-3.2.0-1]");
    both("UNSUBACK before CONNACK", InsteadOfConnAck, "b0|0001 00 00", "b0|0001", Disconnect,
         Protocol, "[MQTT-3.2.0-1]");
    both("CONNACK followed by a malformed PUBLISH in the same segment", InsteadOfConnAck,
         "20|00 00 00;36|0001 61 0001 00", "20|00 00;36|0001 61 0001", Disconnect, Malformed,
         "[MQTT-3.3.1-4]");
    row(V5, "DISCONNECT before CONNACK", InsteadOfConnAck, "e0|80 00", Disconnect, Protocol,
        "[MQTT-3.14.0-1]");
    row(V5, "AUTH when CONNECT had no Authentication Method", InsteadOfConnAck,
        "f0|18 07 15 0004 74657374", Disconnect, Protocol, "[MQTT-4.12.0-6]");
    both("a second CONNACK", Connected, "20|00 00 00", "20|00 00", Disconnect, Protocol,
         "[MQTT-3.2.0-2]");

    // ---- packets only a client sends, and reserved types ----
    both("CONNECT", Connected, "10|0004 4d515454 05 02 003c 00 0001 63",
         "10|0004 4d515454 04 02 003c 0001 63", Disconnect, Protocol, "(MQTT 2.1.2)");
    both("SUBSCRIBE", Connected, "82|0001 00 0001 61 00", "82|0001 0001 61 00", Disconnect,
         Protocol, "(MQTT 2.1.2)");
    both("UNSUBSCRIBE", Connected, "a2|0001 00 0001 61", "a2|0001 0001 61", Disconnect, Protocol,
         "(MQTT 2.1.2)");
    both("PINGREQ", Connected, "c0|", "c0|", Disconnect, Protocol, "(MQTT 2.1.2)");
    both("reserved packet type 0", Connected, "00|", "00|", Disconnect, Malformed, "(MQTT 2.1.2)",
         "(MQTT 2.2.1)");
    row(V311, "packet type 15 (AUTH exists in 5.0 only)", Connected, "f0|", Disconnect, Malformed,
        "(MQTT 2.2.1)");
    row(V5, "AUTH after CONNACK without Authentication Method", Connected,
        "f0|18 07 15 0004 74657374", Disconnect, Protocol, "[MQTT-4.12.0-6]");
    row(V311, "DISCONNECT (a server never sends it in 3.1.1)", Connected, "e0|", Disconnect,
        Protocol, "(MQTT 3.14)");

    // ---- PUBLISH ----
    both("PUBLISH QoS 3", Connected, "36|0001 61 0001 00", "36|0001 61 0001", Disconnect, Malformed,
         "[MQTT-3.3.1-4]");
    both("PUBLISH DUP with QoS 0", Connected, "38|0001 61 00", "38|0001 61", Disconnect, Malformed,
         "[MQTT-3.3.1-2]");
    both("PUBLISH QoS 1 Packet Identifier 0", Connected, "32|0001 61 0000 00", "32|0001 61 0000",
         Disconnect, Protocol, "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("PUBLISH topic with +", Connected, "30|0003 612f2b 00", "30|0003 612f2b", Disconnect,
         Protocol, "[MQTT-3.3.2-2]", "[MQTT-3.3.2-2]");
    both("PUBLISH topic with #", Connected, "30|0003 612f23 00", "30|0003 612f23", Disconnect,
         Protocol, "[MQTT-3.3.2-2]", "[MQTT-3.3.2-2]");
    both("PUBLISH topic invalid UTF-8", Connected, "30|0002 c328 00", "30|0002 c328", Disconnect,
         Malformed, "[MQTT-1.5.4-1]", "[MQTT-1.5.3-1]");
    both("PUBLISH topic with U+0000", Connected, "30|0003 610062 00", "30|0003 610062", Disconnect,
         Malformed, "[MQTT-1.5.4-2]", "[MQTT-1.5.3-2]");
    both("PUBLISH topic with surrogate U+D800", Connected, "30|0003 eda080 00", "30|0003 eda080",
         Disconnect, Malformed, "[MQTT-1.5.4-1]", "[MQTT-1.5.3-1]");
    both("PUBLISH empty topic without Topic Alias", Connected, "30|0000 00 78", "30|0000 78",
         Disconnect, Protocol, "[MQTT-4.7.3-1] (MQTT 3.3.4)", "[MQTT-4.7.3-1]");
    both("PUBLISH topic length past the end", Connected, "30|0005 6162", "30|0005 6162", Disconnect,
         Malformed, "(MQTT 1.5.4)", "(MQTT 1.5.3)");
    both("PUBLISH Remaining Length of five bytes", Connected, "30 ffffffff7f", "30 ffffffff7f",
         Disconnect, Malformed, "(MQTT 1.5.5)", "(MQTT 2.2.3)");
    both("PUBLISH Remaining Length not minimal", Connected, "30 8500 0001 61 00 78",
         "30 8400 0001 61 78", Disconnect, Malformed, "[MQTT-1.5.5-1]", "(MQTT 2.2.3)");
    row(V5, "PUBLISH Topic Alias 0", Connected, "30|0001 61 03 23 0000 78", Disconnect,
        ReasonCode::TopicAliasInvalid, "[MQTT-3.3.2-8] (MQTT 3.3.4)");
    row(V5, "PUBLISH Topic Alias above our maximum", Connected, "30|0001 61 03 23 0006 78",
        Disconnect, ReasonCode::TopicAliasInvalid, "[MQTT-3.3.2-11]");
    row(V5, "PUBLISH Topic Alias never set, empty topic", Connected, "30|0000 03 23 0003 78",
        Disconnect, Protocol, "(MQTT 3.3.4)");
    row(V5, "PUBLISH Topic Alias set then used", Connected,
        "30|0001 61 03 23 0005 78;30|0000 03 23 0005 79", Stays, None, "[MQTT-3.3.2-10]", 2);
    row(V5, "PUBLISH Session Expiry Interval, not a PUBLISH property", Connected,
        "30|0001 61 05 11 0000000a", Disconnect, Malformed, "(MQTT 2.2.2.2)");
    row(V5, "PUBLISH Content Type twice", Connected, "30|0001 61 08 03 0001 61 03 0001 62",
        Disconnect, Protocol, "(MQTT 3.3.2.3.9)");
    row(V5, "PUBLISH Payload Format Indicator 2", Connected, "30|0001 61 02 01 02", Disconnect,
        Protocol, "(MQTT 3.3.2.3.2)");
    // The receiver MAY check the payload against its Payload Format Indicator and answer 0x99
    // (MQTT 3.3.2.3.2). This client does not: it delivers what came, as an explorer must show
    // it (tests/explorer/record relays a binary payload marked UTF-8 through mosquitto).
    row(V5, "PUBLISH Payload Format Indicator 1 with invalid UTF-8, not checked", Connected,
        "30|0001 61 02 01 01 ff", Stays, None, "(MQTT 3.3.2.3.2)", 1);
    row(V5, "QoS 1 PUBLISH Payload Format Indicator 1 with invalid UTF-8, not checked", Connected,
        "32|0001 61 1e61 02 01 01 ff", Answers, None, "(MQTT 3.3.2.3.2)", 1, PacketType::PubAck);
    row(V5, "PUBLISH Payload Format Indicator 1 with U+0000 in valid UTF-8", Connected,
        "30|0001 61 02 01 01 6100c3a9", Stays, None, "(MQTT 3.3.2.3.2)", 1);
    row(V5, "PUBLISH Subscription Identifier 0", Connected, "30|0001 61 02 0b 00", Disconnect,
        Protocol, "(MQTT 3.3.2.3.8)");
    row(V5, "PUBLISH User Property name invalid UTF-8", Connected,
        "30|0001 61 07 26 0001 ff 0001 61", Disconnect, Malformed, "[MQTT-1.5.7-1]");
    row(V5, "PUBLISH Response Topic with a wildcard", Connected, "30|0001 61 06 08 0003 612f23",
        Disconnect, Protocol, "[MQTT-3.3.2-14]");
    row(V5, "three QoS 2 PUBLISH over our Receive Maximum of 2", Connected,
        "34|0001 61 0001 00 78;34|0001 61 0002 00 78;34|0001 61 0003 00 78", Disconnect,
        ReasonCode::ReceiveMaximumExceeded, "[MQTT-3.3.4-9]", 2);
    {
        // 2 bytes of fixed header, 3 of topic, 1 of properties: the payload makes up the rest.
        const QString payload = QStringLiteral("78").repeated(int(MaximumPacketSize) - 6);
        row(V5, "PUBLISH of exactly our Maximum Packet Size", Connected,
            QStringLiteral("30|0001 61 00 ") + payload, Stays, None, "[MQTT-3.1.2-24]", 1);
        row(V5, "PUBLISH one byte over our Maximum Packet Size", Connected,
            QStringLiteral("30|0001 61 00 78") + payload, Disconnect, ReasonCode::PacketTooLarge,
            "[MQTT-3.1.2-24]");
    }
    // Control characters "SHOULD NOT" be sent, and a receiver "MAY" treat them as malformed
    // (MQTT 1.5.4): this client accepts them; U+0000 is what it must refuse.
    both("PUBLISH topic with control characters U+0001 and U+007F", Connected,
         "30|0003 01617f 00 78", "30|0003 01617f 78", Stays, None, "(MQTT 1.5.4)", "(MQTT 1.5.3)",
         1);
    both("QoS 2 PUBLISH sent again with DUP before PUBREL", Connected,
         "34|0001 61 0001 00 78;3c|0001 61 0001 00 78;62|0001",
         "34|0001 61 0001 78;3c|0001 61 0001 78;62|0001", Stays, None, "[MQTT-4.3.3-10]",
         "(MQTT 4.3.3)", 1);
    both("QoS 2 PUBLISH then PUBREL", Connected, "34|0001 61 0001 00 78;62|0001",
         "34|0001 61 0001 78;62|0001", Stays, None, "[MQTT-4.3.3-10]", "(MQTT 4.3.3)", 1);

    // ---- PUBREL (for an inbound QoS 2 message) ----
    both("PUBREL fixed-header flags 0000", Connected, "34|0001 61 0001 00 78;60|0001",
         "34|0001 61 0001 78;60|0001", Disconnect, Malformed, "[MQTT-3.6.1-1]", nullptr, 1);
    both("PUBREL for an unknown Packet Identifier", Connected, "62|1e61", "62|1e61", Answers,
         ReasonCode::PacketIdentifierNotFound, "(MQTT 3.7.2.1)", "(MQTT 4.3.3)", 0,
         PacketType::PubComp);
    both("PUBREL Packet Identifier 0", Connected, "62|0000", "62|0000", Disconnect, Protocol,
         "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("PUBREL Remaining Length 1", Connected, "62 01 00", "62 01 00", Disconnect, Malformed,
         "(MQTT 3.6.1)");
    row(V5, "PUBREL reason code 0x10", Connected, "34|0001 61 0001 00 78;62|0001 10", Disconnect,
        Protocol, "(MQTT 3.6.2.1)", 1);

    // ---- PINGRESP ----
    both("PINGRESP fixed-header flags 1000", Connected, "d8|", "d8|", Disconnect, Malformed,
         "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("PINGRESP with a body", Connected, "d0|00", "d0|00", Disconnect, Malformed, "(MQTT 3.13)");
    both("PINGRESP nobody asked for", Connected, "d0|", "d0|", Stays, None, "(MQTT 3.13)");

    // ---- DISCONNECT (MQTT 5.0) ----
    row(V5, "DISCONNECT fixed-header flags 0010", Connected, "e2|", Disconnect, Malformed,
        "[MQTT-2.1.3-1]");
    row(V5, "DISCONNECT reason code 0x01", Connected, "e0|01", Disconnect, Protocol,
        "(MQTT 3.14.2.1)");
    row(V5, "DISCONNECT with Topic Alias, not a DISCONNECT property", Connected, "e0|00 03 23 0001",
        Disconnect, Malformed, "(MQTT 2.2.2.2)");
    row(V5, "DISCONNECT Reason String invalid UTF-8", Connected, "e0|81 04 1f 0001 ff", Disconnect,
        Malformed, "[MQTT-1.5.4-1]");
    row(V5, "DISCONNECT Property Length past the end", Connected, "e0|00 05 11 00", Disconnect,
        Malformed, "(MQTT 3.14.2.2.1)");
    row(V5, "DISCONNECT User Property twice, allowed", Connected,
        "e0|8b 0e 26 0001 61 0001 62 26 0001 61 0001 63", Close, ReasonCode::ServerShuttingDown,
        "(MQTT 3.14.2.2.4)");
    row(V5, "DISCONNECT with Session Expiry Interval from a server", Connected,
        "e0|00 05 11 0000000a", Disconnect, Protocol, "[MQTT-3.14.2-2]");
    row(V5, "DISCONNECT Server shutting down", Connected, "e0|8b 00", Close,
        ReasonCode::ServerShuttingDown, "(MQTT 3.14.4)");

    // ---- AUTH (MQTT 5.0) ----
    row(V5, "AUTH fixed-header flags 0001", Connected, "f1|18 00", Disconnect, Malformed,
        "[MQTT-2.1.3-1]");
    row(V5, "AUTH reason code 0x80", Connected, "f0|80 00", Disconnect, Protocol,
        "[MQTT-3.15.2-1]");
    row(V5, "AUTH with Receive Maximum, not an AUTH property", Connected, "f0|18 03 21 000a",
        Disconnect, Malformed, "(MQTT 2.2.2.2)");
    row(V5, "AUTH Property Length past the end", Connected, "f0|18 09 15 0001 61", Disconnect,
        Malformed, "(MQTT 3.15.2.2.1)");
    row(V5, "AUTH Authentication Method twice", Connected, "f0|18 08 15 0001 61 15 0001 62",
        Disconnect, Protocol, "(MQTT 3.15.2.2.2)");

    // ---- PUBACK (answering a QoS 1 PUBLISH) ----
    both("PUBACK fixed-header flags 0001", AnswerPublishQos1, "41|ID", "41|ID", Disconnect,
         Malformed, "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("PUBACK Packet Identifier 0", AnswerPublishQos1, "40|0000", "40|0000", Disconnect,
         Protocol, "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("PUBACK for a packet never sent", AnswerPublishQos1, "40|1e61", "40|1e61", Disconnect,
         Protocol, "(MQTT 4.3.2)");
    both("PUBACK Remaining Length 1", AnswerPublishQos1, "40 01 00", "40 01 00", Disconnect,
         Malformed, "(MQTT 3.4.1)");
    row(V311, "PUBACK Remaining Length 3", AnswerPublishQos1, "40|ID 00", Disconnect, Malformed,
        "(MQTT 3.4.1)");
    row(V5, "PUBACK reason code 0x04", AnswerPublishQos1, "40|ID 04", Disconnect, Protocol,
        "(MQTT 3.4.2.1)");
    row(V5, "PUBACK with Topic Alias, not a PUBACK property", AnswerPublishQos1,
        "40|ID 00 03 23 0001", Disconnect, Malformed, "(MQTT 2.2.2.2)");
    row(V5, "PUBACK Reason String twice", AnswerPublishQos1, "40|ID 00 08 1f 0001 61 1f 0001 62",
        Disconnect, Protocol, "(MQTT 3.4.2.2.2)");
    row(V5, "PUBACK Reason String with U+0000", AnswerPublishQos1, "40|ID 00 04 1f 0001 00",
        Disconnect, Malformed, "[MQTT-1.5.4-2]");
    row(V5, "PUBACK Not authorized", AnswerPublishQos1, "40|ID 87", HandleFails,
        ReasonCode::NotAuthorized, "(MQTT 3.4.2.1)");
    both("PUBREC answering a QoS 1 PUBLISH", AnswerPublishQos1, "50|ID", "50|ID", Disconnect,
         Protocol, "(MQTT 3.5)");
    both("PUBCOMP answering a QoS 1 PUBLISH", AnswerPublishQos1, "70|ID", "70|ID", Disconnect,
         Protocol, "(MQTT 3.7)");

    // ---- PUBREC (answering a QoS 2 PUBLISH) ----
    both("PUBREC fixed-header flags 1000", AnswerPublishQos2, "58|ID", "58|ID", Disconnect,
         Malformed, "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("PUBREC Packet Identifier 0", AnswerPublishQos2, "50|0000", "50|0000", Disconnect,
         Protocol, "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("PUBREC for a packet never sent", AnswerPublishQos2, "50|1e61;50|ID", "50|1e61;50|ID",
         Answers, ReasonCode::PacketIdentifierNotFound, "(MQTT 3.6.2.1)", "(MQTT 4.3.3)", 0,
         PacketType::PubRel);
    row(V5, "PUBREC reason code 0x92", AnswerPublishQos2, "50|ID 92", Disconnect, Protocol,
        "(MQTT 3.5.2.1)");
    row(V5, "PUBREC Unspecified error", AnswerPublishQos2, "50|ID 80", HandleFails,
        ReasonCode::UnspecifiedError, "(MQTT 4.3.3)");
    both("PUBACK answering a QoS 2 PUBLISH", AnswerPublishQos2, "40|ID", "40|ID", Disconnect,
         Protocol, "(MQTT 3.4)");
    both("PUBCOMP before PUBREC", AnswerPublishQos2, "70|ID", "70|ID", Disconnect, Protocol,
         "(MQTT 4.3.3)");

    // ---- PUBCOMP (answering PUBREL) ----
    both("PUBCOMP fixed-header flags 0010", AnswerPubRel, "72|ID", "72|ID", Disconnect, Malformed,
         "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("PUBCOMP Packet Identifier 0", AnswerPubRel, "70|0000", "70|0000", Disconnect, Protocol,
         "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("PUBCOMP for a packet never sent", AnswerPubRel, "70|1e61", "70|1e61", Disconnect,
         Protocol, "(MQTT 4.3.3)");
    row(V5, "PUBCOMP reason code 0x80", AnswerPubRel, "70|ID 80", Disconnect, Protocol,
        "(MQTT 3.7.2.1)");
    row(V311, "PUBCOMP Remaining Length 1", AnswerPubRel, "70 01 00", Disconnect, Malformed,
        "(MQTT 3.7.1)");
    // The broker took the message at PUBREC; 0x92 only says it finished the flow before.
    row(V5, "PUBCOMP Packet identifier not found", AnswerPubRel, "70|ID 92", Stays, None,
        "(MQTT 3.7.2.1)");

    // ---- SUBACK ----
    both("SUBACK fixed-header flags 0010", AnswerSubscribe, "92|ID 00 00", "92|ID 00", Disconnect,
         Malformed, "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("SUBACK Packet Identifier 0", AnswerSubscribe, "90|0000 00 00", "90|0000 00", Disconnect,
         Protocol, "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("SUBACK for a SUBSCRIBE never sent", AnswerSubscribe, "90|1e61 00 00", "90|1e61 00",
         Disconnect, Protocol, "(MQTT 3.9)");
    both("SUBACK with two reason codes for one filter", AnswerSubscribe, "90|ID 00 00 00",
         "90|ID 00 00", Disconnect, Protocol, "[MQTT-3.8.4-6]", "[MQTT-3.8.4-5]");
    both("SUBACK without reason codes", AnswerSubscribe, "90|ID 00", "90|ID", Disconnect, Protocol,
         "[MQTT-3.8.4-6]", "[MQTT-3.8.4-5]");
    row(V5, "SUBACK reason code 0x99", AnswerSubscribe, "90|ID 00 99", Disconnect, Protocol,
        "(MQTT 3.9.3)");
    row(V311, "SUBACK return code 0x03", AnswerSubscribe, "90|ID 03", Disconnect, Protocol,
        "[MQTT-3.9.3-2]");
    row(V5, "SUBACK with Subscription Identifier, not a SUBACK property", AnswerSubscribe,
        "90|ID 02 0b 01 00", Disconnect, Malformed, "(MQTT 2.2.2.2)");
    both("SUBACK Remaining Length 1", AnswerSubscribe, "90 01 00", "90 01 00", Disconnect,
         Malformed, "(MQTT 3.9.1)");
    row(V5, "SUBACK Property Length past the end", AnswerSubscribe, "90|ID 07 00", Disconnect,
        Malformed, "(MQTT 3.9.2.1)");
    row(V5, "SUBACK Not authorized", AnswerSubscribe, "90|ID 00 87", HandleFails,
        ReasonCode::NotAuthorized, "(MQTT 3.9.3)");
    row(V311, "SUBACK Failure", AnswerSubscribe, "90|ID 80", HandleFails,
        ReasonCode::UnspecifiedError, "(MQTT 3.9.3)");

    // ---- UNSUBACK ----
    both("UNSUBACK fixed-header flags 0001", AnswerUnsubscribe, "b1|ID 00 00", "b1|ID", Disconnect,
         Malformed, "[MQTT-2.1.3-1]", "[MQTT-2.2.2-2]");
    both("UNSUBACK Packet Identifier 0", AnswerUnsubscribe, "b0|0000 00 00", "b0|0000", Disconnect,
         Protocol, "[MQTT-2.2.1-3]", "[MQTT-2.3.1-1]");
    both("UNSUBACK for an UNSUBSCRIBE never sent", AnswerUnsubscribe, "b0|1e61 00 00", "b0|1e61",
         Disconnect, Protocol, "(MQTT 3.11)");
    row(V5, "UNSUBACK with two reason codes for one filter", AnswerUnsubscribe, "b0|ID 00 00 00",
        Disconnect, Protocol, "(MQTT 3.11.3)");
    row(V5, "UNSUBACK reason code 0x10", AnswerUnsubscribe, "b0|ID 00 10", Disconnect, Protocol,
        "(MQTT 3.11.3)");
    row(V5, "UNSUBACK Property Length past the end", AnswerUnsubscribe, "b0|ID 09 00", Disconnect,
        Malformed, "(MQTT 3.11.2.1)");
    row(V5, "UNSUBACK No subscription existed", AnswerUnsubscribe, "b0|ID 00 11", Stays, None,
        "(MQTT 3.11.3)");
    row(V311, "UNSUBACK with a payload", AnswerUnsubscribe, "b0|ID 00", Disconnect, Malformed,
        "(MQTT 3.11.1)");
    row(V5, "UNSUBACK Not authorized", AnswerUnsubscribe, "b0|ID 00 87", HandleFails,
        ReasonCode::NotAuthorized, "(MQTT 3.11.3)");
}

void tst_HostilePackets::brokerSends()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Stage, stage);
    QFETCH(QString, bytes);
    QFETCH(Outcome, outcome);
    QFETCH(ReasonCode, code);
    QFETCH(int, delivered);
    QFETCH(PacketType, answer);

    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QSignalSpy messages(&client, &MqttClient::messageReceived);
    MqttConnectOptions options = hostileOptions(broker, version);
    if (version == V5) {
        ConnectProperties properties;
        properties.setTopicAliasMaximum(TopicAliasMaximum);
        properties.setReceiveMaximum(ReceiveMaximum);
        properties.setMaximumPacketSize(MaximumPacketSize);
        options.setConnectProperties(properties);
    }

    // The scripted bytes answer the first packet of `type`; later ones get the usual answer.
    const auto answerOnce = [&broker, &bytes](PacketType type) {
        broker.setHandler(type, [&broker, &bytes, type](const Packet &packet) {
            broker.setHandler(type, nullptr);
            broker.sendBytes(hexPackets(bytes, packetIdOf(packet)));
        });
    };

    // PUBREL for the identifier the client never used is the client's answer to a PUBREC for
    // it: the broker must not complete that flow with PUBCOMP.
    broker.setHandler(PacketType::PubRel, [&broker](const Packet &packet) {
        if (packetIdOf(packet) != UnknownId)
            broker.send(PubCompPacket {packetIdOf(packet), ReasonCode::Success, {}});
    });

    QSharedPointer<MqttHandle> handle;
    if (stage == Stage::InsteadOfConnAck) {
        broker.setConnectReplyBytes(hexPackets(bytes));
        QVERIFY(client.connectToBroker(options));
    } else {
        QVERIFY(client.connectToBroker(options));
        QVERIFY2(client.waitForConnected(WaitMs), qPrintable(client.lastError().message()));
        const QString topic = QStringLiteral("hostile/a");
        switch (stage) {
        case Stage::InsteadOfConnAck:
            break;
        case Stage::Connected:
            QVERIFY(broker.sendBytes(hexPackets(bytes)));
            break;
        case Stage::AnswerSubscribe:
            answerOnce(PacketType::Subscribe);
            handle = client.subscribe(topic);
            break;
        case Stage::AnswerUnsubscribe: {
            const MqttSubscriptionPtr subscription = client.subscribe(topic);
            QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), MqttSubscription::State::Subscribed,
                                      WaitMs);
            answerOnce(PacketType::Unsubscribe);
            handle = client.unsubscribe(topic);
            break;
        }
        case Stage::AnswerPublishQos1:
            answerOnce(PacketType::Publish);
            handle = client.publish(topic, "x", QoS::Q1);
            break;
        case Stage::AnswerPublishQos2:
            answerOnce(PacketType::Publish);
            handle = client.publish(topic, "x", QoS::Q2);
            break;
        case Stage::AnswerPubRel:
            answerOnce(PacketType::PubRel);
            handle = client.publish(topic, "x", QoS::Q2);
            break;
        }
    }

    const auto firstError = [&errors] { return errors.first().first().value<MqttError>(); };
    switch (outcome) {
    case Outcome::Disconnect:
    case Outcome::Close: {
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), WaitMs);
        QVERIFY2(firstError().reasonCode() == code,
                 qPrintable(QStringLiteral("expected %1, got %2: %3")
                                .arg(hexCode(code), hexCode(firstError().reasonCode()),
                                     firstError().message())));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Closed, WaitMs);
        QVERIFY(broker.waitForClientClosed(WaitMs));
        const QList<DisconnectPacket> sent = disconnectsSent(broker);
        if (outcome == Outcome::Disconnect && version == V5) {
            QCOMPARE(sent.size(), 1);
            QVERIFY2(sent.first().reasonCode == code,
                     qPrintable(QStringLiteral("DISCONNECT %1, expected %2")
                                    .arg(hexCode(sent.first().reasonCode), hexCode(code))));
            QCOMPARE(packetType(broker.receivedPackets().constLast()), PacketType::Disconnect);
        } else {
            QVERIFY2(sent.isEmpty(), "the client sent DISCONNECT");
        }
        // A QoS 1 or 2 PUBLISH in flight is kept for the session and goes out again on the next
        // connection; a SUBSCRIBE or UNSUBSCRIBE written gets no answer any more: its handle
        // fails (README, Reconnect).
        if (qobject_cast<MqttPublishHandle *>(handle.get())) {
            QVERIFY(!handle->isDone());
        } else if (handle) {
            QTRY_VERIFY_WITH_TIMEOUT(handle->isFailed(), WaitMs);
        }
        QCOMPARE(messages.count(), delivered);
        return;
    }
    case Outcome::Stays:
    case Outcome::HandleFails:
    case Outcome::Answers: {
        if (outcome == Outcome::Answers) {
            const ReasonCode expected = version == V5 ? code : ReasonCode::Success;
            QTRY_VERIFY2_WITH_TIMEOUT(answered(broker, answer, expected),
                                      "no answer with that reason code", WaitMs);
        }
        // The bytes were handled once a request made after them is acknowledged.
        const MqttPublishHandlePtr sync =
            client.publish(QStringLiteral("hostile/sync"), "s", QoS::Q1);
        QVERIFY2(sync->waitForAcknowledged(WaitMs), qPrintable(sync->error().message()));
        QVERIFY(client.isConnected());
        if (!errors.isEmpty())
            QFAIL(qPrintable(firstError().message()));
        QCOMPARE(disconnectsSent(broker).size(), 0);
        QCOMPARE(messages.count(), delivered);
        if (outcome == Outcome::HandleFails) {
            QVERIFY(handle);
            QTRY_VERIFY_WITH_TIMEOUT(handle->isDone(), WaitMs);
            QVERIFY(handle->isFailed());
            QVERIFY2(handle->error().reasonCode() == code,
                     qPrintable(QStringLiteral("expected %1: %2")
                                    .arg(hexCode(code), handle->error().message())));
        } else if (handle) {
            QTRY_VERIFY_WITH_TIMEOUT(handle->isAcknowledged(), WaitMs);
        }
        return;
    }
    }
}

QTEST_GUILESS_MAIN(tst_HostilePackets)
#include "tst_hostile_packets.moc"
