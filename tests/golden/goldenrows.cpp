// Expected packets for the golden vectors, written by hand from each file's "# field:" lines.
#include "goldenrows.h"

namespace OhMqttTest::Golden {

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

constexpr auto V5 = ProtocolVersion::V5;
constexpr auto V311 = ProtocolVersion::V311;

PublishPacket publish(const QString &topic, const QByteArray &payload, QoS qos = QoS::Q0,
                      quint16 packetId = 0, bool retain = false)
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.packetId = packetId;
    packet.retain = retain;
    return packet;
}

template<typename Ack> Ack ack(quint16 packetId, ReasonCode reasonCode = ReasonCode::Success)
{
    Ack packet;
    packet.packetId = packetId;
    packet.reasonCode = reasonCode;
    return packet;
}

ConnectPacket connect(ProtocolVersion version, const QString &clientId, bool cleanStart,
                      quint16 keepAlive)
{
    ConnectPacket packet;
    packet.protocolVersion = version;
    packet.clientId = clientId;
    packet.cleanStart = cleanStart;
    packet.keepAlive = keepAlive;
    return packet;
}

WillMessage will(const QString &topic, const QByteArray &payload, QoS qos, bool retain)
{
    WillMessage message;
    message.topic = topic;
    message.payload = payload;
    message.qos = qos;
    message.retain = retain;
    return message;
}

ConnAckPacket connAck(bool sessionPresent, ReasonCode reasonCode = ReasonCode::Success,
                      const ConnAckProperties &properties = {})
{
    ConnAckPacket packet;
    packet.sessionPresent = sessionPresent;
    packet.reasonCode = reasonCode;
    packet.properties = properties;
    return packet;
}

// What mosquitto 2.0.11 puts into every MQTT 5.0 CONNACK with its default configuration.
ConnAckProperties mosquittoDefaults()
{
    ConnAckProperties properties;
    properties.setTopicAliasMaximum(10);
    properties.setReceiveMaximum(20);
    return properties;
}

SubscriptionRequest subscription(const QString &topicFilter, QoS maximumQoS,
                                 bool retainAsPublished = false, bool noLocal = false,
                                 RetainHandling retainHandling = RetainHandling::SendOnSubscribe)
{
    SubscriptionRequest request;
    request.topicFilter = topicFilter;
    request.maximumQoS = maximumQoS;
    request.retainAsPublished = retainAsPublished;
    request.noLocal = noLocal;
    request.retainHandling = retainHandling;
    return request;
}

SubscribePacket subscribe(quint16 packetId, const QList<SubscriptionRequest> &subscriptions,
                          const SubscribeProperties &properties = {})
{
    SubscribePacket packet;
    packet.packetId = packetId;
    packet.subscriptions = subscriptions;
    packet.properties = properties;
    return packet;
}

SubAckPacket subAck(quint16 packetId, const QList<ReasonCode> &reasonCodes)
{
    SubAckPacket packet;
    packet.packetId = packetId;
    packet.reasonCodes = reasonCodes;
    return packet;
}

UnsubscribePacket unsubscribe(quint16 packetId, const QList<QString> &topicFilters,
                              const UnsubscribeProperties &properties = {})
{
    UnsubscribePacket packet;
    packet.packetId = packetId;
    packet.topicFilters = topicFilters;
    packet.properties = properties;
    return packet;
}

UnsubAckPacket unsubAck(quint16 packetId, const QList<ReasonCode> &reasonCodes = {})
{
    UnsubAckPacket packet;
    packet.packetId = packetId;
    packet.reasonCodes = reasonCodes;
    return packet;
}

DisconnectPacket disconnect(ReasonCode reasonCode, const DisconnectProperties &properties = {})
{
    DisconnectPacket packet;
    packet.reasonCode = reasonCode;
    packet.properties = properties;
    return packet;
}

AuthPacket auth(ReasonCode reasonCode, const AuthProperties &properties = {})
{
    AuthPacket packet;
    packet.reasonCode = reasonCode;
    packet.properties = properties;
    return packet;
}

