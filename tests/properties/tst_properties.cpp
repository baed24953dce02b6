// Tests of MQTT 5.0 properties: the scope table, encoding, decoding and the validity rules.
#include <OhMqtt/mqttproperties.h>

#include <QtTest/QtTest>

#include "support/codectesting.h"

#include <functional>
#include <optional>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OhMqtt::PropertyScope)
Q_DECLARE_METATYPE(OhMqtt::PropertyType)
Q_DECLARE_METATYPE(OhMqtt::Property)

namespace {

using OhMqttTest::hex;
using OhMqttTest::thrownBy;

using S = PropertyScope;
using Id = PropertyId;

const QList<S> allScopes = {S::Connect,  S::ConnAck,    S::Publish,   S::PubAck, S::PubRec,
                            S::PubRel,   S::PubComp,    S::Subscribe, S::SubAck, S::Unsubscribe,
                            S::UnsubAck, S::Disconnect, S::Auth,      S::Will};

const char *nameOf(S scope)
{
    switch (scope) {
    case S::Connect:
        return "CONNECT";
    case S::ConnAck:
        return "CONNACK";
    case S::Publish:
        return "PUBLISH";
    case S::PubAck:
        return "PUBACK";
    case S::PubRec:
        return "PUBREC";
    case S::PubRel:
        return "PUBREL";
    case S::PubComp:
        return "PUBCOMP";
    case S::Subscribe:
        return "SUBSCRIBE";
    case S::SubAck:
        return "SUBACK";
    case S::Unsubscribe:
        return "UNSUBSCRIBE";
    case S::UnsubAck:
        return "UNSUBACK";
    case S::Disconnect:
        return "DISCONNECT";
    case S::Auth:
        return "AUTH";
    case S::Will:
        return "Will";
    }
    return "?";
}

// Section 2.2.2.2 of the MQTT 5.0 specification, Table 2-4, written out independently of the
// library's own table.
struct SpecProperty
{
    Id id;
    quint8 code;
    const char *name;
    PropertyType type;
    QList<S> scopes;
};

const QList<SpecProperty> &specTable()
{
    using T = PropertyType;
    // clang-format off
    static const QList<SpecProperty> table = {
        {Id::PayloadFormatIndicator, 0x01, "PayloadFormatIndicator", T::Byte,
            {S::Publish, S::Will}},
        {Id::MessageExpiryInterval, 0x02, "MessageExpiryInterval", T::FourByteInteger,
            {S::Publish, S::Will}},
        {Id::ContentType, 0x03, "ContentType", T::Utf8String,
            {S::Publish, S::Will}},
        {Id::ResponseTopic, 0x08, "ResponseTopic", T::Utf8String,
            {S::Publish, S::Will}},
        {Id::CorrelationData, 0x09, "CorrelationData", T::Binary,
            {S::Publish, S::Will}},
        {Id::SubscriptionIdentifier, 0x0B, "SubscriptionIdentifier", T::VarInt,
            {S::Publish, S::Subscribe}},
        {Id::SessionExpiryInterval, 0x11, "SessionExpiryInterval", T::FourByteInteger,
            {S::Connect, S::ConnAck, S::Disconnect}},
        {Id::AssignedClientIdentifier, 0x12, "AssignedClientIdentifier", T::Utf8String,
            {S::ConnAck}},
        {Id::ServerKeepAlive, 0x13, "ServerKeepAlive", T::TwoByteInteger,
            {S::ConnAck}},
        {Id::AuthenticationMethod, 0x15, "AuthenticationMethod", T::Utf8String,
            {S::Connect, S::ConnAck, S::Auth}},
        {Id::AuthenticationData, 0x16, "AuthenticationData", T::Binary,
            {S::Connect, S::ConnAck, S::Auth}},
        {Id::RequestProblemInformation, 0x17, "RequestProblemInformation", T::Byte,
            {S::Connect}},
        {Id::WillDelayInterval, 0x18, "WillDelayInterval", T::FourByteInteger,
            {S::Will}},
        {Id::RequestResponseInformation, 0x19, "RequestResponseInformation", T::Byte,
            {S::Connect}},
        {Id::ResponseInformation, 0x1A, "ResponseInformation", T::Utf8String,
            {S::ConnAck}},
        {Id::ServerReference, 0x1C, "ServerReference", T::Utf8String,
            {S::ConnAck, S::Disconnect}},
        {Id::ReasonString, 0x1F, "ReasonString", T::Utf8String,
            {S::ConnAck, S::PubAck, S::PubRec, S::PubRel, S::PubComp, S::SubAck, S::UnsubAck,
             S::Disconnect, S::Auth}},
        {Id::ReceiveMaximum, 0x21, "ReceiveMaximum", T::TwoByteInteger,
            {S::Connect, S::ConnAck}},
        {Id::TopicAliasMaximum, 0x22, "TopicAliasMaximum", T::TwoByteInteger,
            {S::Connect, S::ConnAck}},
        {Id::TopicAlias, 0x23, "TopicAlias", T::TwoByteInteger,
            {S::Publish}},
        {Id::MaximumQoS, 0x24, "MaximumQoS", T::Byte,
            {S::ConnAck}},
        {Id::RetainAvailable, 0x25, "RetainAvailable", T::Byte,
            {S::ConnAck}},
        {Id::UserProperty, 0x26, "UserProperty", T::Utf8StringPair,
            {S::Connect, S::ConnAck, S::Publish, S::Will, S::PubAck, S::PubRec, S::PubRel,
             S::PubComp, S::Subscribe, S::SubAck, S::Unsubscribe, S::UnsubAck, S::Disconnect,
             S::Auth}},
        {Id::MaximumPacketSize, 0x27, "MaximumPacketSize", T::FourByteInteger,
            {S::Connect, S::ConnAck}},
        {Id::WildcardSubscriptionAvailable, 0x28, "WildcardSubscriptionAvailable", T::Byte,
            {S::ConnAck}},
        {Id::SubscriptionIdentifierAvailable, 0x29, "SubscriptionIdentifierAvailable", T::Byte,
            {S::ConnAck}},
        {Id::SharedSubscriptionAvailable, 0x2A, "SharedSubscriptionAvailable", T::Byte,
            {S::ConnAck}},
    };
    // clang-format on
    return table;
}

const SpecProperty &specOf(Id id)
{
    for (const auto &p : specTable())
        if (p.id == id)
            return p;
    qFatal("property missing from the test's table");
    return specTable().first();
}

// A legal sample value of each type and its encoding, computed by hand.
Property sampleProperty(const SpecProperty &p)
{
    switch (p.type) {
    case PropertyType::Byte:
        return {p.id, quint32(1)};
    case PropertyType::TwoByteInteger:
        return {p.id, quint32(0x1234)};
    case PropertyType::FourByteInteger:
        return {p.id, quint32(0x12345678)};
    case PropertyType::VarInt:
        return {p.id, quint32(16384)};
    case PropertyType::Utf8String:
        return {p.id, u"h\u00e9 \u20ac\U0001D11E"_s};
    case PropertyType::Binary:
        return {p.id, hex("00ff10")};
    case PropertyType::Utf8StringPair:
        return {p.id, StringPair {u"n\u00e4me"_s, u"v \U0001F600"_s}};
    }
    return {p.id, quint32(0)};
}

QByteArray sampleValueBytes(PropertyType type)
{
    switch (type) {
    case PropertyType::Byte:
        return hex("01");
    case PropertyType::TwoByteInteger:
        return hex("1234");
    case PropertyType::FourByteInteger:
        return hex("12345678");
    case PropertyType::VarInt:
        return hex("808001");
    case PropertyType::Utf8String:
        return hex("000b 68c3a920e282ac f09d849e");
    case PropertyType::Binary:
        return hex("0003 00ff10");
    case PropertyType::Utf8StringPair:
        return hex("0005 6ec3a46d65 0006 7620f09f9880");
    }
    return {};
}

PropertyList listOf(std::initializer_list<Property> properties)
{
    PropertyList list;
    for (const auto &p : properties)
        list.append(p);
    return list;
}

QByteArray encode(const PropertyList &list, S scope)
{
    QByteArray out;
    list.encode(out, scope);
    return out;
}

PropertyList decode(const QByteArray &bytes, S scope)
{
    ByteReader reader(bytes, nameOf(scope));
    PropertyList list = PropertyList::decode(reader, scope);
    if (!reader.atEnd())
        qWarning("decode left %lld bytes", qlonglong(reader.remaining()));
    return list;
}

// Property Length in front of the given property bytes.
QByteArray withLength(const QByteArray &properties)
{
    QByteArray out;
    Serialization::writeVarInt(out, quint32(properties.size()));
    return out + properties;
}

} // namespace

