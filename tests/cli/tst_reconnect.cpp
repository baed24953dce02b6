// ohmqtt sub and pub -l when the connection breaks: they reconnect, resume the session, lose no
// QoS 1 or 2 message and print no QoS 2 message twice; --no-reconnect and refusals end them.
#include "cli/brokerlog.h"
#include "cli/toolarguments.h"
#include "cli/toolprocess.h"
#include "support/cutproxy.h"
#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qtemporarydir.h>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>
#include <memory>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString Tool = QStringLiteral(OHMQTT_TOOL);
constexpr int WaitMs = 15'000; // a reconnect waits 1 s, then 2 s, 4 s...
// 150 KB of 100-byte lines while the broker is down. pub reading on into its offline window of
// 1,000 lines takes at least 100 KB of them, and the pipe holds 64 KiB more; a pub that stopped
// at its in-flight window of 20 would leave at most a block of 64 KiB read and 64 KiB in the
// pipe: about 133 KB, and the write would not complete.
constexpr int LinesWhileDown = 1500;

void addVersionRows()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("v5") << u"5"_s;
    QTest::newRow("v311") << u"311"_s;
}

QByteArray brokerName(quint16 port)
{
    return "127.0.0.1:" + QByteArray::number(port);
}

// mosquitto with its database in `directory`: the sessions outlive a restart (stop() is SIGTERM,
// and mosquitto saves the database when it exits). It queues more than its default of 1,000
// messages for a client that is away.
MosquittoBroker::Options persistentBroker(const QTemporaryDir &directory)
{
    MosquittoBroker::Options options;
    options.extraConfig = {u"persistence true"_s,
                           u"persistence_location %1/"_s.arg(directory.path()),
                           u"max_queued_messages 10000"_s};
    return options;
}

// Waits until mosquitto logged `clientId` subscribed to `filter` `count` times: the log file
// goes on across restarts, and a session the broker kept is not subscribed again.
bool waitSubscribedTimes(const MosquittoBroker &broker, const QString &clientId,
                         const QString &filter, int qos, int count)
{
    const QString line = u": %1 %2 %3\n"_s.arg(clientId).arg(qos).arg(filter);
    return QTest::qWaitFor([&] { return broker.logText().count(line) >= count; }, WaitMs);
}

// A client of the test's own, with a session the broker keeps, that reconnects by itself.
MqttConnectOptions sessionOptions(const QString &url, const QString &version)
{
    MqttConnectOptions options;
    options.setAddress(url);
    options.setClientId(uniqueName(u"observer"_s));
    options.setCleanStart(false);
    options.setReconnectDelay(100ms);
    if (version == u"311") {
        options.setProtocolVersion(ProtocolVersion::V311);
    } else {
        ConnectProperties properties;
        properties.setSessionExpiryInterval(300);
        options.setConnectProperties(properties);
    }
    return options;
}

// A client of the test's own (sessionOptions()) subscribed to `topic` at QoS 1; what went wrong,
// or nothing.
QString startObserver(MqttClient &observer, const QString &url, const QString &version,
                      const QString &topic)
{
    if (!observer.connectToBroker(sessionOptions(url, version)) ||
        !observer.waitForConnected(WaitMs))
        return observer.lastError().message();
    MqttSubscribeOptions qos1;
    qos1.setMaximumQoS(QoS::Q1);
    if (!observer.subscribe(topic, qos1)->waitForAcknowledged(WaitMs))
        return u"the observer's subscription was not acknowledged"_s;
    return {};
}

// mosquitto, and a CutProxy in front of it.
struct ProxiedBroker
{
    MosquittoBroker broker;
    std::unique_ptr<CutProxy> proxy;

    QString start() // what went wrong, or nothing
    {
        if (!broker.start())
            return broker.errorString();
        proxy = std::make_unique<CutProxy>(broker.port());
        QString error;
        return proxy->listen(&error) ? QString() : error;
    }
};

// SIGTERM, then the exit with the event loop running (a proxy relays the DISCONNECT): a long
// running command ends so, with exit code 0. What went wrong, or nothing.
QString stopCleanly(ToolProcess &tool)
{
    tool.signal(SIGTERM);
    const bool exited = tool.waitForExit();
    const ToolResult result = tool.finish();
    return exited && result.succeeded() ? QString() : result.describe();
}

