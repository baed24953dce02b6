// ConnectionProfile::toConnectOptions(): each field lands in MqttConnectOptions; every invalid
// input is refused with a message that names its field.
#include "connection/connectionprofile.h"
#include "support/externaltools.h"
#include "support/openssl.h"

#include <QtCore/qfile.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtNetwork/qsslkey.h>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

using ProfileChange = std::function<void(ConnectionProfile &)>;
using OptionsChange = std::function<void(MqttConnectOptions &)>;
Q_DECLARE_METATYPE(ProfileChange)
Q_DECLARE_METATYPE(OptionsChange)

namespace {

// What every row starts from: a fixed client ID, so that options compare equal.
ConnectionProfile baseProfile()
{
    ConnectionProfile profile;
    profile.id = u"p1"_s;
    profile.name = u"Base"_s;
    profile.clientId = u"fixed-id"_s;
    return profile;
}

// The options baseProfile() must give, written out field by field.
MqttConnectOptions baseOptions()
{
    MqttConnectOptions options;
    options.setAddress(u"mqtt://127.0.0.1:1883"_s);
    options.setClientId(u"fixed-id"_s);
    options.setProtocolVersion(ProtocolVersion::V5);
    options.setCleanStart(true);
    options.setKeepAliveInterval(60);
    options.setConnectTimeout(30'000);
    options.setReconnectDelay(2'000);
    options.setConnectProperties({});
    return options;
}

WillMessage baseWill()
{
    WillMessage will;
    will.topic = u"clients/explorer/status"_s;
    will.payload = "offline";
    will.qos = QoS::Q1;
    will.retain = true;
    return will;
}

void enableWill(ConnectionProfile &profile)
{
    profile.willEnabled = true;
    profile.willTopic = u"clients/explorer/status"_s;
    profile.willPayload = "offline";
    profile.willQos = QoS::Q1;
    profile.willRetain = true;
}

void expectWill(MqttConnectOptions &options, const std::function<void(WillProperties &)> &change)
{
    WillMessage will = baseWill();
    change(will.properties);
    options.setWill(will);
}

void expectConnectProperties(MqttConnectOptions &options,
                             const std::function<void(ConnectProperties &)> &change)
{
    ConnectProperties properties;
    change(properties);
    options.setConnectProperties(properties);
}

struct FieldRow
{
    const char *name; // the field the row is about, or a case of it
    ProfileChange change;
    OptionsChange expect;
};

} // namespace

class tst_ConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultsMatchTheLocalBroker();
    void eachFieldLandsInTheOptions_data();
    void eachFieldLandsInTheOptions();
    void everyConnectingFieldHasARow();
    void emptyClientIdIsGenerated();
    void tlsFilesMakeTheConfiguration();
    void insecureTurnsVerificationOff();
    void invalidInputNamesItsField_data();
    void invalidInputNamesItsField();
    void acceptedAddresses_data();
    void acceptedAddresses();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QList<FieldRow> fieldRows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConnectionProfile::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS({u"openssl"_s});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    const bool made = OhMqttTest::makeCertificate(m_dir->path(), u"ca"_s, u"ec"_s, {}, &error) &&
        OhMqttTest::makeCertificate(m_dir->path(), u"client"_s, u"rsa"_s, u"ca"_s, &error);
    QVERIFY2(made, qPrintable(error));
    QFile text(file(u"not-pem.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("no certificate, no key\n");
}

void tst_ConnectionProfile::defaultsMatchTheLocalBroker()
{
    const ConnectionProfile local = ConnectionProfile::localBroker();
    QCOMPARE(local.address, u"mqtt://127.0.0.1:1883"_s);
    QVERIFY(!local.id.isEmpty());
    QVERIFY(!local.name.isEmpty());
    QVERIFY(local.problems().isEmpty());
    QVERIFY(baseProfile().problems().isEmpty());
    QCOMPARE(baseProfile().toConnectOptions(), baseOptions());
}

QList<FieldRow> tst_ConnectionProfile::fieldRows() const
{
    const QString ca = file(u"ca.crt"_s);
    return {
        {"address", [](ConnectionProfile &p) { p.address = u"ws://127.0.0.1:9001/mqtt"_s; },
         [](MqttConnectOptions &o) { o.setAddress(u"ws://127.0.0.1:9001/mqtt"_s); }},
        {"address is trimmed",
         [](ConnectionProfile &p) { p.address = u"  unix:/run/mosquitto.sock "_s; },
         [](MqttConnectOptions &o) { o.setAddress(u"unix:/run/mosquitto.sock"_s); }},
        {"clientId", [](ConnectionProfile &p) { p.clientId = u"dashboard-7"_s; },
         [](MqttConnectOptions &o) { o.setClientId(u"dashboard-7"_s); }},
        {"protocolVersion", [](ConnectionProfile &p) { p.protocolVersion = ProtocolVersion::V311; },
         [](MqttConnectOptions &o) { o.setProtocolVersion(ProtocolVersion::V311); }},
        {"cleanStart", [](ConnectionProfile &p) { p.cleanStart = false; },
         [](MqttConnectOptions &o) { o.setCleanStart(false); }},
        {"keepAlive", [](ConnectionProfile &p) { p.keepAlive = 17; },
         [](MqttConnectOptions &o) { o.setKeepAliveInterval(17); }},
        {"sessionExpiryInterval",
         [](ConnectionProfile &p) { p.sessionExpiryInterval = 4'294'967'295; },
         [](MqttConnectOptions &o) {
             expectConnectProperties(
                 o, [](ConnectProperties &c) { c.setSessionExpiryInterval(4'294'967'295u); });
         }},
        {"connectTimeout", [](ConnectionProfile &p) { p.connectTimeout = 5; },
         [](MqttConnectOptions &o) { o.setConnectTimeout(5'000); }},
        {"reconnectDelay", [](ConnectionProfile &p) { p.reconnectDelay = 0; },
         [](MqttConnectOptions &o) { o.setReconnectDelay(0); }},
        {"username", [](ConnectionProfile &p) { p.username = u"alice"_s; },
         [](MqttConnectOptions &o) { o.setUsername(u"alice"_s); }},
        {"password", [](ConnectionProfile &p) { p.password = u"sécret"_s; },
         [](MqttConnectOptions &o) { o.setPassword(u"sécret"_s.toUtf8()); }},
        {"tlsCaFile",
         [ca](ConnectionProfile &p) {
             p.address = u"mqtts://127.0.0.1:8883"_s;
             p.tlsCaFile = ca;
         },
         [ca](MqttConnectOptions &o) {
             o.setAddress(u"mqtts://127.0.0.1:8883"_s);
             QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
             tls.setCaCertificates(QSslCertificate::fromPath(ca));
             o.setTlsConfiguration(tls);
         }},
        {"tlsHostname",
         [](ConnectionProfile &p) {
             p.address = u"wss://127.0.0.1:8081/mqtt"_s;
             p.tlsHostname = u"broker.example"_s;
         },
         [](MqttConnectOptions &o) {
             o.setAddress(u"wss://127.0.0.1:8081/mqtt"_s);
             o.setTlsConfiguration(QSslConfiguration::defaultConfiguration());
             o.setTlsHostname(u"broker.example"_s);
         }},
        {"TLS fields are not used for mqtt://",
         [](ConnectionProfile &p) {
             p.tlsCaFile = u"/nonexistent/ca.pem"_s;
             p.tlsHostname = u"broker.example"_s;
             p.tlsInsecure = true;
         },
         [](MqttConnectOptions &) {}},
        {"willEnabled", enableWill,
         [](MqttConnectOptions &o) { expectWill(o, [](WillProperties &) {}); }},
        {"willTopic, payload, QoS and retain are not sent without willEnabled",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willEnabled = false;
         },
         [](MqttConnectOptions &) {}},
        {"willDelayInterval",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willDelayInterval = 30;
         },
         [](MqttConnectOptions &o) {
             expectWill(o, [](WillProperties &w) { w.setWillDelayInterval(30); });
         }},
        {"willMessageExpiryInterval",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willMessageExpiryInterval = 3600;
         },
         [](MqttConnectOptions &o) {
             expectWill(o, [](WillProperties &w) { w.setMessageExpiryInterval(3600); });
         }},
        {"willPayloadIsUtf8",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willPayloadIsUtf8 = true;
         },
         [](MqttConnectOptions &o) {
             expectWill(o, [](WillProperties &w) { w.setPayloadFormatIndicator(1); });
         }},
        {"willContentType",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willContentType = u"text/plain"_s;
         },
         [](MqttConnectOptions &o) {
             expectWill(o, [](WillProperties &w) { w.setContentType(u"text/plain"_s); });
         }},
        {"willResponseTopic",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willResponseTopic = u"replies/explorer"_s;
         },
         [](MqttConnectOptions &o) {
             expectWill(o, [](WillProperties &w) { w.setResponseTopic(u"replies/explorer"_s); });
         }},
        {"willCorrelationData",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willCorrelationData = QByteArray("\x00\x01\xff", 3);
         },
         [](MqttConnectOptions &o) {
             expectWill(
                 o, [](WillProperties &w) { w.setCorrelationData(QByteArray("\x00\x01\xff", 3)); });
         }},
        {"willUserProperties",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.willUserProperties = {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}};
         },
         [](MqttConnectOptions &o) {
             expectWill(o, [](WillProperties &w) {
                 w.setUserProperties({{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}});
             });
         }},
        {"will properties are left out for MQTT 3.1.1",
         [](ConnectionProfile &p) {
             enableWill(p);
             p.protocolVersion = ProtocolVersion::V311;
             p.willDelayInterval = 30;
             p.willContentType = u"text/plain"_s;
             p.willUserProperties = {{u"a"_s, u"1"_s}};
         },
         [](MqttConnectOptions &o) {
             o.setProtocolVersion(ProtocolVersion::V311);
             o.setWill(baseWill());
         }},
        {"receiveMaximum", [](ConnectionProfile &p) { p.receiveMaximum = 20; },
         [](MqttConnectOptions &o) {
             expectConnectProperties(o, [](ConnectProperties &c) { c.setReceiveMaximum(20); });
         }},
        {"maximumPacketSize", [](ConnectionProfile &p) { p.maximumPacketSize = 1'048'576; },
         [](MqttConnectOptions &o) {
             expectConnectProperties(
                 o, [](ConnectProperties &c) { c.setMaximumPacketSize(1'048'576); });
         }},
        {"topicAliasMaximum", [](ConnectionProfile &p) { p.topicAliasMaximum = 10; },
         [](MqttConnectOptions &o) {
             expectConnectProperties(o, [](ConnectProperties &c) { c.setTopicAliasMaximum(10); });
         }},
        {"requestResponseInformation",
         [](ConnectionProfile &p) { p.requestResponseInformation = true; },
         [](MqttConnectOptions &o) {
             expectConnectProperties(
                 o, [](ConnectProperties &c) { c.setRequestResponseInformation(true); });
         }},
        {"requestProblemInformation",
         [](ConnectionProfile &p) { p.requestProblemInformation = false; },
         [](MqttConnectOptions &o) {
             expectConnectProperties(
                 o, [](ConnectProperties &c) { c.setRequestProblemInformation(false); });
         }},
        {"userProperties",
         [](ConnectionProfile &p) {
             p.userProperties = {{u"site"_s, u"lab"_s}, {u"x"_s, u""_s}, {u"site"_s, u"b"_s}};
         },
         [](MqttConnectOptions &o) {
             expectConnectProperties(o, [](ConnectProperties &c) {
                 c.setUserProperties({{u"site"_s, u"lab"_s}, {u"x"_s, u""_s}, {u"site"_s, u"b"_s}});
             });
         }},
        {"CONNECT properties are left out for MQTT 3.1.1",
         [](ConnectionProfile &p) {
             p.protocolVersion = ProtocolVersion::V311;
             p.sessionExpiryInterval = 60;
             p.receiveMaximum = 20;
             p.userProperties = {{u"site"_s, u"lab"_s}};
         },
         [](MqttConnectOptions &o) { o.setProtocolVersion(ProtocolVersion::V311); }},
    };
}

void tst_ConnectionProfile::eachFieldLandsInTheOptions_data()
{
    QTest::addColumn<ProfileChange>("change");
    QTest::addColumn<OptionsChange>("expect");
    for (const FieldRow &row : fieldRows())
        QTest::newRow(row.name) << row.change << row.expect;
}

void tst_ConnectionProfile::eachFieldLandsInTheOptions()
{
    QFETCH(ProfileChange, change);
    QFETCH(OptionsChange, expect);
    ConnectionProfile profile = baseProfile();
    change(profile);
    MqttConnectOptions expected = baseOptions();
    expect(expected);

    QString error;
    const std::optional<MqttConnectOptions> options = profile.toConnectOptions(&error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->address(), expected.address());
    QCOMPARE(options->connectPacket(), expected.connectPacket());
    QCOMPARE(options->hasTlsConfiguration(), expected.hasTlsConfiguration());
    QCOMPARE(options->tlsConfiguration(), expected.tlsConfiguration());
    QCOMPARE(options->tlsHostname(), expected.tlsHostname());
    QVERIFY(*options == expected); // and everything else
}

// A field added to the profile without a row above fails here.
void tst_ConnectionProfile::everyConnectingFieldHasARow()
{
    // Fields that do not reach CONNECT or the transport, or that other tests cover.
    const QStringList notConnecting {u"id"_s,
                                     u"name"_s,
                                     u"storePasswordInSettings"_s,
                                     u"willTopic"_s,
                                     u"willPayload"_s,
                                     u"willQos"_s,
                                     u"willRetain"_s,
                                     u"tlsCertificateFile"_s,
                                     u"tlsKeyFile"_s,
                                     u"tlsInsecure"_s};
    QStringList rows;
    for (const FieldRow &row : fieldRows())
        rows.append(QString::fromLatin1(row.name));
    const QMetaObject &meta = ConnectionProfile::staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QString field = QString::fromLatin1(meta.property(i).name());
        QVERIFY2(rows.contains(field) || notConnecting.contains(field), qPrintable(field));
    }
}

