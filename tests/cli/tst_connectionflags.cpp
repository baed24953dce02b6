// The parser's connection flags: TLS, --unix, credentials, client id prefix, session, will, -d.
#include "cli/parsing.h"

#include <QtTest/QTest>

#include <limits>
#include <optional>

using namespace OhMqtt;
using namespace OhMqtt::Cli;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

class tst_ConnectionFlags : public QObject
{
    Q_OBJECT

private slots:
    void transportFollowsTlsOptionsAndUnix_data();
    void transportFollowsTlsOptionsAndUnix();
    void keepsTlsOptions();
    void tlsVersions_data();
    void tlsVersions();
    void credentialsAndClientIdPrefix();
    void sessionFlags_data();
    void sessionFlags();
    void willFlags();
    void debugFlag();
    void rejectsBadConnectionFlags_data();
    void rejectsBadConnectionFlags();
};

void tst_ConnectionFlags::transportFollowsTlsOptionsAndUnix_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("unixSocket");

    // mosquitto: --cafile or --capath makes -h/-p use TLS on 8883; ohmqtt: any TLS option.
    QTest::newRow("--cafile") << QStringList {u"--cafile"_s, u"ca.pem"_s} << Transport::Tls << 8883
                              << QString();
    QTest::newRow("--capath") << QStringList {u"--capath"_s, u"certs"_s} << Transport::Tls << 8883
                              << QString();
    QTest::newRow("--cert --key") << QStringList {u"--cert"_s, u"c"_s, u"--key"_s, u"k"_s}
                                  << Transport::Tls << 8883 << QString();
    QTest::newRow("--insecure") << QStringList {u"--insecure"_s} << Transport::Tls << 8883
                                << QString();
    QTest::newRow("--tls-version")
        << QStringList {u"--tls-version"_s, u"tlsv1.3"_s} << Transport::Tls << 8883 << QString();
    QTest::newRow("-p and --cafile") << QStringList {u"-p"_s, u"1884"_s, u"--cafile"_s, u"c"_s}
                                     << Transport::Tls << 1884 << QString();
    // mosquitto: port 8883 without certificate options means TLS with the system's CAs.
    QTest::newRow("-p 8883") << QStringList {u"-p"_s, u"8883"_s} << Transport::Tls << 8883
                             << QString();
    QTest::newRow("-p 1884") << QStringList {u"-p"_s, u"1884"_s} << Transport::Tcp << 1884
                             << QString();
    QTest::newRow("mqtt URL port 8883")
        << QStringList {u"-L"_s, u"mqtt://h:8883/t"_s} << Transport::Tcp << 8883 << QString();
    QTest::newRow("mqtts URL and --cafile")
        << QStringList {u"-L"_s, u"mqtts://h/t"_s, u"--cafile"_s, u"c"_s} << Transport::Tls << 8883
        << QString();
    QTest::newRow("wss URL and --cafile")
        << QStringList {u"--cafile"_s, u"c"_s, u"-L"_s, u"wss://h/t"_s}
        << Transport::SecureWebSocket << 443 << QString();
    QTest::newRow("--unix") << QStringList {u"--unix"_s, u"/run/m.sock"_s} << Transport::Unix << 0
                            << u"/run/m.sock"_s;
    // The last of -h, -L and --unix says where the broker is.
    QTest::newRow("-h after --unix") << QStringList {u"--unix"_s, u"/s"_s, u"-h"_s, u"h"_s}
                                     << Transport::Tcp << 1883 << QString();
    QTest::newRow("--unix after -h")
        << QStringList {u"-h"_s, u"h"_s, u"--unix"_s, u"/s"_s} << Transport::Unix << 0 << u"/s"_s;
    QTest::newRow("-L after --unix") << QStringList {u"--unix"_s, u"/s"_s, u"-L"_s, u"ws://h/x"_s}
                                     << Transport::WebSocket << 80 << QString();
    QTest::newRow("--unix after -L") << QStringList {u"-L"_s, u"wss://h/x"_s, u"--unix"_s, u"/s"_s}
                                     << Transport::Unix << 0 << u"/s"_s;
}

void tst_ConnectionFlags::transportFollowsTlsOptionsAndUnix()
{
    QFETCH(QStringList, arguments);
    QFETCH(Transport, transport);
    QFETCH(int, port);
    QFETCH(QString, unixSocket);
    const ParseResult result = parse(Command::Sub, QStringList {u"-t"_s, u"t"_s} + arguments);
    VERIFY_PARSED(result);
    QCOMPARE(result.options.transport, transport);
    QCOMPARE(result.options.port, port);
    QCOMPARE(result.options.unixSocket, unixSocket);
}