QList<QByteArray> payloads(const QSignalSpy &spy)
{
    QList<QByteArray> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<MqttMessage>().payload());
    return result;
}

} // namespace

class tst_CliReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void subResubscribesAfterBrokerRestart_data() { addVersionRows(); }
    void subResubscribesAfterBrokerRestart();
    void subSessionGetsMessagesSentWhileAway_data() { addVersionRows(); }
    void subSessionGetsMessagesSentWhileAway();
    void subPrintsQos2MessageOnceAcrossCut_data() { addVersionRows(); }
    void subPrintsQos2MessageOnceAcrossCut();
    void pubLinesSurviveBrokerRestart_data() { addVersionRows(); }
    void pubLinesSurviveBrokerRestart();
    void pubResendsUnacknowledgedAfterCut_data() { addVersionRows(); }
    void pubResendsUnacknowledgedAfterCut();
    void pubReportsMessageLostWithSessionAndGoesOn();
    void noReconnectExitsAsBefore_data();
    void noReconnectExitsAsBefore();
    void refusalOnReconnectEnds_data();
    void refusalOnReconnectEnds();
    void temporaryRefusalIsRetried();
    void subscriptionCutShortIsAskedAgain();
    void brokerDisconnectRetriedOrNot_data();
    void brokerDisconnectRetriedOrNot();
};

void tst_CliReconnect::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
}