void tst_ConnectionProfile::emptyClientIdIsGenerated()
{
    ConnectionProfile profile = baseProfile();
    profile.clientId.clear();
    const auto first = profile.toConnectOptions();
    const auto second = profile.toConnectOptions();
    QVERIFY(first && second);
    // [MQTT-3.1.3-5] 1 to 23 characters of 0-9a-zA-Z: every broker takes it.
    static const QRegularExpression allowed(u"^OhMqttExplorer[0-9a-f]{9}$"_s);
    QVERIFY2(allowed.match(first->clientId()).hasMatch(), qPrintable(first->clientId()));
    QCOMPARE(first->clientId().size(), 23);
    QVERIFY(first->clientId() != second->clientId());
}

void tst_ConnectionProfile::tlsFilesMakeTheConfiguration()
{
    ConnectionProfile profile = baseProfile();
    profile.address = u"mqtts://127.0.0.1:8883"_s;
    profile.tlsCaFile = file(u"ca.crt"_s);
    profile.tlsCertificateFile = file(u"client.crt"_s);
    profile.tlsKeyFile = file(u"client.key"_s);
    QString error;
    const auto options = profile.toConnectOptions(&error);
    QVERIFY2(options, qPrintable(error));
    const QSslConfiguration tls = options->tlsConfiguration();
    QCOMPARE(tls.caCertificates(), QSslCertificate::fromPath(file(u"ca.crt"_s)));
    QCOMPARE(tls.localCertificate(), QSslCertificate::fromPath(file(u"client.crt"_s)).value(0));
    QVERIFY(!tls.privateKey().isNull());
    QCOMPARE(tls.privateKey().algorithm(), QSsl::Rsa);
    QCOMPARE(tls.peerVerifyMode(), QSslConfiguration::defaultConfiguration().peerVerifyMode());
}

