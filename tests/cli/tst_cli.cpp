// The ohmqtt tool as a process: against a real mosquitto, and with mosquitto's own clients.
#include "cli/brokerlog.h"
#include "cli/toolprocess.h"
#include "support/mosquittobroker.h"

#include <OhMqttTest/mqttscriptedbroker.h>

#include <OhMqtt/packet/packet.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qtcpserver.h>
#include <QtTest/QTest>

#include <csignal>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

const QString Tool = QStringLiteral(OHMQTT_TOOL);

// One row per protocol version: ohmqtt's spelling and mosquitto's (which defaults to 3.1.1).
void addVersionRows()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("mosquittoVersion");
    QTest::newRow("v5") << u"5"_s << u"mqttv5"_s;
    QTest::newRow("v311") << u"311"_s << u"mqttv311"_s;
}

// A column "arguments": a complete pub and a complete sub command line, without a broker.
void addCommandRows()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("pub") << QStringList {u"pub"_s, u"-t"_s, u"t"_s, u"-m"_s, u"m"_s};
    QTest::newRow("sub") << QStringList {u"sub"_s, u"-t"_s, u"t"_s};
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void subReceivesFromPub_data() { addVersionRows(); }
    void subReceivesFromPub();
    void subReceivesFromMosquittoPub_data() { addVersionRows(); }
    void subReceivesFromMosquittoPub();
    void mosquittoSubReceivesFromPub_data();
    void mosquittoSubReceivesFromPub();
    void connectsWithVersionKeepAliveAndClientId_data();
    void connectsWithVersionKeepAliveAndClientId();
    void verbosePrintsTopicAndPayload_data() { addVersionRows(); }
    void verbosePrintsTopicAndPayload();
    void exitsAfterCount_data() { addVersionRows(); }
    void exitsAfterCount();
    void timeoutExitsWith27_data() { addVersionRows(); }
    void timeoutExitsWith27();
    void signalDisconnectsCleanly_data();
    void signalDisconnectsCleanly();
    void urlGivesHostPortAndTopic_data();
    void urlGivesHostPortAndTopic();
    void retainedMessageReachesLaterSubscriber_data() { addVersionRows(); }
    void retainedMessageReachesLaterSubscriber();
    void nullMessageIsEmpty_data() { addVersionRows(); }
    void nullMessageIsEmpty();
    void publishesStandardInput_data();
    void publishesStandardInput();
    void pubKeepsAtMostMInFlight();
    void pubDatabaseResendsAfterKill();
    void reportsRefusedConnection_data();
    void reportsRefusedConnection();
    void brokerEndingTheConnectionFailsSub_data();
    void brokerEndingTheConnectionFailsSub();
    void closedPortFails_data();
    void closedPortFails();
    void silentBrokerTimesOut_data();
    void silentBrokerTimesOut();
    void refusesUnsupportedOption_data();
    void refusesUnsupportedOption();
    void rejectsUnknownOption_data();
    void rejectsUnknownOption();
    void helpAndVersionSucceed();
    void missingCommandIsUsageError();

private:
    QString unique(const QString &stem);
    // `command` (pub or sub) with this broker's -h and -p, and -V `version`, then `more`.
    QStringList ohmqtt(const QString &command, const QString &version,
                       const QStringList &more) const;
    // mosquitto_pub or mosquitto_sub arguments: -h, -p, -V `version`, then `more`.
    QStringList mosquitto(const QString &version, const QStringList &more) const;
    // Starts `sub` and waits until the broker's log shows `clientId` subscribed to each filter.
    // Returns what went wrong, or nothing. (QVERIFY2 evaluates its message even on success, so
    // the message must not have side effects such as ending the process.)
    QString startSubscribed(ToolProcess &sub, const QString &clientId, const QStringList &filters,
                            int qos = 0) const;
    // Waits until the broker's log contains `text`: it may write a line after the client exits.
    bool logShows(const QString &text) const;
    ToolResult publish(const QString &version, const QString &topic, const QStringList &more);
    QString failure(const ToolResult &result) const;

    std::unique_ptr<MosquittoBroker> m_broker;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
    int m_counter = 0;
};