// The broker stops (SIGTERM) and starts again on the same port without a session: sub says it
// lost the connection and reconnected, subscribes again by itself, and prints what is published
// after the restart; -C counts the messages on both sides of the restart and ends it.
void tst_CliReconnect::subResubscribesAfterBrokerRestart()
{
    QFETCH(QString, version);
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const QString topic = uniqueName(u"cli/reconnect/restart"_s);
    const QString id = uniqueName(u"sub"_s);
    ToolProcess sub(
        Tool,
        arguments(u"sub"_s, broker.port(), version,
                  {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-v"_s, u"-i"_s, id, u"-C"_s, u"2"_s}));
    QVERIFY(sub.start());
    QVERIFY2(waitSubscribedTimes(broker, id, topic, 1, 1), qPrintable(broker.logText()));
    const ToolResult before =
        runTool(Tool,
                arguments(u"pub"_s, broker.port(), version,
                          {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"before the restart"_s}));
    QVERIFY2(before.succeeded(), qPrintable(before.describe()));
    QVERIFY2(sub.waitForStdout(" before the restart\n"), sub.stdoutSoFar().constData());

    broker.stop();
    QVERIFY2(sub.waitForStderr("reconnecting in 1 s"), sub.stderrSoFar().constData());
    QVERIFY2(sub.stderrSoFar().startsWith("ohmqtt: connection to " + brokerName(broker.port()) +
                                          " lost ("),
             sub.stderrSoFar().constData());
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QVERIFY2(sub.waitForStderr("ohmqtt: reconnected to " + brokerName(broker.port()) +
                               " (new session)\n"),
             sub.stderrSoFar().constData());
    QVERIFY2(waitSubscribedTimes(broker, id, topic, 1, 2), qPrintable(broker.logText()));

    const ToolResult pub =
        runTool(Tool,
                arguments(u"pub"_s, broker.port(), version,
                          {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"after the restart"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(pub.describe()));
    const ToolResult result = sub.finish(); // -C 2: done
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QCOMPARE(result.out,
             topic.toUtf8() + " before the restart\n" + topic.toUtf8() + " after the restart\n");
}

// sub -c -i at QoS 1 through a proxy that cuts the connection and keeps it down while messages
// are published: the broker keeps them in the session [MQTT-3.1.2-5]; the reconnect resumes it
// (Session Present [MQTT-3.2.2-3], 3.1.1 [MQTT-3.2.2-2]), without subscribing again, and each
// message is printed, in order.
void tst_CliReconnect::subSessionGetsMessagesSentWhileAway()
{
    QFETCH(QString, version);
    ProxiedBroker proxied;
    const QString notStarted = proxied.start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    const MosquittoBroker &broker = proxied.broker;
    CutProxy &proxy = *proxied.proxy;
    const QString topic = uniqueName(u"cli/reconnect/away"_s);
    const QString id = uniqueName(u"sub"_s);
    ToolProcess sub(Tool,
                    arguments(u"sub"_s, proxy.port(), version,
                              {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-c"_s, u"-i"_s, id}));
    QVERIFY(sub.start());
    QVERIFY2(waitSubscribedTimes(broker, id, topic, 1, 1), qPrintable(broker.logText()));

    proxy.setDown(true);
    proxy.cut();
    QVERIFY2(sub.waitForStderr("reconnecting in"), sub.stderrSoFar().constData());
    const ToolResult pub = runTool(
        Tool,
        arguments(u"pub"_s, broker.port(), version, {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-l"_s}),
        "away 1\naway 2\naway 3\n");
    QVERIFY2(pub.succeeded(), qPrintable(pub.describe()));
    QVERIFY(sub.stdoutSoFar().isEmpty());

    proxy.setDown(false);
    QVERIFY2(sub.waitForStderr("ohmqtt: reconnected to " + brokerName(proxy.port()) +
                               " (session present)\n"),
             sub.stderrSoFar().constData());
    QVERIFY2(sub.waitForStdout("away 3\n"), sub.stdoutSoFar().constData());
    QCOMPARE(sub.stdoutSoFar(), QByteArray("away 1\naway 2\naway 3\n"));
    QCOMPARE(broker.logText().count(u": %1 1 %2\n"_s.arg(id, topic)), 1); // not subscribed again
    const QString stopped = stopCleanly(sub);
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

// A QoS 2 message reaches sub, whose PUBREC is lost with the connection: on the resumed session
// the broker sends the PUBLISH again [MQTT-4.4.0-1], and sub, which kept the packet identifier
// until PUBREL, answers it without printing the message again [MQTT-4.3.3-10].
void tst_CliReconnect::subPrintsQos2MessageOnceAcrossCut()
{
    QFETCH(QString, version);
    ProxiedBroker proxied;
    const QString notStarted = proxied.start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    const MosquittoBroker &broker = proxied.broker;
    CutProxy &proxy = *proxied.proxy;
    const QString topic = uniqueName(u"cli/reconnect/once"_s);
    const QString id = uniqueName(u"sub"_s);
    ToolProcess sub(Tool,
                    arguments(u"sub"_s, proxy.port(), version,
                              {u"-t"_s, topic, u"-q"_s, u"2"_s, u"-c"_s, u"-i"_s, id}));
    QVERIFY(sub.start());
    QVERIFY2(waitSubscribedTimes(broker, id, topic, 2, 1), qPrintable(broker.logText()));

    proxy.setDroppingFromClients(true); // the PUBREC will not reach the broker
    const ToolResult pub =
        runTool(Tool,
                arguments(u"pub"_s, broker.port(), version,
                          {u"-t"_s, topic, u"-q"_s, u"2"_s, u"-m"_s, u"only once"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(pub.describe()));
    QVERIFY2(sub.waitForStdout("only once\n"), sub.stdoutSoFar().constData());
    proxy.cut();
    proxy.setDroppingFromClients(false);
    QVERIFY2(sub.waitForStderr(" (session present)\n"), sub.stderrSoFar().constData());

    // mosquitto resends what was in flight as the session resumes, before newer messages: once
    // "next" is printed, the resent PUBLISH was handled.
    const ToolResult next =
        runTool(Tool,
                arguments(u"pub"_s, broker.port(), version,
                          {u"-t"_s, topic, u"-q"_s, u"2"_s, u"-m"_s, u"next"_s}));
    QVERIFY2(next.succeeded(), qPrintable(next.describe()));
    QVERIFY2(sub.waitForStdout("next\n"), sub.stdoutSoFar().constData());
    QCOMPARE(sub.stdoutSoFar(), QByteArray("only once\nnext\n"));
    const QString stopped = stopCleanly(sub);
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

// pub -l at QoS 1 with lines written before the broker stops, while it is down, and after it is
// back: standard input is read on (more than a pipe holds), the lines wait in the offline queue,
// and every line arrives, in order, at a subscriber whose session the broker keeps in its
// database; pub exits 0 at the end.
void tst_CliReconnect::pubLinesSurviveBrokerRestart()
{
    QFETCH(QString, version);
    QTemporaryDir database;
    QVERIFY(database.isValid());
    MosquittoBroker broker(persistentBroker(database));
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const QString topic = uniqueName(u"cli/reconnect/lines"_s);
    MqttClient observer;
    QSignalSpy received(&observer, &MqttClient::messageReceived);
    const QString notObserving = startObserver(observer, broker.url(), version, topic);
    QVERIFY2(notObserving.isEmpty(), qPrintable(notObserving));

    ToolProcess pub(
        Tool,
        arguments(u"pub"_s, broker.port(), version, {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-l"_s}));
    QVERIFY(pub.start("before 1\nbefore 2\n", true));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, WaitMs);

    broker.stop();
    QVERIFY2(pub.waitForStderr("reconnecting in"), pub.stderrSoFar().constData());
    // More than a pipe holds (64 KiB): the write completes only if pub reads while it is down.
    QList<QByteArray> whileDown;
    for (int i = 0; i < LinesWhileDown; ++i)
        whileDown.append(QByteArray("while down ") + QByteArray::number(i).leftJustified(88, '.'));
    QVERIFY(pub.write(whileDown.join('\n') + '\n'));
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QVERIFY2(pub.waitForStderr("ohmqtt: reconnected to "), pub.stderrSoFar().constData());
    QVERIFY(pub.write("after 1\nafter 2\n"));
    pub.closeInput();
    QVERIFY(pub.waitForExit(WaitMs)); // the observer reconnects meanwhile
    const ToolResult result = pub.finish();
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));

    const QList<QByteArray> expected = QList<QByteArray> {"before 1", "before 2"} + whileDown +
        QList<QByteArray> {"after 1", "after 2"};
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= expected.size(), WaitMs);
    QCOMPARE(payloads(received), expected);
}

// pub -l -c -i at QoS 1 through a proxy that drops what pub sends, then cuts: the PUBLISH the
// broker never acknowledged goes out again on the resumed session with its packet identifier
// [MQTT-4.4.0-1], and every line arrives.
void tst_CliReconnect::pubResendsUnacknowledgedAfterCut()
{
    QFETCH(QString, version);
    ProxiedBroker proxied;
    const QString notStarted = proxied.start();
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    const MosquittoBroker &broker = proxied.broker;
    CutProxy &proxy = *proxied.proxy;
    const QString topic = uniqueName(u"cli/reconnect/resend"_s);
    MqttClient observer;
    QSignalSpy received(&observer, &MqttClient::messageReceived);
    const QString notObserving = startObserver(observer, broker.url(), version, topic);
    QVERIFY2(notObserving.isEmpty(), qPrintable(notObserving));

    ToolProcess pub(Tool,
                    arguments(u"pub"_s, proxy.port(), version,
                              {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-l"_s, u"-c"_s, u"-i"_s,
                               uniqueName(u"pub"_s)}));
    QVERIFY(pub.start("first\n", true));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, WaitMs);

    proxy.setDroppingFromClients(true);
    QVERIFY(pub.write("lost in the network\n"));
    QVERIFY(proxy.droppedBytes() == 0);
    QTRY_VERIFY_WITH_TIMEOUT(proxy.droppedBytes() > 0, WaitMs); // the PUBLISH went nowhere
    proxy.cut();
    proxy.setDroppingFromClients(false);
    QVERIFY2(pub.waitForStderr(" (session present)\n"), pub.stderrSoFar().constData());
    QVERIFY(pub.write("last\n"));
    pub.closeInput();
    QVERIFY(pub.waitForExit(WaitMs)); // the proxy relays meanwhile
    const ToolResult result = pub.finish();
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, WaitMs);
    QCOMPARE(payloads(received), (QList<QByteArray> {"first", "lost in the network", "last"}));
}

// pub -l at QoS 2 without -c: the broker took a message over (PUBREC), the connection dies before
// PUBCOMP, and the reconnect starts a new session, where the message cannot be sent again
// without risking a second delivery. pub says so, goes on with the next line, and exits 1 at the
// end: not everything was acknowledged.
void tst_CliReconnect::pubReportsMessageLostWithSessionAndGoesOn()
{
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    broker.setHandler(PacketType::PubRel, [](const Packet &) {}); // no PUBCOMP
    ToolProcess pub(
        Tool,
        arguments(u"pub"_s, broker.port(), u"5"_s, {u"-t"_s, u"t"_s, u"-q"_s, u"2"_s, u"-l"_s}));
    QVERIFY(pub.start("taken over\n", true));
    QVERIFY(broker.waitForPackets(PacketType::PubRel, 1, WaitMs));
    broker.setHandler(PacketType::PubRel, nullptr);
    broker.closeConnection();
    QVERIFY2(pub.waitForStderr("ohmqtt: reconnected to " + brokerName(broker.port()) +
                               " (new session)\n"),
             pub.stderrSoFar().constData());
    QVERIFY2(pub.waitForStderr("ohmqtt: publish to 't' failed: "), pub.stderrSoFar().constData());
    QVERIFY(pub.write("next\n"));
    pub.closeInput();
    QVERIFY(pub.waitForExit(WaitMs)); // the scripted broker answers meanwhile
    const ToolResult result = pub.finish();
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1,
             qPrintable(result.describe()));
    QList<QByteArray> published;
    for (const Packet &packet : broker.receivedPackets()) {
        if (const auto *publish = std::get_if<PublishPacket>(&packet))
            published.append(publish->payload);
    }
    QCOMPARE(published, (QList<QByteArray> {"taken over", "next"})); // not sent twice
    QCOMPARE(broker.receivedCount(PacketType::PubRel), 2); // "next" completed
}

void tst_CliReconnect::noReconnectExitsAsBefore_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("sub") << QStringList {u"sub"_s, u"-t"_s, u"t"_s};
    QTest::newRow("pub -l") << QStringList {u"pub"_s, u"-t"_s, u"t"_s, u"-l"_s};
}

// --no-reconnect: the connection lost ends the command at once with code 1 and the words of
// before reconnecting existed; nothing says "reconnect".
void tst_CliReconnect::noReconnectExitsAsBefore()
{
    QFETCH(QStringList, command);
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const QString id = uniqueName(u"plain"_s);
    ToolProcess tool(Tool,
                     command +
                         QStringList {u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
                                      QString::number(broker.port()), u"-i"_s, id,
                                      u"--no-reconnect"_s});
    QVERIFY(tool.start({}, true));
    QVERIFY2(logShows(broker, u"New client connected from 127.0.0.1"_s) && logShows(broker, id),
             qPrintable(broker.logText()));
    broker.kill();
    const ToolResult result = tool.finish();
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit && result.exitCode == 1,
             qPrintable(result.describe()));
    QVERIFY2(result.err.startsWith("ohmqtt: ") && result.err.contains(brokerName(broker.port())),
             qPrintable(result.describe()));
    QVERIFY2(!result.err.contains("reconnect"), qPrintable(result.describe()));
}

void tst_CliReconnect::refusalOnReconnectEnds_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("v5") << u"5"_s << QByteArray("Connection error: Not authorized\n") << 135;
    QTest::newRow("v311") << u"311"_s
                          << QByteArray("Connection error: Connection Refused: not authorised.\n")
                          << 5;
}

// A broker that refuses the reconnect for who the client is (Not authorized): the same CONNECT
// would get the same answer, so sub ends as a refused first connection does, in mosquitto's
// words and with its exit code.
void tst_CliReconnect::refusalOnReconnectEnds()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, message);
    QFETCH(int, exitCode);
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    ToolProcess sub(Tool, arguments(u"sub"_s, broker.port(), version, {u"-t"_s, u"t"_s}));
    QVERIFY(sub.start());
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 1, WaitMs));
    broker.refuseConnections(ReasonCode::NotAuthorized);
    broker.closeConnection();
    QVERIFY2(sub.waitForStderr("reconnecting in 1 s\n"), sub.stderrSoFar().constData());
    QVERIFY(broker.waitForConnections(2, WaitMs));
    QVERIFY2(sub.waitForStderr(message), sub.stderrSoFar().constData());
    const ToolResult result = sub.finish();
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit &&
                 result.exitCode == exitCode,
             qPrintable(result.describe()));
    QCOMPARE(broker.connectionCount(), 2); // not tried again
}

// Server busy concerns the broker's state, which changes: the reconnect is tried again after the
// back-off, and succeeds once the broker accepts.
void tst_CliReconnect::temporaryRefusalIsRetried()
{
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    ToolProcess sub(Tool, arguments(u"sub"_s, broker.port(), u"5"_s, {u"-t"_s, u"t"_s}));
    QVERIFY(sub.start());
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 1, WaitMs));
    broker.refuseConnections(ReasonCode::ServerBusy);
    broker.closeConnection();
    QVERIFY2(sub.waitForStderr(brokerName(broker.port()) + " refused the connection ("),
             sub.stderrSoFar().constData());
    QVERIFY2(sub.stderrSoFar().contains("; reconnecting in 2 s\n"), sub.stderrSoFar().constData());
    broker.acceptConnections();
    QVERIFY2(sub.waitForStderr("ohmqtt: reconnected to " + brokerName(broker.port()) +
                               " (new session)\n"),
             sub.stderrSoFar().constData());
    // No session: the library subscribes again by itself.
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 2, WaitMs));
    const QString stopped = stopCleanly(sub);
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