// Sent by mosquitto 2.0.11 (the broker) to a raw client.
QList<PacketRow> brokerRows()
{
    using RC = ReasonCode;
    QList<PacketRow> rows;
    // MQTT 3.1.1
    rows << PacketRow {u"mosquitto-v311-connack-success"_s, V311, connAck(false)};
    rows << PacketRow {u"mosquitto-v311-connack-session-present"_s, V311, connAck(true)};
    rows << PacketRow {u"mosquitto-v311-connack-unacceptable-protocol-version"_s, V311,
                       connAck(false, RC::UnsupportedProtocolVersion)};
    rows << PacketRow {u"mosquitto-v311-connack-identifier-rejected"_s, V311,
                       connAck(false, RC::ClientIdentifierNotValid)};
    rows << PacketRow {u"mosquitto-v311-connack-not-authorized"_s, V311,
                       connAck(false, RC::NotAuthorized)};
    rows << PacketRow {u"mosquitto-v311-pingresp-reply"_s, V311, PingRespPacket {}};
    rows << PacketRow {u"mosquitto-v311-puback-success"_s, V311, ack<PubAckPacket>(11)};
    rows << PacketRow {u"mosquitto-v311-puback-no-subscribers"_s, V311, ack<PubAckPacket>(13)};
    rows << PacketRow {u"mosquitto-v311-pubrec-success"_s, V311, ack<PubRecPacket>(12)};
    rows << PacketRow {u"mosquitto-v311-pubrel-success"_s, V311, ack<PubRelPacket>(2)};
    rows << PacketRow {u"mosquitto-v311-pubcomp-success"_s, V311, ack<PubCompPacket>(12)};
    rows << PacketRow {u"mosquitto-v311-publish-qos1"_s, V311,
                       publish(u"golden/q1"_s, "one", QoS::Q1, 1)};
    rows << PacketRow {u"mosquitto-v311-publish-qos2"_s, V311,
                       publish(u"golden/q2/x"_s, "two", QoS::Q2, 2)};
    rows << PacketRow {u"mosquitto-v311-publish-retained"_s, V311,
                       publish(u"golden/retained"_s, "kept", QoS::Q1, 3, true)};
    rows << PacketRow {u"mosquitto-v311-suback-granted-qos0-1-2"_s, V311,
                       subAck(7, {GrantedQoS0, RC::GrantedQoS1, RC::GrantedQoS2})};
    rows << PacketRow {u"mosquitto-v311-suback-granted-qos1"_s, V311, subAck(8, {RC::GrantedQoS1})};
    // MQTT 3.1.1 section 3.9.3: the failure code 0x80 reads as UnspecifiedError.
    rows << PacketRow {u"mosquitto-v311-suback-one-refused"_s, V311,
                       subAck(3, {RC::GrantedQoS1, RC::UnspecifiedError})};
    rows << PacketRow {u"mosquitto-v311-unsuback-two-filters"_s, V311, unsubAck(9)};

    // MQTT 5.0
    rows << PacketRow {u"mosquitto-v5-connack-success"_s, V5,
                       connAck(false, RC::Success, mosquittoDefaults())};
    rows << PacketRow {u"mosquitto-v5-connack-session-present"_s, V5,
                       connAck(true, RC::Success, mosquittoDefaults())};
    rows << PacketRow {u"mosquitto-v5-connack-not-authorized"_s, V5,
                       connAck(false, RC::NotAuthorized)};
    {
        ConnAckProperties properties;
        properties.setTopicAliasMaximum(10);
        properties.setAssignedClientIdentifier(u"auto-6A82BC57-E06A-9613-6F7B-015EED5EF5FC"_s);
        properties.setReceiveMaximum(20);
        rows << PacketRow {u"mosquitto-v5-connack-assigned-client-identifier"_s, V5,
                           connAck(false, RC::Success, properties)};
    }
    {
        ConnAckProperties properties;
        properties.setTopicAliasMaximum(5);
        properties.setServerKeepAlive(30);
        properties.setRetainAvailable(false);
        properties.setMaximumPacketSize(1000);
        properties.setReceiveMaximum(7);
        properties.setMaximumQoS(1);
        rows << PacketRow {u"mosquitto-v5-connack-server-limits"_s, V5,
                           connAck(false, RC::Success, properties)};
    }
    rows << PacketRow {u"mosquitto-v5-pingresp-reply"_s, V5, PingRespPacket {}};
    rows << PacketRow {u"mosquitto-v5-puback-success"_s, V5, ack<PubAckPacket>(11)};
    rows << PacketRow {u"mosquitto-v5-puback-no-matching-subscribers"_s, V5,
                       ack<PubAckPacket>(13, RC::NoMatchingSubscribers)};
    rows << PacketRow {u"mosquitto-v5-pubrec-success"_s, V5, ack<PubRecPacket>(12)};
    rows << PacketRow {u"mosquitto-v5-pubrel-success"_s, V5, ack<PubRelPacket>(2)};
    rows << PacketRow {u"mosquitto-v5-pubcomp-success"_s, V5, ack<PubCompPacket>(12)};
    {
        PublishPacket packet = publish(u"golden/q1"_s, "one", QoS::Q1, 1);
        packet.properties.setPayloadFormatIndicator(1);
        packet.properties.setContentType(u"text/plain"_s);
        packet.properties.addUserProperty(u"k"_s, u"v"_s);
        rows << PacketRow {u"mosquitto-v5-publish-qos1-properties"_s, V5, packet};
    }
    rows << PacketRow {u"mosquitto-v5-publish-qos2"_s, V5,
                       publish(u"golden/q2/x"_s, "two", QoS::Q2, 2)};
    rows << PacketRow {u"mosquitto-v5-publish-retained"_s, V5,
                       publish(u"golden/retained"_s, "kept", QoS::Q1, 3, true)};
    {
        PublishPacket packet = publish(u"golden/sid"_s, "sid", QoS::Q1, 4);
        packet.properties.addSubscriptionIdentifier(200);
        rows << PacketRow {u"mosquitto-v5-publish-subscription-identifier"_s, V5, packet};
    }
    rows << PacketRow {u"mosquitto-v5-suback-granted-qos0-1-2"_s, V5,
                       subAck(7, {GrantedQoS0, RC::GrantedQoS1, RC::GrantedQoS2})};
    rows << PacketRow {u"mosquitto-v5-suback-granted-qos1"_s, V5, subAck(8, {RC::GrantedQoS1})};
    rows << PacketRow {u"mosquitto-v5-suback-downgraded-qos1"_s, V5, subAck(4, {RC::GrantedQoS1})};
    rows << PacketRow {u"mosquitto-v5-suback-one-refused"_s, V5,
                       subAck(3, {RC::GrantedQoS1, RC::NotAuthorized})};
    rows << PacketRow {u"mosquitto-v5-unsuback-two-filters"_s, V5,
                       unsubAck(9, {RC::Success, RC::NoSubscriptionExisted})};
    rows << PacketRow {u"mosquitto-v5-disconnect-malformed-packet"_s, V5,
                       disconnect(RC::MalformedPacket)};
    rows << PacketRow {u"mosquitto-v5-disconnect-packet-too-large"_s, V5,
                       disconnect(RC::PacketTooLarge)};
    rows << PacketRow {u"mosquitto-v5-disconnect-qos-not-supported"_s, V5,
                       disconnect(RC::QoSNotSupported)};
    rows << PacketRow {u"mosquitto-v5-disconnect-retain-not-supported"_s, V5,
                       disconnect(RC::RetainNotSupported)};
    rows << PacketRow {u"mosquitto-v5-disconnect-topic-alias-invalid"_s, V5,
                       disconnect(RC::TopicAliasInvalid)};
    return rows;
}

