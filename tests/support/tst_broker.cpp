// Self-test of the MosquittoBroker fixture, checked with mosquitto's own command-line clients.
#include "support/mosquittobroker.h"
#include "support/testcertificates.h"

#include <QtCore/qfileinfo.h>
#include <QtCore/qset.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qlocalsocket.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qtest.h>

#include <cerrno>
#include <csignal>

using OhMqttTest::MosquittoBroker;
using OhMqttTest::TestCertificates;
using Listener = MosquittoBroker::Listener;

namespace {

constexpr int ToolTimeoutMs = 15'000;

struct ToolResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    result.finished =
        process.waitForStarted(ToolTimeoutMs) && process.waitForFinished(ToolTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(ToolTimeoutMs);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2'000);
}

} // namespace

class tst_Broker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOnFreeLoopbackPort();
    void twoBrokersGetDifferentPorts();
    void retainedMessageRoundTrip_data();
    void retainedMessageRoundTrip();
    void stopEndsProcessAndFreesPort();
    void restartAfterKillKeepsPort();
    void refusesToStartWithoutListener();
    void offersEveryListenerOnItsOwnPort();
    void certificatesAreMadeOncePerProcess();
    void tlsListenerVerifiedByMosquittoPub_data();
    void tlsListenerVerifiedByMosquittoPub();
    void unixListenerWithMosquittoPub();
    void passwordFileAdmitsOnlyItsUsers_data();
    void passwordFileAdmitsOnlyItsUsers();

private:
    QString m_pub;
    QString m_sub;
};

void tst_Broker::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS(OhMqttTest::brokerTools()); // mosquitto_pub and mosquitto_sub among them
    m_pub = OhMqttTest::findTool(QStringLiteral("mosquitto_pub"));
    m_sub = OhMqttTest::findTool(QStringLiteral("mosquitto_sub"));
}

void tst_Broker::startsOnFreeLoopbackPort()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QVERIFY(broker.isRunning());
    QVERIFY(broker.processId() > 0);
    QVERIFY(broker.port() != 0);
    QCOMPARE(broker.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(broker.url(), QStringLiteral("mqtt://127.0.0.1:%1").arg(broker.port()));
    QVERIFY(acceptsConnections(broker.port()));
    QVERIFY2(broker.logText().contains(QString::number(broker.port())),
             qPrintable(broker.logText()));
}

void tst_Broker::twoBrokersGetDifferentPorts()
{
    MosquittoBroker first;
    MosquittoBroker second;
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    QVERIFY2(second.start(&error), qPrintable(error));
    QVERIFY(first.port() != second.port());
    QVERIFY(acceptsConnections(first.port()));
    QVERIFY(acceptsConnections(second.port()));
}

void tst_Broker::retainedMessageRoundTrip_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("mqtt5") << QStringLiteral("5");
    QTest::newRow("mqtt311") << QStringLiteral("311");
}

void tst_Broker::retainedMessageRoundTrip()
{
    QFETCH(QString, version);

    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    const QString topic = QStringLiteral("ohmqtt/fixture/retained/v%1").arg(version);
    const QString payload = QStringLiteral("hello from v%1").arg(version);
    const QStringList common {
        QStringLiteral("-h"), broker.host(), QStringLiteral("-p"), QString::number(broker.port()),
        QStringLiteral("-V"), version,       QStringLiteral("-t"), topic};

    const ToolResult pub =
        runTool(m_pub,
                common +
                    QStringList {QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("1"),
                                 QStringLiteral("-m"), payload});
    QVERIFY2(pub.finished && pub.exitCode == 0,
             qPrintable(QString::fromUtf8(pub.err) + broker.logText()));

    // -C 1: exit after one message; -W 5: give up after five seconds.
    const ToolResult sub = runTool(m_sub,
                                   common +
                                       QStringList {QStringLiteral("-C"), QStringLiteral("1"),
                                                    QStringLiteral("-W"), QStringLiteral("5")});
    QVERIFY2(sub.finished && sub.exitCode == 0,
             qPrintable(QString::fromUtf8(sub.err) + broker.logText()));
    QCOMPARE(QString::fromUtf8(sub.out).trimmed(), payload);
}

