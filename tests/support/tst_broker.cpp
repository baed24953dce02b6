// Self-test of the MosquittoBroker fixture, checked with mosquitto's own command-line clients.
#include "support/mosquittobroker.h"

#include <QtCore/qstandardpaths.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qtest.h>

#include <cerrno>
#include <csignal>

using OhMqttTest::MosquittoBroker;

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
    void refusesListenersNotImplementedYet();

private:
    QString m_pub;
    QString m_sub;
};

void tst_Broker::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_pub = QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub"));
    m_sub = QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub"));
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
    if (m_pub.isEmpty() || m_sub.isEmpty())
        QSKIP("mosquitto_pub or mosquitto_sub is not installed");

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

void tst_Broker::refusesListenersNotImplementedYet()
{
    MosquittoBroker::Options options;
    options.tls = true;
    MosquittoBroker broker(options);
    QString error;
    QVERIFY(!broker.start(&error));
    QVERIFY(error.contains(QLatin1String("not implemented")));
    QVERIFY(!broker.isRunning());
}

QTEST_GUILESS_MAIN(tst_Broker)
#include "tst_broker.moc"