// Sent by mosquitto_pub 2.0.11 to a scripted fake broker.
QList<PacketRow> pubRows()
{
    QList<PacketRow> rows;
    rows << PacketRow {u"mosquitto_pub-v311-connect-minimal"_s, V311,
                       connect(V311, u"golden-pub"_s, true, 60)};
    {
        ConnectPacket packet = connect(V311, u"golden-pub-full"_s, true, 30);
        packet.will = will(u"golden/will"_s, "gone", QoS::Q1, true);
        packet.username = u"golden-user"_s;
        packet.password = QByteArray("golden-secret");
        rows << PacketRow {u"mosquitto_pub-v311-connect-will-credentials"_s, V311, packet};
    }
    rows << PacketRow {u"mosquitto_pub-v311-publish-qos0"_s, V311,
                       publish(u"golden/topic"_s, "hello")};
    rows << PacketRow {u"mosquitto_pub-v311-publish-qos1-retain"_s, V311,
                       publish(u"golden/retained"_s, "kept", QoS::Q1, 1, true)};
    rows << PacketRow {u"mosquitto_pub-v311-publish-qos2"_s, V311,
                       publish(u"golden/exactly-once"_s, "once", QoS::Q2, 1)};
    rows << PacketRow {u"mosquitto_pub-v311-pubrel-success"_s, V311, ack<PubRelPacket>(1)};
    rows << PacketRow {u"mosquitto_pub-v311-disconnect-normal"_s, V311, DisconnectPacket {}};

    {
        ConnectPacket packet = connect(V5, u"golden-pub"_s, true, 60);
        packet.properties.setReceiveMaximum(20);
        rows << PacketRow {u"mosquitto_pub-v5-connect-minimal"_s, V5, packet};
    }
    {
        ConnectPacket packet = connect(V5, u"golden-pub-full"_s, true, 30);
        packet.properties.setSessionExpiryInterval(60);
        packet.properties.setReceiveMaximum(20);
        packet.properties.addUserProperty(u"client"_s, u"golden"_s);
        WillMessage message = will(u"golden/will"_s, "gone", QoS::Q1, true);
        message.properties.setContentType(u"text/plain"_s);
        message.properties.setWillDelayInterval(5);
        packet.will = message;
        packet.username = u"golden-user"_s;
        packet.password = QByteArray("golden-secret");
        rows << PacketRow {u"mosquitto_pub-v5-connect-will-credentials"_s, V5, packet};
    }
    rows << PacketRow {u"mosquitto_pub-v5-publish-qos0"_s, V5, publish(u"golden/topic"_s, "hello")};
    {
        PublishPacket packet = publish(u"golden/retained"_s, "kept", QoS::Q1, 1, true);
        packet.properties.addUserProperty(u"a"_s, u"b"_s);
        packet.properties.setContentType(u"text/plain"_s);
        packet.properties.setPayloadFormatIndicator(1);
        packet.properties.setMessageExpiryInterval(3600);
        packet.properties.setResponseTopic(u"golden/reply"_s);
        packet.properties.setCorrelationData(QByteArray("0102")); // the tool sends the text
        rows << PacketRow {u"mosquitto_pub-v5-publish-qos1-retain-properties"_s, V5, packet};
    }
    rows << PacketRow {u"mosquitto_pub-v5-publish-qos2"_s, V5,
                       publish(u"golden/exactly-once"_s, "once", QoS::Q2, 1)};
    rows << PacketRow {u"mosquitto_pub-v5-pubrel-success"_s, V5, ack<PubRelPacket>(1)};
    rows << PacketRow {u"mosquitto_pub-v5-disconnect-normal"_s, V5,
                       disconnect(NormalDisconnection)};
    {
        DisconnectProperties properties;
        properties.setSessionExpiryInterval(0);
        properties.addUserProperty(u"bye"_s, u"now"_s);
        rows << PacketRow {u"mosquitto_pub-v5-disconnect-properties"_s, V5,
                           disconnect(NormalDisconnection, properties)};
    }
    return rows;
}