void tst_ConnectionFlags::keepsTlsOptions()
{
    const ParseResult result =
        parse(Command::Pub,
              {u"-t"_s, u"t"_s, u"-n"_s, u"--cafile"_s, u"/ca.pem"_s, u"--capath"_s, u"/certs"_s,
               u"--cert"_s, u"/me.crt"_s, u"--key"_s, u"/me.key"_s, u"--insecure"_s});
    VERIFY_PARSED(result);
    const TlsOptions &tls = result.options.tls;
    QCOMPARE(tls.caFile, u"/ca.pem"_s);
    QCOMPARE(tls.caPath, u"/certs"_s);
    QCOMPARE(tls.certFile, u"/me.crt"_s);
    QCOMPARE(tls.keyFile, u"/me.key"_s);
    QVERIFY(tls.insecure);
    QCOMPARE(tls.version, TlsVersion::Any);
}

void tst_ConnectionFlags::tlsVersions_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<TlsVersion>("expected");
    QTest::newRow("tlsv1.2") << u"tlsv1.2"_s << TlsVersion::V1_2;
    QTest::newRow("tlsv1.3") << u"tlsv1.3"_s << TlsVersion::V1_3;
}

void tst_ConnectionFlags::tlsVersions()
{
    QFETCH(QString, value);
    QFETCH(TlsVersion, expected);
    const ParseResult result = parse(Command::Sub, {u"-t"_s, u"t"_s, u"--tls-version"_s, value});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.tls.version, expected);
}

void tst_ConnectionFlags::credentialsAndClientIdPrefix()
{
    const ParseResult result =
        parse(Command::Sub,
              {u"-t"_s, u"t"_s, u"-u"_s, u"alice"_s, u"-P"_s, u"pässword"_s, u"-I"_s, u"pfx-"_s});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.username, u"alice"_s);
    QCOMPARE(result.options.password, u"pässword"_s.toUtf8());
    QCOMPARE(result.options.clientId, u"pfx-4242"_s); // mosquitto: prefix and process id

    const ParseResult long_ = parse(Command::Pub,
                                    {u"--username"_s, u""_s, u"--pw"_s, u""_s, u"--id-prefix"_s,
                                     u"p"_s, u"-t"_s, u"t"_s, u"-n"_s});
    VERIFY_PARSED(long_);
    QCOMPARE(long_.options.username, QString()); // an empty user name is still a user name
    QVERIFY(long_.options.username.has_value());
    QCOMPARE(long_.options.password, QByteArray());
    QVERIFY(long_.options.password.has_value());
    QCOMPARE(long_.options.clientId, u"p4242"_s);

    // MQTT 5.0 allows a password without a user name; 3.1.1 does not (3.1.1: [MQTT-3.1.2-22]).
    const ParseResult passwordOnly = parse(Command::Sub, {u"-t"_s, u"t"_s, u"-P"_s, u"x"_s});
    VERIFY_PARSED(passwordOnly);
    QVERIFY(!passwordOnly.options.username);
}

void tst_ConnectionFlags::sessionFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("cleanStart");
    QTest::addColumn<std::optional<quint32>>("sessionExpiry");
    constexpr quint32 Never = std::numeric_limits<quint32>::max();
    const std::optional<quint32> none;

    QTest::newRow("default") << QStringList {} << true << none;
    // mosquitto: -c alone keeps an MQTT 5.0 session for ever; -x changes that.
    QTest::newRow("-c v5") << QStringList {u"-c"_s, u"-i"_s, u"me"_s} << false
                           << std::optional<quint32>(Never);
    QTest::newRow("-c v311") << QStringList {u"-c"_s, u"-i"_s, u"me"_s, u"-V"_s, u"311"_s} << false
                             << none;
    QTest::newRow("--disable-clean-session -x 60")
        << QStringList {u"--disable-clean-session"_s, u"-i"_s, u"me"_s, u"-x"_s, u"60"_s} << false
        << std::optional<quint32>(60);
    QTest::newRow("-x 60") << QStringList {u"-x"_s, u"60"_s} << true << std::optional<quint32>(60);
    QTest::newRow("-x 0") << QStringList {u"-x"_s, u"0"_s} << true << std::optional<quint32>(0);
    QTest::newRow("-x later wins")
        << QStringList {u"-x"_s, u"10"_s, u"-x"_s, u"20"_s} << true << std::optional<quint32>(20);
    QTest::newRow("-x -1") << QStringList {u"-x"_s, u"-1"_s, u"-i"_s, u"me"_s} << true
                           << std::optional<quint32>(Never);
    QTest::newRow("-x ∞") << QStringList {u"-x"_s, u"∞"_s, u"-i"_s, u"me"_s} << true
                          << std::optional<quint32>(Never);
    QTest::newRow("-x 4294967295") << QStringList {u"-x"_s, u"4294967295"_s, u"-i"_s, u"me"_s}
                                   << true << std::optional<quint32>(Never);
}