class tst_Properties : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesSpecification_data();
    void tableMatchesSpecification();
    void unknownIdentifiersAreNowhere();
    void onlyUserPropertyAndPublishSubscriptionIdRepeat();

    void roundTripEachPropertyInEachScope_data();
    void roundTripEachPropertyInEachScope();
    void roundTripAllPropertiesOfAScope_data();
    void roundTripAllPropertiesOfAScope();
    void emptyListIsOneZeroByte();
    void decodeStopsAtPropertyLength();

    void userPropertiesKeepOrderAndRepetition();
    void subscriptionIdentifierRepeatsInPublish();
    void subscriptionIdentifierTwiceInSubscribeIsProtocolError();
    void duplicatesAreProtocolErrors_data();
    void duplicatesAreProtocolErrors();

    void unknownIdentifierIsMalformed_data();
    void unknownIdentifierIsMalformed();
    void propertyNotAllowedInScopeIsMalformed_data();
    void propertyNotAllowedInScopeIsMalformed();
    void encodeRefusesPropertyNotAllowedInScope_data();
    void encodeRefusesPropertyNotAllowedInScope();
    void lengthsAndValuesPastTheEndAreMalformed_data();
    void lengthsAndValuesPastTheEndAreMalformed();
    void invalidStringsAreMalformed_data();
    void invalidStringsAreMalformed();

    void valueRangeViolationsAreProtocolErrors_data();
    void valueRangeViolationsAreProtocolErrors();
    void topicAliasZeroIsTopicAliasInvalid();
    void valueRangeBoundariesAreAccepted_data();
    void valueRangeBoundariesAreAccepted();
    void encodeRefusesUnencodableValues_data();
    void encodeRefusesUnencodableValues();
    void encodeRefusesOutOfRangeValues_data();
    void encodeRefusesOutOfRangeValues();

    void propertyListAccessors();
    void typedConnAckProperties();
    void typedPublishAndWillProperties();
};

// ---- the table ------------------------------------------------------------------------------

void tst_Properties::tableMatchesSpecification_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<PropertyId>("id");
    QTest::addColumn<bool>("allowed");

    for (const auto &p : specTable()) {
        for (S scope : allScopes) {
            QTest::addRow("[MQTT-2.2.2] %s in %s", p.name, nameOf(scope))
                << scope << p.id << p.scopes.contains(scope);
        }
    }
}