// Sent by mosquitto_sub 2.0.11 to a scripted fake broker.
QList<PacketRow> subRows()
{
    QList<PacketRow> rows;
    rows << PacketRow {
        u"mosquitto_sub-v311-subscribe-two-filters"_s, V311,
        subscribe(1,
                  {subscription(u"golden/a"_s, QoS::Q1), subscription(u"golden/b/#"_s, QoS::Q1)})};
    rows << PacketRow {u"mosquitto_sub-v311-subscribe-qos2"_s, V311,
                       subscribe(1, {subscription(u"golden/a"_s, QoS::Q2)})};
    rows << PacketRow {u"mosquitto_sub-v311-unsubscribe-one-filter"_s, V311,
                       unsubscribe(2, {u"golden/older/+"_s})};
    rows << PacketRow {u"mosquitto_sub-v311-puback-success"_s, V311, ack<PubAckPacket>(1)};
    rows << PacketRow {u"mosquitto_sub-v311-pubrec-success"_s, V311, ack<PubRecPacket>(1)};
    rows << PacketRow {u"mosquitto_sub-v311-pubcomp-success"_s, V311, ack<PubCompPacket>(1)};
    rows << PacketRow {u"mosquitto_sub-v311-pingreq-keep-alive-5"_s, V311, PingReqPacket {}};

    {
        ConnectPacket packet = connect(V5, u"golden-sub"_s, false, 60);
        packet.properties.setSessionExpiryInterval(120);
        packet.properties.setReceiveMaximum(1);
        rows << PacketRow {u"mosquitto_sub-v5-connect-session-expiry"_s, V5, packet};
    }
    {
        SubscribeProperties properties;
        properties.setSubscriptionIdentifier(5);
        properties.addUserProperty(u"filter"_s, u"two"_s);
        rows << PacketRow {u"mosquitto_sub-v5-subscribe-two-filters"_s, V5,
                           subscribe(1,
                                     {subscription(u"golden/a"_s, QoS::Q1, true),
                                      subscription(u"golden/b/#"_s, QoS::Q1, true)},
                                     properties)};
    }
    rows << PacketRow {u"mosquitto_sub-v5-subscribe-qos2"_s, V5,
                       subscribe(1, {subscription(u"golden/a"_s, QoS::Q2)})};
    {
        UnsubscribeProperties properties;
        properties.addUserProperty(u"why"_s, u"cleanup"_s);
        rows << PacketRow {u"mosquitto_sub-v5-unsubscribe-one-filter"_s, V5,
                           unsubscribe(2, {u"golden/older/+"_s}, properties)};
    }
    rows << PacketRow {u"mosquitto_sub-v5-puback-success"_s, V5, ack<PubAckPacket>(1)};
    rows << PacketRow {u"mosquitto_sub-v5-pubrec-success"_s, V5, ack<PubRecPacket>(1)};
    rows << PacketRow {u"mosquitto_sub-v5-pubcomp-success"_s, V5, ack<PubCompPacket>(1)};
    rows << PacketRow {u"mosquitto_sub-v5-pingreq-keep-alive-5"_s, V5, PingReqPacket {}};
    return rows;
}