void tst_Broker::stopEndsProcessAndFreesPort()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    const qint64 pid = broker.processId();
    const quint16 port = broker.port();
    QVERIFY(pid > 0);

    broker.stop();
    QVERIFY(!broker.isRunning());
    QCOMPARE(broker.processId(), 0);
    // QProcess has reaped the child, so the pid no longer names a process (or a zombie).
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
    QVERIFY(!acceptsConnections(port));
    QCOMPARE(broker.port(), port); // kept for restart()
    broker.stop(); // a second stop is harmless
}

void tst_Broker::restartAfterKillKeepsPort()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    const quint16 port = broker.port();
    const qint64 firstPid = broker.processId();

    broker.kill();
    QVERIFY(!broker.isRunning());
    QVERIFY(!acceptsConnections(port));

    QVERIFY2(broker.restart(&error), qPrintable(error));
    QVERIFY(broker.isRunning());
    QCOMPARE(broker.port(), port);
    QVERIFY(broker.processId() != firstPid);
    QVERIFY(acceptsConnections(port));
}

void tst_Broker::refusesToStartWithoutListener()
{
    MosquittoBroker::Options options;
    options.tcp = false;
    MosquittoBroker broker(options);
    QString error;
    QVERIFY(!broker.start(&error));
    QVERIFY2(error.contains(QLatin1String("no listener")), qPrintable(error));
    QVERIFY(!broker.isRunning());
}

