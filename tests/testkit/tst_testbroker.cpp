// MqttTestBroker: a real mosquitto on every listener, users, extra configuration, stop, kill and
// restart, and the errors a test reads when mosquitto is missing or will not start.
#include "support/externaltools.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqttTest/mqttmessagespy.h>
#include <OhMqttTest/mqtttestbroker.h>
#include <OhMqttTest/mqtttestcertificates.h>

#include <QtCore/qfile.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <signal.h>

using namespace OhMqtt;
using Listener = MqttTestBroker::Listener;

namespace {

constexpr int WaitMs = 10'000;

MqttConnectOptions optionsFor(const QString &url)
{
    static int counter = 0;
    MqttConnectOptions options;
    options.setAddress(url);
    options.setClientId(QStringLiteral("ohmqtt-tst-testbroker-%1-%2")
                            .arg(QCoreApplication::applicationPid())
                            .arg(++counter));
    options.setCleanStart(true);
    if (url.startsWith(u"mqtts:") || url.startsWith(u"wss:")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(MqttTestBroker::caCertificatePath()));
        options.setTlsConfiguration(tls);
    }
    return options;
}

} // namespace

class tst_TestBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsAndCarriesMessages();
    void offersEachListener_data();
    void offersEachListener();
    void letsInOnlyItsUsers();
    void appendsExtraConfiguration();
    void missingMosquittoNamesItselfAndTheFix();
    void emptyPathStillFindsTheSbinDirectories();
    void brokerThatExitsReportsItsLog();
    void refusesToStartWithoutListener();
    void killAndRestartKeepThePort();
    void destructorStopsTheBroker();
    void brokersGetTheirOwnPorts();
};

void tst_TestBroker::initTestCase()
{
    if (!OhMqttTest::checkTools(OhMqttTest::brokerTools()))
        QSKIP("mosquitto or a tool it needs is missing and OHMQTT_ALLOW_SKIP=1");
}

void tst_TestBroker::startsAndCarriesMessages()
{
    MqttTestBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QVERIFY(broker.isRunning());
    QVERIFY(broker.processId() > 0);
    QCOMPARE(broker.url(), QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port()));
    QVERIFY(broker.errorString().isEmpty());

    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker.url())));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(broker.logText()));
    MqttMessageSpy spy(&client, QStringLiteral("kit/#"));
    const MqttSubscriptionPtr subscription = client.subscribe(QStringLiteral("kit/#"));
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), MqttSubscription::State::Subscribed, WaitMs);
    client.publish(QStringLiteral("kit/one"), "1", QoS::Q1);
    QVERIFY2(spy.wait(1, WaitMs), qPrintable(broker.logText()));
    QCOMPARE(spy.at(0).payload(), QByteArray("1"));
    // The log is the broker's: it saw the client.
    QVERIFY2(broker.logText().contains(client.clientId()), qPrintable(broker.logText()));
}

void tst_TestBroker::offersEachListener_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("tcp") << Listener::Tcp << QStringLiteral("mqtt://127.0.0.1:");
    QTest::newRow("tls") << Listener::Tls << QStringLiteral("mqtts://127.0.0.1:");
    QTest::newRow("websocket") << Listener::WebSocket << QStringLiteral("ws://127.0.0.1:");
    QTest::newRow("secure websocket")
        << Listener::SecureWebSocket << QStringLiteral("wss://127.0.0.1:");
    QTest::newRow("unix") << Listener::Unix << QStringLiteral("unix:/");
}

void tst_TestBroker::offersEachListener()
{
    QFETCH(Listener, listener);
    QFETCH(QString, scheme);
    MqttTestBroker::Options options;
    // mosquitto 2.0.11 will not start with WebSocket listeners only (see Options::webSocket).
    options.tcp = listener == Listener::Tcp || listener == Listener::WebSocket ||
        listener == Listener::SecureWebSocket;
    options.tls = listener == Listener::Tls;
    options.webSocket = listener == Listener::WebSocket;
    options.secureWebSocket = listener == Listener::SecureWebSocket;
    options.unixSocket = listener == Listener::Unix;
    MqttTestBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QVERIFY2(broker.url(listener).startsWith(scheme), qPrintable(broker.url(listener)));
    QCOMPARE(broker.port(listener) != 0, listener != Listener::Unix);
    if (!options.tcp) {
        QCOMPARE(broker.port(), quint16(0)); // not offered
        QCOMPARE(broker.url(), QString());
    }

    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker.url(listener))));
    QVERIFY2(client.waitForConnected(WaitMs),
             qPrintable(client.lastError().message() + u'\n' + broker.logText()));
}

void tst_TestBroker::letsInOnlyItsUsers()
{
    MqttTestBroker::Options options;
    options.allowAnonymous = false;
    options.users = {{QStringLiteral("alice"), QStringLiteral("wonderland")}};
    MqttTestBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));

    MqttConnectOptions connect = optionsFor(broker.url());
    connect.setUsername(QStringLiteral("alice"));
    connect.setPassword("looking-glass");
    MqttClient refused;
    QVERIFY(refused.connectToBroker(connect));
    QVERIFY(!refused.waitForConnected(WaitMs));
    QVERIFY2(refused.connectResult().reasonCode() == ReasonCode::NotAuthorized ||
                 refused.connectResult().reasonCode() == ReasonCode::BadUserNameOrPassword,
             qPrintable(refused.lastError().message()));

    connect.setPassword("wonderland");
    MqttClient admitted;
    QVERIFY(admitted.connectToBroker(connect));
    QVERIFY2(admitted.waitForConnected(WaitMs), qPrintable(broker.logText()));
}