// The specification's examples, completed by hand where they show only part of a packet.
QList<PacketRow> specRows()
{
    using RC = ReasonCode;
    QList<PacketRow> rows;
    for (const ProtocolVersion version : {V311, V5}) {
        ConnectPacket packet = connect(version, u"spec-example"_s, true, 10);
        if (version == V5)
            packet.properties.setSessionExpiryInterval(10);
        packet.will = will(u"a/will"_s, "gone", QoS::Q1, false);
        packet.username = u"user"_s;
        packet.password = QByteArray("pass");
        rows << PacketRow {version == V5 ? u"spec-v5-connect-variable-header-example"_s
                                         : u"spec-v311-connect-variable-header-example"_s,
                           version, packet};
    }
    rows << PacketRow {u"spec-v311-connack-server-unavailable"_s, V311,
                       connAck(false, RC::ServerUnavailable)};
    rows << PacketRow {u"spec-v311-connack-bad-username-or-password"_s, V311,
                       connAck(false, RC::BadUserNameOrPassword)};
    rows << PacketRow {u"spec-v311-publish-variable-header-example"_s, V311,
                       publish(u"a/b"_s, {}, QoS::Q1, 10)};
    rows << PacketRow {u"spec-v5-publish-variable-header-example"_s, V5,
                       publish(u"a/b"_s, {}, QoS::Q1, 10)};
    rows << PacketRow {
        u"spec-v311-subscribe-payload-example"_s, V311,
        subscribe(10, {subscription(u"a/b"_s, QoS::Q1), subscription(u"c/d"_s, QoS::Q2)})};
    rows << PacketRow {
        u"spec-v5-subscribe-payload-example"_s, V5,
        subscribe(10, {subscription(u"a/b"_s, QoS::Q1), subscription(u"c/d"_s, QoS::Q2)})};
    rows << PacketRow {
        u"spec-v5-subscribe-no-local-retain-handling"_s, V5,
        subscribe(11,
                  {subscription(u"golden/nl"_s, QoS::Q1, true, true, RetainHandling::DoNotSend)})};
    rows << PacketRow {u"spec-v311-suback-payload-example"_s, V311,
                       subAck(10, {GrantedQoS0, RC::GrantedQoS2, RC::UnspecifiedError})};
    rows << PacketRow {u"spec-v311-unsubscribe-payload-example"_s, V311,
                       unsubscribe(10, {u"a/b"_s, u"c/d"_s})};
    rows << PacketRow {u"spec-v5-unsubscribe-payload-example"_s, V5,
                       unsubscribe(10, {u"a/b"_s, u"c/d"_s})};
    {
        // A Normal Disconnection keeps its Reason Code when properties follow (3.14.2.1).
        DisconnectProperties properties;
        properties.setSessionExpiryInterval(0);
        rows << PacketRow {u"spec-v5-disconnect-variable-header-example"_s, V5,
                           disconnect(NormalDisconnection, properties)};
    }
    {
        AuthProperties properties;
        properties.setAuthenticationMethod(u"SCRAM-SHA-1"_s);
        properties.setAuthenticationData(QByteArray("client-first-data"));
        rows << PacketRow {u"spec-v5-auth-continue-authentication"_s, V5,
                           auth(RC::ContinueAuthentication, properties)};
    }
    {
        AuthProperties properties;
        properties.setAuthenticationMethod(u"SCRAM-SHA-1"_s);
        properties.setReasonString(u"again"_s);
        properties.addUserProperty(u"k"_s, u"v"_s);
        rows << PacketRow {u"spec-v5-auth-reauthenticate-reason-string"_s, V5,
                           auth(RC::ReAuthenticate, properties)};
    }
    rows << PacketRow {u"spec-v5-auth-success-empty"_s, V5, auth(RC::Success)};
    return rows;
}

} // namespace

QList<PacketRow> packetRows()
{
    return brokerRows() + pubRows() + subRows() + specRows();
}

QList<PrimitiveRow> primitiveRows()
{
    QList<PrimitiveRow> rows;
    // MQTT 5.0 section 1.5.4: "A" followed by U+2A6D4, a character outside the BMP.
    rows << PrimitiveRow {u"spec-v5-utf8string-example"_s, u"A\U0002A6D4"_s};
    // MQTT 5.0 section 1.5.5 Table 1-1: the smallest and largest value of each size.
    for (const quint32 value :
         {0u, 127u, 128u, 16'383u, 16'384u, 2'097'151u, 2'097'152u, 268'435'455u}) {
        rows << PrimitiveRow {u"spec-v5-varint-%1"_s.arg(value), value};
    }
    return rows;
}

} // namespace OhMqttTest::Golden