void tst_Cli::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    // Where the fixture found them (PATH, then the sbin directories): isAvailable() checked.
    m_mosquittoPub = findTool(u"mosquitto_pub"_s);
    m_mosquittoSub = findTool(u"mosquitto_sub"_s);
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_Cli::cleanupTestCase()
{
    m_broker.reset();
}

QString tst_Cli::unique(const QString &stem)
{
    return u"%1-%2"_s.arg(stem).arg(++m_counter);
}

QStringList tst_Cli::ohmqtt(const QString &command, const QString &version,
                            const QStringList &more) const
{
    return QStringList {command} + mosquitto(version, more);
}

QStringList tst_Cli::mosquitto(const QString &version, const QStringList &more) const
{
    return QStringList {u"-h"_s, m_broker->host(), u"-p"_s, QString::number(m_broker->port()),
                        u"-V"_s, version} +
        more;
}

QString tst_Cli::startSubscribed(ToolProcess &sub, const QString &clientId,
                                 const QStringList &filters, int qos) const
{
    return OhMqttTest::startSubscribed(sub, *m_broker, clientId, filters, qos);
}

bool tst_Cli::logShows(const QString &text) const
{
    return OhMqttTest::logShows(*m_broker, text);
}

ToolResult tst_Cli::publish(const QString &version, const QString &topic, const QStringList &more)
{
    return runTool(
        Tool,
        ohmqtt(u"pub"_s, version, QStringList {u"-t"_s, topic, u"-i"_s, unique(u"pub"_s)} + more));
}

QString tst_Cli::failure(const ToolResult &result) const
{
    return OhMqttTest::failure(result, *m_broker);
}

