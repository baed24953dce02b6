// Which messages ohmqtt sub takes, and what it does besides printing, next to mosquitto_sub:
// -R, --retained-only, -T, -U, -E and --remove-retained.
#include "cli/brokerlog.h"
#include "cli/clicomparison.h"

#include <OhMqttTest/mqttscriptedbroker.h>

#include <QtCore/qregularexpression.h>
#include <QtTest/QTest>

#include <csignal>

using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

void addVersionRows()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("v5") << u"5"_s;
    QTest::newRow("v311") << u"311"_s;
}

} // namespace

class tst_SubFilters : public QObject
{
    Q_OBJECT

public:
    tst_SubFilters()
        : m_cli(QStringLiteral(OHMQTT_TOOL))
    { }

private slots:
    void initTestCase();

    void skipRetainedPrintsOnlyFreshMessages_data() { addVersionRows(); }
    void skipRetainedPrintsOnlyFreshMessages();
    void retainedOnlyStopsAtFirstFreshMessage_data() { addVersionRows(); }
    void retainedOnlyStopsAtFirstFreshMessage();
    void filterOutDropsMatchingTopics_data() { addVersionRows(); }
    void filterOutDropsMatchingTopics();
    void exitAfterSubscribeLeavesAtSubAck_data() { addVersionRows(); }
    void exitAfterSubscribeLeavesAtSubAck();
    void unsubscribeChangesPersistentSession_data() { addVersionRows(); }
    void unsubscribeChangesPersistentSession();
    void removeRetainedClearsWhatItPrints_data();
    void removeRetainedClearsWhatItPrints();
    void removeRetainedWaitsForAcknowledgement();

private:
    // mosquitto_pub -q 1 -m `payload` to `topic`, then `more`.
    QString publish(const QString &version, const QString &topic, const QString &payload,
                    const QStringList &more = {});
    // A retained message under `tree` for each leaf, its name in capitals as the payload.
    QString retain(const QString &version, const QString &tree, const QStringList &leaves);
    // Retained "A" and "B" on <tree>/a and <tree>/b; both subscribers with `arguments` on
    // <tree>/#; then "fresh" on <tree>/c, and their results. Returns what went wrong, or nothing.
    QString runAfterRetained(const QString &version, const QString &tree,
                             const QStringList &arguments, SubscriberPair *pair, ToolResult *ohmqtt,
                             ToolResult *mosquitto);
    // The retained messages under `tree`, as "topic payload" lines.
    QByteArray retainedUnder(const QString &tree);

    CliComparison m_cli;
};

void tst_SubFilters::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    const QString error = m_cli.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString tst_SubFilters::publish(const QString &version, const QString &topic,
                                const QString &payload, const QStringList &more)
{
    const ToolResult pub = runTool(
        m_cli.mosquittoPub(),
        m_cli.at(version, QStringList {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, payload} + more));
    return pub.succeeded() ? QString() : u"mosquitto_pub failed\n"_s + m_cli.failure(pub);
}

QString tst_SubFilters::retain(const QString &version, const QString &tree,
                               const QStringList &leaves)
{
    QString problems;
    for (const QString &leaf : leaves)
        problems += publish(version, tree + u'/' + leaf, leaf.toUpper(), {u"-r"_s});
    return problems;
}

QString tst_SubFilters::runAfterRetained(const QString &version, const QString &tree,
                                         const QStringList &arguments, SubscriberPair *pair,
                                         ToolResult *ohmqtt, ToolResult *mosquitto)
{
    QString problem = retain(version, tree, {u"a"_s, u"b"_s});
    if (problem.isEmpty()) {
        problem = m_cli.startPair(*pair, version, arguments + QStringList {u"-t"_s, tree + u"/#"_s},
                                  {tree + u"/#"_s});
    }
    if (problem.isEmpty())
        problem = publish(version, tree + u"/c"_s, u"fresh"_s);
    return problem.isEmpty() ? m_cli.finishPair(*pair, ohmqtt, mosquitto) : problem;
}

