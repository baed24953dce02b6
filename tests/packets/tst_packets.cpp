// Tests of the control packets: round trips in 5.0 and 3.1.1, golden bytes, encode refusals.
#include <OhMqtt/packet/packet.h>

#include <QtTest/QtTest>

#include "support/codectesting.h"

#include <functional>
#include <optional>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OhMqtt::Packet)

namespace {

using OhMqttTest::hex;
using OhMqttTest::thrownBy;

constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

// A payload with every byte value, of any length.
QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) & 0xFF);
    return data;
}

QString describe(const Packet &packet, ProtocolVersion version)
{
    QString text;
    QDebug(&text) << packet;
    try {
        text +=
            u" bytes="_s + QString::fromLatin1(encodePacket(packet, version).toHex(' ').left(300));
    } catch (const MqttError &error) {
        text += u" (does not encode: "_s + error.message() + u')';
    }
    return text;
}

// The flags the fixed header must carry [MQTT-2.1.3-1].
quint8 expectedFlags(const Packet &packet)
{
    if (const auto *p = std::get_if<PublishPacket>(&packet))
        return quint8((p->dup ? 8 : 0) | (quint8(p->qos) << 1) | (p->retain ? 1 : 0));
    switch (packetType(packet)) {
    case PacketType::PubRel:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
        return 0x02;
    default:
        return 0x00;
    }
}

// ---- packet builders ------------------------------------------------------------------------

ConnectPacket makeConnect(ProtocolVersion version, const QString &clientId)
{
    ConnectPacket p;
    p.protocolVersion = version;
    p.clientId = clientId;
    p.cleanStart = true;
    p.keepAlive = 60;
    return p;
}

WillProperties allWillProperties()
{
    WillProperties w;
    w.setWillDelayInterval(30);
    w.setPayloadFormatIndicator(1);
    w.setMessageExpiryInterval(3600);
    w.setContentType(u"text/plain"_s);
    w.setResponseTopic(u"replies/\u00fc"_s);
    w.setCorrelationData(hex("00010203ff"));
    w.addUserProperty(u"who"_s, u"me"_s);
    w.addUserProperty(u"who"_s, u"me"_s);
    return w;
}

ConnectProperties allConnectProperties()
{
    ConnectProperties c;
    c.setSessionExpiryInterval(0xFFFFFFFF);
    c.setReceiveMaximum(100);
    c.setMaximumPacketSize(1 << 20);
    c.setTopicAliasMaximum(16);
    c.setRequestResponseInformation(true);
    c.setRequestProblemInformation(false);
    c.addUserProperty(u"a"_s, u"1"_s);
    c.addUserProperty(u"b"_s, u"2"_s);
    c.setAuthenticationMethod(u"SCRAM-SHA-256"_s);
    c.setAuthenticationData(hex("6e2c2c6e3d75736572"));
    return c;
}

ConnAckProperties allConnAckProperties()
{
    ConnAckProperties c;
    c.setSessionExpiryInterval(120);
    c.setReceiveMaximum(10);
    c.setMaximumQoS(1);
    c.setRetainAvailable(false);
    c.setMaximumPacketSize(65536);
    c.setAssignedClientIdentifier(u"auto-1234"_s);
    c.setTopicAliasMaximum(5);
    c.setReasonString(u"welcome"_s);
    c.addUserProperty(u"x"_s, u"y"_s);
    c.setWildcardSubscriptionAvailable(false);
    c.setSubscriptionIdentifierAvailable(true);
    c.setSharedSubscriptionAvailable(false);
    c.setServerKeepAlive(45);
    c.setResponseInformation(u"resp/"_s);
    c.setServerReference(u"backup.example:1883"_s);
    c.setAuthenticationMethod(u"SCRAM-SHA-256"_s);
    c.setAuthenticationData(hex("723d"));
    return c;
}

PublishPacket publish(const QString &topic, const QByteArray &payload, QoS qos = QoS::Q0,
                      quint16 packetId = 0)
{
    PublishPacket p;
    p.topic = topic;
    p.payload = payload;
    p.qos = qos;
    p.packetId = packetId;
    return p;
}

template<typename Ack> Ack ack(quint16 packetId, ReasonCode code = ReasonCode::Success)
{
    Ack p;
    p.packetId = packetId;
    p.reasonCode = code;
    return p;
}

template<typename Ack> Ack ackWithProperties(quint16 packetId, ReasonCode code)
{
    Ack p = ack<Ack>(packetId, code);
    p.properties.setReasonString(u"because \u2603"_s);
    p.properties.addUserProperty(u"k"_s, u"v1"_s);
    p.properties.addUserProperty(u"k"_s, u"v2"_s);
    return p;
}

// Every combination of the subscription options [MQTT-3.8.3.1].
QList<SubscriptionRequest> allOptionCombinations()
{
    QList<SubscriptionRequest> list;
    int n = 0;
    for (QoS qos : {QoS::Q0, QoS::Q1, QoS::Q2})
        for (bool noLocal : {false, true})
            for (bool rap : {false, true})
                for (RetainHandling rh :
                     {RetainHandling::SendOnSubscribe, RetainHandling::SendIfNewSubscription,
                      RetainHandling::DoNotSend})
                    list.append({u"opt/%1/+"_s.arg(n++), qos, noLocal, rap, rh});
    return list;
}

SubscribePacket subscribe(quint16 packetId, const QList<SubscriptionRequest> &subscriptions)
{
    SubscribePacket p;
    p.packetId = packetId;
    p.subscriptions = subscriptions;
    return p;
}

SubscriptionRequest request(const QString &filter, QoS qos)
{
    SubscriptionRequest r;
    r.topicFilter = filter;
    r.maximumQoS = qos;
    return r;
}

SubAckPacket suback(quint16 packetId, const QList<ReasonCode> &codes)
{
    SubAckPacket p;
    p.packetId = packetId;
    p.reasonCodes = codes;
    return p;
}

UnsubscribePacket unsubscribe(quint16 packetId, const QList<QString> &filters)
{
    UnsubscribePacket p;
    p.packetId = packetId;
    p.topicFilters = filters;
    return p;
}

UnsubAckPacket unsuback(quint16 packetId, const QList<ReasonCode> &codes = {})
{
    UnsubAckPacket p;
    p.packetId = packetId;
    p.reasonCodes = codes;
    return p;
}

DisconnectPacket makeDisconnect(ReasonCode code = NormalDisconnection)
{
    DisconnectPacket p;
    p.reasonCode = code;
    return p;
}

AuthPacket auth(ReasonCode code)
{
    AuthPacket p;
    p.reasonCode = code;
    return p;
}

ConnAckPacket connack(bool sessionPresent, ReasonCode code)
{
    ConnAckPacket p;
    p.sessionPresent = sessionPresent;
    p.reasonCode = code;
    return p;
}

