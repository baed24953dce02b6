// MqttError and MqttMessage as gadgets, the metatypes of all value types, and the Q_ENUM_NS enums.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtterror.h>
#include <OhMqtt/mqttmessage.h>

#include "values/tests.h"
#include "values/valuetesting.h"

using namespace OhMqtt;
using namespace ValueTesting;
using namespace Qt::StringLiterals;

class tst_Gadgets : public QObject
{
    Q_OBJECT

private slots:
    void metaTypesAreRegisteredByName_data();
    void metaTypesAreRegisteredByName();
    void enumsHaveKeys_data();
    void enumsHaveKeys();
    void errorProperties();
    void errorCopiesShareAndCompare();
    void errorRoundTripsThroughQVariant();
    void messageProperties();
    void messageCopiesShareThePacket();
    void messageRoundTripsThroughQVariant();
};

// Before anything else in this process asks for them by type: the library registers its value
// types by name when it loads, for queued connections and QML.
void tst_Gadgets::metaTypesAreRegisteredByName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("MqttError") << "OhMqtt::MqttError"_ba;
    QTest::newRow("MqttMessage") << "OhMqtt::MqttMessage"_ba;
    QTest::newRow("MqttConnectOptions") << "OhMqtt::MqttConnectOptions"_ba;
    QTest::newRow("MqttSubscribeOptions") << "OhMqtt::MqttSubscribeOptions"_ba;
}

void tst_Gadgets::metaTypesAreRegisteredByName()
{
    QFETCH(QByteArray, name);
    const QMetaType type = QMetaType::fromName(name);
    QVERIFY2(type.isValid(), name.constData());
    QVERIFY(type.flags() & QMetaType::IsGadget);
    QCOMPARE(QByteArray(type.metaObject()->className()), name);
}

void tst_Gadgets::enumsHaveKeys_data()
{
    QTest::addColumn<QMetaEnum>("metaEnum");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("value");
    QTest::newRow("QoS") << QMetaEnum::fromType<QoS>() << "Q2"_ba << 2;
    QTest::newRow("ReasonCode") << QMetaEnum::fromType<ReasonCode>() << "TopicNameInvalid"_ba
                                << 0x90;
    QTest::newRow("ProtocolVersion") << QMetaEnum::fromType<ProtocolVersion>() << "V311"_ba << 4;
    QTest::newRow("RetainPolicy") << QMetaEnum::fromType<RetainPolicy>() << "Once"_ba << 1;
    QTest::newRow("RetainHandling") << QMetaEnum::fromType<RetainHandling>() << "DoNotSend"_ba << 2;
    QTest::newRow("PropertyScope") << QMetaEnum::fromType<PropertyScope>() << "Will"_ba << 13;
    QTest::newRow("PropertyType") << QMetaEnum::fromType<PropertyType>() << "Utf8StringPair"_ba
                                  << 6;
    QTest::newRow("PacketType") << QMetaEnum::fromType<PacketType>() << "Auth"_ba << 15;
    QTest::newRow("MqttClient::State")
        << QMetaEnum::fromType<MqttClient::State>() << "Shutdown"_ba << 8;
}

void tst_Gadgets::enumsHaveKeys()
{
    QFETCH(QMetaEnum, metaEnum);
    QFETCH(QByteArray, key);
    QFETCH(int, value);
    QVERIFY(metaEnum.isValid());
    QVERIFY(QByteArray(metaEnum.scope()).startsWith("OhMqtt"));
    QCOMPARE(metaEnum.keyToValue(key.constData()), value);
    QCOMPARE(QByteArray(metaEnum.valueToKey(value)), key);
}

void tst_Gadgets::errorProperties()
{
    const QMetaObject &metaObject = MqttError::staticMetaObject;
    QCOMPARE(propertyNames(metaObject),
             (QStringList {u"reasonCode"_s, u"message"_s, u"isNull"_s, u"kind"_s}));
    for (const char *name : {"reasonCode", "message", "isNull", "kind"})
        QVERIFY2(!isWritable(metaObject, name), name);

    const MqttError error(u"bad topic"_s, ReasonCode::TopicNameInvalid);
    QCOMPARE(readProperty(error, "reasonCode").value<ReasonCode>(), ReasonCode::TopicNameInvalid);
    QCOMPARE(readProperty(error, "message").toString(), u"bad topic"_s);
    QCOMPARE(readProperty(error, "isNull").toBool(), false);
    QCOMPARE(readProperty(error, "kind").value<MqttError::Kind>(), MqttError::Kind::General);
    // The reference's exception types without a reason code of their own.
    const MqttError reconfigured(u"reconfigured"_s, ReasonCode::UnspecifiedError,
                                 MqttError::Kind::Reconfigured);
    QCOMPARE(readProperty(reconfigured, "kind").value<MqttError::Kind>(),
             MqttError::Kind::Reconfigured);
    const QMetaEnum kinds = QMetaEnum::fromType<MqttError::Kind>();
    QCOMPARE(QByteArray(kinds.valueToKey(int(MqttError::Kind::NoMatchingSubscription))),
             QByteArray("NoMatchingSubscription"));

    const MqttError none;
    QCOMPARE(readProperty(none, "isNull").toBool(), true);
    // No message, no error: what a function returns when nothing went wrong.
    QCOMPARE(readProperty(MqttError(QString(), ReasonCode::ProtocolError), "isNull").toBool(),
             true);
    QCOMPARE(readProperty(none, "message").toString(), QString());
    QCOMPARE(QByteArray(none.what()), QByteArray());
}