void tst_Properties::tableMatchesSpecification()
{
    QFETCH(PropertyScope, scope);
    QFETCH(PropertyId, id);
    QFETCH(bool, allowed);

    QCOMPARE(allows(scope, id), allowed);
    const auto rule = propertyRule(id);
    QVERIFY(rule.has_value());
    QCOMPARE(rule->type, specOf(id).type);
    QCOMPARE(quint8(id), specOf(id).code);
    QVERIFY(isKnownProperty(quint8(id)));
    QCOMPARE(propertyName(id), QString::fromLatin1(specOf(id).name));
    QVERIFY(qstrlen(scopeName(scope)) > 0);
}

void tst_Properties::unknownIdentifiersAreNowhere()
{
    QSet<int> known;
    for (const auto &p : specTable())
        known.insert(p.code);
    QCOMPARE(known.size(), 27);
    for (int v = 0; v < 256; ++v) {
        QCOMPARE(isKnownProperty(quint8(v)), known.contains(v));
        if (known.contains(v))
            continue;
        QVERIFY2(!propertyRule(PropertyId(v)).has_value(), qPrintable(QString::number(v)));
        for (S scope : allScopes)
            QVERIFY(!allows(scope, PropertyId(v)));
    }
}

void tst_Properties::onlyUserPropertyAndPublishSubscriptionIdRepeat()
{
    for (const auto &p : specTable()) {
        for (S scope : allScopes) {
            const bool expected = p.id == Id::UserProperty ||
                (p.id == Id::SubscriptionIdentifier && scope == S::Publish);
            QVERIFY2(repeatable(scope, p.id) == expected,
                     qPrintable(u"%1 in %2"_s.arg(QLatin1StringView(p.name),
                                                  QLatin1StringView(nameOf(scope)))));
        }
    }
}

// ---- round trips ----------------------------------------------------------------------------

void tst_Properties::roundTripEachPropertyInEachScope_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<Property>("property");
    QTest::addColumn<QByteArray>("encoded");

    for (const auto &p : specTable()) {
        for (S scope : p.scopes) {
            const QByteArray body = QByteArray(1, char(p.code)) + sampleValueBytes(p.type);
            QTest::addRow("%s in %s", p.name, nameOf(scope))
                << scope << sampleProperty(p) << withLength(body);
        }
    }
}

void tst_Properties::roundTripEachPropertyInEachScope()
{
    QFETCH(PropertyScope, scope);
    QFETCH(Property, property);
    QFETCH(QByteArray, encoded);

    const PropertyList list = listOf({property});
    QCOMPARE(list.encodedSize(), encoded.size() - 1);
    QCOMPARE(encode(list, scope), encoded);

    ByteReader reader(encoded, nameOf(scope));
    const PropertyList decoded = PropertyList::decode(reader, scope);
    QVERIFY(reader.atEnd());
    QCOMPARE(decoded.size(), qsizetype(1));
    QVERIFY(decoded == list);
}

void tst_Properties::roundTripAllPropertiesOfAScope_data()
{
    QTest::addColumn<PropertyScope>("scope");
    for (S scope : allScopes)
        QTest::addRow("%s", nameOf(scope)) << scope;
}

void tst_Properties::roundTripAllPropertiesOfAScope()
{
    QFETCH(PropertyScope, scope);

    PropertyList list;
    QByteArray body;
    for (const auto &p : specTable()) {
        if (!p.scopes.contains(scope))
            continue;
        list.append(sampleProperty(p));
        body += char(p.code);
        body += sampleValueBytes(p.type);
    }
    // Repeatable ones twice, with a second value.
    list.append({Id::UserProperty, StringPair {u"k"_s, u"v"_s}});
    body += hex("26 0001 6b 0001 76");
    if (scope == S::Publish) {
        list.append({Id::SubscriptionIdentifier, quint32(268435455)});
        body += hex("0b ffffff7f");
    }

    QCOMPARE(list.encodedSize(), body.size());
    const QByteArray encoded = encode(list, scope);
    QCOMPARE(encoded, withLength(body));
    QCOMPARE(encoded.size(), Serialization::varIntSize(quint32(body.size())) + body.size());
    QVERIFY(decode(encoded, scope) == list);
}

void tst_Properties::emptyListIsOneZeroByte()
{
    for (S scope : allScopes) {
        QCOMPARE(encode(PropertyList(), scope), hex("00"));
        QVERIFY(decode(hex("00"), scope).isEmpty());
    }
    QCOMPARE(PropertyList().encodedSize(), qsizetype(0));
}

void tst_Properties::decodeStopsAtPropertyLength()
{
    // The bytes after the properties belong to the rest of the packet.
    const QByteArray bytes = hex("03 23 0007  0002 7a7a");
    ByteReader reader(bytes, "PUBLISH");
    const PropertyList list = PropertyList::decode(reader, S::Publish);
    QCOMPARE(reader.position(), qsizetype(4));
    QCOMPARE(list.size(), qsizetype(1));
    QCOMPARE(list.integer(Id::TopicAlias), std::optional<quint32>(7));
    QCOMPARE(reader.readString("topic"), u"zz"_s);
}

// ---- repetition -----------------------------------------------------------------------------