// Splits an encoded packet into first byte, Remaining Length and body, by hand.
struct Framed
{
    quint8 firstByte = 0;
    quint32 remainingLength = 0;
    int lengthBytes = 0;
    QByteArray body;
};

std::optional<Framed> frame(const QByteArray &bytes)
{
    if (bytes.size() < 2)
        return std::nullopt;
    Framed f;
    f.firstByte = quint8(bytes[0]);
    quint32 multiplier = 1;
    for (int i = 1; i <= 4 && i < bytes.size(); ++i) {
        const quint8 b = quint8(bytes[i]);
        f.remainingLength += (b & 0x7F) * multiplier;
        multiplier *= 128;
        f.lengthBytes = i;
        if (!(b & 0x80))
            break;
    }
    f.body = bytes.mid(1 + f.lengthBytes);
    return f;
}

} // namespace

class tst_Packets : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void goldenBytes_data();
    void goldenBytes();
    void decodesShortForms_data();
    void decodesShortForms();
    void v311ConnAckReturnCodes_data();
    void v311ConnAckReturnCodes();
    void connectVersionComesFromThePacket();
    void encodeRefusesV5ContentInV311_data();
    void encodeRefusesV5ContentInV311();
    void encodeRefusesIllegalPackets_data();
    void encodeRefusesIllegalPackets();
    void encodeRefusesEmptyTopicWithoutAlias_data();
    void encodeRefusesEmptyTopicWithoutAlias();
    void packetTypeOfEachAlternative();

private:
    void addRoundTripRowsV5();
    void addRoundTripRowsV311();
};

// ---- round trips ----------------------------------------------------------------------------