// The connection dies between SUBSCRIBE and SUBACK: the request failed without an answer, and
// sub asks again on the next connection instead of counting the filter as refused.
void tst_CliReconnect::subscriptionCutShortIsAskedAgain()
{
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    broker.setHandler(PacketType::Subscribe, [](const Packet &) {}); // no SUBACK
    ToolProcess sub(Tool, arguments(u"sub"_s, broker.port(), u"5"_s, {u"-t"_s, u"t"_s}));
    QVERIFY(sub.start());
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 1, WaitMs));
    broker.setHandler(PacketType::Subscribe, nullptr); // SUBACK from now on
    broker.closeConnection();
    QVERIFY2(sub.waitForStderr("ohmqtt: reconnected to "), sub.stderrSoFar().constData());
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 2, WaitMs));
    PublishPacket message;
    message.topic = u"t"_s;
    message.payload = "still subscribed";
    QVERIFY(broker.send(message)); // after the SUBACK: the filter is live again
    QVERIFY2(sub.waitForStdout("still subscribed\n"), sub.stdoutSoFar().constData());
    QVERIFY2(!sub.stderrSoFar().contains("subscription"), sub.stderrSoFar().constData());
    const QString stopped = stopCleanly(sub);
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

void tst_CliReconnect::brokerDisconnectRetriedOrNot_data()
{
    QTest::addColumn<ReasonCode>("reason");
    QTest::addColumn<bool>("retried");
    QTest::newRow("server shutting down") << ReasonCode::ServerShuttingDown << true;
    QTest::newRow("session taken over") << ReasonCode::SessionTakenOver << false;
}