void tst_Properties::userPropertiesKeepOrderAndRepetition()
{
    // [MQTT-3.3.2-18] the order of User Properties is kept; the same name may appear more than
    // once.
    const QList<StringPair> pairs = {{u"b"_s, u"1"_s}, {u"a"_s, u"2"_s},       {u"b"_s, u"1"_s},
                                     {u"b"_s, u"3"_s}, {QString(), QString()}, {u"a"_s, u"0"_s}};
    for (S scope : allScopes) {
        PropertyList list;
        for (const auto &pair : pairs)
            list.append({Id::UserProperty, pair});
        const PropertyList decoded = decode(encode(list, scope), scope);
        QCOMPARE(decoded.stringPairs(Id::UserProperty), pairs);
        QVERIFY(decoded == list);
    }

    // Interleaved with other properties, wire order survives.
    PropertyList mixed = listOf({{Id::UserProperty, StringPair {u"x"_s, u"1"_s}},
                                 {Id::ReasonString, u"why"_s},
                                 {Id::UserProperty, StringPair {u"x"_s, u"2"_s}}});
    const QByteArray bytes = encode(mixed, S::PubAck);
    QCOMPARE(bytes, hex("14 26 0001 78 0001 31 1f 0003 776879 26 0001 78 0001 32"));
    const PropertyList decoded = decode(bytes, S::PubAck);
    QCOMPARE(decoded.entries(), mixed.entries());

    PubAckProperties typed;
    typed.addUserProperty(u"z"_s, u"1"_s);
    typed.addUserProperty(u"a"_s, u"2"_s);
    typed.addUserProperty(u"z"_s, u"1"_s);
    QByteArray typedBytes;
    typed.encode(typedBytes);
    ByteReader reader(typedBytes, "PUBACK");
    const auto typedDecoded = PubAckProperties::decode(reader);
    QCOMPARE(typedDecoded.userProperties(),
             (QList<StringPair> {{u"z"_s, u"1"_s}, {u"a"_s, u"2"_s}, {u"z"_s, u"1"_s}}));
    QVERIFY(typedDecoded == typed);
}

void tst_Properties::subscriptionIdentifierRepeatsInPublish()
{
    // A PUBLISH carries one Subscription Identifier per matching subscription [MQTT-3.3.4-3].
    const QByteArray bytes = hex("0c 0b 01 0b 8001 0b 01 0b ffffff7f");
    const PropertyList list = decode(bytes, S::Publish);
    QCOMPARE(list.integers(Id::SubscriptionIdentifier), (QList<quint32> {1, 128, 1, 268435455}));
    QCOMPARE(encode(list, S::Publish), bytes);

    PublishProperties typed;
    typed.addSubscriptionIdentifier(5);
    typed.addSubscriptionIdentifier(500);
    QByteArray typedBytes;
    typed.encode(typedBytes);
    QCOMPARE(typedBytes, hex("05 0b 05 0b f403"));
    ByteReader reader(typedBytes, "PUBLISH");
    QCOMPARE(PublishProperties::decode(reader).subscriptionIdentifiers(),
             (QList<quint32> {5, 500}));
}

void tst_Properties::subscriptionIdentifierTwiceInSubscribeIsProtocolError()
{
    const auto error = thrownBy([] { decode(hex("04 0b 01 0b 02"), S::Subscribe); });
    QVERIFY2(error, "a second Subscription Identifier in SUBSCRIBE must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::ProtocolError);
}

void tst_Properties::duplicatesAreProtocolErrors_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");

    for (const auto &p : specTable()) {
        for (S scope : p.scopes) {
            if (p.id == Id::UserProperty ||
                (p.id == Id::SubscriptionIdentifier && scope == S::Publish))
                continue;
            const QByteArray one = QByteArray(1, char(p.code)) + sampleValueBytes(p.type);
            QTest::addRow("%s twice in %s", p.name, nameOf(scope))
                << scope << withLength(one + one);
        }
    }
    // Not adjacent, and with different values.
    QTest::addRow("Reason String twice, apart")
        << S::Disconnect << hex("0e 1f 0001 61 26 0001 6b 0001 76 1f 0000");
    QTest::addRow("Topic Alias 1 and 2") << S::Publish << hex("06 23 0001 23 0002");
}

void tst_Properties::duplicatesAreProtocolErrors()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);

    const auto error = thrownBy([&] { decode(bytes, scope); });
    QVERIFY2(error, "a repeated property must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::ProtocolError);
    QVERIFY2(error->message().contains(QLatin1StringView(nameOf(scope)), Qt::CaseInsensitive),
             qPrintable(error->message()));
}

// ---- malformed property sets ----------------------------------------------------------------

void tst_Properties::unknownIdentifierIsMalformed_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("0x00") << S::Publish << hex("02 00 00");
    QTest::newRow("0x04") << S::Publish << hex("02 04 00");
    QTest::newRow("0x0A") << S::Connect << hex("02 0a 00");
    QTest::newRow("0x10") << S::ConnAck << hex("02 10 00");
    QTest::newRow("0x14") << S::ConnAck << hex("03 14 0000");
    QTest::newRow("0x1B") << S::ConnAck << hex("02 1b 00");
    QTest::newRow("0x1D") << S::Disconnect << hex("02 1d 00");
    QTest::newRow("0x20") << S::PubAck << hex("02 20 00");
    QTest::newRow("0x2B") << S::ConnAck << hex("02 2b 00");
    QTest::newRow("0x7F") << S::Auth << hex("02 7f 00");
    QTest::newRow("0xFF") << S::Will << hex("02 ff 00");
    QTest::newRow("unknown after a valid one") << S::Publish << hex("04 01 01 05 00");
}

void tst_Properties::unknownIdentifierIsMalformed()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);

    const auto error = thrownBy([&] { decode(bytes, scope); });
    QVERIFY2(error, "an unknown property identifier must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
}

void tst_Properties::propertyNotAllowedInScopeIsMalformed_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");

    for (const auto &p : specTable()) {
        for (S scope : allScopes) {
            if (p.scopes.contains(scope))
                continue;
            const QByteArray one = QByteArray(1, char(p.code)) + sampleValueBytes(p.type);
            QTest::addRow("[MQTT-2.2.2] %s in %s", p.name, nameOf(scope))
                << scope << withLength(one);
        }
    }
}

void tst_Properties::propertyNotAllowedInScopeIsMalformed()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);

    const auto error = thrownBy([&] { decode(bytes, scope); });
    QVERIFY2(error, "a property the scope does not allow must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
    QVERIFY2(error->message().contains(QLatin1StringView(nameOf(scope)), Qt::CaseInsensitive),
             qPrintable(error->message()));
}