void tst_Packets::addRoundTripRowsV5()
{
    // CONNECT
    QTest::newRow("v5 CONNECT minimal") << Packet(makeConnect(V5, u"c"_s)) << V5;
    {
        ConnectPacket p = makeConnect(V5, QString());
        p.keepAlive = 0;
        QTest::newRow("v5 CONNECT empty client id, no keep alive") << Packet(p) << V5;
    }
    {
        ConnectPacket p = makeConnect(V5, u"client-\u00e9\u6771\U0001F600"_s);
        p.cleanStart = false;
        p.keepAlive = 65535;
        p.username = u"user \u00fc"_s;
        p.password = hex("00ff7000");
        p.will = WillMessage {u"wills/\u00e9"_s, pattern(1000), QoS::Q2, true, allWillProperties()};
        p.properties = allConnectProperties();
        QTest::newRow("v5 CONNECT every field and property") << Packet(p) << V5;
    }
    {
        ConnectPacket p = makeConnect(V5, u"pw-only"_s);
        p.password = QByteArray("secret");
        QTest::newRow("v5 CONNECT password without user name") << Packet(p) << V5;
    }
    {
        ConnectPacket p = makeConnect(V5, u"u-only"_s);
        p.username = QString();
        p.password = QByteArray();
        QTest::newRow("v5 CONNECT empty user name and password") << Packet(p) << V5;
    }
    {
        ConnectPacket p = makeConnect(V5, u"w"_s);
        p.will = WillMessage {u"w/empty"_s, QByteArray(), QoS::Q1, false, {}};
        QTest::newRow("v5 CONNECT will QoS 1, empty payload, no will properties")
            << Packet(p) << V5;
    }
    {
        ConnectPacket p = makeConnect(V5, u"w"_s);
        p.will = WillMessage {u"w/big"_s, pattern(65535), QoS::Q0, true, {}};
        QTest::newRow("v5 CONNECT will payload of 65535 bytes") << Packet(p) << V5;
    }

    // CONNACK
    QTest::newRow("v5 CONNACK success") << Packet(connack(false, ReasonCode::Success)) << V5;
    QTest::newRow("v5 CONNACK session present") << Packet(connack(true, ReasonCode::Success)) << V5;
    QTest::newRow("v5 CONNACK Not Authorized")
        << Packet(connack(false, ReasonCode::NotAuthorized)) << V5;
    {
        ConnAckPacket p = connack(true, ReasonCode::Success);
        p.properties = allConnAckProperties();
        QTest::newRow("v5 CONNACK every property") << Packet(p) << V5;
    }
    {
        ConnAckPacket p = connack(false, ReasonCode::UseAnotherServer);
        p.properties.setServerReference(u"other"_s);
        p.properties.setReasonString(u"moved"_s);
        QTest::newRow("v5 CONNACK Use Another Server with reference") << Packet(p) << V5;
    }

    // PUBLISH
    QTest::newRow("v5 PUBLISH QoS 0") << Packet(publish(u"a/b"_s, "hello")) << V5;
    {
        PublishPacket p = publish(u"a/b"_s, "again", QoS::Q1, 1);
        p.dup = true;
        p.retain = true;
        QTest::newRow("v5 PUBLISH QoS 1 dup retain") << Packet(p) << V5;
    }
    QTest::newRow("v5 PUBLISH QoS 2 id 65535")
        << Packet(publish(u"x"_s, "y", QoS::Q2, 65535)) << V5;
    QTest::newRow("v5 PUBLISH empty payload") << Packet(publish(u"empty"_s, QByteArray())) << V5;
    QTest::newRow("v5 PUBLISH Unicode topic")
        << Packet(publish(u"\u00e9t\u00e9/\u6771\u4eac/\U0001F600/\u0001"_s, "u", QoS::Q1, 7))
        << V5;
    QTest::newRow("v5 PUBLISH topic of 65535 bytes")
        << Packet(publish(QString(65535, u't'), "t")) << V5;
    QTest::newRow("v5 PUBLISH payload 127+ bytes (2-byte length)")
        << Packet(publish(u"p"_s, pattern(200))) << V5;
    QTest::newRow("v5 PUBLISH payload 20000 bytes (3-byte length)")
        << Packet(publish(u"p"_s, pattern(20000), QoS::Q1, 2)) << V5;
    QTest::newRow("v5 PUBLISH payload 2.1 MB (4-byte length)")
        << Packet(publish(u"p"_s, pattern(2'100'000), QoS::Q2, 3)) << V5;
    {
        PublishPacket p = publish(u"props"_s, "{}", QoS::Q1, 9);
        p.properties.setPayloadFormatIndicator(1);
        p.properties.setMessageExpiryInterval(10);
        p.properties.setContentType(u"application/json"_s);
        p.properties.setResponseTopic(u"reply/to"_s);
        p.properties.setCorrelationData(hex("c0ffee"));
        p.properties.addSubscriptionIdentifier(1);
        p.properties.addSubscriptionIdentifier(268435455);
        p.properties.setTopicAlias(4);
        p.properties.addUserProperty(u"k"_s, u"v"_s);
        p.properties.addUserProperty(u"k"_s, u"v"_s);
        QTest::newRow("v5 PUBLISH every property") << Packet(p) << V5;
    }
    {
        PublishPacket p = publish(QString(), "aliased");
        p.properties.setTopicAlias(1);
        QTest::newRow("v5 PUBLISH empty topic with Topic Alias") << Packet(p) << V5;
    }

    // PUBACK, PUBREC, PUBREL, PUBCOMP
    QTest::newRow("v5 PUBACK success") << Packet(ack<PubAckPacket>(1)) << V5;
    for (ReasonCode code : {ReasonCode::NoMatchingSubscribers, ReasonCode::UnspecifiedError,
                            ReasonCode::ImplementationSpecificError, ReasonCode::NotAuthorized,
                            ReasonCode::TopicNameInvalid, ReasonCode::PacketIdentifierInUse,
                            ReasonCode::QuotaExceeded, ReasonCode::PayloadFormatInvalid}) {
        QTest::addRow("v5 PUBACK %s", qPrintable(reasonCodeName(code)))
            << Packet(ack<PubAckPacket>(2, code)) << V5;
        QTest::addRow("v5 PUBREC %s", qPrintable(reasonCodeName(code)))
            << Packet(ack<PubRecPacket>(3, code)) << V5;
    }
    QTest::newRow("v5 PUBACK with properties")
        << Packet(ackWithProperties<PubAckPacket>(65535, ReasonCode::QuotaExceeded)) << V5;
    QTest::newRow("v5 PUBACK success with properties")
        << Packet(ackWithProperties<PubAckPacket>(4, ReasonCode::Success)) << V5;
    QTest::newRow("v5 PUBREC with properties")
        << Packet(ackWithProperties<PubRecPacket>(5, ReasonCode::Success)) << V5;
    QTest::newRow("v5 PUBREL success") << Packet(ack<PubRelPacket>(6)) << V5;
    QTest::newRow("v5 PUBREL Packet Identifier not found")
        << Packet(ackWithProperties<PubRelPacket>(7, ReasonCode::PacketIdentifierNotFound)) << V5;
    QTest::newRow("v5 PUBCOMP success") << Packet(ack<PubCompPacket>(8)) << V5;
    QTest::newRow("v5 PUBCOMP Packet Identifier not found")
        << Packet(ackWithProperties<PubCompPacket>(9, ReasonCode::PacketIdentifierNotFound)) << V5;

    // SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK
    QTest::newRow("v5 SUBSCRIBE one filter")
        << Packet(subscribe(1, {request(u"a/#"_s, QoS::Q1)})) << V5;
    {
        SubscribePacket p = subscribe(65535, allOptionCombinations());
        p.subscriptions.append(request(u"$share/group/sensors/+"_s, QoS::Q2));
        p.subscriptions.append(request(u"\u00e9/\u6771/#"_s, QoS::Q0));
        p.subscriptions.append(request(u"#"_s, QoS::Q1));
        p.properties.setSubscriptionIdentifier(268435455);
        p.properties.addUserProperty(u"s"_s, u"1"_s);
        p.properties.addUserProperty(u"s"_s, u"2"_s);
        QTest::newRow("v5 SUBSCRIBE all option combinations and properties") << Packet(p) << V5;
    }
    QTest::newRow("v5 SUBACK one code") << Packet(suback(1, {GrantedQoS0})) << V5;
    {
        SubAckPacket p =
            suback(2,
                   {GrantedQoS0, ReasonCode::GrantedQoS1, ReasonCode::GrantedQoS2,
                    ReasonCode::UnspecifiedError, ReasonCode::ImplementationSpecificError,
                    ReasonCode::NotAuthorized, ReasonCode::TopicFilterInvalid,
                    ReasonCode::PacketIdentifierInUse, ReasonCode::QuotaExceeded,
                    ReasonCode::SharedSubscriptionsNotSupported,
                    ReasonCode::SubscriptionIdentifiersNotSupported,
                    ReasonCode::WildcardSubscriptionsNotSupported});
        p.properties.setReasonString(u"mixed"_s);
        p.properties.addUserProperty(u"u"_s, u"p"_s);
        QTest::newRow("v5 SUBACK every reason code and properties") << Packet(p) << V5;
    }
    QTest::newRow("v5 UNSUBSCRIBE one filter") << Packet(unsubscribe(3, {u"a/b"_s})) << V5;
    {
        UnsubscribePacket p = unsubscribe(4, {u"a/+"_s, u"#"_s, u"$share/g/x"_s, u"\u00fc"_s});
        p.properties.addUserProperty(u"n"_s, u"v"_s);
        QTest::newRow("v5 UNSUBSCRIBE several filters and properties") << Packet(p) << V5;
    }
    QTest::newRow("v5 UNSUBACK one code") << Packet(unsuback(5, {ReasonCode::Success})) << V5;
    {
        UnsubAckPacket p = unsuback(
            6,
            {ReasonCode::Success, ReasonCode::NoSubscriptionExisted, ReasonCode::UnspecifiedError,
             ReasonCode::ImplementationSpecificError, ReasonCode::NotAuthorized,
             ReasonCode::TopicFilterInvalid, ReasonCode::PacketIdentifierInUse});
        p.properties.setReasonString(u"several"_s);
        p.properties.addUserProperty(u"a"_s, u"b"_s);
        QTest::newRow("v5 UNSUBACK every reason code and properties") << Packet(p) << V5;
    }

    // PINGREQ, PINGRESP, DISCONNECT, AUTH
    QTest::newRow("v5 PINGREQ") << Packet(PingReqPacket()) << V5;
    QTest::newRow("v5 PINGRESP") << Packet(PingRespPacket()) << V5;
    QTest::newRow("v5 DISCONNECT normal") << Packet(makeDisconnect()) << V5;
    QTest::newRow("v5 DISCONNECT with will message")
        << Packet(makeDisconnect(ReasonCode::DisconnectWithWillMessage)) << V5;
    {
        DisconnectPacket p = makeDisconnect(ReasonCode::ServerMoved);
        p.properties.setSessionExpiryInterval(0);
        p.properties.setReasonString(u"maintenance"_s);
        p.properties.setServerReference(u"other.example"_s);
        p.properties.addUserProperty(u"d"_s, u"1"_s);
        QTest::newRow("v5 DISCONNECT with properties") << Packet(p) << V5;
    }
    QTest::newRow("v5 AUTH success") << Packet(auth(ReasonCode::Success)) << V5;
    {
        AuthPacket p = auth(ReasonCode::ContinueAuthentication);
        p.properties.setAuthenticationMethod(u"SCRAM-SHA-1"_s);
        p.properties.setAuthenticationData(pattern(300));
        p.properties.setReasonString(u"step 2"_s);
        p.properties.addUserProperty(u"x"_s, u"y"_s);
        QTest::newRow("v5 AUTH continue with properties") << Packet(p) << V5;
    }
    {
        AuthPacket p = auth(ReasonCode::ReAuthenticate);
        p.properties.setAuthenticationMethod(u"SCRAM-SHA-1"_s);
        QTest::newRow("v5 AUTH re-authenticate") << Packet(p) << V5;
    }
}