void tst_Cli::subReceivesFromPub()
{
    QFETCH(QString, version);
    const QString topic = unique(u"cli/pub-to-sub"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(Tool,
                    ohmqtt(u"sub"_s, version, {u"-t"_s, topic, u"-C"_s, u"1"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub = publish(version, topic, {u"-m"_s, u"hello from ohmqtt"_s});
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, "hello from ohmqtt\n"_ba);
}

void tst_Cli::subReceivesFromMosquittoPub()
{
    QFETCH(QString, version);
    QFETCH(QString, mosquittoVersion);
    const QString topic = unique(u"cli/mosquitto-to-sub"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(
        Tool,
        ohmqtt(u"sub"_s, version, {u"-t"_s, topic, u"-C"_s, u"1"_s, u"-q"_s, u"1"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, id, {topic}, 1);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub =
        runTool(m_mosquittoPub,
                mosquitto(mosquittoVersion,
                          {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"from mosquitto_pub"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, "from mosquitto_pub\n"_ba);
}

void tst_Cli::mosquittoSubReceivesFromPub_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("mosquittoVersion");
    QTest::addColumn<QString>("qos");
    for (const char *qos : {"0", "1", "2"}) {
        QTest::addRow("v5 qos%s", qos) << u"5"_s << u"mqttv5"_s << QString::fromLatin1(qos);
        QTest::addRow("v311 qos%s", qos) << u"311"_s << u"mqttv311"_s << QString::fromLatin1(qos);
    }
}

// Also shows that pub waits for the QoS flow to complete and then disconnects cleanly.
void tst_Cli::mosquittoSubReceivesFromPub()
{
    QFETCH(QString, version);
    QFETCH(QString, mosquittoVersion);
    QFETCH(QString, qos);
    const QString topic = unique(u"cli/pub-to-mosquitto"_s);
    const QString subId = unique(u"mosquitto-sub"_s);
    ToolProcess sub(m_mosquittoSub,
                    mosquitto(mosquittoVersion,
                              {u"-t"_s, topic, u"-q"_s, u"2"_s, u"-C"_s, u"1"_s, u"-i"_s, subId}));
    const QString notReady = startSubscribed(sub, subId, {topic}, 2);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const QString pubId = unique(u"pub"_s);
    const ToolResult pub =
        runTool(Tool,
                ohmqtt(u"pub"_s, version,
                       {u"-t"_s, topic, u"-q"_s, qos, u"-i"_s, pubId, u"-m"_s, u"from ohmqtt"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, "from ohmqtt\n"_ba);

    const QString ack = qos == u"1" ? u"Sending PUBACK to %1"_s
        : qos == u"2"               ? u"Sending PUBCOMP to %1"_s
                                    : u"Received PUBLISH from %1 (d0, q0"_s;
    QVERIFY2(logShows(ack.arg(pubId)), qPrintable(m_broker->logText()));
    QVERIFY2(logShows(u"Received DISCONNECT from %1\n"_s.arg(pubId)),
             qPrintable(m_broker->logText()));
}

void tst_Cli::connectsWithVersionKeepAliveAndClientId_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("protocolTag"); // mosquitto's log: p5 is MQTT 5.0, p2 is 3.1.1
    QTest::newRow("v5") << u"5"_s << u"p5"_s;
    QTest::newRow("v311") << u"311"_s << u"p2"_s;
}

void tst_Cli::connectsWithVersionKeepAliveAndClientId()
{
    QFETCH(QString, version);
    QFETCH(QString, protocolTag);
    const QString id = unique(u"keepalive"_s);
    const ToolResult pub =
        runTool(Tool,
                ohmqtt(u"pub"_s, version,
                       {u"-k"_s, u"17"_s, u"-i"_s, id, u"-t"_s, unique(u"cli/k"_s), u"-n"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    QVERIFY2(logShows(u" as %1 (%2, c1, k17)"_s.arg(id, protocolTag)),
             qPrintable(m_broker->logText()));
}

void tst_Cli::verbosePrintsTopicAndPayload()
{
    QFETCH(QString, version);
    // Filters that do not overlap: MQTT 5.0 brokers send a message once per matching filter.
    const QString tree = unique(u"cli/verbose"_s);
    const QString single = unique(u"cli/verbose"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(
        Tool,
        ohmqtt(u"sub"_s, version,
               {u"-v"_s, u"-t"_s, tree + u"/#"_s, u"-t"_s, single, u"-C"_s, u"3"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, id, {tree + u"/#"_s, single});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    QVERIFY(publish(version, tree + u"/a"_s, {u"-m"_s, u"one two"_s}).succeeded());
    QVERIFY(publish(version, single, {u"-m"_s, u"three"_s}).succeeded());
    QVERIFY(publish(version, tree + u"/b/c"_s, {u"-n"_s}).succeeded());
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    // mosquitto_sub -v prints "(null)" for an empty payload; so does ohmqtt.
    const QByteArray expected = tree.toUtf8() + "/a one two\n" + single.toUtf8() + " three\n" +
        tree.toUtf8() + "/b/c (null)\n";
    QCOMPARE(received.out, expected);
}

void tst_Cli::exitsAfterCount()
{
    QFETCH(QString, version);
    const QString topic = unique(u"cli/count"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(Tool,
                    ohmqtt(u"sub"_s, version, {u"-t"_s, topic, u"-C"_s, u"3"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    for (const QString &payload : {u"m1"_s, u"m2"_s}) {
        QVERIFY(publish(version, topic, {u"-m"_s, payload}).succeeded());
        QVERIFY(sub.isRunning());
    }
    QVERIFY(publish(version, topic, {u"-m"_s, u"m3"_s}).succeeded());
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, "m1\nm2\nm3\n"_ba);
    QVERIFY2(logShows(u"Received DISCONNECT from %1\n"_s.arg(id)), qPrintable(m_broker->logText()));
}

void tst_Cli::timeoutExitsWith27()
{
    QFETCH(QString, version);
    QElapsedTimer elapsed;
    elapsed.start();
    const ToolResult sub = runTool(
        Tool, ohmqtt(u"sub"_s, version, {u"-W"_s, u"1"_s, u"-t"_s, unique(u"cli/quiet"_s)}));
    QVERIFY2(sub.finished && sub.exitStatus == QProcess::NormalExit, qPrintable(failure(sub)));
    QCOMPARE(sub.exitCode, 27);
    QVERIFY2(sub.err.contains("Timed out"), qPrintable(failure(sub)));
    QVERIFY(sub.out.isEmpty());
    QVERIFY2(elapsed.elapsed() >= 900, "exited before the one-second timeout");
}

void tst_Cli::signalDisconnectsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void tst_Cli::signalDisconnectsCleanly()
{
    QFETCH(int, signalNumber);
    const QString topic = unique(u"cli/signal"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(Tool, ohmqtt(u"sub"_s, u"5"_s, {u"-t"_s, topic, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    sub.signal(signalNumber);
    const ToolResult result = sub.finish();
    QVERIFY2(result.succeeded(), qPrintable(failure(result)));
    QVERIFY2(logShows(u"Received DISCONNECT from %1\n"_s.arg(id)), qPrintable(m_broker->logText()));
}

void tst_Cli::urlGivesHostPortAndTopic_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("option");
    QTest::newRow("v5 --url") << u"5"_s << u"--url"_s;
    QTest::newRow("v311 -L") << u"311"_s << u"-L"_s;
}

void tst_Cli::urlGivesHostPortAndTopic()
{
    QFETCH(QString, version);
    QFETCH(QString, option);
    const QString topic = unique(u"cli/url"_s);
    const QString id = unique(u"sub"_s);
    const QString base = m_broker->url() + u'/' + topic; // "mqtt://127.0.0.1:<port>/<topic>"
    // No -h or -p: only the URL can lead to the broker.
    ToolProcess sub(Tool,
                    {u"sub"_s, u"-V"_s, version, option, base + u"/#"_s, u"-v"_s, u"-C"_s, u"1"_s,
                     u"-i"_s, id});
    const QString notReady = startSubscribed(sub, id, {topic + u"/#"_s});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub =
        runTool(Tool, {u"pub"_s, u"-V"_s, version, option, base + u"/x"_s, u"-m"_s, u"via url"_s});
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, topic.toUtf8() + "/x via url\n");
}

void tst_Cli::retainedMessageReachesLaterSubscriber()
{
    QFETCH(QString, version);
    const QString topic = unique(u"cli/retained"_s);
    const ToolResult pub = publish(version, topic, {u"-r"_s, u"-q"_s, u"1"_s, u"-m"_s, u"kept"_s});
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));

    // The retained message is there before the subscriber starts: no readiness wait needed.
    const ToolResult sub = runTool(
        Tool, ohmqtt(u"sub"_s, version, {u"-t"_s, topic, u"-C"_s, u"1"_s, u"-W"_s, u"10"_s}));
    QVERIFY2(sub.succeeded(), qPrintable(failure(sub)));
    QCOMPARE(sub.out, "kept\n"_ba);
}

void tst_Cli::nullMessageIsEmpty()
{
    QFETCH(QString, version);
    const QString topic = unique(u"cli/null"_s);
    QVERIFY(
        publish(version, topic, {u"-r"_s, u"-q"_s, u"1"_s, u"-m"_s, u"something"_s}).succeeded());
    const QString pubId = unique(u"pub"_s);
    const ToolResult pub = runTool(
        Tool, ohmqtt(u"pub"_s, version, {u"-t"_s, topic, u"-r"_s, u"-n"_s, u"-i"_s, pubId}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    // A retained zero-length message deletes the retained one [MQTT-3.3.1-6].
    QVERIFY2(logShows(u"Received PUBLISH from %1 (d0, q0, r1, m0, '%2', ... (0 bytes))"_s.arg(
                 pubId, topic)),
             qPrintable(m_broker->logText()));
    const ToolResult sub =
        runTool(Tool, ohmqtt(u"sub"_s, version, {u"-t"_s, topic, u"-W"_s, u"1"_s}));
    QCOMPARE(sub.exitCode, 27); // nothing retained any more
    QVERIFY(sub.out.isEmpty());
}

void tst_Cli::publishesStandardInput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("-l lines") << u"-l"_s << "first\nsecond line\n\nlast"_ba << 4
                              << "first\nsecond line\n\nlast\n"_ba;
    QTest::newRow("-s whole") << u"-s"_s << "all\nof it\n"_ba << 1 << "all\nof it\n\n"_ba;
}

void tst_Cli::publishesStandardInput()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, input);
    QFETCH(int, count);
    QFETCH(QByteArray, expected);
    const QString topic = unique(u"cli/stdin"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(
        Tool,
        ohmqtt(u"sub"_s, u"5"_s,
               {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-C"_s, QString::number(count), u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, id, {topic}, 1);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub =
        runTool(Tool, ohmqtt(u"pub"_s, u"5"_s, {u"-t"_s, topic, u"-q"_s, u"1"_s, option}), input);
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, expected);
}

// pub -l -M 2 at QoS 1 against a broker that holds its PUBACKs: exactly two PUBLISH packets
// arrive; each PUBACK lets one more line go, in order, until all five are through.
// pub --db: a QoS 1 message the broker never acknowledged, in a run killed with SIGKILL, goes
// out in the next run with the same file and client id — here to another broker, which has no
// session of it, so as a new message ahead of the new one [MQTT-4.4.0-1].
void tst_Cli::pubDatabaseResendsAfterKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(u"pub.db"_s);
    const QString clientId = unique(u"cli-db"_s);
    const QString topic = unique(u"cli/db"_s);
    {
        OhMqtt::MqttScriptedBroker silent; // takes the PUBLISH and never answers it
        silent.setAutomaticReplies(false); // the test plays each step
        QVERIFY(silent.isListening());
        ToolProcess pub(Tool,
                        {u"pub"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(silent.port()),
                         u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"first"_s, u"-c"_s, u"-i"_s,
                         clientId, u"--db"_s, database});
        QVERIFY(pub.start());
        QVERIFY(silent.waitForConnections(1, ToolTimeoutMs));
        QVERIFY(silent.takePacket<ConnectPacket>(ToolTimeoutMs));
        QVERIFY(silent.send(ConnAckPacket {}));
        const auto publish = silent.takePacket<PublishPacket>(ToolTimeoutMs);
        QVERIFY(publish);
        QCOMPARE(publish->payload, QByteArray("first"));
        pub.signal(SIGKILL);
        QCOMPARE(pub.finish().exitStatus, QProcess::CrashExit);
    }
    const QString subscriber = unique(u"db-sub"_s);
    ToolProcess sub(
        m_mosquittoSub,
        mosquitto(u"5"_s, {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-C"_s, u"2"_s, u"-i"_s, subscriber}));
    const QString subscribed = startSubscribed(sub, subscriber, {topic}, 1);
    QVERIFY2(subscribed.isEmpty(), qPrintable(subscribed));
    const ToolResult second = runTool(Tool,
                                      ohmqtt(u"pub"_s, u"5"_s,
                                             {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"second"_s,
                                              u"-c"_s, u"-i"_s, clientId, u"--db"_s, database}));
    QVERIFY2(second.succeeded(), qPrintable(failure(second)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received)));
    QCOMPARE(received.out, QByteArray("first\nsecond\n"));
}

void tst_Cli::pubKeepsAtMostMInFlight()
{
    OhMqtt::MqttScriptedBroker broker;
    broker.setAutomaticReplies(false); // the test plays each step
    QVERIFY(broker.isListening());
    ToolProcess pub(Tool,
                    {u"pub"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.port()),
                     u"-t"_s, u"cli/window"_s, u"-q"_s, u"1"_s, u"-M"_s, u"2"_s, u"-l"_s});
    QVERIFY(pub.start("1\n2\n3\n4\n5\n"));
    QVERIFY(broker.waitForConnections(1, ToolTimeoutMs));
    QVERIFY(broker.takePacket<ConnectPacket>(ToolTimeoutMs));
    QVERIFY(broker.send(ConnAckPacket {}));
    QList<PublishPacket> inFlight;
    for (int i = 0; i < 2; ++i) {
        const auto publish = broker.takePacket<PublishPacket>(ToolTimeoutMs);
        QVERIFY(publish);
        inFlight.append(*publish);
    }
    QVERIFY(!broker.takePacket(300).has_value()); // the window is full: nothing more
    QStringList payloads;
    while (!inFlight.isEmpty()) {
        const PublishPacket oldest = inFlight.takeFirst();
        payloads.append(QString::fromUtf8(oldest.payload));
        PubAckPacket pubAck;
        pubAck.packetId = oldest.packetId;
        QVERIFY(broker.send(pubAck));
        if (payloads.size() + inFlight.size() < 5) {
            const auto publish = broker.takePacket<PublishPacket>(ToolTimeoutMs);
            QVERIFY(publish);
            inFlight.append(*publish);
        }
        QVERIFY(inFlight.size() <= 2);
    }
    QCOMPARE(payloads, (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    QVERIFY(broker.takePacket<DisconnectPacket>(ToolTimeoutMs));
    broker.closeConnection();
    const ToolResult result = pub.finish();
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
}

void tst_Cli::reportsRefusedConnection_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    // mosquitto_pub and mosquitto_sub print the same lines and exit with the CONNACK code.
    const QString v311 = u"Connection error: Connection Refused: not authorised."_s;
    const QString v5 = u"Connection error: Not authorized"_s;
    QTest::newRow("pub v311") << u"pub"_s << u"311"_s << v311 << 5;
    QTest::newRow("sub v311") << u"sub"_s << u"311"_s << v311 << 5;
    QTest::newRow("pub v5") << u"pub"_s << u"5"_s << v5 << 135;
    QTest::newRow("sub v5") << u"sub"_s << u"5"_s << v5 << 135;
}

void tst_Cli::reportsRefusedConnection()
{
    QFETCH(QString, command);
    QFETCH(QString, version);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    // A later allow_anonymous overrides the fixture's: every anonymous CONNECT is refused.
    MosquittoBroker::Options options;
    options.extraConfig << u"allow_anonymous false"_s;
    MosquittoBroker refusing(options);
    QString error;
    QVERIFY2(refusing.start(&error), qPrintable(error));

    QStringList arguments {command, u"-p"_s,         QString::number(refusing.port()),
                           u"-h"_s, refusing.host(), u"-V"_s,
                           version, u"-t"_s,         u"cli/refused"_s};
    if (command == u"pub")
        arguments << u"-m"_s << u"x"_s;
    const ToolResult result = runTool(Tool, arguments);
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit,
             qPrintable(result.describe()));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message.toUtf8()),
             qPrintable(result.describe() + refusing.logText()));
}

void tst_Cli::brokerEndingTheConnectionFailsSub_data()
{
    addVersionRows();
}

// A second client with the same id takes the session over and mosquitto closes the first
// connection (2.0.11 sends no DISCONNECT, not even in MQTT 5.0). With --no-reconnect sub ends,
// and must not look as if it had ended normally. (Without it, sub reconnects as mosquitto_sub
// does: tst_reconnect.)
void tst_Cli::brokerEndingTheConnectionFailsSub()
{
    QFETCH(QString, version);
    const QString topic = unique(u"cli/takeover"_s);
    const QString id = unique(u"taken"_s);
    ToolProcess sub(Tool,
                    ohmqtt(u"sub"_s, version, {u"-t"_s, topic, u"-i"_s, id, u"--no-reconnect"_s}));
    const QString notReady = startSubscribed(sub, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub = runTool(
        Tool, ohmqtt(u"pub"_s, version, {u"-t"_s, topic, u"-i"_s, id, u"-m"_s, u"mine now"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub)));
    const ToolResult result = sub.finish();
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit,
             qPrintable(failure(result)));
    QCOMPARE(result.exitCode, 1);
    const QByteArray broker = "127.0.0.1:" + QByteArray::number(m_broker->port());
    QVERIFY2(result.err.startsWith("ohmqtt: ") && result.err.contains(broker),
             qPrintable(failure(result)));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::closedPortFails_data()
{
    addCommandRows();
}

void tst_Cli::closedPortFails()
{
    QFETCH(QStringList, arguments);
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const ToolResult result = runTool(
        Tool, arguments + QStringList {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port)});
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit,
             qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("ohmqtt: "), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("127.0.0.1:" + QByteArray::number(port)),
             qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::silentBrokerTimesOut_data()
{
    addCommandRows();
}

// A broker that accepts the connection and never answers CONNECT: --connect-timeout ends the
// wait, with exit code 1 and a message that names the broker and the timeout. (The kernel
// accepts the connection for the listening socket; no event loop needs to run here.)
void tst_Cli::silentBrokerTimesOut()
{
    QFETCH(QStringList, arguments);
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(silent.serverPort());
    QElapsedTimer elapsed;
    elapsed.start();
    const ToolResult result = runTool(
        Tool,
        arguments +
            QStringList {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"--connect-timeout"_s, u"1"_s});
    const qint64 took = elapsed.elapsed();
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit,
             qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(took >= 900 && took < 10'000, qPrintable(u"exited after %1 ms"_s.arg(took)));
    QVERIFY2(result.err.startsWith("ohmqtt: ") && result.err.contains("no CONNACK from") &&
                 result.err.contains("127.0.0.1:" + port.toUtf8()) &&
                 result.err.contains("within 1000 ms"),
             qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::refusesUnsupportedOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    const QStringList pub {u"pub"_s, u"-t"_s, u"t"_s, u"-m"_s, u"m"_s};
    const QStringList sub {u"sub"_s, u"-t"_s, u"t"_s};
    QTest::newRow("sub -M") << sub + QStringList {u"-M"_s, u"10"_s} << u"-M"_s;
    QTest::newRow("pub --tls-alpn")
        << pub + QStringList {u"--tls-alpn"_s, u"mqtt"_s} << u"--tls-alpn"_s;
    QTest::newRow("pub --psk") << pub + QStringList {u"--psk"_s, u"abcd"_s} << u"--psk"_s;
    QTest::newRow("pub --quiet") << pub + QStringList {u"--quiet"_s} << u"--quiet"_s;
    QTest::newRow("sub --ciphers") << sub + QStringList {u"--ciphers"_s, u"x"_s} << u"--ciphers"_s;
    QTest::newRow("sub --proxy") << sub + QStringList {u"--proxy"_s, u"socks5h://p"_s}
                                 << u"--proxy"_s;
    QTest::newRow("sub --pretty") << sub + QStringList {u"--pretty"_s} << u"--pretty"_s;
    QTest::newRow("sub --retain-as-published")
        << sub + QStringList {u"--retain-as-published"_s} << u"--retain-as-published"_s;
}

void tst_Cli::refusesUnsupportedOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    const ToolResult result = runTool(Tool, arguments);
    QVERIFY2(result.finished, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"ohmqtt: option %1 is not supported yet"_s.arg(option).toUtf8()),
             qPrintable(result.describe()));
}

void tst_Cli::rejectsUnknownOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("pub --bogus") << QStringList {u"pub"_s, u"--bogus"_s, u"-t"_s, u"t"_s}
                                 << u"unknown option '--bogus'"_s;
    QTest::newRow("pub -v") << QStringList {u"pub"_s, u"-v"_s} << u"unknown option '-v'"_s;
    QTest::newRow("sub -Z") << QStringList {u"sub"_s, u"-Z"_s} << u"unknown option '-Z'"_s;
    QTest::newRow("sub -q 5") << QStringList {u"sub"_s, u"-t"_s, u"t"_s, u"-q"_s, u"5"_s}
                              << u"invalid QoS 5"_s;
    QTest::newRow("unknown command") << QStringList {u"bench"_s} << u"unknown command 'bench'"_s;
}

void tst_Cli::rejectsUnknownOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ToolResult result = runTool(Tool, arguments);
    QVERIFY2(result.finished, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message.toUtf8()), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("Usage") || result.err.contains("--help"),
             qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::helpAndVersionSucceed()
{
    for (const QStringList &arguments :
         {QStringList {u"--help"_s}, QStringList {u"pub"_s, u"--help"_s},
          QStringList {u"sub"_s, u"--help"_s}}) {
        const ToolResult result = runTool(Tool, arguments);
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QVERIFY2(result.out.contains("Usage: ohmqtt"), qPrintable(result.describe()));
        // Both commands tell what a lost connection does, and how to turn reconnecting off.
        if (arguments.size() == 2) {
            QVERIFY2(result.out.contains("When the connection is lost") &&
                         result.out.contains("--no-reconnect"),
                     qPrintable(result.describe()));
        }
    }
    const ToolResult version = runTool(Tool, {u"--version"_s});
    QVERIFY2(version.succeeded(), qPrintable(version.describe()));
    QVERIFY(version.out.startsWith("ohmqtt "));
}

void tst_Cli::missingCommandIsUsageError()
{
    const ToolResult result = runTool(Tool, {});
    QVERIFY2(result.finished, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("Usage: ohmqtt"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