void tst_ConnectionFlags::sessionFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, cleanStart);
    QFETCH(std::optional<quint32>, sessionExpiry);
    const ParseResult result = parse(Command::Sub, QStringList {u"-t"_s, u"t"_s} + arguments);
    VERIFY_PARSED(result);
    QCOMPARE(result.options.cleanStart, cleanStart);
    QCOMPARE(result.options.connectProperties.sessionExpiryInterval(), sessionExpiry);
}

void tst_ConnectionFlags::willFlags()
{
    const ParseResult full =
        parse(Command::Sub,
              {u"-t"_s, u"t"_s, u"--will-topic"_s, u"clients/gone"_s, u"--will-payload"_s,
               u"bye ✓"_s, u"--will-qos"_s, u"2"_s, u"--will-retain"_s});
    VERIFY_PARSED(full);
    QVERIFY(full.options.will);
    QCOMPARE(full.options.will->topic, u"clients/gone"_s);
    QCOMPARE(full.options.will->payload, u"bye ✓"_s.toUtf8());
    QCOMPARE(full.options.will->qos, QoS::Q2);
    QVERIFY(full.options.will->retain);

    // mosquitto: a will topic alone is a zero-length, QoS 0, not retained will.
    const ParseResult bare =
        parse(Command::Pub, {u"-t"_s, u"t"_s, u"-n"_s, u"--will-topic"_s, u"w"_s});
    VERIFY_PARSED(bare);
    QVERIFY(bare.options.will);
    QCOMPARE(bare.options.will->payload, QByteArray());
    QCOMPARE(bare.options.will->qos, QoS::Q0);
    QVERIFY(!bare.options.will->retain);
    QVERIFY(bare.options.will->properties.isEmpty());
}

void tst_ConnectionFlags::debugFlag()
{
    for (const QString &option : {u"-d"_s, u"--debug"_s}) {
        const ParseResult result = parse(Command::Sub, {u"-t"_s, u"t"_s, option});
        VERIFY_PARSED(result);
        QVERIFY(result.options.debug);
    }
}

