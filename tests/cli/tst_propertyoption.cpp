// -D / --property: mosquitto's packet and property names, where each lands, and refusals by name.
#include "cli/parsing.h"

#include <QtTest/QTest>

using namespace OhMqtt;
using namespace OhMqtt::Cli;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OhMqtt::PropertyScope)
Q_DECLARE_METATYPE(OhMqtt::Property)

namespace {

// The properties the options hold for one packet.
PropertyList listOf(const Options &options, PropertyScope scope)
{
    switch (scope) {
    case PropertyScope::Connect:
        return options.connectProperties.list();
    case PropertyScope::Publish:
        return options.publishProperties.list();
    case PropertyScope::Subscribe:
        return options.subscribeProperties.list();
    case PropertyScope::Disconnect:
        return options.disconnectProperties.list();
    case PropertyScope::Will:
        return options.will ? options.will->properties.list() : PropertyList();
    default:
        return {};
    }
}

QStringList withTopic(Command command, const QStringList &more)
{
    QStringList arguments {u"-t"_s, u"t"_s, u"--will-topic"_s, u"w"_s};
    if (command == Command::Pub)
        arguments << u"-n"_s;
    return arguments + more;
}

} // namespace

class tst_PropertyOption : public QObject
{
    Q_OBJECT

private slots:
    void addsEachSupportedProperty_data();
    void addsEachSupportedProperty();
    void userPropertiesKeepOrderAndRepeat();
    void disconnectSessionExpiryFollowsConnect();
    void rejectsBadProperties_data();
    void rejectsBadProperties();
};

void tst_PropertyOption::addsEachSupportedProperty_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("property"); // what follows -D
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<Property>("expected");

    using enum PropertyId;
    using Scope = PropertyScope;
    const auto row = [](const char *name, Command command, QStringList property, Scope scope,
                        PropertyId id, PropertyValue value) {
        QTest::newRow(name) << command << property << scope << Property {id, std::move(value)};
    };
    const Command Pub = Command::Pub;
    const Command Sub = Command::Sub;

    row("connect session-expiry-interval", Sub,
        {u"connect"_s, u"session-expiry-interval"_s, u"30"_s}, Scope::Connect,
        SessionExpiryInterval, 30u);
    row("connect receive-maximum", Pub, {u"connect"_s, u"receive-maximum"_s, u"10"_s},
        Scope::Connect, ReceiveMaximum, 10u);
    row("connect maximum-packet-size", Sub,
        {u"connect"_s, u"maximum-packet-size"_s, u"4294967295"_s}, Scope::Connect,
        MaximumPacketSize, 4294967295u);
    row("connect topic-alias-maximum", Sub, {u"connect"_s, u"topic-alias-maximum"_s, u"0"_s},
        Scope::Connect, TopicAliasMaximum, 0u);
    row("connect request-problem-information", Pub,
        {u"connect"_s, u"request-problem-information"_s, u"0"_s}, Scope::Connect,
        RequestProblemInformation, 0u);
    row("connect request-response-information", Sub,
        {u"connect"_s, u"request-response-information"_s, u"1"_s}, Scope::Connect,
        RequestResponseInformation, 1u);
    row("connect user-property", Sub, {u"connect"_s, u"user-property"_s, u"k"_s, u"v"_s},
        Scope::Connect, UserProperty, StringPair {u"k"_s, u"v"_s});
    row("publish payload-format-indicator", Pub,
        {u"publish"_s, u"payload-format-indicator"_s, u"1"_s}, Scope::Publish,
        PayloadFormatIndicator, 1u);
    row("publish message-expiry-interval", Pub,
        {u"publish"_s, u"message-expiry-interval"_s, u"3600"_s}, Scope::Publish,
        MessageExpiryInterval, 3600u);
    row("publish content-type", Pub, {u"publish"_s, u"content-type"_s, u"text/plain"_s},
        Scope::Publish, ContentType, u"text/plain"_s);
    row("publish response-topic", Pub, {u"publish"_s, u"response-topic"_s, u"reply/here"_s},
        Scope::Publish, ResponseTopic, u"reply/here"_s);
    row("publish correlation-data", Pub, {u"publish"_s, u"correlation-data"_s, u"id-7"_s},
        Scope::Publish, CorrelationData, "id-7"_ba); // mosquitto: the text's bytes
    row("publish user-property", Pub, {u"publish"_s, u"user-property"_s, u"a"_s, u"b c"_s},
        Scope::Publish, UserProperty, StringPair {u"a"_s, u"b c"_s});
    row("subscribe subscription-identifier", Sub,
        {u"subscribe"_s, u"subscription-identifier"_s, u"268435455"_s}, Scope::Subscribe,
        SubscriptionIdentifier, 268435455u);
    row("subscribe user-property", Sub, {u"subscribe"_s, u"user-property"_s, u"s"_s, u"1"_s},
        Scope::Subscribe, UserProperty, StringPair {u"s"_s, u"1"_s});
    row("disconnect session-expiry-interval 0", Pub,
        {u"disconnect"_s, u"session-expiry-interval"_s, u"0"_s}, Scope::Disconnect,
        SessionExpiryInterval, 0u);
    row("disconnect reason-string", Sub, {u"disconnect"_s, u"reason-string"_s, u"done"_s},
        Scope::Disconnect, ReasonString, u"done"_s);
    row("disconnect user-property", Pub, {u"disconnect"_s, u"user-property"_s, u"d"_s, u"e"_s},
        Scope::Disconnect, UserProperty, StringPair {u"d"_s, u"e"_s});
    row("will will-delay-interval", Sub, {u"will"_s, u"will-delay-interval"_s, u"10"_s},
        Scope::Will, WillDelayInterval, 10u);
    row("will payload-format-indicator", Pub, {u"will"_s, u"payload-format-indicator"_s, u"0"_s},
        Scope::Will, PayloadFormatIndicator, 0u);
    row("will message-expiry-interval", Sub, {u"will"_s, u"message-expiry-interval"_s, u"5"_s},
        Scope::Will, MessageExpiryInterval, 5u);
    row("will content-type", Sub, {u"will"_s, u"content-type"_s, u"application/json"_s},
        Scope::Will, ContentType, u"application/json"_s);
    row("will response-topic", Pub, {u"will"_s, u"response-topic"_s, u"r"_s}, Scope::Will,
        ResponseTopic, u"r"_s);
    row("will correlation-data", Sub, {u"will"_s, u"correlation-data"_s, u"c"_s}, Scope::Will,
        CorrelationData, "c"_ba);
    row("will user-property", Sub, {u"will"_s, u"user-property"_s, u"w"_s, u"x"_s}, Scope::Will,
        UserProperty, StringPair {u"w"_s, u"x"_s});
    // mosquitto compares names without regard to case.
    row("names in any case", Sub, {u"CONNECT"_s, u"Receive-Maximum"_s, u"7"_s}, Scope::Connect,
        ReceiveMaximum, 7u);
}