void tst_Gadgets::errorCopiesShareAndCompare()
{
    MqttError error(u"broken \u00e9"_s, ReasonCode::MalformedPacket);
    const MqttError copy = error;
    QCOMPARE(copy.message(), error.message());
    QCOMPARE(copy.reasonCode(), ReasonCode::MalformedPacket);
    QCOMPARE(QByteArray(copy.what()), u"broken \u00e9"_s.toUtf8());
    error = MqttError::protocol(u"other"_s); // assigning to one leaves the copy as it was
    QCOMPARE(copy.message(), u"broken \u00e9"_s);
    QCOMPARE(error.reasonCode(), ReasonCode::ProtocolError);

    MqttError swapped;
    swapped.swap(error);
    QVERIFY(error.isNull());
    QCOMPARE(swapped.message(), u"other"_s);
}

void tst_Gadgets::errorRoundTripsThroughQVariant()
{
    QVERIFY(QMetaType::fromType<MqttError>().isValid());
    const QVariant variant =
        QVariant::fromValue(MqttError(u"not authorized"_s, ReasonCode::NotAuthorized));
    QCOMPARE(variant.metaType(), QMetaType::fromType<MqttError>());
    const MqttError back = variant.value<MqttError>();
    QCOMPARE(back.reasonCode(), ReasonCode::NotAuthorized);
    QCOMPARE(back.message(), u"not authorized"_s);
}

void tst_Gadgets::messageProperties()
{
    const QMetaObject &metaObject = MqttMessage::staticMetaObject;
    QCOMPARE(propertyNames(metaObject),
             (QStringList {u"topic"_s, u"payload"_s, u"payloadText"_s, u"qos"_s, u"retain"_s,
                           u"duplicate"_s}));
    for (const char *name : {"topic", "payload", "payloadText", "qos", "retain", "duplicate"})
        QVERIFY2(!isWritable(metaObject, name), name);

    PublishPacket packet;
    packet.topic = u"sensors/1"_s;
    packet.payload = "21.5 \xc2\xb0"
                     "C \xff"_ba; // an invalid UTF-8 byte at the end
    packet.qos = QoS::Q1;
    packet.packetId = 7;
    packet.retain = true;
    packet.dup = true;
    const MqttMessage message(std::move(packet));
    QVERIFY(message.isDuplicate());
    QCOMPARE(readProperty(message, "topic").toString(), u"sensors/1"_s);
    QCOMPARE(readProperty(message, "payload").toByteArray(),
             "21.5 \xc2\xb0"
             "C \xff"_ba);
    QCOMPARE(readProperty(message, "payloadText").toString(), u"21.5 °C \ufffd"_s);
    QCOMPARE(readProperty(message, "qos").value<QoS>(), QoS::Q1);
    QCOMPARE(readProperty(message, "retain").toBool(), true);
    QCOMPARE(readProperty(message, "duplicate").toBool(), true);
    QCOMPARE(readProperty(MqttMessage(), "duplicate").toBool(), false);
}

void tst_Gadgets::messageCopiesShareThePacket()
{
    PublishPacket packet;
    packet.topic = u"t"_s;
    packet.payload = QByteArray(1024, 'x');
    const MqttMessage message(std::move(packet));
    const MqttMessage copy = message;
    QCOMPARE(&copy.payload(), &message.payload()); // one packet, not two
    QCOMPARE(copy, message);
}

void tst_Gadgets::messageRoundTripsThroughQVariant()
{
    QVERIFY(QMetaType::fromType<MqttMessage>().isValid());
    PublishPacket packet;
    packet.topic = u"t"_s;
    packet.payload = "p"_ba;
    const MqttMessage message(std::move(packet));
    const QVariant variant = QVariant::fromValue(message);
    QCOMPARE(variant.value<MqttMessage>(), message);
    QCOMPARE(&variant.value<MqttMessage>().payload(), &message.payload());
}

int runGadgetTests(int argc, char **argv)
{
    tst_Gadgets tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_gadgets.moc"
