// From parsed options to MqttConnectOptions: addresses, CONNECT fields, and TLS read from files.
#include "cli/parsing.h"
#include "connectoptions.h"
#include "support/openssl.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qsslkey.h>
#include <QtTest/QTest>

#include <memory>

using namespace OhMqtt;
using namespace OhMqtt::Cli;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

class tst_ConnectOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void addresses_data();
    void addresses();
    void carriesConnectFields();
    void connectTimeoutFromOption_data();
    void connectTimeoutFromOption();
    void reconnectDelayForLongRunningCommands_data();
    void reconnectDelayForLongRunningCommands();
    void plainTransportsHaveNoTls_data();
    void plainTransportsHaveNoTls();
    void tlsWithoutFilesUsesTheDefault();
    void caFileReplacesSystemCertificates();
    void caPathReadsEveryCertificateOnce();
    void clientCertificateAndKey_data();
    void clientCertificateAndKey();
    void tlsVersionSetsTheProtocol_data();
    void tlsVersionSetsTheProtocol();
    void insecureAcceptsHostNameMismatchOnly();
    void unusableFilesAreNamed_data();
    void unusableFilesAreNamed();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    // parseArguments() for sub with a topic, then connectOptions().
    std::optional<MqttConnectOptions> build(const QStringList &arguments, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConnectOptions::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString dir = m_dir->path();
    QString error;
    const bool made = makeCertificate(dir, u"ca"_s, u"ec"_s, {}, &error) &&
        makeCertificate(dir, u"other-ca"_s, u"ec"_s, {}, &error) &&
        makeCertificate(dir, u"ec-client"_s, u"ec"_s, u"ca"_s, &error) &&
        makeCertificate(dir, u"rsa-client"_s, u"rsa"_s, u"ca"_s, &error)
        // the older key formats: "BEGIN EC PRIVATE KEY" and "BEGIN RSA PRIVATE KEY"
        && runOpenssl({u"ec"_s, u"-in"_s, file(u"ec-client.key"_s), u"-out"_s,
                       file(u"ec-traditional.key"_s)},
                      &error) &&
        runOpenssl({u"rsa"_s, u"-in"_s, file(u"rsa-client.key"_s), u"-traditional"_s, u"-out"_s,
                    file(u"rsa-traditional.key"_s)},
                   &error) &&
        runOpenssl({u"pkey"_s, u"-in"_s, file(u"ec-client.key"_s), u"-aes256"_s, u"-passout"_s,
                    u"pass:secret"_s, u"-out"_s, file(u"encrypted.key"_s)},
                   &error);
    if (!made)
        QSKIP(qPrintable(error));

    QVERIFY(QDir(dir).mkpath(u"capath"_s) && QDir(dir).mkpath(u"empty"_s));
    // Two CAs, one of them twice (as OpenSSL's hash links have it), and a file that is no
    // certificate at all.
    QVERIFY(QFile::copy(file(u"ca.crt"_s), file(u"capath/ca.crt"_s)));
    QVERIFY(QFile::copy(file(u"ca.crt"_s), file(u"capath/1a2b3c4d.0"_s)));
    QVERIFY(QFile::copy(file(u"other-ca.crt"_s), file(u"capath/other-ca.pem"_s)));
    QFile readme(file(u"capath/README"_s));
    QVERIFY(readme.open(QIODevice::WriteOnly) && readme.write("not a certificate\n") > 0);
    readme.close();
    QVERIFY(QFile::copy(readme.fileName(), file(u"not-a-certificate.pem"_s)));
}

std::optional<MqttConnectOptions> tst_ConnectOptions::build(const QStringList &arguments,
                                                            QString *error)
{
    const ParseResult parsed = parse(Command::Sub, QStringList {u"-t"_s, u"t"_s} + arguments);
    if (parsed.action != ParseResult::Action::Run) {
        *error = u"parse error: "_s + parsed.error;
        return std::nullopt;
    }
    return connectOptions(parsed.options, error);
}