void tst_Packets::addRoundTripRowsV311()
{
    QTest::newRow("v311 CONNECT minimal") << Packet(makeConnect(V311, u"c"_s)) << V311;
    QTest::newRow("v311 CONNECT empty client id") << Packet(makeConnect(V311, QString())) << V311;
    {
        ConnectPacket p = makeConnect(V311, u"client-\u00e9"_s);
        p.cleanStart = false;
        p.keepAlive = 1;
        p.username = u"user"_s;
        p.password = hex("00010203");
        p.will = WillMessage {u"last/will"_s, pattern(300), QoS::Q2, true, {}};
        QTest::newRow("v311 CONNECT user name, password and will") << Packet(p) << V311;
    }
    {
        ConnectPacket p = makeConnect(V311, u"c"_s);
        p.username = u"only-user"_s;
        p.will = WillMessage {u"w"_s, QByteArray(), QoS::Q1, false, {}};
        QTest::newRow("v311 CONNECT user name only, will QoS 1 empty") << Packet(p) << V311;
    }

    QTest::newRow("v311 CONNACK accepted") << Packet(connack(false, ReasonCode::Success)) << V311;
    QTest::newRow("v311 CONNACK session present")
        << Packet(connack(true, ReasonCode::Success)) << V311;
    for (ReasonCode code : {ReasonCode::UnsupportedProtocolVersion,
                            ReasonCode::ClientIdentifierNotValid, ReasonCode::ServerUnavailable,
                            ReasonCode::BadUserNameOrPassword, ReasonCode::NotAuthorized}) {
        QTest::addRow("v311 CONNACK %s", qPrintable(reasonCodeName(code)))
            << Packet(connack(false, code)) << V311;
    }

    QTest::newRow("v311 PUBLISH QoS 0") << Packet(publish(u"a/b"_s, "hello")) << V311;
    {
        PublishPacket p = publish(u"a/b"_s, "again", QoS::Q1, 1);
        p.dup = true;
        p.retain = true;
        QTest::newRow("v311 PUBLISH QoS 1 dup retain") << Packet(p) << V311;
    }
    QTest::newRow("v311 PUBLISH QoS 2") << Packet(publish(u"x"_s, "y", QoS::Q2, 65535)) << V311;
    QTest::newRow("v311 PUBLISH empty payload") << Packet(publish(u"e"_s, QByteArray())) << V311;
    QTest::newRow("v311 PUBLISH Unicode topic")
        << Packet(publish(u"\u00e9/\u6771/\U0001F600"_s, "u")) << V311;
    QTest::newRow("v311 PUBLISH payload 2.1 MB")
        << Packet(publish(u"big"_s, pattern(2'100'000), QoS::Q1, 77)) << V311;

    QTest::newRow("v311 PUBACK") << Packet(ack<PubAckPacket>(1)) << V311;
    QTest::newRow("v311 PUBREC") << Packet(ack<PubRecPacket>(2)) << V311;
    QTest::newRow("v311 PUBREL") << Packet(ack<PubRelPacket>(3)) << V311;
    QTest::newRow("v311 PUBCOMP") << Packet(ack<PubCompPacket>(65535)) << V311;

    QTest::newRow("v311 SUBSCRIBE several filters, each QoS")
        << Packet(subscribe(10,
                            {request(u"a/+"_s, QoS::Q0), request(u"b/#"_s, QoS::Q1),
                             request(u"\u00fc/c"_s, QoS::Q2), request(u"#"_s, QoS::Q2)}))
        << V311;
    QTest::newRow("v311 SUBACK every return code")
        << Packet(suback(11,
                         {GrantedQoS0, ReasonCode::GrantedQoS1, ReasonCode::GrantedQoS2,
                          ReasonCode::UnspecifiedError}))
        << V311;
    QTest::newRow("v311 UNSUBSCRIBE several filters")
        << Packet(unsubscribe(12, {u"a/+"_s, u"b/#"_s, u"c"_s})) << V311;
    QTest::newRow("v311 UNSUBACK") << Packet(unsuback(13)) << V311;
    QTest::newRow("v311 PINGREQ") << Packet(PingReqPacket()) << V311;
    QTest::newRow("v311 PINGRESP") << Packet(PingRespPacket()) << V311;
    QTest::newRow("v311 DISCONNECT") << Packet(makeDisconnect()) << V311;
}

void tst_Packets::roundTrip_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<ProtocolVersion>("version");
    addRoundTripRowsV5();
    addRoundTripRowsV311();
}

void tst_Packets::roundTrip()
{
    QFETCH(Packet, packet);
    QFETCH(ProtocolVersion, version);

    QByteArray out;
    encodePacket(out, packet, version);

    // The fixed header announces exactly the bytes that follow, in the fewest bytes.
    const auto framed = frame(out);
    QVERIFY(framed);
    QCOMPARE(PacketType(framed->firstByte >> 4), packetType(packet));
    QCOMPARE(quint8(framed->firstByte & 0x0F), expectedFlags(packet));
    QCOMPARE(out.size(),
             1 + Serialization::varIntSize(framed->remainingLength) +
                 qsizetype(framed->remainingLength));
    QCOMPARE(qsizetype(framed->lengthBytes), Serialization::varIntSize(framed->remainingLength));

    const Packet decoded = decodePacket(framed->firstByte, framed->body, version);
    if (!(decoded == packet))
        QFAIL(qPrintable(u"\nexpected %1\nactual   %2"_s.arg(describe(packet, version),
                                                             describe(decoded, version))));

    // Stable, and appending keeps what was there.
    QCOMPARE(encodePacket(decoded, version), out);
    QCOMPARE(encodePacket(packet, version), out);
    QByteArray appended("prefix");
    encodePacket(appended, packet, version);
    QCOMPARE(appended, QByteArray("prefix") + out);
}

// ---- golden bytes, computed by hand from the specification's layouts -------------------------