void tst_Properties::encodeRefusesPropertyNotAllowedInScope_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<Property>("property");

    for (const auto &p : specTable()) {
        for (S scope : allScopes) {
            if (!p.scopes.contains(scope))
                QTest::addRow("%s in %s", p.name, nameOf(scope)) << scope << sampleProperty(p);
        }
    }
}

void tst_Properties::encodeRefusesPropertyNotAllowedInScope()
{
    QFETCH(PropertyScope, scope);
    QFETCH(Property, property);

    QByteArray out;
    const auto error = thrownBy([&] { listOf({property}).encode(out, scope); });
    QVERIFY2(error, "encoding a property the scope does not allow must throw");
    QVERIFY(isError(error->reasonCode()));
}

void tst_Properties::lengthsAndValuesPastTheEndAreMalformed_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("no Property Length") << S::Publish << QByteArray();
    QTest::newRow("Property Length past the end") << S::Publish << hex("05 01 01");
    QTest::newRow("Property Length 1, nothing after") << S::PubAck << hex("01");
    QTest::newRow("Property Length not minimal [MQTT-1.5.5-1]") << S::Publish << hex("8000");
    QTest::newRow("Property Length truncated") << S::Publish << hex("80");
    QTest::newRow("Property Length of five bytes") << S::Publish << hex("8080808001");
    QTest::newRow("Byte value missing") << S::Publish << hex("01 01");
    QTest::newRow("Two Byte Integer cut by Property Length") << S::Publish << hex("02 23 00 01");
    QTest::newRow("Four Byte Integer cut by Property Length")
        << S::Publish << hex("03 02 0000 0001");
    QTest::newRow("Four Byte Integer truncated") << S::Connect << hex("03 11 0000");
    QTest::newRow("Variable Byte Integer truncated") << S::Publish << hex("02 0b 80");
    QTest::newRow("Variable Byte Integer cut by Property Length")
        << S::Subscribe << hex("02 0b 80 01");
    QTest::newRow("Variable Byte Integer not minimal [MQTT-1.5.5-1]")
        << S::Subscribe << hex("03 0b 8100");
    QTest::newRow("String length past the end") << S::Publish << hex("05 03 0005 6162");
    QTest::newRow("String cut by Property Length") << S::Publish << hex("03 03 0002 6162");
    QTest::newRow("Binary length past the end") << S::Publish << hex("04 09 0004 00");
    QTest::newRow("String Pair value missing") << S::Auth << hex("04 26 0001 61");
    QTest::newRow("String Pair cut by Property Length") << S::Auth << hex("06 26 0001 61 0001 62");
}

void tst_Properties::lengthsAndValuesPastTheEndAreMalformed()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);

    const auto error = thrownBy([&] { decode(bytes, scope); });
    QVERIFY2(error, "lengths past the end must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
}

void tst_Properties::invalidStringsAreMalformed_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("Content Type with U+0000 [MQTT-1.5.4-2]") << S::Publish << hex("04 03 0001 00");
    QTest::newRow("Response Topic with surrogate [MQTT-1.5.4-1]")
        << S::Will << hex("06 08 0003 eda080");
    QTest::newRow("Reason String overlong [MQTT-1.5.4-1]") << S::PubRec << hex("05 1f 0002 c080");
    QTest::newRow("Assigned Client Identifier truncated UTF-8 [MQTT-1.5.4-1]")
        << S::ConnAck << hex("04 12 0001 e2");
    QTest::newRow("User Property name invalid byte [MQTT-1.5.7-1]")
        << S::Subscribe << hex("07 26 0001 ff 0001 61");
    QTest::newRow("User Property value with U+0000 [MQTT-1.5.7-1]")
        << S::Unsubscribe << hex("07 26 0001 61 0001 00");
    QTest::newRow("Authentication Method with F5 [MQTT-1.5.4-1]")
        << S::Auth << hex("04 15 0001 f5");
}

void tst_Properties::invalidStringsAreMalformed()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);

    const auto error = thrownBy([&] { decode(bytes, scope); });
    QVERIFY2(error, "an invalid UTF-8 string must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::MalformedPacket);
}

// ---- value ranges ---------------------------------------------------------------------------

void tst_Properties::valueRangeViolationsAreProtocolErrors_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");

    // Section 3.1.2.11 and 3.2.2.3: "It is a Protocol Error ... to have the value 0".
    QTest::newRow("Receive Maximum 0 in CONNECT") << S::Connect << hex("03 21 0000");
    QTest::newRow("Receive Maximum 0 in CONNACK") << S::ConnAck << hex("03 21 0000");
    QTest::newRow("Maximum Packet Size 0 in CONNECT") << S::Connect << hex("05 27 00000000");
    QTest::newRow("Maximum Packet Size 0 in CONNACK") << S::ConnAck << hex("05 27 00000000");
    QTest::newRow("Subscription Identifier 0 in PUBLISH") << S::Publish << hex("02 0b 00");
    QTest::newRow("Subscription Identifier 0 in SUBSCRIBE") << S::Subscribe << hex("02 0b 00");
    QTest::newRow("second Subscription Identifier 0 in PUBLISH")
        << S::Publish << hex("04 0b 01 0b 00");
    QTest::newRow("Maximum QoS 2") << S::ConnAck << hex("02 24 02");
    QTest::newRow("Maximum QoS 3") << S::ConnAck << hex("02 24 03");
    QTest::newRow("Maximum QoS 255") << S::ConnAck << hex("02 24 ff");
    QTest::newRow("Request Problem Information 2") << S::Connect << hex("02 17 02");
    QTest::newRow("Request Response Information 2") << S::Connect << hex("02 19 02");
    QTest::newRow("Request Response Information 255") << S::Connect << hex("02 19 ff");
    QTest::newRow("Retain Available 2") << S::ConnAck << hex("02 25 02");
    QTest::newRow("Wildcard Subscription Available 2") << S::ConnAck << hex("02 28 02");
    QTest::newRow("Subscription Identifier Available 2") << S::ConnAck << hex("02 29 02");
    QTest::newRow("Shared Subscription Available 2") << S::ConnAck << hex("02 2a 02");
    QTest::newRow("Shared Subscription Available 128") << S::ConnAck << hex("02 2a 80");
    QTest::newRow("Payload Format Indicator 2 in PUBLISH") << S::Publish << hex("02 01 02");
    QTest::newRow("Payload Format Indicator 2 in Will") << S::Will << hex("02 01 02");
}