// MQTT 5.0: the broker's DISCONNECT says why. Server shutting down is a cut like any other;
// Session taken over means another client with the same id: reconnecting would take the
// session back and start a tug of war, so sub ends with the broker's reason (exit 1).
void tst_CliReconnect::brokerDisconnectRetriedOrNot()
{
    QFETCH(ReasonCode, reason);
    QFETCH(bool, retried);
    MqttScriptedBroker broker;
    QVERIFY2(broker.isListening(), qPrintable(broker.errorString()));
    ToolProcess sub(Tool, arguments(u"sub"_s, broker.port(), u"5"_s, {u"-t"_s, u"t"_s}));
    QVERIFY(sub.start());
    QVERIFY(broker.waitForPackets(PacketType::Subscribe, 1, WaitMs));
    DisconnectPacket disconnect;
    disconnect.reasonCode = reason;
    QVERIFY(broker.send(disconnect));
    broker.closeConnection();
    const QByteArray ended = "ohmqtt: " + brokerName(broker.port()) + " ended the connection: ";
    if (retried) {
        QVERIFY2(sub.waitForStderr("ohmqtt: connection to " + brokerName(broker.port()) +
                                   " lost (" + ended.mid(8)),
                 sub.stderrSoFar().constData());
        QVERIFY2(sub.waitForStderr("ohmqtt: reconnected to "), sub.stderrSoFar().constData());
        const QString stopped = stopCleanly(sub);
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    } else {
        const ToolResult result = sub.finish();
        QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit &&
                     result.exitCode == 1,
                 qPrintable(result.describe()));
        QVERIFY2(result.err.startsWith(ended + "SessionTakenOver (0x8E)"),
                 qPrintable(result.describe()));
        QVERIFY2(!result.err.contains("reconnect"), qPrintable(result.describe()));
        QCOMPARE(broker.connectionCount(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_CliReconnect)
#include "tst_reconnect.moc"