void tst_Packets::goldenBytes_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("v311 CONNECT [MQTT-3.1.2]") << Packet(makeConnect(V311, u"c"_s)) << V311
                                               << hex("10 0d 0004 4d515454 04 02 003c 0001 63");
    QTest::newRow("v5 CONNECT [MQTT-3.1.2]") << Packet(makeConnect(V5, u"c"_s)) << V5
                                             << hex("10 0e 0004 4d515454 05 02 003c 00 0001 63");
    {
        ConnectPacket p = makeConnect(V311, u"id"_s);
        p.keepAlive = 10;
        p.username = u"u"_s;
        p.password = QByteArray("p");
        p.will = WillMessage {u"w"_s, "x", QoS::Q1, true, {}};
        QTest::newRow("v311 CONNECT all flags")
            << Packet(p) << V311
            << hex("10 1a 0004 4d515454 04 ee 000a 0002 6964 0001 77 0001 78 0001 75 0001 70");
    }
    // MQTT 3.1.1 Will Retain: set with the will when retained (3.1.1: [MQTT-3.1.2-17]), clear
    // when not (3.1.1: [MQTT-3.1.2-16]); without a will it cannot be set (3.1.1: [MQTT-3.1.2-15]).
    for (const bool retain : {true, false}) {
        ConnectPacket p = makeConnect(V311, u"c"_s);
        p.will = WillMessage {u"w"_s, "x", QoS::Q1, retain, {}};
        QTest::addRow("v311 CONNECT will, Will Retain %d [MQTT-3.1.2-%d]", int(retain),
                      retain ? 17 : 16)
            << Packet(p) << V311
            << hex(retain ? "10 13 0004 4d515454 04 2e 003c 0001 63 0001 77 0001 78"
                          : "10 13 0004 4d515454 04 0e 003c 0001 63 0001 77 0001 78");
    }
    {
        ConnectPacket p = makeConnect(V5, u"id"_s);
        p.keepAlive = 0;
        p.properties.setSessionExpiryInterval(120);
        WillProperties w;
        w.setWillDelayInterval(10);
        p.will = WillMessage {u"w"_s, "x", QoS::Q0, false, w};
        QTest::newRow("v5 CONNECT with will properties")
            << Packet(p) << V5
            << hex("10 20 0004 4d515454 05 06 0000 05 11 00000078 0002 6964 05 18 0000000a "
                   "0001 77 0001 78");
    }
    QTest::newRow("v311 CONNACK session present")
        << Packet(connack(true, ReasonCode::Success)) << V311 << hex("20 02 01 00");
    QTest::newRow("v5 CONNACK success")
        << Packet(connack(false, ReasonCode::Success)) << V5 << hex("20 03 00 00 00");
    {
        ConnAckPacket p = connack(false, ReasonCode::NotAuthorized);
        p.properties.setReasonString(u"no"_s);
        QTest::newRow("v5 CONNACK with reason string")
            << Packet(p) << V5 << hex("20 08 00 87 05 1f 0002 6e6f");
    }
    {
        PublishPacket p = publish(u"a"_s, "hi", QoS::Q1, 1);
        p.retain = true;
        QTest::newRow("v311 PUBLISH QoS 1 retain")
            << Packet(p) << V311 << hex("33 07 0001 61 0001 6869");
    }
    QTest::newRow("v5 PUBLISH QoS 0")
        << Packet(publish(u"a"_s, "x")) << V5 << hex("30 05 0001 61 00 78");
    {
        PublishPacket p = publish(u"t"_s, QByteArray(), QoS::Q2, 0x1234);
        p.dup = true;
        p.properties.setContentType(u"j"_s);
        QTest::newRow("v5 PUBLISH QoS 2 dup with property")
            << Packet(p) << V5 << hex("3c 0a 0001 74 1234 04 03 0001 6a");
    }
    QTest::newRow("v311 PUBACK") << Packet(ack<PubAckPacket>(7)) << V311 << hex("40 02 0007");
    QTest::newRow("v311 PUBREC") << Packet(ack<PubRecPacket>(8)) << V311 << hex("50 02 0008");
    QTest::newRow("v311 PUBREL") << Packet(ack<PubRelPacket>(0x1234)) << V311 << hex("62 02 1234");
    QTest::newRow("v311 PUBCOMP") << Packet(ack<PubCompPacket>(9)) << V311 << hex("70 02 0009");
    {
        PubRecPacket p = ack<PubRecPacket>(1, ReasonCode::NoMatchingSubscribers);
        p.properties.setReasonString(u"r"_s);
        QTest::newRow("v5 PUBREC with reason string")
            << Packet(p) << V5 << hex("50 08 0001 10 04 1f 0001 72");
    }
    QTest::newRow("v311 SUBSCRIBE") << Packet(subscribe(10, {request(u"a/b"_s, QoS::Q1)})) << V311
                                    << hex("82 08 000a 0003 612f62 01");
    QTest::newRow("v5 SUBSCRIBE options 0x2d [MQTT-3.8.3.1]")
        << Packet(subscribe(10, {{u"a/b"_s, QoS::Q1, true, true, RetainHandling::DoNotSend}})) << V5
        << hex("82 09 000a 00 0003 612f62 2d");
    {
        SubscribePacket p = subscribe(10, {request(u"#"_s, QoS::Q0)});
        p.properties.setSubscriptionIdentifier(300);
        QTest::newRow("v5 SUBSCRIBE with Subscription Identifier")
            << Packet(p) << V5 << hex("82 0a 000a 03 0b ac02 0001 23 00");
    }
    QTest::newRow("v311 SUBACK with failure 0x80")
        << Packet(suback(1, {ReasonCode::GrantedQoS1, ReasonCode::UnspecifiedError})) << V311
        << hex("90 04 0001 01 80");
    QTest::newRow("v5 SUBACK")
        << Packet(suback(1, {GrantedQoS0, ReasonCode::GrantedQoS2, ReasonCode::NotAuthorized}))
        << V5 << hex("90 06 0001 00 00 02 87");
    QTest::newRow("v311 UNSUBSCRIBE")
        << Packet(unsubscribe(2, {u"a"_s})) << V311 << hex("a2 05 0002 0001 61");
    QTest::newRow("v5 UNSUBSCRIBE")
        << Packet(unsubscribe(2, {u"a"_s, u"b"_s})) << V5 << hex("a2 09 0002 00 0001 61 0001 62");
    QTest::newRow("v311 UNSUBACK") << Packet(unsuback(5)) << V311 << hex("b0 02 0005");
    QTest::newRow("v5 UNSUBACK")
        << Packet(unsuback(5, {ReasonCode::Success, ReasonCode::NoSubscriptionExisted})) << V5
        << hex("b0 05 0005 00 00 11");
    QTest::newRow("v311 PINGREQ") << Packet(PingReqPacket()) << V311 << hex("c0 00");
    QTest::newRow("v5 PINGREQ") << Packet(PingReqPacket()) << V5 << hex("c0 00");
    QTest::newRow("v311 PINGRESP") << Packet(PingRespPacket()) << V311 << hex("d0 00");
    QTest::newRow("v5 PINGRESP") << Packet(PingRespPacket()) << V5 << hex("d0 00");
    QTest::newRow("v311 DISCONNECT") << Packet(makeDisconnect()) << V311 << hex("e0 00");
    {
        DisconnectPacket p = makeDisconnect();
        p.properties.setSessionExpiryInterval(0);
        QTest::newRow("v5 DISCONNECT with Session Expiry Interval")
            << Packet(p) << V5 << hex("e0 07 00 05 11 00000000");
    }
    {
        AuthPacket p = auth(ReasonCode::ContinueAuthentication);
        p.properties.setAuthenticationMethod(u"m"_s);
        QTest::newRow("v5 AUTH") << Packet(p) << V5 << hex("f0 06 18 04 15 0001 6d");
    }
}