void tst_Properties::valueRangeViolationsAreProtocolErrors()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);

    const auto error = thrownBy([&] { decode(bytes, scope); });
    QVERIFY2(error, "a value out of range must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::ProtocolError);
}

// [MQTT-3.3.2-8]: a Topic Alias of 0 gets the receiver's DISCONNECT 0x94 (MQTT 3.3.4), not 0x82.
void tst_Properties::topicAliasZeroIsTopicAliasInvalid()
{
    const auto error = thrownBy([&] { decode(hex("03 23 0000"), S::Publish); });
    QVERIFY2(error, "Topic Alias 0 must be refused");
    QCOMPARE(error->reasonCode(), ReasonCode::TopicAliasInvalid);
}

void tst_Properties::valueRangeBoundariesAreAccepted_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<PropertyId>("id");
    QTest::addColumn<quint32>("value");

    QTest::newRow("Receive Maximum 1")
        << S::Connect << hex("03 21 0001") << Id::ReceiveMaximum << 1u;
    QTest::newRow("Receive Maximum 65535")
        << S::ConnAck << hex("03 21 ffff") << Id::ReceiveMaximum << 65535u;
    QTest::newRow("Maximum Packet Size 1")
        << S::Connect << hex("05 27 00000001") << Id::MaximumPacketSize << 1u;
    QTest::newRow("Topic Alias 1") << S::Publish << hex("03 23 0001") << Id::TopicAlias << 1u;
    QTest::newRow("Topic Alias 65535")
        << S::Publish << hex("03 23 ffff") << Id::TopicAlias << 65535u;
    QTest::newRow("Topic Alias Maximum 0")
        << S::Connect << hex("03 22 0000") << Id::TopicAliasMaximum << 0u;
    QTest::newRow("Subscription Identifier 1")
        << S::Subscribe << hex("02 0b 01") << Id::SubscriptionIdentifier << 1u;
    QTest::newRow("Subscription Identifier 268435455")
        << S::Subscribe << hex("05 0b ffffff7f") << Id::SubscriptionIdentifier << 268435455u;
    QTest::newRow("Maximum QoS 0") << S::ConnAck << hex("02 24 00") << Id::MaximumQoS << 0u;
    QTest::newRow("Maximum QoS 1") << S::ConnAck << hex("02 24 01") << Id::MaximumQoS << 1u;
    QTest::newRow("Retain Available 0")
        << S::ConnAck << hex("02 25 00") << Id::RetainAvailable << 0u;
    QTest::newRow("Request Problem Information 0")
        << S::Connect << hex("02 17 00") << Id::RequestProblemInformation << 0u;
    QTest::newRow("Payload Format Indicator 0")
        << S::Publish << hex("02 01 00") << Id::PayloadFormatIndicator << 0u;
    QTest::newRow("Payload Format Indicator 1")
        << S::Will << hex("02 01 01") << Id::PayloadFormatIndicator << 1u;
    QTest::newRow("Session Expiry Interval 0xFFFFFFFF")
        << S::Disconnect << hex("05 11 ffffffff") << Id::SessionExpiryInterval << 0xFFFFFFFFu;
    QTest::newRow("Server Keep Alive 0")
        << S::ConnAck << hex("03 13 0000") << Id::ServerKeepAlive << 0u;
    QTest::newRow("Message Expiry Interval 0")
        << S::Publish << hex("05 02 00000000") << Id::MessageExpiryInterval << 0u;
}

void tst_Properties::valueRangeBoundariesAreAccepted()
{
    QFETCH(PropertyScope, scope);
    QFETCH(QByteArray, bytes);
    QFETCH(PropertyId, id);
    QFETCH(quint32, value);

    const PropertyList list = decode(bytes, scope);
    QCOMPARE(list.integer(id), std::optional<quint32>(value));
    QCOMPARE(encode(list, scope), bytes);
}

void tst_Properties::encodeRefusesUnencodableValues_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<Property>("property");

    QTest::newRow("Byte 256") << S::Publish << Property {Id::PayloadFormatIndicator, quint32(256)};
    QTest::newRow("Two Byte Integer 65536")
        << S::Connect << Property {Id::ReceiveMaximum, quint32(65536)};
    QTest::newRow("Variable Byte Integer 268435456")
        << S::Subscribe << Property {Id::SubscriptionIdentifier, quint32(268435456)};
    QTest::newRow("String of 65536 bytes")
        << S::Publish << Property {Id::ContentType, QString(65536, u'x')};
    QTest::newRow("String with unpaired surrogate [MQTT-1.5.4-1]")
        << S::PubAck << Property {Id::ReasonString, QString(1, QChar(0xD800))};
    QTest::newRow("Binary of 65536 bytes")
        << S::Auth << Property {Id::AuthenticationData, QByteArray(65536, 'x')};
    QTest::newRow("User Property name with U+0000 [MQTT-1.5.7-1]")
        << S::Auth << Property {Id::UserProperty, StringPair {QString(1, QChar(0)), u"v"_s}};
    QTest::newRow("integer property holding a string")
        << S::Publish << Property {Id::MessageExpiryInterval, u"5"_s};
    QTest::newRow("string property holding an integer")
        << S::Publish << Property {Id::ContentType, quint32(5)};
    QTest::newRow("binary property holding a string pair")
        << S::Publish << Property {Id::CorrelationData, StringPair {u"a"_s, u"b"_s}};
    QTest::newRow("string pair property holding binary")
        << S::Publish << Property {Id::UserProperty, QByteArray("ab")};
}