void tst_PropertyOption::addsEachSupportedProperty()
{
    QFETCH(Command, command);
    QFETCH(QStringList, property);
    QFETCH(PropertyScope, scope);
    QFETCH(Property, expected);
    for (const QString &option : {u"-D"_s, u"--property"_s}) {
        const ParseResult result =
            parse(command, withTopic(command, QStringList {option} + property));
        VERIFY_PARSED(result);
        const PropertyList list = listOf(result.options, scope);
        QCOMPARE(list.size(), 1);
        QVERIFY(list.entries().constFirst() == expected);
    }
}

// [MQTT-3.3.2-18] user properties keep their order and may repeat, also with the same name.
void tst_PropertyOption::userPropertiesKeepOrderAndRepeat()
{
    const ParseResult result =
        parse(Command::Pub,
              {u"-t"_s, u"t"_s, u"-n"_s, u"-D"_s, u"publish"_s, u"user-property"_s, u"a"_s, u"1"_s,
               u"-D"_s, u"publish"_s, u"user-property"_s, u"a"_s, u"2"_s, u"-D"_s, u"publish"_s,
               u"user-property"_s, u"b"_s, u"3"_s});
    VERIFY_PARSED(result);
    const QList<StringPair> expected {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}, {u"b"_s, u"3"_s}};
    QCOMPARE(result.options.publishProperties.userProperties(), expected);
}

void tst_PropertyOption::disconnectSessionExpiryFollowsConnect()
{
    const ParseResult result = parse(Command::Sub,
                                     {u"-t"_s, u"t"_s, u"-x"_s, u"60"_s, u"-D"_s, u"disconnect"_s,
                                      u"session-expiry-interval"_s, u"120"_s});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.connectProperties.sessionExpiryInterval(), 60u);
    QCOMPARE(result.options.disconnectProperties.sessionExpiryInterval(), 120u);
}