void tst_Packets::goldenBytes()
{
    QFETCH(Packet, packet);
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);

    QCOMPARE(encodePacket(packet, version).toHex(' '), bytes.toHex(' '));
    const auto framed = frame(bytes);
    QVERIFY(framed);
    QCOMPARE(qsizetype(framed->remainingLength), framed->body.size());
    const Packet decoded = decodePacket(framed->firstByte, framed->body, version);
    QVERIFY2(decoded == packet, qPrintable(describe(decoded, version)));
}

void tst_Packets::decodesShortForms_data()
{
    QTest::addColumn<QByteArray>("bytes"); // first byte, then the body (no Remaining Length)
    QTest::addColumn<Packet>("packet");

    // [MQTT-3.4.2.1] the Reason Code and Property Length can be omitted.
    QTest::newRow("PUBACK without reason code") << hex("40 0001") << Packet(ack<PubAckPacket>(1));
    QTest::newRow("PUBACK without properties")
        << hex("40 0001 10") << Packet(ack<PubAckPacket>(1, ReasonCode::NoMatchingSubscribers));
    QTest::newRow("PUBACK with empty properties")
        << hex("40 0001 00 00") << Packet(ack<PubAckPacket>(1));
    QTest::newRow("PUBREC without properties")
        << hex("50 0002 80") << Packet(ack<PubRecPacket>(2, ReasonCode::UnspecifiedError));
    QTest::newRow("PUBREL without reason code") << hex("62 0003") << Packet(ack<PubRelPacket>(3));
    QTest::newRow("PUBCOMP without properties")
        << hex("70 0004 92") << Packet(ack<PubCompPacket>(4, ReasonCode::PacketIdentifierNotFound));
    // [MQTT-3.14.2.1] a DISCONNECT with Remaining Length 0 is a normal disconnection.
    QTest::newRow("DISCONNECT empty") << hex("e0") << Packet(makeDisconnect());
    QTest::newRow("DISCONNECT reason code only")
        << hex("e0 04") << Packet(makeDisconnect(ReasonCode::DisconnectWithWillMessage));
    // [MQTT-3.15.2.1] an AUTH with Remaining Length 0 is Success.
    QTest::newRow("AUTH empty") << hex("f0") << Packet(auth(ReasonCode::Success));
}

void tst_Packets::decodesShortForms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Packet, packet);

    const Packet decoded = decodePacket(quint8(bytes[0]), QByteArrayView(bytes).sliced(1), V5);
    QVERIFY2(decoded == packet, qPrintable(describe(decoded, V5)));
}

void tst_Packets::v311ConnAckReturnCodes_data()
{
    QTest::addColumn<quint8>("returnCode");
    QTest::addColumn<ReasonCode>("reasonCode");

    // MQTT 3.1.1 section 3.2.2.3, mapped to the MQTT 5.0 codes of the same meaning.
    QTest::newRow("0 accepted") << quint8(0) << ReasonCode::Success;
    QTest::newRow("1 unacceptable protocol version")
        << quint8(1) << ReasonCode::UnsupportedProtocolVersion;
    QTest::newRow("2 identifier rejected") << quint8(2) << ReasonCode::ClientIdentifierNotValid;
    QTest::newRow("3 server unavailable") << quint8(3) << ReasonCode::ServerUnavailable;
    QTest::newRow("4 bad user name or password") << quint8(4) << ReasonCode::BadUserNameOrPassword;
    QTest::newRow("5 not authorized") << quint8(5) << ReasonCode::NotAuthorized;
}

void tst_Packets::v311ConnAckReturnCodes()
{
    QFETCH(quint8, returnCode);
    QFETCH(ReasonCode, reasonCode);

    const QByteArray bytes = hex("20 02 00") + QByteArray(1, char(returnCode));
    QCOMPARE(encodePacket(connack(false, reasonCode), V311), bytes);
    const Packet decoded = decodePacket(0x20, QByteArrayView(bytes).sliced(2), V311);
    QVERIFY(std::holds_alternative<ConnAckPacket>(decoded));
    QCOMPARE(std::get<ConnAckPacket>(decoded).reasonCode, reasonCode);
    QCOMPARE(std::get<ConnAckPacket>(decoded).sessionPresent, false);
}

void tst_Packets::connectVersionComesFromThePacket()
{
    // The Protocol Level inside CONNECT decides; the version argument is ignored.
    const QByteArray v311Body = hex("0004 4d515454 04 02 003c 0001 63");
    const QByteArray v5Body = hex("0004 4d515454 05 02 003c 00 0001 63");
    for (ProtocolVersion argument : {V5, V311}) {
        const Packet a = decodePacket(0x10, v311Body, argument);
        QCOMPARE(std::get<ConnectPacket>(a).protocolVersion, V311);
        const Packet b = decodePacket(0x10, v5Body, argument);
        QCOMPARE(std::get<ConnectPacket>(b).protocolVersion, V5);
        QCOMPARE(encodePacket(makeConnect(V311, u"c"_s), argument), hex("10 0d") + v311Body);
        QCOMPARE(encodePacket(makeConnect(V5, u"c"_s), argument), hex("10 0e") + v5Body);
    }
}

// ---- encode refusals ------------------------------------------------------------------------