// Fails the test with the error when `options` could not be built.
#define VERIFY_BUILT(options, error) QVERIFY2((options).has_value(), qPrintable(error))

void tst_ConnectOptions::connectTimeoutFromOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("default") << QStringList {} << 30'000;
    QTest::newRow("7 s") << QStringList {u"--connect-timeout"_s, u"7"_s} << 7'000;
    QTest::newRow("0: none") << QStringList {u"--connect-timeout"_s, u"0"_s} << 0;
}

void tst_ConnectOptions::connectTimeoutFromOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, timeoutMs);
    const ParseResult parsed = parse(Command::Sub, subArguments(arguments));
    VERIFY_PARSED(parsed);
    QString error;
    const std::optional<MqttConnectOptions> built = connectOptions(parsed.options, &error);
    VERIFY_BUILT(built, error);
    QCOMPARE(built->connectTimeoutAsDuration(), std::chrono::milliseconds(timeoutMs));
}

void tst_ConnectOptions::reconnectDelayForLongRunningCommands_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("sub") << Command::Sub << subArguments({}) << 1'000;
    QTest::newRow("sub -C") << Command::Sub << subArguments({u"-C"_s, u"3"_s}) << 1'000;
    QTest::newRow("sub --no-reconnect") << Command::Sub << subArguments({u"--no-reconnect"_s}) << 0;
    QTest::newRow("pub -l") << Command::Pub
                            << QStringList {u"-t"_s, u"t"_s, u"-l"_s, u"-q"_s, u"1"_s} << 1'000;
    QTest::newRow("pub -l --no-reconnect")
        << Command::Pub << QStringList {u"-t"_s, u"t"_s, u"-l"_s, u"--no-reconnect"_s} << 0;
    QTest::newRow("pub -m") << Command::Pub << pubArguments({}) << 0;
    QTest::newRow("pub -s") << Command::Pub << QStringList {u"-t"_s, u"t"_s, u"-s"_s} << 0;
    QTest::newRow("pub --repeat") << Command::Pub << pubArguments({u"--repeat"_s, u"3"_s}) << 0;
}

// sub and pub -l run for long and reconnect after mosquitto's first wait of 1 s (the library
// doubles it); pub of one message never does, and --no-reconnect turns it off.
void tst_ConnectOptions::reconnectDelayForLongRunningCommands()
{
    QFETCH(Command, command);
    QFETCH(QStringList, arguments);
    QFETCH(int, delayMs);
    const ParseResult parsed = parse(command, arguments);
    VERIFY_PARSED(parsed);
    QCOMPARE(keepsReconnecting(parsed.options), delayMs > 0);
    QString error;
    const std::optional<MqttConnectOptions> built = connectOptions(parsed.options, &error);
    VERIFY_BUILT(built, error);
    QCOMPARE(built->reconnectDelay(), delayMs);
    QVERIFY(!built->reconnectOnRefusal()); // a refusal retrying cannot change ends the run
}

void tst_ConnectOptions::addresses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name"); // how messages name the broker

    QTest::newRow("default") << QStringList {} << u"mqtt://localhost:1883"_s << u"localhost:1883"_s;
    QTest::newRow("-h -p") << QStringList {u"-h"_s, u"10.0.0.1"_s, u"-p"_s, u"1884"_s}
                           << u"mqtt://10.0.0.1:1884"_s << u"10.0.0.1:1884"_s;
    QTest::newRow("IPv6") << QStringList {u"-h"_s, u"::1"_s} << u"mqtt://[::1]:1883"_s
                          << u"::1:1883"_s;
    QTest::newRow("-p 8883") << QStringList {u"-p"_s, u"8883"_s} << u"mqtts://localhost:8883"_s
                             << u"localhost:8883"_s;
    QTest::newRow("--insecure") << QStringList {u"-h"_s, u"b"_s, u"--insecure"_s}
                                << u"mqtts://b:8883"_s << u"b:8883"_s;
    QTest::newRow("mqtts URL") << QStringList {u"-L"_s, u"mqtts://b/x"_s} << u"mqtts://b:8883"_s
                               << u"b:8883"_s;
    // The path of a ws:// URL is the topic; the WebSocket resource is /mqtt.
    QTest::newRow("ws URL") << QStringList {u"-L"_s, u"ws://b:9001/x/y"_s} << u"ws://b:9001/mqtt"_s
                            << u"b:9001"_s;
    QTest::newRow("wss URL") << QStringList {u"-L"_s, u"wss://[::1]/x"_s}
                             << u"wss://[::1]:443/mqtt"_s << u"::1:443"_s;
    QTest::newRow("--unix") << QStringList {u"--unix"_s, u"/run/m.sock"_s} << u"unix:/run/m.sock"_s
                            << u"/run/m.sock"_s;
}