void tst_PropertyOption::rejectsBadProperties_data()
{
    addRejectionColumns();
    const auto pub = pubArguments;
    const auto sub = subArguments;
    const auto d = [](const char *packet, const char *property, const char *value) {
        return QStringList {u"-D"_s, QString::fromUtf8(packet), QString::fromUtf8(property),
                            QString::fromUtf8(value)};
    };

    // names
    QTest::newRow("unknown property") << Command::Sub << sub(d("connect", "colour", "red"))
                                      << u"unknown property 'colour' in -D"_s;
    QTest::newRow("unknown packet") << Command::Pub << pub(d("hello", "content-type", "x"))
                                    << u"invalid packet 'hello' in -D, it must be connect, "
                                       "publish, disconnect or will"_s;
    QTest::newRow("sub publishes nothing") << Command::Sub << sub(d("publish", "content-type", "x"))
                                           << u"-D publish content-type: sub sends no PUBLISH"_s;
    QTest::newRow("pub subscribes to nothing")
        << Command::Pub << pub(d("subscribe", "subscription-identifier", "1"))
        << u"pub sends no SUBSCRIBE"_s;
    for (const char *packet : {"connack", "puback", "pubrec", "pubrel", "pubcomp", "suback",
                               "unsubscribe", "unsuback", "auth"}) {
        QTest::addRow("packet %s", packet)
            << Command::Sub << sub(d(packet, "reason-string", "x")) << u"properties of "_s;
    }
    // the property table [MQTT-2.2.2]
    QTest::newRow("topic-alias in CONNECT")
        << Command::Pub << pub(d("connect", "topic-alias", "1"))
        << u"-D connect topic-alias: the property is not allowed in CONNECT"_s;
    QTest::newRow("session expiry in will")
        << Command::Sub
        << sub(QStringList {u"--will-topic"_s, u"w"_s} + d("will", "session-expiry-interval", "1"))
        << u"not allowed in Will Properties"_s;
    QTest::newRow("content-type in SUBSCRIBE")
        << Command::Sub << sub(d("subscribe", "content-type", "x"))
        << u"not allowed in SUBSCRIBE"_s;
    QTest::newRow("receive-maximum in DISCONNECT")
        << Command::Pub << pub(d("disconnect", "receive-maximum", "1"))
        << u"not allowed in DISCONNECT"_s;
    QTest::newRow("maximum-qos is the broker's")
        << Command::Sub << sub(d("connect", "maximum-qos", "1")) << u"not allowed in CONNECT"_s;
    // allowed by the table, not sent by ohmqtt
    QTest::newRow("publish subscription-identifier")
        << Command::Pub << pub(d("publish", "subscription-identifier", "1"))
        << u"a client must not send it [MQTT-3.3.4-6]"_s;
    QTest::newRow("publish topic-alias") << Command::Pub << pub(d("publish", "topic-alias", "1"))
                                         << u"topic aliases are not supported yet"_s;
    QTest::newRow("connect authentication-method")
        << Command::Sub << sub(d("connect", "authentication-method", "SCRAM-SHA-256"))
        << u"enhanced authentication is not supported by the tool yet"_s;
    QTest::newRow("connect authentication-data")
        << Command::Sub << sub(d("connect", "authentication-data", "x"))
        << u"enhanced authentication"_s;
    QTest::newRow("disconnect server-reference")
        << Command::Pub << pub(d("disconnect", "server-reference", "elsewhere"))
        << u"-D disconnect server-reference: it is not supported yet"_s;
    // values
    const QString range = u"invalid value '%1', it must be a number from %2 to %3"_s;
    QTest::newRow("receive-maximum 0") << Command::Sub << sub(d("connect", "receive-maximum", "0"))
                                       << range.arg(u"0"_s).arg(1).arg(65535);
    QTest::newRow("receive-maximum 65536")
        << Command::Sub << sub(d("connect", "receive-maximum", "65536"))
        << range.arg(u"65536"_s).arg(1).arg(65535);
    QTest::newRow("receive-maximum text")
        << Command::Sub << sub(d("connect", "receive-maximum", "ten")) << u"invalid value 'ten'"_s;
    QTest::newRow("topic-alias-maximum 65536")
        << Command::Sub << sub(d("connect", "topic-alias-maximum", "65536"))
        << u"invalid value '65536'"_s;
    QTest::newRow("maximum-packet-size 0")
        << Command::Sub << sub(d("connect", "maximum-packet-size", "0"))
        << range.arg(u"0"_s).arg(1).arg(4294967295u);
    QTest::newRow("request-problem-information 2")
        << Command::Pub << pub(d("connect", "request-problem-information", "2"))
        << range.arg(u"2"_s).arg(0).arg(1);
    QTest::newRow("payload-format-indicator 2")
        << Command::Pub << pub(d("publish", "payload-format-indicator", "2"))
        << range.arg(u"2"_s).arg(0).arg(1);
    QTest::newRow("message-expiry-interval -1")
        << Command::Pub << pub(d("publish", "message-expiry-interval", "-1"))
        << u"invalid value '-1'"_s;
    QTest::newRow("subscription-identifier 0")
        << Command::Sub << sub(d("subscribe", "subscription-identifier", "0"))
        << range.arg(u"0"_s).arg(1).arg(268435455);
    QTest::newRow("subscription-identifier 2^28")
        << Command::Sub << sub(d("subscribe", "subscription-identifier", "268435456"))
        << u"invalid value '268435456'"_s;
    QTest::newRow("response-topic wildcard")
        << Command::Pub << pub(d("publish", "response-topic", "replies/+"))
        << u"'replies/+' is not a topic name"_s;
    // Values the encoder refuses, refused by -D (the first found by fuzz_addresses).
    const auto dValue = [](const char *packet, const char *property, const QString &value) {
        return QStringList {u"-D"_s, QString::fromUtf8(packet), QString::fromUtf8(property), value};
    };
    QTest::newRow("user-property value with U+0000 [MQTT-1.5.4-2]")
        << Command::Sub
        << sub(QStringList {u"-D"_s, u"connect"_s, u"user-property"_s, u"name"_s,
                            u"value"_s + QChar(u'\0')})
        << u"contains U+0000"_s;
    QTest::newRow("content-type over 65535 bytes")
        << Command::Pub << pub(dValue("publish", "content-type", QString(65536, u'x')))
        << u"65536 bytes, over the limit of 65535"_s;
    QTest::newRow("correlation-data over 65535 bytes")
        << Command::Pub << pub(dValue("publish", "correlation-data", QString(65536, u'x')))
        << u"65536 bytes, over the limit of 65535"_s;
    QTest::newRow("user-property name over 65535 bytes")
        << Command::Sub
        << sub(QStringList {u"-D"_s, u"connect"_s, u"user-property"_s, QString(65536, u'n'),
                            u"v"_s})
        << u"65536 bytes, over the limit of 65535"_s;
    // combinations
    QTest::newRow("given twice") << Command::Sub
                                 << sub(d("connect", "receive-maximum", "1") +
                                        d("connect", "receive-maximum", "2"))
                                 << u"-D connect receive-maximum is given twice"_s;
    QTest::newRow("-x then -D session expiry")
        << Command::Sub
        << sub(QStringList {u"-x"_s, u"5"_s} + d("connect", "session-expiry-interval", "6"))
        << u"-x and -D connect session-expiry-interval both set the session expiry interval"_s;
    QTest::newRow("-D session expiry then -x")
        << Command::Sub
        << sub(d("connect", "session-expiry-interval", "6") + QStringList {u"-x"_s, u"5"_s})
        << u"-D connect session-expiry-interval and -x both set"_s;
    QTest::newRow("-D then -V 311")
        << Command::Sub
        << sub(d("connect", "receive-maximum", "1") + QStringList {u"-V"_s, u"311"_s})
        << u"-D sets MQTT 5.0 properties; it cannot be used with -V 311"_s;
    QTest::newRow("-V 311 then --property")
        << Command::Pub
        << pub(QStringList {u"-V"_s, u"311"_s, u"--property"_s, u"publish"_s, u"content-type"_s,
                            u"x"_s})
        << u"--property sets MQTT 5.0 properties"_s;
    QTest::newRow("will properties without a will")
        << Command::Sub << sub(d("will", "content-type", "x")) << u"-D will needs --will-topic"_s;
    QTest::newRow("disconnect session expiry after 0")
        << Command::Sub << sub(d("disconnect", "session-expiry-interval", "5"))
        << u"must be 0 when the session expiry interval of CONNECT is 0"_s;
    QTest::newRow("disconnect session expiry after -x 0")
        << Command::Sub
        << sub(QStringList {u"-x"_s, u"0"_s} + d("disconnect", "session-expiry-interval", "5"))
        << u"must be 0 when the session expiry interval of CONNECT is 0"_s;
    // arity
    QTest::newRow("-D without values")
        << Command::Sub << sub({u"-D"_s, u"connect"_s, u"receive-maximum"_s})
        << u"option -D needs a packet, a property and a value"_s;
    QTest::newRow("user-property without value")
        << Command::Sub << sub({u"-D"_s, u"connect"_s, u"user-property"_s, u"name"_s})
        << u"option -D connect user-property needs a name and a value"_s;
}

void tst_PropertyOption::rejectsBadProperties()
{
    QFETCH(Command, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const ParseResult result = parse(command, arguments);
    VERIFY_PARSE_ERROR(result, errorPart);
}

QTEST_APPLESS_MAIN(tst_PropertyOption)
#include "tst_propertyoption.moc"