// A line of the user's reaches mosquitto: max_keepalive makes it answer with a Server Keep Alive.
void tst_TestBroker::appendsExtraConfiguration()
{
    MqttTestBroker::Options options;
    options.extraConfig = {QStringLiteral("max_keepalive 10")};
    MqttTestBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QFile config(broker.configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(config.readAll().contains("\nmax_keepalive 10\n"));

    MqttConnectOptions connect = optionsFor(broker.url());
    connect.setKeepAliveInterval(60);
    MqttClient client;
    QVERIFY(client.connectToBroker(connect));
    QVERIFY2(client.waitForConnected(WaitMs), qPrintable(broker.logText()));
    QCOMPARE(client.connectResult().serverKeepAlive(), 10);
}

// What a test prints with QVERIFY2(broker.start(), qPrintable(broker.errorString())).
void tst_TestBroker::missingMosquittoNamesItselfAndTheFix()
{
    MqttTestBroker::Options options;
    options.executable = QStringLiteral("ohmqtt-no-such-mosquitto");
    MqttTestBroker broker(options);
    QVERIFY(broker.executablePath().isEmpty());
    QVERIFY(!broker.start());
    const QString error = broker.errorString();
    QVERIFY2(error.startsWith(u"ohmqtt-no-such-mosquitto is not installed"), qPrintable(error));
    QVERIFY2(error.contains(u"apt install mosquitto"), qPrintable(error));
    QVERIFY2(error.contains(u"PATH=") && error.contains(u"/usr/sbin"), qPrintable(error));
    QVERIFY(!broker.isRunning());
    QCOMPARE(broker.processId(), 0);

    options.executable = QStringLiteral("/nonexistent/mosquitto");
    MqttTestBroker byPath(options);
    QVERIFY(!byPath.start());
    QVERIFY2(byPath.errorString().startsWith(u"/nonexistent/mosquitto is not installed"),
             qPrintable(byPath.errorString()));
}

// Debian's mosquitto is in /usr/sbin, off an ordinary user's PATH: found there all the same,
// and a program that is nowhere is named with the empty PATH.
void tst_TestBroker::emptyPathStillFindsTheSbinDirectories()
{
    const QByteArray path = qgetenv("PATH");
    const auto restore = qScopeGuard([&path] { qputenv("PATH", path); });
    qputenv("PATH", QByteArray());
    const bool inSbin = QFile::exists(QStringLiteral("/usr/sbin/mosquitto")) ||
        QFile::exists(QStringLiteral("/usr/local/sbin/mosquitto"));
    MqttTestBroker broker;
    QCOMPARE(!broker.executablePath().isEmpty(), inSbin);
    QCOMPARE(MqttTestBroker::findTool(QStringLiteral("ohmqtt-no-such-tool")), QString());

    MqttTestBroker::Options options;
    options.executable = QStringLiteral("ohmqtt-no-such-mosquitto");
    MqttTestBroker missing(options);
    QVERIFY(!missing.start());
    QVERIFY2(missing.errorString().contains(u"PATH=(empty)"), qPrintable(missing.errorString()));
}

void tst_TestBroker::brokerThatExitsReportsItsLog()
{
    MqttTestBroker::Options options;
    options.extraConfig = {QStringLiteral("ohmqtt_no_such_option true")};
    MqttTestBroker broker(options);
    QVERIFY(!broker.start());
    const QString error = broker.errorString();
    QVERIFY2(error.contains(u"mosquitto exited"), qPrintable(error));
    QVERIFY2(error.contains(u"ohmqtt_no_such_option"), qPrintable(error)); // its own words
    QVERIFY2(broker.logText().contains(u"ohmqtt_no_such_option"), qPrintable(broker.logText()));
    QVERIFY(!broker.isRunning());
}

void tst_TestBroker::refusesToStartWithoutListener()
{
    MqttTestBroker::Options options;
    options.tcp = false;
    MqttTestBroker broker(options);
    QVERIFY(!broker.start());
    QVERIFY2(broker.errorString().contains(u"no listener"), qPrintable(broker.errorString()));
}

void tst_TestBroker::killAndRestartKeepThePort()
{
    MqttTestBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const quint16 port = broker.port();
    MqttClient client;
    QVERIFY(client.connectToBroker(optionsFor(broker.url())));
    QVERIFY(client.waitForConnected(WaitMs));
    QSignalSpy disconnected(&client, &MqttClient::disconnected);

    broker.kill();
    QVERIFY(!broker.isRunning());
    QVERIFY(disconnected.wait(WaitMs));

    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QCOMPARE(broker.port(), port);
    MqttClient again;
    QVERIFY(again.connectToBroker(optionsFor(broker.url())));
    QVERIFY2(again.waitForConnected(WaitMs), qPrintable(broker.logText()));

    broker.stop();
    QVERIFY(!broker.isRunning());
    broker.stop(); // twice is harmless
}

void tst_TestBroker::destructorStopsTheBroker()
{
    qint64 pid = 0;
    {
        MqttTestBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        pid = broker.processId();
    }
    // Gone, and reaped: no such process any more.
    QCOMPARE(::kill(pid_t(pid), 0), -1);
}

void tst_TestBroker::brokersGetTheirOwnPorts()
{
    MqttTestBroker first({.webSocket = true}); // designated initializers read well in a test
    MqttTestBroker second({.webSocket = true});
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const QList<quint16> ports {first.port(), first.port(Listener::WebSocket), second.port(),
                                second.port(Listener::WebSocket)};
    for (qsizetype i = 0; i < ports.size(); ++i)
        QCOMPARE(ports.count(ports.at(i)), 1);
}

QTEST_GUILESS_MAIN(tst_TestBroker)
#include "tst_testbroker.moc"
