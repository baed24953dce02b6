// MqttSubscribeOptions and MqttConnectOptions: properties, setters, sharing, CONNECT's flags.
#include <OhMqtt/mqttconnectoptions.h>
#include <OhMqtt/mqttsubscribeoptions.h>

#include "values/tests.h"
#include "values/valuetesting.h"

#include <limits>

using namespace OhMqtt;
using namespace ValueTesting;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// CONNECT's Connect Flags byte (MQTT 3.1.2.3), for a packet short enough that its Remaining
// Length takes one byte: type, length, "MQTT" with its length, the protocol level, then flags.
quint8 connectFlags(const MqttConnectOptions &options)
{
    QByteArray bytes;
    options.connectPacket().encode(bytes);
    return quint8(bytes.at(9));
}

constexpr quint8 UserNameFlag = 0x80;
constexpr quint8 PasswordFlag = 0x40;

using SubscribeChange = std::function<void(MqttSubscribeOptions &)>;
using ConnectChange = std::function<void(MqttConnectOptions &)>;

} // namespace

class tst_Options : public QObject
{
    Q_OBJECT

private slots:
    void subscribeOptionsProperties();
    void subscribeOptionsSettersChangeTheirPropertyOnly_data();
    void subscribeOptionsSettersChangeTheirPropertyOnly();
    void subscribeOptionsWriteThroughMetaObject();
    void subscribeOptionsCopiesDetachOnWrite();
    void subscribeOptionsRoundTripThroughQVariant();
    void connectOptionsProperties();
    void connectOptionsSettersChangeTheirPropertyOnly_data();
    void connectOptionsSettersChangeTheirPropertyOnly();
    void connectOptionsDefaults();
    void connectOptionsDurations();
    void connectOptionsCopiesDetachOnWrite();
    void connectOptionsRoundTripThroughQVariant();
    void emptyUserNameIsNotNoUserName();
    void emptyPasswordIsNotNoPassword();
    void tlsConfigurationDefaultsWhenUnset();
};

void tst_Options::subscribeOptionsProperties()
{
    QCOMPARE(propertyNames(MqttSubscribeOptions::staticMetaObject),
             (QStringList {u"maximumQoS"_s, u"shareName"_s, u"noLocal"_s, u"retainAsPublished"_s,
                           u"retainPolicy"_s, u"subscriptionIdentifier"_s}));

    MqttSubscribeOptions options;
    QCOMPARE(readProperty(options, "maximumQoS").value<QoS>(), QoS::Q2); // the defaults
    QCOMPARE(readProperty(options, "subscriptionIdentifier").toUInt(), 0u);
    QCOMPARE(readProperty(options, "retainPolicy").value<RetainPolicy>(), RetainPolicy::Always);

    options.setMaximumQoS(QoS::Q1);
    options.setShareName(u"group"_s);
    options.setNoLocal(true);
    options.setRetainAsPublished(true);
    options.setRetainPolicy(RetainPolicy::Never);
    options.setSubscriptionIdentifier(268'435'455);
    QCOMPARE(readProperty(options, "maximumQoS").value<QoS>(), QoS::Q1);
    QCOMPARE(readProperty(options, "shareName").toString(), u"group"_s);
    QCOMPARE(readProperty(options, "noLocal").toBool(), true);
    QCOMPARE(readProperty(options, "retainAsPublished").toBool(), true);
    QCOMPARE(readProperty(options, "retainPolicy").value<RetainPolicy>(), RetainPolicy::Never);
    QCOMPARE(readProperty(options, "subscriptionIdentifier").toUInt(), 268'435'455u);
}

