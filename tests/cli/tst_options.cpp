// The ohmqtt argument parser: mosquitto's option meanings, refusals by name, and the URL form.
#include "cli/parsing.h"

#include <QtTest/QTest>

using namespace OhMqtt;
using namespace OhMqtt::Cli;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

class tst_Options : public QObject
{
    Q_OBJECT

private slots:
    void pubTakesEverySupportedOption();
    void pubDefaults();
    void subTakesRepeatedTopicsAndItsOptions();
    void subDefaults();
    void connectTimeout_data();
    void connectTimeout();
    void maxInflight();
    void acceptsLongSpellings();
    void protocolVersionSpellings_data();
    void protocolVersionSpellings();
    void payloadSources_data();
    void payloadSources();
    void urlGivesHostPortAndTopic_data();
    void urlGivesHostPortAndTopic();
    void laterOptionsOverrideUrl();
    void urlSchemeChoosesTransport_data();
    void urlSchemeChoosesTransport();
    void urlCarriesCredentials();
    void helpAndVersion();
    void refusesUnsupportedOptionsByName_data();
    void refusesUnsupportedOptionsByName();
    void rejectsUnknownOptions_data();
    void rejectsUnknownOptions();
    void rejectsBadValues_data();
    void rejectsBadValues();
};

void tst_Options::pubTakesEverySupportedOption()
{
    const ParseResult result = parse(Command::Pub,
                                     {u"-h"_s, u"broker.example"_s, u"-p"_s, u"1884"_s, u"-t"_s,
                                      u"a/b"_s, u"-m"_s, u"hello world"_s, u"-q"_s, u"2"_s, u"-r"_s,
                                      u"-i"_s, u"me"_s, u"-k"_s, u"30"_s, u"-V"_s, u"311"_s});
    VERIFY_PARSED(result);
    const Options &o = result.options;
    QCOMPARE(o.command, Command::Pub);
    QCOMPARE(o.host, u"broker.example"_s);
    QCOMPARE(o.port, 1884);
    QCOMPARE(o.topics, QStringList {u"a/b"_s});
    QCOMPARE(o.payloadSource, PayloadSource::Message);
    QCOMPARE(o.message, "hello world"_ba);
    QCOMPARE(o.qos, QoS::Q2);
    QVERIFY(o.retain);
    QCOMPARE(o.clientId, u"me"_s);
    QCOMPARE(o.keepAliveSeconds, 30);
    QCOMPARE(o.protocolVersion, ProtocolVersion::V311);
}

void tst_Options::pubDefaults()
{
    const ParseResult result = parse(Command::Pub, {u"-t"_s, u"t"_s, u"-m"_s, u""_s});
    VERIFY_PARSED(result);
    const Options &o = result.options;
    QCOMPARE(o.host, u"localhost"_s);
    QCOMPARE(o.port, 1883);
    QCOMPARE(o.qos, QoS::Q0);
    QVERIFY(!o.retain);
    QCOMPARE(o.clientId, u"ohmqtt-pub-4242"_s);
    QCOMPARE(o.keepAliveSeconds, 60);
    QCOMPARE(o.protocolVersion, ProtocolVersion::V5);
    QCOMPARE(o.message, QByteArray());
    QCOMPARE(o.transport, Transport::Tcp);
    QVERIFY(o.tls.isEmpty());
    QVERIFY(o.cleanStart);
    QVERIFY(!o.username && !o.password && !o.will);
    QVERIFY(o.connectProperties.isEmpty());
    QVERIFY(o.publishProperties.isEmpty());
    QVERIFY(o.disconnectProperties.isEmpty());
    QVERIFY(!o.debug);
}