void tst_ConnectOptions::addresses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, address);
    QFETCH(QString, name);
    const ParseResult parsed = parse(Command::Sub, QStringList {u"-t"_s, u"t"_s} + arguments);
    VERIFY_PARSED(parsed);
    QCOMPARE(brokerAddress(parsed.options), address);
    QCOMPARE(brokerName(parsed.options), name);
}

void tst_ConnectOptions::carriesConnectFields()
{
    QString error;
    const std::optional<MqttConnectOptions> built = build({u"-i"_s,
                                                           u"me"_s,
                                                           u"-u"_s,
                                                           u"alice"_s,
                                                           u"-P"_s,
                                                           u"secret"_s,
                                                           u"-k"_s,
                                                           u"30"_s,
                                                           u"-c"_s,
                                                           u"--will-topic"_s,
                                                           u"w"_s,
                                                           u"--will-payload"_s,
                                                           u"gone"_s,
                                                           u"--will-qos"_s,
                                                           u"1"_s,
                                                           u"--will-retain"_s,
                                                           u"-D"_s,
                                                           u"will"_s,
                                                           u"content-type"_s,
                                                           u"text/plain"_s,
                                                           u"-D"_s,
                                                           u"connect"_s,
                                                           u"receive-maximum"_s,
                                                           u"5"_s},
                                                          &error);
    VERIFY_BUILT(built, error);
    const MqttConnectOptions &o = *built;
    QCOMPARE(o.address(), u"mqtt://localhost:1883"_s);
    QCOMPARE(o.clientId(), u"me"_s);
    QCOMPARE(o.username(), u"alice"_s);
    QCOMPARE(o.password(), "secret"_ba);
    QCOMPARE(o.keepAliveInterval(), 30);
    QVERIFY(!o.cleanStart());
    QCOMPARE(o.protocolVersion(), ProtocolVersion::V5);
    QCOMPARE(o.connectTimeoutAsDuration(),
             std::chrono::seconds(30)); // a silent broker does not hang a script
    QVERIFY(o.hasWill());
    QCOMPARE(o.will()->topic, u"w"_s);
    QCOMPARE(o.will()->payload, "gone"_ba);
    QCOMPARE(o.will()->qos, QoS::Q1);
    QVERIFY(o.will()->retain);
    QCOMPARE(o.will()->properties.contentType(), u"text/plain"_s);
    QCOMPARE(o.connectProperties().receiveMaximum(), 5);
    QCOMPARE(o.connectProperties().sessionExpiryInterval(), 0xFFFFFFFFu); // -c, as mosquitto
    // What the options describe is a CONNECT the codec accepts.
    QByteArray bytes;
    o.connectPacket().encode(bytes);
    QVERIFY(!bytes.isEmpty());
}

void tst_ConnectOptions::plainTransportsHaveNoTls_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("mqtt") << QStringList {u"-p"_s, u"1884"_s};
    QTest::newRow("ws") << QStringList {u"-L"_s, u"ws://h/t"_s};
    QTest::newRow("unix") << QStringList {u"--unix"_s, u"/s"_s};
}