void tst_Properties::encodeRefusesUnencodableValues()
{
    QFETCH(PropertyScope, scope);
    QFETCH(Property, property);

    QByteArray out;
    const auto error = thrownBy([&] { listOf({property}).encode(out, scope); });
    QVERIFY2(error, "a value that cannot be encoded must throw");
    QVERIFY(isError(error->reasonCode()));
}

void tst_Properties::encodeRefusesOutOfRangeValues_data()
{
    QTest::addColumn<PropertyScope>("scope");
    QTest::addColumn<Property>("property");

    // What a receiver must treat as a Protocol Error cannot be sent legally either.
    QTest::newRow("Receive Maximum 0") << S::Connect << Property {Id::ReceiveMaximum, quint32(0)};
    QTest::newRow("Maximum Packet Size 0")
        << S::ConnAck << Property {Id::MaximumPacketSize, quint32(0)};
    QTest::newRow("Topic Alias 0 [MQTT-3.3.2-8]")
        << S::Publish << Property {Id::TopicAlias, quint32(0)};
    QTest::newRow("Subscription Identifier 0 in PUBLISH")
        << S::Publish << Property {Id::SubscriptionIdentifier, quint32(0)};
    QTest::newRow("Subscription Identifier 0 in SUBSCRIBE")
        << S::Subscribe << Property {Id::SubscriptionIdentifier, quint32(0)};
    QTest::newRow("Maximum QoS 2") << S::ConnAck << Property {Id::MaximumQoS, quint32(2)};
    QTest::newRow("Request Problem Information 2")
        << S::Connect << Property {Id::RequestProblemInformation, quint32(2)};
    QTest::newRow("Retain Available 2") << S::ConnAck << Property {Id::RetainAvailable, quint32(2)};
    QTest::newRow("Payload Format Indicator 2")
        << S::Will << Property {Id::PayloadFormatIndicator, quint32(2)};
}

void tst_Properties::encodeRefusesOutOfRangeValues()
{
    QFETCH(PropertyScope, scope);
    QFETCH(Property, property);

    QByteArray out;
    const auto error = thrownBy([&] { listOf({property}).encode(out, scope); });
    QVERIFY2(error,
             qPrintable(u"encoded an illegal value: "_s + QString::fromLatin1(out.toHex(' '))));
    QVERIFY(isError(error->reasonCode()));
}

// ---- the list and the typed sets ------------------------------------------------------------

void tst_Properties::propertyListAccessors()
{
    PropertyList list;
    QVERIFY(list.isEmpty());
    QVERIFY(list.find(Id::ContentType) == nullptr);
    QVERIFY(!list.integer(Id::MessageExpiryInterval).has_value());

    list.append({Id::UserProperty, StringPair {u"a"_s, u"1"_s}});
    list.set(Id::ContentType, u"text/plain"_s);
    list.append({Id::SubscriptionIdentifier, quint32(3)});
    list.append({Id::SubscriptionIdentifier, quint32(4)});
    list.set(Id::CorrelationData, QByteArray("\x00\x01", 2));
    list.append({Id::UserProperty, StringPair {u"b"_s, u"2"_s}});
    QCOMPARE(list.size(), qsizetype(6));

    QCOMPARE(list.string(Id::ContentType), std::optional<QString>(u"text/plain"_s));
    QCOMPARE(list.binary(Id::CorrelationData),
             std::optional<QByteArray>(QByteArray("\x00\x01", 2)));
    QCOMPARE(list.integer(Id::SubscriptionIdentifier), std::optional<quint32>(3));
    QCOMPARE(list.integers(Id::SubscriptionIdentifier), (QList<quint32> {3, 4}));
    QCOMPARE(list.stringPairs(Id::UserProperty),
             (QList<StringPair> {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}));
    QVERIFY(list.find(Id::ContentType) != nullptr);
    QCOMPARE(list.find(Id::ContentType)->id, Id::ContentType);

    // set() replaces the first occurrence in place.
    list.set(Id::SubscriptionIdentifier, quint32(9));
    QCOMPARE(list.integers(Id::SubscriptionIdentifier), (QList<quint32> {9, 4}));
    QCOMPARE(list.entries().at(2).id, Id::SubscriptionIdentifier);
    list.set(Id::ContentType, u"application/json"_s);
    QCOMPARE(list.entries().at(1), (Property {Id::ContentType, u"application/json"_s}));

    // set() with nothing erases; removeAll() erases every occurrence.
    list.set(Id::ContentType, std::nullopt);
    QVERIFY(list.find(Id::ContentType) == nullptr);
    list.removeAll(Id::SubscriptionIdentifier);
    QVERIFY(list.integers(Id::SubscriptionIdentifier).isEmpty());
    list.removeAll(Id::UserProperty);
    QCOMPARE(list.size(), qsizetype(1));
    QCOMPARE(list.entries().first().id, Id::CorrelationData);
}