void tst_Options::subTakesRepeatedTopicsAndItsOptions()
{
    const ParseResult result = parse(Command::Sub,
                                     {u"-t"_s, u"a/+"_s, u"-t"_s, u"b/#"_s, u"-v"_s, u"-C"_s,
                                      u"3"_s, u"-W"_s, u"7"_s, u"-q"_s, u"1"_s});
    VERIFY_PARSED(result);
    const Options &o = result.options;
    QCOMPARE(o.command, Command::Sub);
    QCOMPARE(o.topics, (QStringList {u"a/+"_s, u"b/#"_s}));
    QVERIFY(o.verbose);
    QCOMPARE(o.messageCount, 3);
    QCOMPARE(o.timeoutSeconds, 7);
    QCOMPARE(o.qos, QoS::Q1);
}

void tst_Options::subDefaults()
{
    const ParseResult result = parse(Command::Sub, {u"-t"_s, u"#"_s});
    VERIFY_PARSED(result);
    const Options &o = result.options;
    QCOMPARE(o.clientId, u"ohmqtt-sub-4242"_s);
    QVERIFY(!o.verbose);
    QCOMPARE(o.messageCount, 0);
    QCOMPARE(o.timeoutSeconds, 0);
    QCOMPARE(o.payloadSource, PayloadSource::None);
}

void tst_Options::connectTimeout_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("seconds");
    QTest::newRow("pub default") << Command::Pub << pubArguments({}) << 30;
    QTest::newRow("sub default") << Command::Sub << subArguments({}) << 30;
    QTest::newRow("pub 5") << Command::Pub << pubArguments({u"--connect-timeout"_s, u"5"_s}) << 5;
    QTest::newRow("sub 0: no limit")
        << Command::Sub << subArguments({u"--connect-timeout"_s, u"0"_s}) << 0;
    QTest::newRow("the last wins")
        << Command::Sub
        << subArguments({u"--connect-timeout"_s, u"2"_s, u"--connect-timeout"_s, u"90"_s}) << 90;
}

void tst_Options::connectTimeout()
{
    QFETCH(Command, command);
    QFETCH(QStringList, arguments);
    QFETCH(int, seconds);
    const ParseResult result = parse(command, arguments);
    VERIFY_PARSED(result);
    QCOMPARE(result.options.connectTimeoutSeconds, seconds);
}

// pub -M: messages in flight at once, as mosquitto_pub's (20 by default, 1..65535).
void tst_Options::maxInflight()
{
    QCOMPARE(parse(Command::Pub, pubArguments({})).options.maxInflight, 20);
    const ParseResult five = parse(Command::Pub, pubArguments({u"-M"_s, u"5"_s}));
    VERIFY_PARSED(five);
    QCOMPARE(five.options.maxInflight, 5);
    const ParseResult zero = parse(Command::Pub, pubArguments({u"-M"_s, u"0"_s}));
    QVERIFY(!zero.error.isEmpty());
    QVERIFY2(zero.error.contains(u"maximum in flight"_s), qPrintable(zero.error));
}

void tst_Options::acceptsLongSpellings()
{
    const ParseResult result =
        parse(Command::Pub,
              {u"--host"_s, u"h"_s, u"--port"_s, u"2000"_s, u"--topic"_s, u"t"_s, u"--message"_s,
               u"m"_s, u"--qos"_s, u"1"_s, u"--retain"_s, u"--id"_s, u"x"_s, u"--keepalive"_s,
               u"10"_s, u"--protocol-version"_s, u"mqttv311"_s});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.host, u"h"_s);
    QCOMPARE(result.options.port, 2000);
    QCOMPARE(result.options.qos, QoS::Q1);
    QCOMPARE(result.options.keepAliveSeconds, 10);
    QCOMPARE(result.options.protocolVersion, ProtocolVersion::V311);

    const ParseResult sub = parse(Command::Sub, {u"--topic"_s, u"t"_s, u"--verbose"_s});
    VERIFY_PARSED(sub);
    QVERIFY(sub.options.verbose);
}

void tst_Options::protocolVersionSpellings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<ProtocolVersion>("expected");
    QTest::newRow("5") << u"5"_s << ProtocolVersion::V5;
    QTest::newRow("mqttv5") << u"mqttv5"_s << ProtocolVersion::V5;
    QTest::newRow("311") << u"311"_s << ProtocolVersion::V311;
    QTest::newRow("mqttv311") << u"mqttv311"_s << ProtocolVersion::V311;
}

