// BrokerAddress: every accepted form with its defaults, every refusal before any I/O, and the
// adapter the factory picks for each scheme.
#include "transport/brokeraddress.h"
#include "transport/transport.h"

#include <QtCore/qdir.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using Scheme = BrokerAddress::Scheme;

class tst_BrokerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddress_data();
    void parsesAddress();
    void rejectsAddressBeforeIo_data();
    void rejectsAddressBeforeIo();
    void createsAdapterForScheme_data();
    void createsAdapterForScheme();
};

void tst_BrokerAddress::parsesAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("canonical");

    const QString none;
    QTest::newRow("mqtt with port")
        << "mqtt://broker.example:1884" << Scheme::Mqtt << "broker.example" << 1884 << none
        << "mqtt://broker.example:1884";
    QTest::newRow("no scheme means mqtt") << "broker.example" << Scheme::Mqtt << "broker.example"
                                          << 1883 << none << "mqtt://broker.example:1883";
    QTest::newRow("no scheme with port")
        << "broker.example:2000" << Scheme::Mqtt << "broker.example" << 2000 << none
        << "mqtt://broker.example:2000";
    QTest::newRow("IPv4 literal") << "127.0.0.1" << Scheme::Mqtt << "127.0.0.1" << 1883 << none
                                  << "mqtt://127.0.0.1:1883";
    QTest::newRow("scheme and host in any case")
        << "MQTT://Broker.Example" << Scheme::Mqtt << "broker.example" << 1883 << none
        << "mqtt://broker.example:1883";
    QTest::newRow("trailing slash") << "mqtt://broker.example/" << Scheme::Mqtt << "broker.example"
                                    << 1883 << none << "mqtt://broker.example:1883";
    QTest::newRow("spaces around")
        << "  mqtt://h:1  " << Scheme::Mqtt << "h" << 1 << none << "mqtt://h:1";
    QTest::newRow("highest port") << "mqtt://h:65535" << Scheme::Mqtt << "h" << 65535 << none
                                  << "mqtt://h:65535";
    QTest::newRow("mqtts default port")
        << "mqtts://broker.example" << Scheme::Mqtts << "broker.example" << 8883 << none
        << "mqtts://broker.example:8883";
    QTest::newRow("mqtts with port")
        << "mqtts://broker.example:9999" << Scheme::Mqtts << "broker.example" << 9999 << none
        << "mqtts://broker.example:9999";
    QTest::newRow("ws default port and path")
        << "ws://broker.example" << Scheme::Ws << "broker.example" << 80 << "/"
        << "ws://broker.example:80/";
    QTest::newRow("ws with path") << "ws://broker.example:8080/mqtt" << Scheme::Ws
                                  << "broker.example" << 8080 << "/mqtt"
                                  << "ws://broker.example:8080/mqtt";
    QTest::newRow("wss default port")
        << "wss://broker.example" << Scheme::Wss << "broker.example" << 443 << "/"
        << "wss://broker.example:443/";
    QTest::newRow("wss encoded path")
        << "wss://broker.example/a/b%20c" << Scheme::Wss << "broker.example" << 443 << "/a/b%20c"
        << "wss://broker.example:443/a/b%20c";
    QTest::newRow("IPv6 literal") << "mqtt://[::1]:1883" << Scheme::Mqtt << "::1" << 1883 << none
                                  << "mqtt://[::1]:1883";
    QTest::newRow("IPv6 literal, no scheme")
        << "[::1]:1884" << Scheme::Mqtt << "::1" << 1884 << none << "mqtt://[::1]:1884";
    QTest::newRow("IPv6 mqtts default port")
        << "mqtts://[2001:db8::1]" << Scheme::Mqtts << "2001:db8::1" << 8883 << none
        << "mqtts://[2001:db8::1]:8883";
    QTest::newRow("IPv6 ws") << "ws://[::1]:9001/mqtt" << Scheme::Ws << "::1" << 9001 << "/mqtt"
                             << "ws://[::1]:9001/mqtt";
    // Found by fuzz_addresses: toString() wrote the zone ID's '%' bare, which does not parse.
    QTest::newRow("IPv6 zone ID") << "mqtt://[fe80::1%25eth0]:1884" << Scheme::Mqtt
                                  << "fe80::1%eth0" << 1884 << none
                                  << "mqtt://[fe80::1%25eth0]:1884";
    QTest::newRow("IPv6 zone ID, ws")
        << "ws://[fe80::1%25eth0]/mqtt" << Scheme::Ws << "fe80::1%eth0" << 80 << "/mqtt"
        << "ws://[fe80::1%25eth0]:80/mqtt";
    QTest::newRow("unix absolute")
        << "unix:/run/mosquitto.sock" << Scheme::Unix << none << 0 << "/run/mosquitto.sock"
        << "unix:/run/mosquitto.sock";
    QTest::newRow("unix URL form")
        << "unix:///run/mosquitto.sock" << Scheme::Unix << none << 0 << "/run/mosquitto.sock"
        << "unix:/run/mosquitto.sock";
    // Found by fuzz_addresses: "unix:" + "//tmp/s" read back as the path "/tmp/s".
    QTest::newRow("unix path starting with //")
        << "unix:////tmp/s" << Scheme::Unix << none << 0 << "//tmp/s"
        << "unix:////tmp/s";
    const QString relative = QDir::current().absoluteFilePath(QStringLiteral("broker.sock"));
    QTest::newRow("unix relative") << "unix:broker.sock" << Scheme::Unix << none << 0 << relative
                                   << QStringLiteral("unix:") + relative;
}