void tst_Options::subscribeOptionsSettersChangeTheirPropertyOnly_data()
{
    QTest::addColumn<SubscribeChange>("change");
    QTest::addColumn<QString>("property");
    QTest::newRow("maximumQoS") << SubscribeChange([](auto &o) { o.setMaximumQoS(QoS::Q1); })
                                << u"maximumQoS"_s;
    QTest::newRow("shareName") << SubscribeChange([](auto &o) { o.setShareName(u"g"_s); })
                               << u"shareName"_s;
    QTest::newRow("noLocal") << SubscribeChange([](auto &o) { o.setNoLocal(true); })
                             << u"noLocal"_s;
    QTest::newRow("retainAsPublished")
        << SubscribeChange([](auto &o) { o.setRetainAsPublished(true); }) << u"retainAsPublished"_s;
    QTest::newRow("retainPolicy") << SubscribeChange([](auto &o) {
        o.setRetainPolicy(RetainPolicy::Once);
    }) << u"retainPolicy"_s;
    QTest::newRow("subscriptionIdentifier")
        << SubscribeChange([](auto &o) { o.setSubscriptionIdentifier(5); })
        << u"subscriptionIdentifier"_s;
}

void tst_Options::subscribeOptionsSettersChangeTheirPropertyOnly()
{
    QFETCH(SubscribeChange, change);
    QFETCH(QString, property);
    verifyChangesOnly(change, property);
}

void tst_Options::subscribeOptionsWriteThroughMetaObject()
{
    MqttSubscribeOptions options;
    QVERIFY(writeProperty(options, "maximumQoS", QVariant::fromValue(QoS::Q0)));
    QVERIFY(writeProperty(options, "retainPolicy", QVariant::fromValue(RetainPolicy::Once)));
    QVERIFY(writeProperty(options, "shareName", u"g"_s));
    QCOMPARE(options.maximumQoS(), QoS::Q0);
    QCOMPARE(options.retainPolicy(), RetainPolicy::Once);
    QCOMPARE(options.shareName(), u"g"_s);
}

void tst_Options::subscribeOptionsCopiesDetachOnWrite()
{
    MqttSubscribeOptions original;
    original.setShareName(u"a"_s);
    original.setUserProperties({{u"k"_s, u"v"_s}});
    MqttSubscribeOptions copy = original;
    QCOMPARE(copy, original);

    copy.setShareName(u"b"_s);
    copy.setUserProperties({});
    QCOMPARE(original.shareName(), u"a"_s);
    QCOMPARE(original.userProperties(), (QList<StringPair> {{u"k"_s, u"v"_s}}));
    QVERIFY(copy != original);

    original.setMaximumQoS(QoS::Q0);
    QCOMPARE(copy.maximumQoS(), QoS::Q2);
}

void tst_Options::subscribeOptionsRoundTripThroughQVariant()
{
    QVERIFY(QMetaType::fromType<MqttSubscribeOptions>().isValid());
    MqttSubscribeOptions options;
    options.setSubscriptionIdentifier(42);
    options.setNoLocal(true);
    const QVariant variant = QVariant::fromValue(options);
    QCOMPARE(variant.value<MqttSubscribeOptions>(), options);
    QCOMPARE(variant.value<MqttSubscribeOptions>().subscriptionIdentifier(), 42u);
    QVERIFY(variant == QVariant::fromValue(options)); // QMetaType uses operator==
    QVERIFY(variant != QVariant::fromValue(MqttSubscribeOptions()));
}