void tst_Packets::encodeRefusesV5ContentInV311_data()
{
    QTest::addColumn<Packet>("packet");

    {
        ConnectPacket p = makeConnect(V311, u"c"_s);
        p.properties.setSessionExpiryInterval(10);
        QTest::newRow("CONNECT properties") << Packet(p);
    }
    {
        ConnectPacket p = makeConnect(V311, u"c"_s);
        p.will = WillMessage {u"w"_s, "x", QoS::Q0, false, {}};
        p.will->properties.setWillDelayInterval(5);
        QTest::newRow("CONNECT will properties") << Packet(p);
    }
    {
        ConnAckPacket p = connack(false, ReasonCode::Success);
        p.properties.setReceiveMaximum(5);
        QTest::newRow("CONNACK properties") << Packet(p);
    }
    QTest::newRow("CONNACK reason code without a 3.1.1 return code")
        << Packet(connack(false, ReasonCode::Banned));
    QTest::newRow("CONNACK Malformed Packet")
        << Packet(connack(false, ReasonCode::MalformedPacket));
    {
        PublishPacket p = publish(u"t"_s, "x");
        p.properties.setContentType(u"text/plain"_s);
        QTest::newRow("PUBLISH properties") << Packet(p);
    }
    {
        PublishPacket p = publish(u"t"_s, "x");
        p.properties.addUserProperty(u"k"_s, u"v"_s);
        QTest::newRow("PUBLISH user property") << Packet(p);
    }
    QTest::newRow("PUBACK reason code 0x10")
        << Packet(ack<PubAckPacket>(1, ReasonCode::NoMatchingSubscribers));
    QTest::newRow("PUBACK reason code 0x80")
        << Packet(ack<PubAckPacket>(1, ReasonCode::UnspecifiedError));
    QTest::newRow("PUBACK properties")
        << Packet(ackWithProperties<PubAckPacket>(1, ReasonCode::Success));
    QTest::newRow("PUBREC reason code 0x87")
        << Packet(ack<PubRecPacket>(1, ReasonCode::NotAuthorized));
    QTest::newRow("PUBREL reason code 0x92")
        << Packet(ack<PubRelPacket>(1, ReasonCode::PacketIdentifierNotFound));
    QTest::newRow("PUBCOMP properties")
        << Packet(ackWithProperties<PubCompPacket>(1, ReasonCode::Success));
    {
        SubscribePacket p = subscribe(1, {request(u"a"_s, QoS::Q1)});
        p.properties.setSubscriptionIdentifier(3);
        QTest::newRow("SUBSCRIBE properties") << Packet(p);
    }
    QTest::newRow("SUBSCRIBE No Local")
        << Packet(subscribe(1, {{u"a"_s, QoS::Q1, true, false, RetainHandling::SendOnSubscribe}}));
    QTest::newRow("SUBSCRIBE Retain As Published")
        << Packet(subscribe(1, {{u"a"_s, QoS::Q1, false, true, RetainHandling::SendOnSubscribe}}));
    QTest::newRow("SUBSCRIBE Retain Handling")
        << Packet(subscribe(1, {{u"a"_s, QoS::Q1, false, false, RetainHandling::DoNotSend}}));
    {
        SubAckPacket p = suback(1, {GrantedQoS0});
        p.properties.setReasonString(u"r"_s);
        QTest::newRow("SUBACK properties") << Packet(p);
    }
    QTest::newRow("SUBACK reason code 0x87") << Packet(suback(1, {ReasonCode::NotAuthorized}));
    {
        UnsubscribePacket p = unsubscribe(1, {u"a"_s});
        p.properties.addUserProperty(u"k"_s, u"v"_s);
        QTest::newRow("UNSUBSCRIBE properties") << Packet(p);
    }
    {
        UnsubAckPacket p = unsuback(1);
        p.properties.setReasonString(u"r"_s);
        QTest::newRow("UNSUBACK properties") << Packet(p);
    }
    QTest::newRow("UNSUBACK reason codes")
        << Packet(unsuback(1, {ReasonCode::NoSubscriptionExisted}));
    QTest::newRow("DISCONNECT reason code")
        << Packet(makeDisconnect(ReasonCode::DisconnectWithWillMessage));
    {
        DisconnectPacket p = makeDisconnect();
        p.properties.setSessionExpiryInterval(0);
        QTest::newRow("DISCONNECT properties") << Packet(p);
    }
    QTest::newRow("AUTH at all") << Packet(auth(ReasonCode::Success));
    QTest::newRow("AUTH continue") << Packet(auth(ReasonCode::ContinueAuthentication));
}

void tst_Packets::encodeRefusesV5ContentInV311()
{
    QFETCH(Packet, packet);

    QByteArray out("keep");
    const auto error = thrownBy([&] { encodePacket(out, packet, V311); });
    QVERIFY2(error, "MQTT 5.0 content must not be silently dropped from an MQTT 3.1.1 packet");
    QCOMPARE(error->reasonCode(), ReasonCode::ProtocolError);
    QVERIFY2(error->message().contains(packetTypeName(packetType(packet))),
             qPrintable(error->message()));

    // The same packet is fine in MQTT 5.0 (CONNECT says its version itself).
    if (auto *c = std::get_if<ConnectPacket>(&packet))
        c->protocolVersion = V5;
    if (auto *u = std::get_if<UnsubAckPacket>(&packet); u && u->reasonCodes.isEmpty())
        u->reasonCodes = {ReasonCode::Success}; // one per topic filter in MQTT 5.0
    QVERIFY2(!thrownBy([&] { encodePacket(packet, V5); }), "the packet is valid in MQTT 5.0");
}