void tst_ConnectionProfile::insecureTurnsVerificationOff()
{
    ConnectionProfile profile = baseProfile();
    profile.address = u"mqtts://127.0.0.1:8883"_s;
    QVERIFY(profile.toConnectOptions()->tlsConfiguration().peerVerifyMode() !=
            QSslSocket::VerifyNone);
    profile.tlsInsecure = true;
    QCOMPARE(profile.toConnectOptions()->tlsConfiguration().peerVerifyMode(),
             QSslSocket::VerifyNone);
}

void tst_ConnectionProfile::invalidInputNamesItsField_data()
{
    QTest::addColumn<ProfileChange>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label"); // how the message begins
    QTest::addColumn<QString>("reason"); // a part of the message

    const auto row = [](const char *name, ProfileChange change, const QString &field,
                        const QString &label, const QString &reason) {
        QTest::newRow(name) << change << field << label << reason;
    };
    const auto address = [](const QString &text) {
        return [text](ConnectionProfile &p) { p.address = text; };
    };
    row(
        "no name", [](ConnectionProfile &p) { p.name = u"  "_s; }, u"name"_s, u"Name"_s, u"name"_s);
    row("empty address", address({}), u"address"_s, u"Address"_s, u"enter"_s);
    row("unknown scheme", address(u"http://broker:80"_s), u"address"_s, u"Address"_s, u"'http'"_s);
    row("no host", address(u"mqtt://:1883"_s), u"address"_s, u"Address"_s, u"host"_s);
    row("path on mqtt://", address(u"mqtt://broker/x"_s), u"address"_s, u"Address"_s, u"path"_s);
    row("user info", address(u"mqtt://bob:pw@broker"_s), u"address"_s, u"Address"_s,
        u"Authentication"_s);
    row("query", address(u"ws://broker/mqtt?x=1"_s), u"address"_s, u"Address"_s, u"query"_s);
    row("port 0", address(u"mqtt://broker:0"_s), u"address"_s, u"Address"_s, u"port 0"_s);
    row("port too big", address(u"mqtt://broker:70000"_s), u"address"_s, u"Address"_s, u"port"_s);
    row("unix without path", address(u"unix:"_s), u"address"_s, u"Address"_s, u"socket path"_s);
    row("unix with host", address(u"unix://host/sock"_s), u"address"_s, u"Address"_s,
        u"not a host"_s);
    row(
        "keep alive too long", [](ConnectionProfile &p) { p.keepAlive = 65536; }, u"keepAlive"_s,
        u"Keep alive"_s, u"65535"_s);
    row(
        "session expiry too long",
        [](ConnectionProfile &p) { p.sessionExpiryInterval = 4'294'967'296; },
        u"sessionExpiryInterval"_s, u"Session expiry"_s, u"4294967295"_s);
    row(
        "negative connect timeout", [](ConnectionProfile &p) { p.connectTimeout = -1; },
        u"connectTimeout"_s, u"Connect timeout"_s, u"between"_s);
    row(
        "negative reconnect delay", [](ConnectionProfile &p) { p.reconnectDelay = -1; },
        u"reconnectDelay"_s, u"Reconnect delay"_s, u"between"_s);
    row(
        "3.1.1 password without user name",
        [](ConnectionProfile &p) {
            p.protocolVersion = ProtocolVersion::V311;
            p.password = u"pw"_s;
        },
        u"password"_s, u"Password"_s, u"user name"_s);

    const QString missing = QDir::temp().filePath(u"ohmqtt-no-such-dir/ca.pem"_s);
    const QString notPem = file(u"not-pem.txt"_s);
    const QString ca = file(u"ca.crt"_s);
    const QString certificate = file(u"client.crt"_s);
    const QString key = file(u"client.key"_s);
    const auto tls = [](std::function<void(ConnectionProfile &)> change) {
        return [change](ConnectionProfile &p) {
            p.address = u"mqtts://127.0.0.1:8883"_s;
            change(p);
        };
    };
    row("CA file missing", tls([missing](ConnectionProfile &p) { p.tlsCaFile = missing; }),
        u"tlsCaFile"_s, u"CA file"_s, missing);
    row("CA file not PEM", tls([notPem](ConnectionProfile &p) { p.tlsCaFile = notPem; }),
        u"tlsCaFile"_s, u"CA file"_s, u"no PEM certificate"_s);
    row(
        "CA file missing for wss://",
        [missing](ConnectionProfile &p) {
            p.address = u"wss://127.0.0.1/mqtt"_s;
            p.tlsCaFile = missing;
        },
        u"tlsCaFile"_s, u"CA file"_s, missing);
    row("certificate without key",
        tls([certificate](ConnectionProfile &p) { p.tlsCertificateFile = certificate; }),
        u"tlsKeyFile"_s, u"Client key"_s, u"needs its key"_s);
    row("key without certificate", tls([key](ConnectionProfile &p) { p.tlsKeyFile = key; }),
        u"tlsCertificateFile"_s, u"Client certificate"_s, u"needs its client certificate"_s);
    row("certificate not PEM", tls([notPem, key](ConnectionProfile &p) {
            p.tlsCertificateFile = notPem;
            p.tlsKeyFile = key;
        }),
        u"tlsCertificateFile"_s, u"Client certificate"_s, u"no PEM certificate"_s);
    row("key not PEM", tls([certificate, notPem](ConnectionProfile &p) {
            p.tlsCertificateFile = certificate;
            p.tlsKeyFile = notPem;
        }),
        u"tlsKeyFile"_s, u"Client key"_s, u"private key"_s);
    row("key is a certificate", tls([certificate, ca](ConnectionProfile &p) {
            p.tlsCertificateFile = certificate;
            p.tlsKeyFile = ca;
        }),
        u"tlsKeyFile"_s, u"Client key"_s, u"private key"_s);

    const auto will = [](std::function<void(ConnectionProfile &)> change) {
        return [change](ConnectionProfile &p) {
            enableWill(p);
            change(p);
        };
    };
    row("will topic empty", will([](ConnectionProfile &p) { p.willTopic.clear(); }), u"willTopic"_s,
        u"Will topic"_s, u"MQTT-4.7.3-1"_s);
    row("will topic with wildcard", will([](ConnectionProfile &p) { p.willTopic = u"status/#"_s; }),
        u"willTopic"_s, u"Will topic"_s, u"status/#"_s);
    row("will payload not UTF-8", will([](ConnectionProfile &p) {
            p.willPayloadIsUtf8 = true;
            p.willPayload = "\xff\xfe";
        }),
        u"willPayload"_s, u"Will payload"_s, u"UTF-8"_s);
    row("will response topic with wildcard",
        will([](ConnectionProfile &p) { p.willResponseTopic = u"replies/+"_s; }),
        u"willResponseTopic"_s, u"Will response topic"_s, u"replies/+"_s);
    row("will delay too long",
        will([](ConnectionProfile &p) { p.willDelayInterval = 4'294'967'296; }),
        u"willDelayInterval"_s, u"Will delay"_s, u"between"_s);
    row("will expiry negative",
        will([](ConnectionProfile &p) { p.willMessageExpiryInterval = -1; }),
        u"willMessageExpiryInterval"_s, u"Will message expiry"_s, u"between"_s);
    row(
        "receive maximum too big", [](ConnectionProfile &p) { p.receiveMaximum = 65536; },
        u"receiveMaximum"_s, u"Receive maximum"_s, u"65535"_s);
    row(
        "maximum packet size too big",
        [](ConnectionProfile &p) { p.maximumPacketSize = 4'294'967'296; }, u"maximumPacketSize"_s,
        u"Maximum packet size"_s, u"4294967295"_s);
    row(
        "topic alias maximum too big", [](ConnectionProfile &p) { p.topicAliasMaximum = 65536; },
        u"topicAliasMaximum"_s, u"Topic alias maximum"_s, u"65535"_s);
}

void tst_ConnectionProfile::invalidInputNamesItsField()
{
    QFETCH(ProfileChange, change);
    QFETCH(QString, field);
    QFETCH(QString, label);
    QFETCH(QString, reason);
    ConnectionProfile profile = baseProfile();
    change(profile);

    const QList<ProfileProblem> problems = profile.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    const QString message = problems.constFirst().message;
    QVERIFY2(message.startsWith(label + u": "_s), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));

    QString error;
    QVERIFY(!profile.toConnectOptions(&error));
    QCOMPARE(error, message);
}

void tst_ConnectionProfile::acceptedAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("secure");
    QTest::newRow("mqtt") << u"mqtt://broker.example:1883"_s << false;
    QTest::newRow("no scheme") << u"broker.example:1883"_s << false;
    QTest::newRow("no port") << u"mqtt://broker.example"_s << false;
    QTest::newRow("IPv6") << u"mqtt://[::1]:1883"_s << false;
    QTest::newRow("mqtts") << u"MQTTS://broker.example:8883"_s << true;
    QTest::newRow("ws with path") << u"ws://broker.example:8080/mqtt"_s << false;
    QTest::newRow("wss") << u"wss://broker.example/mqtt"_s << true;
    QTest::newRow("unix") << u"unix:/run/mosquitto/mosquitto.sock"_s << false;
    QTest::newRow("unix three slashes") << u"unix:///run/mosquitto.sock"_s << false;
}

void tst_ConnectionProfile::acceptedAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, secure);
    ConnectionProfile profile = baseProfile();
    profile.address = address;
    QCOMPARE(profile.problems(), QList<ProfileProblem>());
    QCOMPARE(profile.isSecure(), secure);
    QCOMPARE(profile.toConnectOptions()->address(), address);
}

QTEST_MAIN(tst_ConnectionProfile)
#include "tst_connectionprofile.moc"