void tst_ConnectOptions::plainTransportsHaveNoTls()
{
    QFETCH(QStringList, arguments);
    QString error;
    const std::optional<MqttConnectOptions> built = build(arguments, &error);
    VERIFY_BUILT(built, error);
    QVERIFY(!built->hasTlsConfiguration());
    QVERIFY(built->tlsIgnoredErrors().isEmpty());
}

// mosquitto: mqtts:// without certificate options trusts the system's CAs; so does the library's
// default configuration.
void tst_ConnectOptions::tlsWithoutFilesUsesTheDefault()
{
    QString error;
    const std::optional<MqttConnectOptions> built = build({u"-L"_s, u"wss://h/t"_s}, &error);
    VERIFY_BUILT(built, error);
    QVERIFY(!built->hasTlsConfiguration());
    QVERIFY(built->tlsIgnoredErrors().isEmpty());
}

void tst_ConnectOptions::caFileReplacesSystemCertificates()
{
    QString error;
    const std::optional<MqttConnectOptions> built =
        build({u"--cafile"_s, file(u"ca.crt"_s)}, &error);
    VERIFY_BUILT(built, error);
    QVERIFY(built->hasTlsConfiguration());
    const QList<QSslCertificate> expected = QSslCertificate::fromPath(file(u"ca.crt"_s));
    QCOMPARE(built->tlsConfiguration().caCertificates(), expected);
    QCOMPARE(built->tlsConfiguration().peerVerifyMode(),
             QSslConfiguration::defaultConfiguration().peerVerifyMode());
    QVERIFY(built->tlsConfiguration().localCertificate().isNull());
    QVERIFY(built->tlsIgnoredErrors().isEmpty());
}

void tst_ConnectOptions::caPathReadsEveryCertificateOnce()
{
    QString error;
    const std::optional<MqttConnectOptions> built =
        build({u"--capath"_s, file(u"capath"_s)}, &error);
    VERIFY_BUILT(built, error);
    const QList<QSslCertificate> authorities = built->tlsConfiguration().caCertificates();
    QCOMPARE(authorities.size(), 2);
    QVERIFY(authorities.contains(QSslCertificate::fromPath(file(u"ca.crt"_s)).constFirst()));
    QVERIFY(authorities.contains(QSslCertificate::fromPath(file(u"other-ca.crt"_s)).constFirst()));
}

void tst_ConnectOptions::clientCertificateAndKey_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("algorithm"); // QSsl::KeyAlgorithm
    QTest::newRow("EC, PKCS#8") << u"ec-client.crt"_s << u"ec-client.key"_s << int(QSsl::Ec);
    QTest::newRow("EC, SEC 1") << u"ec-client.crt"_s << u"ec-traditional.key"_s << int(QSsl::Ec);
    QTest::newRow("RSA, PKCS#8") << u"rsa-client.crt"_s << u"rsa-client.key"_s << int(QSsl::Rsa);
    QTest::newRow("RSA, PKCS#1") << u"rsa-client.crt"_s << u"rsa-traditional.key"_s
                                 << int(QSsl::Rsa);
}

void tst_ConnectOptions::clientCertificateAndKey()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(int, algorithm);
    QString error;
    const std::optional<MqttConnectOptions> built = build(
        {u"--cafile"_s, file(u"ca.crt"_s), u"--cert"_s, file(certificate), u"--key"_s, file(key)},
        &error);
    VERIFY_BUILT(built, error);
    const QSslConfiguration tls = built->tlsConfiguration();
    QCOMPARE(tls.localCertificate(), QSslCertificate::fromPath(file(certificate)).constFirst());
    QCOMPARE(int(tls.privateKey().algorithm()), algorithm);
    QCOMPARE(tls.privateKey().type(), QSsl::PrivateKey);
}

void tst_ConnectOptions::tlsVersionSetsTheProtocol_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("protocol"); // QSsl::SslProtocol
    QTest::newRow("default") << QStringList {u"--cafile"_s, u"ca.crt"_s}
                             << int(QSslConfiguration::defaultConfiguration().protocol());
    QTest::newRow("tlsv1.2") << QStringList {u"--tls-version"_s, u"tlsv1.2"_s}
                             << int(QSsl::TlsV1_2);
    QTest::newRow("tlsv1.3") << QStringList {u"--tls-version"_s, u"tlsv1.3"_s}
                             << int(QSsl::TlsV1_3);
}