// --retained-only prints the retained messages and ends at the fresh one published after them.
QByteArray tst_SubFilters::retainedUnder(const QString &tree)
{
    const QString id = m_cli.unique(u"check"_s);
    ToolProcess check(
        m_cli.tool(),
        m_cli.ohmqtt(u"sub"_s, u"5"_s,
                     {u"-t"_s, tree + u"/#"_s, u"--retained-only"_s, u"-v"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(check, m_cli.broker(), id, {tree + u"/#"_s});
    if (!notReady.isEmpty() || !publish(u"5"_s, tree + u"/end"_s, u"fresh"_s).isEmpty())
        return "<check failed> " + notReady.toUtf8();
    const ToolResult result = check.finish();
    return result.succeeded() ? result.out : "<check failed> " + result.describe().toUtf8();
}

// mosquitto_sub -R also asks an MQTT 5.0 broker not to send retained messages at all (Retain
// Handling 2); with MQTT 3.1.1 they arrive and are dropped. The broker's log tells which.
void tst_SubFilters::skipRetainedPrintsOnlyFreshMessages()
{
    QFETCH(QString, version);
    const QString tree = m_cli.unique(u"cli/stale"_s);
    SubscriberPair pair;
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const QString problem = runAfterRetained(version, tree, {u"-R"_s, u"-v"_s, u"-C"_s, u"1"_s},
                                             &pair, &ohmqtt, &mosquitto);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(ohmqtt.out, tree.toUtf8() + "/c fresh\n");
    QCOMPARE(ohmqtt.out, mosquitto.out);

    for (const QString &id : {pair.ohmqttId, pair.mosquittoId}) {
        // The log has come as far as the fresh message; a retained one went out before it.
        QVERIFY2(logShows(m_cli.broker(),
                          u"Sending PUBLISH to %1 (d0, q0, r0, m0, '%2/c'"_s.arg(id, tree)),
                 qPrintable(m_cli.broker().logText()));
        const bool sent = m_cli.broker().logText().contains(
            u"Sending PUBLISH to %1 (d0, q0, r1, m0, '%2/a'"_s.arg(id, tree));
        QVERIFY2(sent == (version == u"311"), qPrintable(m_cli.broker().logText()));
    }
}

void tst_SubFilters::retainedOnlyStopsAtFirstFreshMessage()
{
    QFETCH(QString, version);
    const QString tree = m_cli.unique(u"cli/retained-only"_s);
    // No -C: the fresh message alone ends both.
    SubscriberPair pair;
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const QString problem = runAfterRetained(version, tree, {u"--retained-only"_s, u"-v"_s}, &pair,
                                             &ohmqtt, &mosquitto);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray lines = ohmqtt.out;
    QVERIFY2(lines.contains(tree.toUtf8() + "/a A\n") && lines.contains(tree.toUtf8() + "/b B\n"),
             lines.constData());
    QVERIFY2(!lines.contains("fresh"), lines.constData());
    QCOMPARE(ohmqtt.out, mosquitto.out);
}

// Filtered messages are not printed and do not count for -C; '#' also matches its parent.
void tst_SubFilters::filterOutDropsMatchingTopics()
{
    QFETCH(QString, version);
    const QString tree = m_cli.unique(u"cli/filter-out"_s);
    SubscriberPair pair;
    const QString notReady =
        m_cli.startPair(pair, version,
                        {u"-v"_s, u"-C"_s, u"2"_s, u"-t"_s, tree + u"/#"_s, u"-T"_s,
                         tree + u"/skip/#"_s, u"--filter-out"_s, tree + u"/+/secret"_s},
                        {tree + u"/#"_s});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    for (const auto &[topic, payload] : {std::pair {u"/a"_s, u"1"_s},
                                         {u"/skip/x"_s, u"2"_s},
                                         {u"/skip"_s, u"3"_s},
                                         {u"/c/secret"_s, u"4"_s},
                                         {u"/d"_s, u"5"_s}}) {
        const QString problem = publish(version, tree + topic, payload);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const QString problem = m_cli.finishPair(pair, &ohmqtt, &mosquitto);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(ohmqtt.out, tree.toUtf8() + "/a 1\n" + tree.toUtf8() + "/d 5\n");
    QCOMPARE(ohmqtt.out, mosquitto.out);
}

void tst_SubFilters::exitAfterSubscribeLeavesAtSubAck()
{
    QFETCH(QString, version);
    const QString topic = m_cli.unique(u"cli/exit-after-subscribe"_s);
    const QString id = m_cli.unique(u"ohmqtt-sub"_s);
    const ToolResult ohmqtt = runTool(
        m_cli.tool(),
        m_cli.ohmqtt(u"sub"_s, version, {u"-E"_s, u"-q"_s, u"1"_s, u"-t"_s, topic, u"-i"_s, id}));
    const ToolResult mosquitto = runTool(
        m_cli.mosquittoSub(), m_cli.at(version, {u"-E"_s, u"-q"_s, u"1"_s, u"-t"_s, topic}));
    QVERIFY2(ohmqtt.succeeded(), qPrintable(m_cli.failure(ohmqtt)));
    QVERIFY2(mosquitto.succeeded(), qPrintable(m_cli.failure(mosquitto)));
    QCOMPARE(ohmqtt.out, QByteArray());
    QCOMPARE(ohmqtt.out, mosquitto.out);
    const QString disconnect = u"Received DISCONNECT from %1\n"_s.arg(id);
    QVERIFY2(logShows(m_cli.broker(), disconnect), qPrintable(m_cli.broker().logText()));
    const QString log = m_cli.broker().logText();
    const qsizetype subscribed = log.indexOf(u": %1 1 %2\n"_s.arg(id, topic));
    const qsizetype left = log.indexOf(disconnect);
    QVERIFY2(subscribed >= 0 && left > subscribed, qPrintable(log));
}

// -c -E sets a session up; a second run adds a filter and drops one with -U; the messages queued
// meanwhile show which subscriptions the session kept.
void tst_SubFilters::unsubscribeChangesPersistentSession()
{
    QFETCH(QString, version);
    const QString tree = m_cli.unique(u"cli/unsubscribe"_s);
    QByteArray outputs[2];
    for (int tool = 0; tool < 2; ++tool) {
        const bool ohmqtt = tool == 0;
        const QString branch = tree + (ohmqtt ? u"/ohmqtt"_s : u"/mosquitto"_s);
        const QString id = m_cli.unique(ohmqtt ? u"ohmqtt-session"_s : u"mosquitto-session"_s);
        const auto run = [&](const QStringList &arguments) {
            const QStringList common {u"-c"_s, u"-i"_s, id, u"-q"_s, u"1"_s};
            return ohmqtt
                ? runTool(m_cli.tool(), m_cli.ohmqtt(u"sub"_s, version, common + arguments))
                : runTool(m_cli.mosquittoSub(), m_cli.at(version, common + arguments));
        };
        const ToolResult setUp =
            run({u"-t"_s, branch + u"/a"_s, u"-t"_s, branch + u"/b"_s, u"-E"_s});
        QVERIFY2(setUp.succeeded(), qPrintable(m_cli.failure(setUp)));
        const ToolResult changed =
            run({u"-t"_s, branch + u"/c"_s, u"-U"_s, branch + u"/a"_s, u"-E"_s});
        QVERIFY2(changed.succeeded(), qPrintable(m_cli.failure(changed)));
        QVERIFY2(logShows(m_cli.broker(), u"Received UNSUBSCRIBE from %1\n"_s.arg(id)),
                 qPrintable(m_cli.broker().logText()));
        for (const QString &leaf : {u"a"_s, u"b"_s, u"c"_s}) {
            const QString problem = publish(version, branch + u'/' + leaf, leaf.toUpper());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const ToolResult queued = run({u"-t"_s, branch + u"/c"_s, u"-v"_s, u"-C"_s, u"2"_s});
        QVERIFY2(queued.succeeded(), qPrintable(m_cli.failure(queued)));
        outputs[tool] = QByteArray(queued.out).replace(branch.toUtf8(), "<branch>");
    }
    QCOMPARE(outputs[0], "<branch>/b B\n<branch>/c C\n"_ba);
    QCOMPARE(outputs[0], outputs[1]);
}

void tst_SubFilters::removeRetainedClearsWhatItPrints_data()
{
    QTest::addColumn<QStringList>("arguments");
    // The first fresh message to arrive is the broker forwarding one of the removals.
    QTest::newRow("--retained-only -T")
        << QStringList {u"--retained-only"_s, u"-T"_s, u"<tree>/keep"_s};
    QTest::newRow("-C -T") << QStringList {u"-C"_s, u"2"_s, u"-T"_s, u"<tree>/keep"_s};
}

// Each printed retained message is cleared by an empty retained QoS 1 message; a filtered one
// stays. ohmqtt exits once the broker acknowledged the removals; mosquitto_sub 2.0.11 never
// exits while a removal was sent, so it is interrupted once it has sent them.
void tst_SubFilters::removeRetainedClearsWhatItPrints()
{
    QFETCH(QStringList, arguments);
    QByteArray outputs[2];
    QByteArray remaining[2];
    for (int tool = 0; tool < 2; ++tool) {
        const bool ohmqtt = tool == 0;
        const QString tree = m_cli.unique(u"cli/remove-retained"_s);
        const QString problem = retain(u"5"_s, tree, {u"a"_s, u"b"_s, u"keep"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString id = m_cli.unique(u"remover"_s);
        const QStringList options =
            QStringList {u"-t"_s, tree + u"/#"_s, u"--remove-retained"_s, u"-v"_s, u"-i"_s, id} +
            QStringList(arguments).replaceInStrings(u"<tree>"_s, tree);
        ToolProcess remover(ohmqtt ? m_cli.tool() : m_cli.mosquittoSub(),
                            ohmqtt ? m_cli.ohmqtt(u"sub"_s, u"5"_s, options)
                                   : m_cli.at(u"5"_s, options));
        QVERIFY(remover.start());
        if (!ohmqtt) {
            for (const QString &leaf : {u"a"_s, u"b"_s}) {
                const QRegularExpression removal(
                    QRegularExpression::escape(
                        u"Received PUBLISH from %1 (d0, q1, r1, m"_s.arg(id)) +
                    u"\\d+"_s +
                    QRegularExpression::escape(u", '%1/%2', ... (0 bytes))"_s.arg(tree, leaf)));
                QVERIFY2(QTest::qWaitFor([&] { return m_cli.broker().logText().contains(removal); },
                                         ReadyTimeoutMs),
                         qPrintable(m_cli.broker().logText()));
            }
            QVERIFY(remover.waitForOutput(tree.toUtf8() + "/b B\n"));
            remover.signal(SIGINT);
        }
        const ToolResult result = remover.finish();
        QVERIFY2(result.succeeded(), qPrintable(m_cli.failure(result)));
        if (ohmqtt) { // the broker may log the DISCONNECT after the tool has exited
            const QString disconnect = u"Received DISCONNECT from %1\n"_s.arg(id);
            QVERIFY2(logShows(m_cli.broker(), disconnect), qPrintable(m_cli.broker().logText()));
            const QString log = m_cli.broker().logText();
            const qsizetype acknowledged = log.lastIndexOf(u"Sending PUBACK to %1"_s.arg(id));
            const qsizetype left = log.indexOf(disconnect);
            QVERIFY2(acknowledged >= 0 && left > acknowledged, qPrintable(log));
        }
        outputs[tool] = QByteArray(result.out).replace(tree.toUtf8(), "<tree>");
        remaining[tool] = retainedUnder(tree).replace(tree.toUtf8(), "<tree>");
    }
    QCOMPARE(outputs[0], "<tree>/a A\n<tree>/b B\n"_ba);
    QCOMPARE(outputs[0], outputs[1]);
    QCOMPARE(remaining[0], "<tree>/keep KEEP\n"_ba);
    QCOMPARE(remaining[0], remaining[1]);
}

// A real broker acknowledges a removal at once; the scripted one holds the PUBACK back, then
// refuses: no DISCONNECT meanwhile, then the reason code on stderr and exit code 1.
void tst_SubFilters::removeRetainedWaitsForAcknowledgement()
{
    using namespace OhMqtt;
    OhMqtt::MqttScriptedBroker broker;
    broker.setAutomaticReplies(false); // the test plays each step
    QVERIFY(broker.isListening());
    ToolProcess sub(m_cli.tool(),
                    {u"sub"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.port()),
                     u"-t"_s, u"r/#"_s, u"--remove-retained"_s, u"-C"_s, u"1"_s, u"-v"_s});
    QVERIFY(sub.start());
    QVERIFY(broker.waitForConnections(1, ToolTimeoutMs));
    QVERIFY(broker.takePacket<ConnectPacket>(ToolTimeoutMs));
    QVERIFY(broker.send(ConnAckPacket {}));
    const std::optional<SubscribePacket> subscribe =
        broker.takePacket<SubscribePacket>(ToolTimeoutMs);
    QVERIFY(subscribe);
    SubAckPacket subAck;
    subAck.packetId = subscribe->packetId;
    subAck.reasonCodes = {GrantedQoS0};
    QVERIFY(broker.send(subAck));
    PublishPacket retained;
    retained.topic = u"r/a"_s;
    retained.payload = "A";
    retained.retain = true;
    QVERIFY(broker.send(retained));

    const std::optional<PublishPacket> removal = broker.takePacket<PublishPacket>(ToolTimeoutMs);
    QVERIFY(removal);
    QCOMPARE(removal->topic, u"r/a"_s);
    QVERIFY(removal->retain && removal->payload.isEmpty() && removal->qos == QoS::Q1);
    QVERIFY(sub.waitForOutput("r/a A\n"));
    QVERIFY(!broker.takePacket(300).has_value()); // -C 1 is reached, yet the removal is in flight
    PubAckPacket refused;
    refused.packetId = removal->packetId;
    refused.reasonCode = ReasonCode::NotAuthorized;
    QVERIFY(broker.send(refused));
    QVERIFY(broker.takePacket<DisconnectPacket>(ToolTimeoutMs));
    broker.closeConnection();
    const ToolResult result = sub.finish();
    QVERIFY2(result.finished && result.exitStatus == QProcess::NormalExit,
             qPrintable(result.describe()));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, "r/a A\n"_ba);
    QCOMPARE(result.err,
             "ohmqtt: removing the retained message of 'r/a' refused: NotAuthorized (0x87)\n"_ba);
}

QTEST_GUILESS_MAIN(tst_SubFilters)
#include "tst_subfilters.moc"