void tst_Options::connectOptionsProperties()
{
    QCOMPARE(propertyNames(MqttConnectOptions::staticMetaObject),
             (QStringList {u"address"_s, u"clientId"_s, u"cleanStart"_s, u"connectTimeout"_s,
                           u"reconnectDelay"_s, u"reconnectOnRefusal"_s, u"keepAliveInterval"_s,
                           u"tcpNoDelay"_s, u"tlsHostname"_s, u"username"_s, u"password"_s,
                           u"protocolVersion"_s}));

    MqttConnectOptions options;
    options.setAddress(u"mqtts://broker:8883"_s);
    options.setClientId(u"me"_s);
    options.setCleanStart(true);
    options.setConnectTimeout(1500ms);
    options.setReconnectDelay(2s);
    options.setReconnectOnRefusal(true);
    options.setKeepAliveInterval(45);
    options.setTcpNoDelay(false);
    options.setTlsHostname(u"other"_s);
    options.setUsername(u"alice"_s);
    options.setPassword("secret"_ba);
    options.setProtocolVersion(ProtocolVersion::V311);
    QCOMPARE(readProperty(options, "address").toString(), u"mqtts://broker:8883"_s);
    QCOMPARE(readProperty(options, "clientId").toString(), u"me"_s);
    QCOMPARE(readProperty(options, "cleanStart").toBool(), true);
    QCOMPARE(readProperty(options, "connectTimeout").toInt(), 1500);
    QCOMPARE(readProperty(options, "reconnectDelay").toInt(), 2000);
    QCOMPARE(readProperty(options, "reconnectOnRefusal").toBool(), true);
    QCOMPARE(readProperty(options, "keepAliveInterval").toInt(), 45);
    QCOMPARE(readProperty(options, "tcpNoDelay").toBool(), false);
    QCOMPARE(readProperty(options, "tlsHostname").toString(), u"other"_s);
    QCOMPARE(readProperty(options, "username").toString(), u"alice"_s);
    QCOMPARE(readProperty(options, "password").toByteArray(), "secret"_ba);
    QCOMPARE(readProperty(options, "protocolVersion").value<ProtocolVersion>(),
             ProtocolVersion::V311);

    // RESET, as QML's `username = undefined` does: no user name at all.
    const int index = MqttConnectOptions::staticMetaObject.indexOfProperty("username");
    QVERIFY(MqttConnectOptions::staticMetaObject.property(index).resetOnGadget(&options));
    QVERIFY(!options.hasUsername());
}

void tst_Options::connectOptionsSettersChangeTheirPropertyOnly_data()
{
    QTest::addColumn<ConnectChange>("change");
    QTest::addColumn<QString>("property");
    const auto row = [](const char *property, ConnectChange change) {
        QTest::newRow(property) << change << QString::fromLatin1(property);
    };
    row("address", [](auto &o) { o.setAddress(u"mqtt://h"_s); });
    row("clientId", [](auto &o) { o.setClientId(u"c"_s); });
    row("cleanStart", [](auto &o) { o.setCleanStart(true); });
    row("connectTimeout", [](auto &o) { o.setConnectTimeout(5s); });
    row("reconnectDelay", [](auto &o) { o.setReconnectDelay(5); });
    row("reconnectOnRefusal", [](auto &o) { o.setReconnectOnRefusal(true); });
    row("keepAliveInterval", [](auto &o) { o.setKeepAliveInterval(5); });
    row("tcpNoDelay", [](auto &o) { o.setTcpNoDelay(false); });
    row("tlsHostname", [](auto &o) { o.setTlsHostname(u"n"_s); });
    row("username", [](auto &o) { o.setUsername(u"u"_s); });
    row("password", [](auto &o) { o.setPassword("p"_ba); });
    row("protocolVersion", [](auto &o) { o.setProtocolVersion(ProtocolVersion::V311); });
}

void tst_Options::connectOptionsSettersChangeTheirPropertyOnly()
{
    QFETCH(ConnectChange, change);
    QFETCH(QString, property);
    verifyChangesOnly(change, property);
}