void tst_Options::protocolVersionSpellings()
{
    QFETCH(QString, value);
    QFETCH(ProtocolVersion, expected);
    const ParseResult result = parse(Command::Sub, {u"-t"_s, u"t"_s, u"-V"_s, value});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.protocolVersion, expected);
}

void tst_Options::payloadSources_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<PayloadSource>("expected");
    QTest::newRow("-n") << u"-n"_s << PayloadSource::Null;
    QTest::newRow("--null-message") << u"--null-message"_s << PayloadSource::Null;
    QTest::newRow("-l") << u"-l"_s << PayloadSource::StdinLines;
    QTest::newRow("--stdin-line") << u"--stdin-line"_s << PayloadSource::StdinLines;
    QTest::newRow("-s") << u"-s"_s << PayloadSource::StdinWhole;
    QTest::newRow("--stdin-file") << u"--stdin-file"_s << PayloadSource::StdinWhole;
}

void tst_Options::payloadSources()
{
    QFETCH(QString, option);
    QFETCH(PayloadSource, expected);
    const ParseResult result = parse(Command::Pub, {u"-t"_s, u"t"_s, option});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.payloadSource, expected);
}

void tst_Options::urlGivesHostPortAndTopic_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("topic");

    QTest::newRow("pub with port") << Command::Pub << u"--url"_s << u"mqtt://example.org:1884/a/b"_s
                                   << u"example.org"_s << 1884 << u"a/b"_s;
    QTest::newRow("-L is --url") << Command::Pub << u"-L"_s << u"mqtt://127.0.0.1:2000/t"_s
                                 << u"127.0.0.1"_s << 2000 << u"t"_s;
    QTest::newRow("default port") << Command::Pub << u"--url"_s << u"mqtt://h/t"_s << u"h"_s << 1883
                                  << u"t"_s;
    QTest::newRow("scheme case") << Command::Pub << u"--url"_s << u"MQTT://h/t"_s << u"h"_s << 1883
                                 << u"t"_s;
    QTest::newRow("IPv6 host") << Command::Pub << u"--url"_s << u"mqtt://[::1]:1999/t"_s << u"::1"_s
                               << 1999 << u"t"_s;
    QTest::newRow("sub multi-level wildcard")
        << Command::Sub << u"--url"_s << u"mqtt://h:1885/sensors/#"_s << u"h"_s << 1885
        << u"sensors/#"_s;
    QTest::newRow("sub single-level wildcard")
        << Command::Sub << u"-L"_s << u"mqtt://h/+/temp"_s << u"h"_s << 1883 << u"+/temp"_s;
    QTest::newRow("question mark is topic text")
        << Command::Pub << u"--url"_s << u"mqtt://h/what?now"_s << u"h"_s << 1883 << u"what?now"_s;
    QTest::newRow("leading slash of topic kept")
        << Command::Pub << u"--url"_s << u"mqtt://h//abs"_s << u"h"_s << 1883 << u"/abs"_s;
}

void tst_Options::urlGivesHostPortAndTopic()
{
    QFETCH(Command, command);
    QFETCH(QString, option);
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, topic);

    QStringList arguments {option, url};
    if (command == Command::Pub)
        arguments << u"-n"_s;
    const ParseResult result = parse(command, arguments);
    VERIFY_PARSED(result);
    QCOMPARE(result.options.host, host);
    QCOMPARE(result.options.port, port);
    QCOMPARE(result.options.topics, QStringList {topic});
}