void tst_Packets::encodeRefusesIllegalPackets_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<ProtocolVersion>("version");

    for (ProtocolVersion v : {V5, V311}) {
        const char *tag = v == V5 ? "v5" : "v311";
        // The non-zero Packet Identifier rule is [MQTT-2.2.1-3] in 5.0, [MQTT-2.3.1-1] in 3.1.1.
        const char *nonZeroId = v == V5 ? "[MQTT-2.2.1-3]" : "[MQTT-2.3.1-1]";
        QTest::addRow("%s PUBLISH QoS 1 with Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(publish(u"t"_s, "x", QoS::Q1, 0)) << v;
        QTest::addRow("%s PUBLISH QoS 2 with Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(publish(u"t"_s, "x", QoS::Q2, 0)) << v;
        QTest::addRow("%s PUBLISH QoS 3 [MQTT-3.3.1-4]", tag)
            << Packet(publish(u"t"_s, "x", QoS(3), 1)) << v;
        QTest::addRow("%s PUBLISH topic with + [MQTT-3.3.2-2]", tag)
            << Packet(publish(u"a/+"_s, "x")) << v;
        QTest::addRow("%s PUBLISH topic with # [MQTT-3.3.2-2]", tag)
            << Packet(publish(u"a/#"_s, "x")) << v;
        QTest::addRow("%s PUBLISH topic with U+0000 [MQTT-1.5.4-2]", tag)
            << Packet(publish(u"a"_s + QChar(0) + u"b"_s, "x")) << v;
        QTest::addRow("%s PUBLISH topic of 65536 bytes", tag)
            << Packet(publish(QString(65536, u't'), "x")) << v;
        QTest::addRow("%s PUBACK Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(ack<PubAckPacket>(0)) << v;
        QTest::addRow("%s PUBREC Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(ack<PubRecPacket>(0)) << v;
        QTest::addRow("%s PUBREL Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(ack<PubRelPacket>(0)) << v;
        QTest::addRow("%s PUBCOMP Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(ack<PubCompPacket>(0)) << v;
        QTest::addRow("%s SUBSCRIBE Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(subscribe(0, {request(u"a"_s, QoS::Q0)})) << v;
        QTest::addRow("%s SUBSCRIBE without filters [MQTT-3.8.3-2]", tag)
            << Packet(subscribe(1, {})) << v;
        QTest::addRow("%s SUBSCRIBE maximum QoS 3", tag)
            << Packet(subscribe(1, {request(u"a"_s, QoS(3))})) << v;
        QTest::addRow("%s SUBSCRIBE invalid filter a/#/b [MQTT-4.7.1-1]", tag)
            << Packet(subscribe(1, {request(u"a/#/b"_s, QoS::Q0)})) << v;
        QTest::addRow("%s SUBSCRIBE empty filter [MQTT-4.7.3-1]", tag)
            << Packet(subscribe(1, {request(QString(), QoS::Q0)})) << v;
        QTest::addRow("%s SUBACK Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(suback(0, {GrantedQoS0})) << v;
        QTest::addRow("%s UNSUBSCRIBE Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(unsubscribe(0, {u"a"_s})) << v;
        QTest::addRow("%s UNSUBSCRIBE without filters [MQTT-3.10.3-2]", tag)
            << Packet(unsubscribe(1, {})) << v;
        QTest::addRow("%s UNSUBSCRIBE invalid filter a+ [MQTT-4.7.1-2]", tag)
            << Packet(unsubscribe(1, {u"a+"_s})) << v;
        QTest::addRow("%s UNSUBACK Packet Identifier 0 %s", tag, nonZeroId)
            << Packet(unsuback(
                   0, v == V5 ? QList<ReasonCode> {ReasonCode::Success} : QList<ReasonCode> {}))
            << v;
        QTest::addRow("%s CONNACK session present with error [MQTT-3.2.2-6]", tag)
            << Packet(connack(true, ReasonCode::NotAuthorized)) << v;
        {
            ConnectPacket p = makeConnect(v, u"c"_s);
            p.will = WillMessage {u"w"_s, "x", QoS(3), false, {}};
            QTest::addRow("%s CONNECT will QoS 3 [MQTT-3.1.2-12]", tag) << Packet(p) << v;
        }
        {
            ConnectPacket p = makeConnect(v, QString(1, QChar(0xDC00)));
            QTest::addRow("%s CONNECT client id with unpaired surrogate [MQTT-1.5.4-1]", tag)
                << Packet(p) << v;
        }
    }
    QTest::newRow("v5 SUBSCRIBE Retain Handling 3")
        << Packet(subscribe(1, {{u"a"_s, QoS::Q0, false, false, RetainHandling(3)}})) << V5;
    QTest::newRow("v5 SUBSCRIBE Subscription Identifier 0") << Packet([] {
        SubscribePacket p = subscribe(1, {request(u"a"_s, QoS::Q0)});
        p.properties.setSubscriptionIdentifier(0);
        return p;
    }()) << V5;
    {
        ConnectPacket p = makeConnect(V311, u"c"_s);
        p.password = QByteArray("pw");
        QTest::newRow("v311 CONNECT password without user name [MQTT-3.1.2-22]")
            << Packet(p) << V311;
    }
    QTest::newRow("v5 PUBACK reason code 0x04")
        << Packet(ack<PubAckPacket>(1, ReasonCode::DisconnectWithWillMessage)) << V5;
    QTest::newRow("v5 PUBREL reason code 0x10")
        << Packet(ack<PubRelPacket>(1, ReasonCode::NoMatchingSubscribers)) << V5;
    QTest::newRow("v5 PUBCOMP reason code 0x80")
        << Packet(ack<PubCompPacket>(1, ReasonCode::UnspecifiedError)) << V5;
    QTest::newRow("v5 SUBACK reason code 0x99")
        << Packet(suback(1, {ReasonCode::PayloadFormatInvalid})) << V5;
    QTest::newRow("v5 UNSUBACK reason code 0x10")
        << Packet(unsuback(1, {ReasonCode::NoMatchingSubscribers})) << V5;
    QTest::newRow("v5 CONNACK reason code 0x04")
        << Packet(connack(false, ReasonCode::DisconnectWithWillMessage)) << V5;
    QTest::newRow("v5 DISCONNECT reason code 0x01")
        << Packet(makeDisconnect(ReasonCode::GrantedQoS1)) << V5;
    QTest::newRow("v5 AUTH reason code 0x80") << Packet(auth(ReasonCode::UnspecifiedError)) << V5;
}

void tst_Packets::encodeRefusesIllegalPackets()
{
    QFETCH(Packet, packet);
    QFETCH(ProtocolVersion, version);

    QByteArray out;
    const auto error = thrownBy([&] { encodePacket(out, packet, version); });
    QVERIFY2(error,
             qPrintable(u"encoded an illegal packet: "_s + QString::fromLatin1(out.toHex(' '))));
    QVERIFY(isError(error->reasonCode()));
    QVERIFY2(!error->message().isEmpty(), "the error names what is wrong");
}

void tst_Packets::encodeRefusesEmptyTopicWithoutAlias_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("field");
    QTest::newRow("v5 (MQTT 3.3.2.1)") << V5 << u"Topic Alias"_s;
    QTest::newRow("v311 [MQTT-4.7.3-1]") << V311 << u"Topic Name"_s;
}

// An alias-only PUBLISH needs its alias: an empty Topic Name alone is a Protocol Error.
void tst_Packets::encodeRefusesEmptyTopicWithoutAlias()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, field);
    QByteArray out;
    const auto error = thrownBy([&] { encodePacket(out, publish(QString(), "x"), version); });
    QVERIFY2(error, qPrintable(u"encoded: "_s + QString::fromLatin1(out.toHex(' '))));
    QCOMPARE(error->reasonCode(), ReasonCode::ProtocolError);
    QVERIFY2(error->message().contains(u"Topic Name"_s), qPrintable(error->message()));
    QVERIFY2(error->message().contains(field), qPrintable(error->message()));
}

void tst_Packets::packetTypeOfEachAlternative()
{
    QCOMPARE(packetType(Packet(ConnectPacket())), PacketType::Connect);
    QCOMPARE(packetType(Packet(ConnAckPacket())), PacketType::ConnAck);
    QCOMPARE(packetType(Packet(PublishPacket())), PacketType::Publish);
    QCOMPARE(packetType(Packet(PubAckPacket())), PacketType::PubAck);
    QCOMPARE(packetType(Packet(PubRecPacket())), PacketType::PubRec);
    QCOMPARE(packetType(Packet(PubRelPacket())), PacketType::PubRel);
    QCOMPARE(packetType(Packet(PubCompPacket())), PacketType::PubComp);
    QCOMPARE(packetType(Packet(SubscribePacket())), PacketType::Subscribe);
    QCOMPARE(packetType(Packet(SubAckPacket())), PacketType::SubAck);
    QCOMPARE(packetType(Packet(UnsubscribePacket())), PacketType::Unsubscribe);
    QCOMPARE(packetType(Packet(UnsubAckPacket())), PacketType::UnsubAck);
    QCOMPARE(packetType(Packet(PingReqPacket())), PacketType::PingReq);
    QCOMPARE(packetType(Packet(PingRespPacket())), PacketType::PingResp);
    QCOMPARE(packetType(Packet(DisconnectPacket())), PacketType::Disconnect);
    QCOMPARE(packetType(Packet(AuthPacket())), PacketType::Auth);
}

QTEST_APPLESS_MAIN(tst_Packets)
#include "tst_packets.moc"