void tst_BrokerAddress::parsesAddress()
{
    QFETCH(QString, text);
    QFETCH(Scheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, canonical);

    const BrokerAddress address = BrokerAddress::parse(text);
    QCOMPARE(address.scheme, scheme);
    QCOMPARE(address.host, host);
    QCOMPARE(int(address.port), port);
    QCOMPARE(address.path, path);
    QCOMPARE(address.toString(), canonical);
    QCOMPARE(BrokerAddress::parse(address.toString()), address); // the canonical form round-trips
    if (address.isWebSocket())
        QCOMPARE(address.webSocketUrl().toString(QUrl::FullyEncoded), canonical);
    else
        QVERIFY(address.webSocketUrl().isEmpty());
}

void tst_BrokerAddress::rejectsAddressBeforeIo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("unknown scheme") << "http://broker.example"
                                    << "unknown scheme 'http'";
    QTest::newRow("tcp is not a scheme") << "tcp://broker.example:1883"
                                         << "unknown scheme 'tcp'";
    QTest::newRow("no host") << "mqtt://:1883"
                             << "no host";
    QTest::newRow("nothing after scheme") << "mqtt://"
                                          << "no host";
    QTest::newRow("ws without host") << "ws:///mqtt"
                                     << "no host";
    QTest::newRow("port 0") << "mqtt://h:0"
                            << "port 0";
    QTest::newRow("port too high") << "mqtt://h:65536"
                                   << "port";
    QTest::newRow("negative port") << "mqtt://h:-1"
                                   << "port";
    QTest::newRow("port not a number") << "mqtt://h:abc"
                                       << "port";
    QTest::newRow("two ports") << "mqtt://h:1883:1884"
                               << "port";
    QTest::newRow("path on mqtt") << "mqtt://h:1883/path"
                                  << "a path has no meaning for mqtt://";
    QTest::newRow("path on mqtts") << "mqtts://h/x"
                                   << "a path has no meaning for mqtts://";
    QTest::newRow("user info") << "mqtt://user:pw@h"
                               << "user information";
    QTest::newRow("query") << "ws://h/mqtt?x=1"
                           << "query or fragment";
    QTest::newRow("fragment") << "mqtt://h#top"
                              << "query or fragment";
    QTest::newRow("space in host") << "mqtt://bad host"
                                   << "Invalid";
    QTest::newRow("unclosed IPv6") << "mqtt://[::1:1883"
                                   << "Expected ']'";
    QTest::newRow("unix without path") << "unix:"
                                       << "no socket path";
    QTest::newRow("unix with host") << "unix://host/sock"
                                    << "not a host";
    QTest::newRow("unix directory") << "unix:/tmp/"
                                    << "names a directory";
}

void tst_BrokerAddress::rejectsAddressBeforeIo()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    try {
        const BrokerAddress address = BrokerAddress::parse(text);
        QFAIL(qPrintable(QStringLiteral("accepted as %1").arg(address.toString())));
    } catch (const MqttError &error) {
        // A password in the address never reaches the message (messages may be logged).
        const QString shown =
            QString(text).replace(QStringLiteral(":pw@"), QStringLiteral(":***@"));
        QVERIFY2(error.message().startsWith(QStringLiteral("broker address '%1': ").arg(shown)),
                 qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QStringLiteral(":pw@")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    }
}

void tst_BrokerAddress::createsAdapterForScheme_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("className");
    QTest::newRow("mqtt") << "mqtt://h"
                          << "OhMqtt::TcpTransport";
    QTest::newRow("mqtts") << "mqtts://h"
                           << "OhMqtt::TlsTransport";
    QTest::newRow("ws") << "ws://h"
                        << "OhMqtt::WebSocketTransport";
    QTest::newRow("wss") << "wss://h"
                         << "OhMqtt::WebSocketTransport";
    QTest::newRow("unix") << "unix:/tmp/s"
                          << "OhMqtt::LocalTransport";
}

void tst_BrokerAddress::createsAdapterForScheme()
{
    QFETCH(QString, url);
    QFETCH(QString, className);
    QObject parent;
    Transport *transport = createTransport(BrokerAddress::parse(url), &parent);
    QCOMPARE(QString::fromLatin1(transport->metaObject()->className()), className);
    QCOMPARE(transport->parent(), &parent);
}

QTEST_GUILESS_MAIN(tst_BrokerAddress)
#include "tst_brokeraddress.moc"