void tst_Properties::typedConnAckProperties()
{
    ConnAckProperties p;
    QVERIFY(p.isEmpty());
    p.setSessionExpiryInterval(3600);
    p.setReceiveMaximum(20);
    p.setMaximumQoS(1);
    p.setRetainAvailable(false);
    p.setMaximumPacketSize(1u << 20);
    p.setAssignedClientIdentifier(u"auto-\u00e9"_s);
    p.setTopicAliasMaximum(10);
    p.setReasonString(u"fine"_s);
    p.addUserProperty(u"k"_s, u"v"_s);
    p.setWildcardSubscriptionAvailable(true);
    p.setSubscriptionIdentifierAvailable(false);
    p.setSharedSubscriptionAvailable(true);
    p.setServerKeepAlive(30);
    p.setResponseInformation(u"resp/"_s);
    p.setServerReference(u"other:1883"_s);
    p.setAuthenticationMethod(u"SCRAM-SHA-1"_s);
    p.setAuthenticationData(QByteArray("\x01\x02\x03", 3));
    QCOMPARE(p.list().size(), qsizetype(17));

    QByteArray bytes;
    p.encode(bytes);
    QCOMPARE(bytes.size(), Serialization::varIntSize(quint32(p.encodedSize())) + p.encodedSize());
    ByteReader reader(bytes, "CONNACK");
    const ConnAckProperties d = ConnAckProperties::decode(reader);
    QVERIFY(reader.atEnd());
    QVERIFY(d == p);
    QCOMPARE(d.sessionExpiryInterval(), std::optional<quint32>(3600));
    QCOMPARE(d.receiveMaximum(), std::optional<quint16>(20));
    QCOMPARE(d.maximumQoS(), std::optional<quint8>(1));
    QCOMPARE(d.retainAvailable(), std::optional<bool>(false));
    QCOMPARE(d.maximumPacketSize(), std::optional<quint32>(1u << 20));
    QCOMPARE(d.assignedClientIdentifier(), std::optional<QString>(u"auto-\u00e9"_s));
    QCOMPARE(d.topicAliasMaximum(), std::optional<quint16>(10));
    QCOMPARE(d.reasonString(), std::optional<QString>(u"fine"_s));
    QCOMPARE(d.userProperties(), (QList<StringPair> {{u"k"_s, u"v"_s}}));
    QCOMPARE(d.wildcardSubscriptionAvailable(), std::optional<bool>(true));
    QCOMPARE(d.subscriptionIdentifierAvailable(), std::optional<bool>(false));
    QCOMPARE(d.sharedSubscriptionAvailable(), std::optional<bool>(true));
    QCOMPARE(d.serverKeepAlive(), std::optional<quint16>(30));
    QCOMPARE(d.responseInformation(), std::optional<QString>(u"resp/"_s));
    QCOMPARE(d.serverReference(), std::optional<QString>(u"other:1883"_s));
    QCOMPARE(d.authenticationMethod(), std::optional<QString>(u"SCRAM-SHA-1"_s));
    QCOMPARE(d.authenticationData(), std::optional<QByteArray>(QByteArray("\x01\x02\x03", 3)));

    // Clearing a property removes it from the wire.
    ConnAckProperties cleared = d;
    cleared.setServerReference(std::nullopt);
    QVERIFY(!cleared.serverReference().has_value());
    QCOMPARE(cleared.list().size(), qsizetype(16));
}

void tst_Properties::typedPublishAndWillProperties()
{
    PublishProperties p;
    p.setPayloadFormatIndicator(1);
    p.setMessageExpiryInterval(60);
    p.setTopicAlias(3);
    p.setResponseTopic(u"reply/here"_s);
    p.setCorrelationData(QByteArray(1, '\0'));
    p.addUserProperty(u"a"_s, u"b"_s);
    p.addSubscriptionIdentifier(1);
    p.addSubscriptionIdentifier(2);
    p.setContentType(u"text/plain; charset=utf-8"_s);

    QByteArray bytes;
    p.encode(bytes);
    ByteReader reader(bytes, "PUBLISH");
    const PublishProperties d = PublishProperties::decode(reader);
    QVERIFY(d == p);
    QCOMPARE(d.payloadFormatIndicator(), std::optional<quint8>(1));
    QCOMPARE(d.messageExpiryInterval(), std::optional<quint32>(60));
    QCOMPARE(d.topicAlias(), std::optional<quint16>(3));
    QCOMPARE(d.responseTopic(), std::optional<QString>(u"reply/here"_s));
    QCOMPARE(d.correlationData(), std::optional<QByteArray>(QByteArray(1, '\0')));
    QCOMPARE(d.subscriptionIdentifiers(), (QList<quint32> {1, 2}));
    QCOMPARE(d.contentType(), std::optional<QString>(u"text/plain; charset=utf-8"_s));

    WillProperties w;
    w.setWillDelayInterval(120);
    w.setPayloadFormatIndicator(0);
    w.setMessageExpiryInterval(1);
    w.setContentType(u"x"_s);
    w.setResponseTopic(u"r"_s);
    w.setCorrelationData(QByteArray("c"));
    w.setUserProperties({{u"1"_s, u"2"_s}, {u"1"_s, u"3"_s}});
    QByteArray willBytes;
    w.encode(willBytes);
    ByteReader willReader(willBytes, "CONNECT");
    const WillProperties wd = WillProperties::decode(willReader);
    QVERIFY(wd == w);
    QCOMPARE(wd.willDelayInterval(), std::optional<quint32>(120));
    QCOMPARE(wd.userProperties(), (QList<StringPair> {{u"1"_s, u"2"_s}, {u"1"_s, u"3"_s}}));

    SubscribeProperties s;
    s.setSubscriptionIdentifier(268435455);
    QByteArray subBytes;
    s.encode(subBytes);
    QCOMPARE(subBytes, hex("05 0b ffffff7f"));
}

QTEST_APPLESS_MAIN(tst_Properties)
#include "tst_properties.moc"