void tst_Options::connectOptionsDefaults()
{
    const MqttConnectOptions options;
    QCOMPARE(options.connectTimeout(), 30'000);
    QCOMPARE(options.reconnectDelay(), 0);
    QCOMPARE(options.keepAliveInterval(), 0);
    QCOMPARE(options.tcpNoDelay(), true);
    QCOMPARE(options.cleanStart(), false);
    QCOMPARE(options.reconnectOnRefusal(), false);
    QCOMPARE(options.protocolVersion(), ProtocolVersion::V5);
    QVERIFY(!options.hasUsername());
    QVERIFY(!options.hasPassword());
    QVERIFY(!options.hasWill());
    QVERIFY(!options.will());
    QVERIFY(!options.hasTlsConfiguration());
    QVERIFY(options.connectProperties().isEmpty());
}

void tst_Options::connectOptionsDurations()
{
    MqttConnectOptions options;
    options.setConnectTimeout(250); // int: milliseconds, as QTimer::setInterval(int)
    QCOMPARE(options.connectTimeoutAsDuration(), 250ms);
    options.setConnectTimeout(3s);
    QCOMPARE(options.connectTimeout(), 3000);
    options.setReconnectDelay(20ms);
    QCOMPARE(options.reconnectDelay(), 20);
    options.setReconnectDelay(7);
    QCOMPARE(options.reconnectDelayAsDuration(), 7ms);
    // The int view of a duration past int's range is clamped, as QTimer's is.
    options.setConnectTimeout(std::chrono::hours(24 * 365));
    QCOMPARE(options.connectTimeout(), std::numeric_limits<int>::max());
}

void tst_Options::connectOptionsCopiesDetachOnWrite()
{
    MqttConnectOptions original;
    original.setAddress(u"mqtt://a"_s);
    original.setUsername(u"alice"_s);
    WillMessage will;
    will.topic = u"gone"_s;
    original.setWill(will);
    MqttConnectOptions copy = original;
    QCOMPARE(copy, original);

    copy.setAddress(u"mqtt://b"_s);
    copy.clearUsername();
    copy.clearWill();
    QCOMPARE(original.address(), u"mqtt://a"_s);
    QCOMPARE(original.username(), u"alice"_s);
    QCOMPARE(original.will()->topic, u"gone"_s);
    QVERIFY(copy != original);

    original.setKeepAliveInterval(9);
    QCOMPARE(copy.keepAliveInterval(), 0);
}

void tst_Options::connectOptionsRoundTripThroughQVariant()
{
    QVERIFY(QMetaType::fromType<MqttConnectOptions>().isValid());
    MqttConnectOptions options;
    options.setClientId(u"variant"_s);
    options.setPassword(QByteArray());
    const QVariant variant = QVariant::fromValue(options);
    const MqttConnectOptions back = variant.value<MqttConnectOptions>();
    QCOMPARE(back, options);
    QCOMPARE(back.clientId(), u"variant"_s);
    QVERIFY(back.hasPassword());
}

// The User Name Flag says whether a user name is there, even an empty one (MQTT 3.1.2.8).
void tst_Options::emptyUserNameIsNotNoUserName()
{
    MqttConnectOptions unset;
    unset.setClientId(u"c"_s);
    MqttConnectOptions empty = unset;
    empty.setUsername(QString());
    QVERIFY(empty.hasUsername());
    QVERIFY(!unset.hasUsername());
    QCOMPARE(empty.username(), unset.username()); // both read as "", only the flag differs
    QVERIFY(empty != unset);

    QCOMPARE(connectFlags(unset) & UserNameFlag, 0);
    QCOMPARE(connectFlags(empty) & UserNameFlag, int(UserNameFlag));
    QVERIFY(empty.connectPacket().username.has_value());
    QVERIFY(!unset.connectPacket().username.has_value());

    empty.clearUsername();
    QCOMPARE(connectFlags(empty) & UserNameFlag, 0);
}

void tst_Options::emptyPasswordIsNotNoPassword()
{
    MqttConnectOptions unset;
    unset.setUsername(u"u"_s);
    MqttConnectOptions empty = unset;
    empty.setPassword(QByteArray());
    QVERIFY(empty.hasPassword());
    QCOMPARE(connectFlags(unset) & PasswordFlag, 0);
    QCOMPARE(connectFlags(empty) & PasswordFlag, int(PasswordFlag));
}

void tst_Options::tlsConfigurationDefaultsWhenUnset()
{
    MqttConnectOptions options;
    QCOMPARE(options.tlsConfiguration(), QSslConfiguration::defaultConfiguration());
    QSslConfiguration own = QSslConfiguration::defaultConfiguration();
    own.setPeerVerifyMode(QSslSocket::VerifyNone);
    options.setTlsConfiguration(own);
    QVERIFY(options.hasTlsConfiguration());
    QCOMPARE(options.tlsConfiguration().peerVerifyMode(), QSslSocket::VerifyNone);
    options.clearTlsConfiguration();
    QVERIFY(!options.hasTlsConfiguration());
    QCOMPARE(options.tlsConfiguration(), QSslConfiguration::defaultConfiguration());
}

int runOptionsTests(int argc, char **argv)
{
    tst_Options tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_options.moc"