// mosquitto takes arguments in order: "-p" after "-L" changes the port, "-t" adds a filter.
void tst_Options::laterOptionsOverrideUrl()
{
    const ParseResult result = parse(
        Command::Sub,
        {u"-p"_s, u"1000"_s, u"-L"_s, u"mqtt://h:2000/a"_s, u"-p"_s, u"3000"_s, u"-t"_s, u"b"_s});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.port, 3000);
    QCOMPARE(result.options.topics, (QStringList {u"a"_s, u"b"_s}));

    const ParseResult before = parse(Command::Sub, {u"-p"_s, u"1000"_s, u"-L"_s, u"mqtt://h/a"_s});
    VERIFY_PARSED(before);
    QCOMPARE(before.options.port, 1883);
}

void tst_Options::urlSchemeChoosesTransport_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<int>("port");
    QTest::newRow("mqtt") << u"mqtt://h/t"_s << Transport::Tcp << 1883;
    QTest::newRow("mqtts") << u"mqtts://h/t"_s << Transport::Tls << 8883;
    QTest::newRow("mqtts with port") << u"MQTTS://h:9/t"_s << Transport::Tls << 9;
    // mosquitto 2.0's -L refuses ws:// and wss://; ohmqtt takes them with HTTP's ports.
    QTest::newRow("ws") << u"ws://h/t"_s << Transport::WebSocket << 80;
    QTest::newRow("wss") << u"wss://h/t"_s << Transport::SecureWebSocket << 443;
    QTest::newRow("wss with port") << u"wss://h:8443/t"_s << Transport::SecureWebSocket << 8443;
}

void tst_Options::urlSchemeChoosesTransport()
{
    QFETCH(QString, url);
    QFETCH(Transport, transport);
    QFETCH(int, port);
    const ParseResult result = parse(Command::Sub, {u"-L"_s, url});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.transport, transport);
    QCOMPARE(result.options.port, port);
    QCOMPARE(result.options.host, u"h"_s);
    QCOMPARE(result.options.topics, QStringList {u"t"_s});
}

// As mosquitto: mqtt://[user[:password]@]host; ohmqtt also percent-decodes them.
void tst_Options::urlCarriesCredentials()
{
    const ParseResult both = parse(Command::Sub, {u"-L"_s, u"mqtt://alice:s%40cret@h/t"_s});
    VERIFY_PARSED(both);
    QCOMPARE(both.options.username, u"alice"_s);
    QCOMPARE(both.options.password, "s@cret"_ba);

    const ParseResult user = parse(Command::Sub, {u"-L"_s, u"mqtts://bob@h/t"_s});
    VERIFY_PARSED(user);
    QCOMPARE(user.options.username, u"bob"_s);
    QVERIFY(!user.options.password);

    const ParseResult later =
        parse(Command::Sub, {u"-L"_s, u"mqtt://a:b@h/t"_s, u"-u"_s, u"c"_s, u"-P"_s, u"d"_s});
    VERIFY_PARSED(later);
    QCOMPARE(later.options.username, u"c"_s);
    QCOMPARE(later.options.password, "d"_ba);
}

void tst_Options::helpAndVersion()
{
    QCOMPARE(parse(Command::Pub, {u"--help"_s}).action, ParseResult::Action::ShowHelp);
    QCOMPARE(parse(Command::Sub, {u"-t"_s, u"x"_s, u"--help"_s}).action,
             ParseResult::Action::ShowHelp);
    QCOMPARE(parse(Command::Sub, {u"--version"_s}).action, ParseResult::Action::ShowVersion);
    // "-h" is the host, as in mosquitto, not help.
    QCOMPARE(parse(Command::Sub, {u"-h"_s}).action, ParseResult::Action::Fail);
}

void tst_Options::refusesUnsupportedOptionsByName_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("option");

    const QStringList both {u"-A"_s,
                            u"--nodelay"_s,
                            u"--proxy"_s,
                            u"--keyform"_s,
                            u"--ciphers"_s,
                            u"--tls-alpn"_s,
                            u"--tls-engine"_s,
                            u"--tls-engine-kpass-sha1"_s,
                            u"--tls-use-os-certs"_s,
                            u"--psk"_s,
                            u"--psk-identity"_s,
                            u"--quiet"_s};
    for (const QString &option : both) {
        QTest::addRow("pub %s", qPrintable(option)) << Command::Pub << option;
        QTest::addRow("sub %s", qPrintable(option)) << Command::Sub << option;
    }
    for (const QString &option :
         {u"-M"_s, u"--pretty"_s, u"--random-filter"_s, u"--retain-as-published"_s}) {
        QTest::addRow("sub %s", qPrintable(option)) << Command::Sub << option;
    }
}