void tst_ConnectionFlags::rejectsBadConnectionFlags_data()
{
    addRejectionColumns();
    const auto pub = pubArguments;
    const auto sub = subArguments;

    QTest::newRow("--db without -c") << Command::Sub << sub({u"--db"_s, u"f.db"_s, u"-i"_s, u"x"_s})
                                     << u"--db keeps the session of a client id across runs; give "
                                        "-c and -i"_s;
    QTest::newRow("--db without -i")
        << Command::Pub << pub({u"--db"_s, u"f.db"_s, u"-c"_s}) << u"give -c and -i"_s;
    QTest::newRow("--db-fast without --db")
        << Command::Pub << pub({u"--db-fast"_s}) << u"--db-fast needs --db"_s;
    QTest::newRow("-c without -i") << Command::Sub << sub({u"-c"_s})
                                   << u"-c keeps the session of a client id; give the id with -i"_s;
    QTest::newRow("-c v311 without -i")
        << Command::Sub << sub({u"-V"_s, u"311"_s, u"-c"_s}) << u"-c keeps the session"_s;
    QTest::newRow("-c with -I") << Command::Pub << pub({u"-c"_s, u"-I"_s, u"p"_s})
                                << u"-c keeps the session"_s;
    QTest::newRow("-x never without -i") << Command::Sub << sub({u"-x"_s, u"-1"_s})
                                         << u"a session that never expires needs a client id"_s;
    QTest::newRow("-x then -V 311") << Command::Sub << sub({u"-x"_s, u"10"_s, u"-V"_s, u"311"_s})
                                    << u"-x sets the MQTT 5.0 session expiry interval"_s;
    QTest::newRow("-V 311 then -x") << Command::Pub << pub({u"-V"_s, u"311"_s, u"-x"_s, u"10"_s})
                                    << u"cannot be used with -V 311"_s;
    QTest::newRow("-x text") << Command::Sub << sub({u"-x"_s, u"soon"_s})
                             << u"invalid session expiry interval 'soon'"_s;
    QTest::newRow("-x -2") << Command::Sub << sub({u"-x"_s, u"-2"_s})
                           << u"invalid session expiry interval '-2'"_s;
    QTest::newRow("-x 2^32") << Command::Sub << sub({u"-x"_s, u"4294967296"_s})
                             << u"invalid session expiry interval '4294967296'"_s;
    QTest::newRow("-i then -I") << Command::Sub << sub({u"-i"_s, u"a"_s, u"-I"_s, u"b"_s})
                                << u"-i and -I cannot be used together"_s;
    QTest::newRow("-I then -i") << Command::Sub << sub({u"-I"_s, u"b"_s, u"-i"_s, u"a"_s})
                                << u"-i and -I cannot be used together"_s;
    QTest::newRow("empty -I") << Command::Sub << sub({u"-I"_s, u""_s})
                              << u"option -I needs a client id prefix"_s;
    QTest::newRow("-u needs a value")
        << Command::Sub << sub({u"-u"_s}) << u"option -u needs a value"_s;
    QTest::newRow("-P without -u, v311")
        << Command::Pub << pub({u"-V"_s, u"311"_s, u"-P"_s, u"x"_s})
        << u"give -u with -P [MQTT-3.1.2-22]"_s;
    QTest::newRow("will QoS 3") << Command::Sub
                                << sub({u"--will-topic"_s, u"w"_s, u"--will-qos"_s, u"3"_s})
                                << u"invalid will QoS 3"_s;
    QTest::newRow("will topic wildcard")
        << Command::Sub << sub({u"--will-topic"_s, u"a/#"_s}) << u"invalid will topic 'a/#'"_s;
    QTest::newRow("will payload without topic")
        << Command::Sub << sub({u"--will-payload"_s, u"x"_s})
        << u"--will-payload needs --will-topic"_s;
    QTest::newRow("will QoS without topic")
        << Command::Pub << pub({u"--will-qos"_s, u"1"_s}) << u"--will-qos needs --will-topic"_s;
    QTest::newRow("will retain without topic")
        << Command::Sub << sub({u"--will-retain"_s}) << u"--will-retain needs --will-topic"_s;
    QTest::newRow("--cert without --key") << Command::Sub << sub({u"--cert"_s, u"c"_s})
                                          << u"--cert and --key must be given together"_s;
    QTest::newRow("--key without --cert") << Command::Pub << pub({u"--key"_s, u"k"_s})
                                          << u"--cert and --key must be given together"_s;
    QTest::newRow("TLS version 2")
        << Command::Sub << sub({u"--tls-version"_s, u"tlsv2"_s})
        << u"invalid TLS version 'tlsv2', it must be tlsv1.2 or tlsv1.3"_s;
    QTest::newRow("TLS 1.1") << Command::Sub << sub({u"--tls-version"_s, u"tlsv1.1"_s})
                             << u"tlsv1.1 (--tls-version tlsv1.1) is not supported"_s;
    QTest::newRow("--cafile with mqtt URL")
        << Command::Sub << QStringList {u"-L"_s, u"mqtt://h/t"_s, u"--cafile"_s, u"c"_s}
        << u"--cafile needs TLS, but the URL says mqtt://; use mqtts://"_s;
    QTest::newRow("--insecure with ws URL")
        << Command::Sub << QStringList {u"--insecure"_s, u"-L"_s, u"ws://h/t"_s}
        << u"--insecure needs TLS, but the URL says ws://; use wss://"_s;
    QTest::newRow("--unix with TLS")
        << Command::Sub << sub({u"--unix"_s, u"/s"_s, u"--capath"_s, u"d"_s})
        << u"--unix connects without TLS; --capath cannot be used"_s;
    QTest::newRow("--unix with -p") << Command::Sub << sub({u"-p"_s, u"1"_s, u"--unix"_s, u"/s"_s})
                                    << u"-p cannot be used with it"_s;
    QTest::newRow("empty --unix") << Command::Sub << sub({u"--unix"_s, u""_s})
                                  << u"option --unix needs a socket path"_s;
    QTest::newRow("empty --cafile")
        << Command::Sub << sub({u"--cafile"_s, u""_s}) << u"option --cafile needs a file name"_s;
}

void tst_ConnectionFlags::rejectsBadConnectionFlags()
{
    QFETCH(Command, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const ParseResult result = parse(command, arguments);
    VERIFY_PARSE_ERROR(result, errorPart);
}

QTEST_APPLESS_MAIN(tst_ConnectionFlags)
#include "tst_connectionflags.moc"