void tst_ConnectOptions::tlsVersionSetsTheProtocol()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, protocol);
    if (arguments.size() == 2 && arguments.constFirst() == u"--cafile")
        arguments.last() = file(arguments.last());
    QString error;
    const std::optional<MqttConnectOptions> built = build(arguments, &error);
    VERIFY_BUILT(built, error);
    QCOMPARE(int(built->tlsConfiguration().protocol()), protocol);
}

// mosquitto's --insecure skips the host name check only; the chain is still verified.
void tst_ConnectOptions::insecureAcceptsHostNameMismatchOnly()
{
    QString error;
    const std::optional<MqttConnectOptions> built =
        build({u"--insecure"_s, u"--cafile"_s, file(u"ca.crt"_s)}, &error);
    VERIFY_BUILT(built, error);
    QCOMPARE(built->tlsIgnoredErrors(), QList<QSslError::SslError> {QSslError::HostNameMismatch});
    QCOMPARE(built->tlsConfiguration().peerVerifyMode(),
             QSslConfiguration::defaultConfiguration().peerVerifyMode());

    const std::optional<MqttConnectOptions> alone = build({u"--insecure"_s}, &error);
    VERIFY_BUILT(alone, error);
    QCOMPARE(alone->tlsConfiguration().caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
}

void tst_ConnectOptions::unusableFilesAreNamed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // %1: the temporary directory

    QTest::newRow("missing CA file") << QStringList {u"--cafile"_s, u"%1/nothing.pem"_s}
                                     << u"cannot read the CA file %1/nothing.pem: "_s;
    QTest::newRow("CA file without certificate")
        << QStringList {u"--cafile"_s, u"%1/not-a-certificate.pem"_s}
        << u"the CA file %1/not-a-certificate.pem holds no PEM certificate"_s;
    QTest::newRow("missing CA directory") << QStringList {u"--capath"_s, u"%1/nowhere"_s}
                                          << u"the CA directory %1/nowhere does not exist"_s;
    QTest::newRow("empty CA directory") << QStringList {u"--capath"_s, u"%1/empty"_s}
                                        << u"the CA directory %1/empty holds no PEM certificate"_s;
    QTest::newRow("missing certificate")
        << QStringList {u"--cert"_s, u"%1/nothing.crt"_s, u"--key"_s, u"%1/ec-client.key"_s}
        << u"cannot read the certificate file %1/nothing.crt: "_s;
    QTest::newRow("missing key") << QStringList {u"--cert"_s, u"%1/ec-client.crt"_s, u"--key"_s,
                                                 u"%1/nothing.key"_s}
                                 << u"cannot read the key file %1/nothing.key: "_s;
    QTest::newRow("key with a passphrase")
        << QStringList {u"--cert"_s, u"%1/ec-client.crt"_s, u"--key"_s, u"%1/encrypted.key"_s}
        << u"the key file %1/encrypted.key holds no PEM RSA or EC private key"_s;
    QTest::newRow("certificate as key")
        << QStringList {u"--cert"_s, u"%1/ec-client.crt"_s, u"--key"_s, u"%1/ec-client.crt"_s}
        << u"the key file %1/ec-client.crt holds no PEM RSA or EC private key"_s;
}

void tst_ConnectOptions::unusableFilesAreNamed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    for (QString &argument : arguments)
        argument = argument.arg(m_dir->path());
    QString actual;
    const std::optional<MqttConnectOptions> built = build(arguments, &actual);
    QVERIFY(!built);
    QVERIFY2(actual.startsWith(error.arg(m_dir->path())), qPrintable(actual));
}

QTEST_GUILESS_MAIN(tst_ConnectOptions)
#include "tst_connectoptions.moc"