void tst_Options::refusesUnsupportedOptionsByName()
{
    QFETCH(Command, command);
    QFETCH(QString, option);
    // The refusal comes first, whatever else is on the line and even without a value.
    const QStringList arguments {u"-t"_s, u"t"_s, option, u"value"_s, u"-m"_s, u"m"_s};
    const ParseResult result = parse(command, arguments);
    QCOMPARE(result.action, ParseResult::Action::Fail);
    QCOMPARE(result.error, u"option %1 is not supported yet"_s.arg(option));
}

void tst_Options::rejectsUnknownOptions_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("error");

    QTest::newRow("made up") << Command::Pub << u"--bogus"_s << u"unknown option '--bogus'"_s;
    QTest::newRow("unused letter") << Command::Sub << u"-Z"_s << u"unknown option '-Z'"_s;
    QTest::newRow("no bundling") << Command::Sub << u"-vC"_s << u"unknown option '-vC'"_s;
    QTest::newRow("sub's -v in pub") << Command::Pub << u"-v"_s << u"unknown option '-v'"_s;
    QTest::newRow("sub's -C in pub") << Command::Pub << u"-C"_s << u"unknown option '-C'"_s;
    QTest::newRow("sub's -W in pub") << Command::Pub << u"-W"_s << u"unknown option '-W'"_s;
    QTest::newRow("sub's -U in pub") << Command::Pub << u"-U"_s << u"unknown option '-U'"_s;
    QTest::newRow("pub's -m in sub") << Command::Sub << u"-m"_s << u"unknown option '-m'"_s;
    QTest::newRow("pub's -r in sub") << Command::Sub << u"-r"_s << u"unknown option '-r'"_s;
    QTest::newRow("pub's -f in sub") << Command::Sub << u"-f"_s << u"unknown option '-f'"_s;
    QTest::newRow("positional") << Command::Sub << u"stray"_s << u"unexpected argument 'stray'"_s;
}

void tst_Options::rejectsUnknownOptions()
{
    QFETCH(Command, command);
    QFETCH(QString, argument);
    QFETCH(QString, error);
    const ParseResult result = parse(command, {u"-t"_s, u"t"_s, argument});
    QCOMPARE(result.action, ParseResult::Action::Fail);
    QCOMPARE(result.error, error);
}