void tst_Broker::offersEveryListenerOnItsOwnPort()
{
    MosquittoBroker::Options options;
    options.tls = options.webSocket = options.secureWebSocket = options.unixSocket = true;
    MosquittoBroker broker(options);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    const QList<Listener> tcpListeners {Listener::Tcp, Listener::Tls, Listener::WebSocket,
                                        Listener::SecureWebSocket};
    QSet<quint16> ports;
    for (Listener listener : tcpListeners) {
        QVERIFY(broker.port(listener) != 0);
        QVERIFY(acceptsConnections(broker.port(listener)));
        ports.insert(broker.port(listener));
    }
    QCOMPARE(ports.size(), tcpListeners.size());
    QCOMPARE(broker.port(Listener::Unix), 0);

    QCOMPARE(broker.url(Listener::Tls),
             QStringLiteral("mqtts://127.0.0.1:%1").arg(broker.port(Listener::Tls)));
    QCOMPARE(broker.url(Listener::WebSocket),
             QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(broker.port(Listener::WebSocket)));
    QCOMPARE(broker.url(Listener::SecureWebSocket),
             QStringLiteral("wss://127.0.0.1:%1/mqtt").arg(broker.port(Listener::SecureWebSocket)));
    QCOMPARE(broker.url(Listener::Unix), QStringLiteral("unix:") + broker.unixSocketPath());

    QLocalSocket local;
    local.connectToServer(broker.unixSocketPath());
    QVERIFY2(local.waitForConnected(2'000), qPrintable(local.errorString()));
}

void tst_Broker::certificatesAreMadeOncePerProcess()
{
    const TestCertificates &first = TestCertificates::get();
    QVERIFY2(first.isValid(), qPrintable(first.error));
    const TestCertificates &second = TestCertificates::get();
    QCOMPARE(&first, &second);
    for (const QString &path :
         {first.caCertificate, first.wrongCaCertificate, first.serverCertificate, first.serverKey,
          first.otherHostCertificate, first.otherHostKey}) {
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }
    QCOMPARE(MosquittoBroker::caCertificatePath(), first.caCertificate);
}

void tst_Broker::tlsListenerVerifiedByMosquittoPub_data()
{
    QTest::addColumn<MosquittoBroker::ServerCertificate>("certificate");
    QTest::addColumn<bool>("wrongCa");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("loopback certificate")
        << MosquittoBroker::ServerCertificate::Loopback << false << false << true;
    QTest::newRow("wrong CA") << MosquittoBroker::ServerCertificate::Loopback << true << false
                              << false;
    QTest::newRow("other host") << MosquittoBroker::ServerCertificate::OtherHost << false << false
                                << false;
    QTest::newRow("other host, --insecure")
        << MosquittoBroker::ServerCertificate::OtherHost << false << true << true;
}

void tst_Broker::tlsListenerVerifiedByMosquittoPub()
{
    QFETCH(MosquittoBroker::ServerCertificate, certificate);
    QFETCH(bool, wrongCa);
    QFETCH(bool, insecure);
    QFETCH(bool, accepted);

    MosquittoBroker::Options options;
    options.tls = true;
    options.serverCertificate = certificate;
    MosquittoBroker broker(options);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    const TestCertificates &certificates = TestCertificates::get();
    QStringList arguments {QStringLiteral("-h"),
                           broker.host(),
                           QStringLiteral("-p"),
                           QString::number(broker.port(Listener::Tls)),
                           QStringLiteral("--cafile"),
                           wrongCa ? certificates.wrongCaCertificate : certificates.caCertificate,
                           QStringLiteral("-t"),
                           QStringLiteral("ohmqtt/fixture/tls"),
                           QStringLiteral("-m"),
                           QStringLiteral("over TLS")};
    if (insecure)
        arguments << QStringLiteral("--insecure");
    const ToolResult pub = runTool(m_pub, arguments);
    QVERIFY(pub.finished);
    QVERIFY2((pub.exitCode == 0) == accepted,
             qPrintable(QString::fromUtf8(pub.err) + broker.logText()));
}

void tst_Broker::unixListenerWithMosquittoPub()
{
    MosquittoBroker::Options options;
    options.tcp = false;
    options.unixSocket = true;
    MosquittoBroker broker(options);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QCOMPARE(broker.port(), 0);

    const QStringList common {QStringLiteral("--unix"), broker.unixSocketPath(),
                              QStringLiteral("-t"), QStringLiteral("ohmqtt/fixture/unix")};
    const ToolResult pub = runTool(
        m_pub,
        common + QStringList {QStringLiteral("-r"), QStringLiteral("-m"), QStringLiteral("local")});
    QVERIFY2(pub.finished && pub.exitCode == 0,
             qPrintable(QString::fromUtf8(pub.err) + broker.logText()));
    const ToolResult sub = runTool(m_sub,
                                   common +
                                       QStringList {QStringLiteral("-C"), QStringLiteral("1"),
                                                    QStringLiteral("-W"), QStringLiteral("5")});
    QVERIFY2(sub.finished && sub.exitCode == 0,
             qPrintable(QString::fromUtf8(sub.err) + broker.logText()));
    QCOMPARE(QString::fromUtf8(sub.out).trimmed(), QStringLiteral("local"));
}

void tst_Broker::passwordFileAdmitsOnlyItsUsers_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("first user") << QStringLiteral("alice") << QStringLiteral("wonderland") << true;
    QTest::newRow("second user") << QStringLiteral("bob") << QStringLiteral("builder") << true;
    QTest::newRow("wrong password") << QStringLiteral("alice") << QStringLiteral("nope") << false;
    QTest::newRow("unknown user") << QStringLiteral("mallory") << QStringLiteral("x") << false;
    QTest::newRow("anonymous") << QString() << QString() << false;
}

void tst_Broker::passwordFileAdmitsOnlyItsUsers()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    MosquittoBroker::Options options;
    options.allowAnonymous = false;
    options.users = {{QStringLiteral("alice"), QStringLiteral("wonderland")},
                     {QStringLiteral("bob"), QStringLiteral("builder")}};
    MosquittoBroker broker(options);
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));

    QStringList arguments {QStringLiteral("-h"), broker.host(),
                           QStringLiteral("-p"), QString::number(broker.port()),
                           QStringLiteral("-t"), QStringLiteral("ohmqtt/fixture/users"),
                           QStringLiteral("-m"), QStringLiteral("hi")};
    if (!user.isEmpty())
        arguments << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
    const ToolResult pub = runTool(m_pub, arguments);
    QVERIFY(pub.finished);
    QVERIFY2((pub.exitCode == 0) == accepted,
             qPrintable(QString::fromUtf8(pub.err) + broker.logText()));
}

QTEST_GUILESS_MAIN(tst_Broker)
#include "tst_broker.moc"