void tst_Options::rejectsBadValues_data()
{
    addRejectionColumns();
    const auto pub = pubArguments;
    const auto sub = subArguments;

    QTest::newRow("missing value")
        << Command::Pub << QStringList {u"-t"_s} << u"option -t needs a value"_s;
    QTest::newRow("QoS 3") << Command::Pub << pub({u"-q"_s, u"3"_s}) << u"invalid QoS 3"_s;
    QTest::newRow("QoS -1") << Command::Sub << sub({u"-q"_s, u"-1"_s}) << u"invalid QoS -1"_s;
    QTest::newRow("QoS text") << Command::Pub << pub({u"-q"_s, u"one"_s})
                              << u"option -q needs a number, not 'one'"_s;
    QTest::newRow("port 0") << Command::Pub << pub({u"-p"_s, u"0"_s}) << u"invalid port 0"_s;
    QTest::newRow("port 65536") << Command::Sub << sub({u"-p"_s, u"65536"_s})
                                << u"invalid port 65536"_s;
    QTest::newRow("keepalive 4") << Command::Sub << sub({u"-k"_s, u"4"_s})
                                 << u"invalid keepalive 4"_s;
    QTest::newRow("count 0") << Command::Sub << sub({u"-C"_s, u"0"_s})
                             << u"invalid message count 0"_s;
    QTest::newRow("timeout 0") << Command::Sub << sub({u"-W"_s, u"0"_s}) << u"invalid timeout 0"_s;
    QTest::newRow("connect timeout -1") << Command::Pub << pub({u"--connect-timeout"_s, u"-1"_s})
                                        << u"invalid connect timeout -1"_s;
    QTest::newRow("connect timeout text")
        << Command::Sub << sub({u"--connect-timeout"_s, u"soon"_s})
        << u"option --connect-timeout needs a number, not 'soon'"_s;
    QTest::newRow("connect timeout > 24 days")
        << Command::Sub << sub({u"--connect-timeout"_s, u"2073601"_s})
        << u"invalid connect timeout 2073601"_s;
    QTest::newRow("version 3.1") << Command::Sub << sub({u"-V"_s, u"mqttv31"_s})
                                 << u"MQTT 3.1 (-V mqttv31) is not supported"_s;
    QTest::newRow("version 4") << Command::Sub << sub({u"-V"_s, u"4"_s})
                               << u"invalid protocol version '4'"_s;
    QTest::newRow("empty host") << Command::Sub << sub({u"-h"_s, u""_s})
                                << u"option -h needs a host name"_s;
    QTest::newRow("empty client id")
        << Command::Sub << sub({u"-i"_s, u""_s}) << u"option -i needs a client id"_s;
    QTest::newRow("pub without topic")
        << Command::Pub << QStringList {u"-m"_s, u"m"_s} << u"a topic must be given"_s;
    QTest::newRow("pub without message")
        << Command::Pub << QStringList {u"-t"_s, u"t"_s} << u"a message must be given"_s;
    QTest::newRow("sub without topic")
        << Command::Sub << QStringList {u"-v"_s} << u"at least one topic filter"_s;
    QTest::newRow("pub two topics") << Command::Pub << pub({u"-t"_s, u"u"_s})
                                    << u"pub publishes to one topic; -t gives a second"_s;
    QTest::newRow("pub wildcard") << Command::Pub << QStringList {u"-t"_s, u"a/#"_s, u"-n"_s}
                                  << u"invalid publish topic 'a/#'"_s;
    QTest::newRow("pub empty topic")
        << Command::Pub << QStringList {u"-t"_s, u""_s, u"-n"_s} << u"invalid publish topic ''"_s;
    QTest::newRow("sub bad filter") << Command::Sub << QStringList {u"-t"_s, u"a/#/b"_s}
                                    << u"invalid subscription topic 'a/#/b'"_s;
    QTest::newRow("two payloads") << Command::Pub << pub({u"-n"_s})
                                  << u"only one of -m, -n, -f, -l and -s"_s;
    QTest::newRow("url http") << Command::Sub << QStringList {u"-L"_s, u"http://h/t"_s}
                              << u"unsupported URL scheme"_s;
    QTest::newRow("url port 0") << Command::Sub << QStringList {u"-L"_s, u"mqtt://h:0/t"_s}
                                << u"invalid port 0 in URL"_s;
    QTest::newRow("url without topic")
        << Command::Sub << QStringList {u"-L"_s, u"mqtt://h:1883"_s} << u"the topic is missing"_s;
    QTest::newRow("url without host")
        << Command::Sub << QStringList {u"-L"_s, u"mqtt:///t"_s} << u"the host is missing"_s;
    QTest::newRow("url bad filter") << Command::Sub << QStringList {u"-L"_s, u"mqtt://h/a#b"_s}
                                    << u"invalid subscription topic 'a#b' in the topic of -L"_s;
    QTest::newRow("url pub wildcard")
        << Command::Pub << QStringList {u"-L"_s, u"mqtt://h/+"_s} << u"invalid publish topic '+'"_s;
}

void tst_Options::rejectsBadValues()
{
    QFETCH(Command, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const ParseResult result = parse(command, arguments);
    VERIFY_PARSE_ERROR(result, errorPart);
}

QTEST_APPLESS_MAIN(tst_Options)
#include "tst_options.moc"
