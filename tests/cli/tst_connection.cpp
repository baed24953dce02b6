// ohmqtt's CONNECT flags against real mosquitto: credentials, -d, will, -D properties, sessions,
// -I.
#include "cli/brokerlog.h"
#include "cli/toolprocess.h"
#include "support/mosquittobroker.h"

#include <QtCore/qurl.h>
#include <QtTest/QTest>

#include <csignal>
#include <memory>

using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

const QString Tool = QStringLiteral(OHMQTT_TOOL);
const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret pass"); // a space, to see it travel intact

// One row per protocol version: ohmqtt's spelling and mosquitto's (which defaults to 3.1.1).
void addVersionRows()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("mosquittoVersion");
    QTest::newRow("v5") << u"5"_s << u"mqttv5"_s;
    QTest::newRow("v311") << u"311"_s << u"mqttv311"_s;
}

} // namespace

class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void credentialsFromOptionsAndUrl_data() { addVersionRows(); }
    void credentialsFromOptionsAndUrl();
    void wrongPasswordEndsAsMosquittoDoes_data();
    void wrongPasswordEndsAsMosquittoDoes();
    void debugPrintsLibraryLogWithoutPassword();
    void willIsSentWhenKilled_data() { addVersionRows(); }
    void willIsSentWhenKilled();
    void willIsNotSentAfterCleanExit();
    void publishPropertiesReachMosquittoSub();
    void mosquittoAcceptsEveryProperty();
    void persistentSessionKeepsMessages_data();
    void persistentSessionKeepsMessages();
    void lastMessageIsAcknowledgedBeforeExit_data();
    void lastMessageIsAcknowledgedBeforeExit();
    void clientIdPrefixGetsProcessId();

private:
    QString unique(const QString &stem) { return u"%1-%2"_s.arg(stem).arg(++m_counter); }
    // -h, -p and -V for `broker`, then `more`: ohmqtt's and mosquitto's clients take the same.
    static QStringList at(const MosquittoBroker &broker, const QString &version,
                          const QStringList &more);

    std::unique_ptr<MosquittoBroker> m_broker; // anonymous clients
    std::unique_ptr<MosquittoBroker> m_secured; // only User with Password
    QString m_mosquittoPub;
    QString m_mosquittoSub;
    int m_counter = 0;
};

void tst_Connection::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    // Where the fixture found them (PATH, then the sbin directories): isAvailable() checked.
    m_mosquittoPub = findTool(u"mosquitto_pub"_s);
    m_mosquittoSub = findTool(u"mosquitto_sub"_s);
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));

    MosquittoBroker::Options secured;
    secured.allowAnonymous = false;
    secured.users = {{User, Password}};
    m_secured = std::make_unique<MosquittoBroker>(secured);
    QVERIFY2(m_secured->start(&error), qPrintable(error));
}

void tst_Connection::cleanupTestCase()
{
    m_broker.reset();
    m_secured.reset();
}

QStringList tst_Connection::at(const MosquittoBroker &broker, const QString &version,
                               const QStringList &more)
{
    return QStringList {u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()),
                        u"-V"_s, version} +
        more;
}

void tst_Connection::credentialsFromOptionsAndUrl()
{
    QFETCH(QString, version);
    const QString topic = unique(u"cli/credentials"_s);
    const QString id = unique(u"sub"_s);
    ToolProcess sub(
        Tool,
        QStringList {u"sub"_s} +
            at(*m_secured, version,
               {u"-u"_s, User, u"-P"_s, Password, u"-t"_s, topic, u"-C"_s, u"1"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, *m_secured, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    QVERIFY2(logShows(*m_secured, u" as %1 ("_s.arg(id)), qPrintable(m_secured->logText()));

    // As mosquitto's -L: mqtt://user:password@host:port/topic.
    const QString url = u"mqtt://%1:%2@%3:%4/%5"_s.arg(
        User, QString::fromLatin1(QUrl::toPercentEncoding(Password)), m_secured->host(),
        QString::number(m_secured->port()), topic);
    const ToolResult pub =
        runTool(Tool, {u"pub"_s, u"-V"_s, version, u"-L"_s, url, u"-m"_s, u"let in"_s});
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub, *m_secured)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received, *m_secured)));
    QCOMPARE(received.out, "let in\n"_ba);
    QVERIFY2(logShows(*m_secured, u"u'%1'"_s.arg(User)), qPrintable(m_secured->logText()));
}

void tst_Connection::wrongPasswordEndsAsMosquittoDoes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("mosquittoVersion");
    for (const char *command : {"pub", "sub"}) {
        QTest::addRow("%s v5", command) << QString::fromLatin1(command) << u"5"_s << u"mqttv5"_s;
        QTest::addRow("%s v311", command)
            << QString::fromLatin1(command) << u"311"_s << u"mqttv311"_s;
    }
}

// The CONNACK's refusal is the exit code and the message, as mosquitto_pub and mosquitto_sub
// have them; the tool ends rather than trying again.
void tst_Connection::wrongPasswordEndsAsMosquittoDoes()
{
    QFETCH(QString, command);
    QFETCH(QString, version);
    QFETCH(QString, mosquittoVersion);
    QStringList more {u"-u"_s, User, u"-P"_s, u"wrong"_s, u"-t"_s, u"cli/denied"_s};
    if (command == u"pub")
        more << u"-m"_s << u"x"_s;
    const ToolResult ours = runTool(Tool, QStringList {command} + at(*m_secured, version, more));
    const ToolResult theirs = runTool(command == u"pub" ? m_mosquittoPub : m_mosquittoSub,
                                      at(*m_secured, mosquittoVersion, more));
    QVERIFY2(ours.finished && ours.exitStatus == QProcess::NormalExit, qPrintable(ours.describe()));
    QVERIFY2(theirs.finished, qPrintable(theirs.describe()));
    QVERIFY2(theirs.exitCode != 0, qPrintable(theirs.describe()));
    QCOMPARE(ours.exitCode, theirs.exitCode);
    // mosquitto_pub adds a second line ("Error: The connection was refused."); the first is the
    // refusal, word for word.
    const QByteArray refusal = theirs.err.left(theirs.err.indexOf('\n'));
    QVERIFY2(!refusal.isEmpty() && ours.err.contains(refusal),
             qPrintable(ours.describe() + u"\n--- mosquitto ---\n"_s + theirs.describe()));
}

// -d lets the library's categories print; the library never logs a password.
void tst_Connection::debugPrintsLibraryLogWithoutPassword()
{
    const QStringList more {u"-u"_s, User,   u"-P"_s, Password,   u"-t"_s, unique(u"cli/debug"_s),
                            u"-q"_s, u"1"_s, u"-m"_s, u"logged"_s};
    const ToolResult quiet = runTool(Tool, QStringList {u"pub"_s} + at(*m_secured, u"5"_s, more));
    QVERIFY2(quiet.succeeded(), qPrintable(quiet.describe()));
    QVERIFY2(!quiet.err.contains("ohmqtt."), qPrintable(quiet.describe()));

    const ToolResult debug =
        runTool(Tool, QStringList {u"pub"_s, u"-d"_s} + at(*m_secured, u"5"_s, more));
    QVERIFY2(debug.succeeded(), qPrintable(debug.describe()));
    QVERIFY2(debug.err.contains("ohmqtt."), qPrintable(debug.describe())); // "<category>: ..."
    QVERIFY2(!debug.err.contains(Password.toUtf8()), qPrintable(debug.describe()));
    QVERIFY2(!debug.out.contains(Password.toUtf8()), qPrintable(debug.describe()));
    QVERIFY(debug.out.isEmpty());
}

void tst_Connection::willIsSentWhenKilled()
{
    QFETCH(QString, version);
    QFETCH(QString, mosquittoVersion);
    const bool v5 = version == u"5";
    const QString willTopic = unique(u"cli/will"_s);
    const QString watcherId = unique(u"watcher"_s);
    ToolProcess watcher(m_mosquittoSub,
                        at(*m_broker, mosquittoVersion,
                           {u"-t"_s, willTopic, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-i"_s,
                            watcherId, u"-F"_s, v5 ? u"%t %q %p %C %P"_s : u"%t %q %p"_s}));
    QString notReady = startSubscribed(watcher, *m_broker, watcherId, {willTopic}, 1);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const QString topic = unique(u"cli/alive"_s);
    const QString id = unique(u"doomed"_s);
    QStringList more {u"-t"_s,
                      topic,
                      u"-i"_s,
                      id,
                      u"--will-topic"_s,
                      willTopic,
                      u"--will-payload"_s,
                      u"gone away"_s,
                      u"--will-qos"_s,
                      u"1"_s};
    if (v5)
        more << u"-D"_s << u"will"_s << u"content-type"_s << u"text/plain"_s << u"-D"_s << u"will"_s
             << u"user-property"_s << u"k"_s << u"v"_s;
    ToolProcess doomed(Tool, QStringList {u"sub"_s} + at(*m_broker, version, more));
    notReady = startSubscribed(doomed, *m_broker, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    doomed.signal(SIGKILL); // no DISCONNECT: the broker sees the connection die
    QCOMPARE(doomed.finish().exitStatus, QProcess::CrashExit);
    const ToolResult will = watcher.finish();
    QVERIFY2(will.succeeded(), qPrintable(failure(will, *m_broker)));
    QCOMPARE(will.out,
             willTopic.toUtf8() + (v5 ? " 1 gone away text/plain k:v\n" : " 1 gone away\n"));
}

// [MQTT-3.1.2-10] a DISCONNECT with reason 0 discards the will: SIGTERM ends sub cleanly.
void tst_Connection::willIsNotSentAfterCleanExit()
{
    const QString willTopic = unique(u"cli/will"_s);
    const QString watcherId = unique(u"watcher"_s);
    ToolProcess watcher(m_mosquittoSub,
                        at(*m_broker, u"mqttv5"_s,
                           {u"-t"_s, willTopic, u"-C"_s, u"1"_s, u"-v"_s, u"-i"_s, watcherId}));
    QString notReady = startSubscribed(watcher, *m_broker, watcherId, {willTopic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const QString topic = unique(u"cli/alive"_s);
    const QString id = unique(u"leaving"_s);
    ToolProcess leaving(Tool,
                        QStringList {u"sub"_s} +
                            at(*m_broker, u"5"_s,
                               {u"-t"_s, topic, u"-i"_s, id, u"--will-topic"_s, willTopic,
                                u"--will-payload"_s, u"must not arrive"_s}));
    notReady = startSubscribed(leaving, *m_broker, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    leaving.signal(SIGTERM);
    const ToolResult left = leaving.finish();
    QVERIFY2(left.succeeded(), qPrintable(failure(left, *m_broker)));
    QVERIFY2(logShows(*m_broker, u"Received DISCONNECT from %1\n"_s.arg(id)),
             qPrintable(m_broker->logText()));

    // Whatever the broker would have sent for the will came before this.
    const ToolResult marker = runTool(
        Tool,
        QStringList {u"pub"_s} + at(*m_broker, u"5"_s, {u"-t"_s, willTopic, u"-m"_s, u"end"_s}));
    QVERIFY2(marker.succeeded(), qPrintable(failure(marker, *m_broker)));
    const ToolResult seen = watcher.finish();
    QVERIFY2(seen.succeeded(), qPrintable(failure(seen, *m_broker)));
    QCOMPARE(seen.out, willTopic.toUtf8() + " end\n");
}

void tst_Connection::publishPropertiesReachMosquittoSub()
{
    const QString topic = unique(u"cli/properties"_s);
    const QString watcherId = unique(u"watcher"_s);
    ToolProcess watcher(
        m_mosquittoSub,
        at(*m_broker, u"mqttv5"_s,
           {u"-t"_s, topic, u"-C"_s, u"1"_s, u"-i"_s, watcherId, u"-F"_s, u"%C|%F|%R|%D|%P|%p"_s}));
    const QString notReady = startSubscribed(watcher, *m_broker, watcherId, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub = runTool(Tool,
                                   QStringList {u"pub"_s} +
                                       at(*m_broker, u"5"_s,
                                          {u"-t"_s,
                                           topic,
                                           u"-m"_s,
                                           u"body"_s,
                                           u"-D"_s,
                                           u"publish"_s,
                                           u"content-type"_s,
                                           u"text/plain"_s,
                                           u"-D"_s,
                                           u"publish"_s,
                                           u"payload-format-indicator"_s,
                                           u"1"_s,
                                           u"-D"_s,
                                           u"publish"_s,
                                           u"response-topic"_s,
                                           u"replies/here"_s,
                                           u"-D"_s,
                                           u"publish"_s,
                                           u"correlation-data"_s,
                                           u"c-7"_s,
                                           u"-D"_s,
                                           u"publish"_s,
                                           u"user-property"_s,
                                           u"a"_s,
                                           u"b"_s,
                                           u"--property"_s,
                                           u"publish"_s,
                                           u"user-property"_s,
                                           u"a"_s,
                                           u"c"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub, *m_broker)));
    const ToolResult seen = watcher.finish();
    QVERIFY2(seen.succeeded(), qPrintable(failure(seen, *m_broker)));
    QCOMPARE(seen.out, "text/plain|1|replies/here|c-7|a:b a:c|body\n"_ba);
}

// Every -D property ohmqtt sends, in CONNECT, SUBSCRIBE and DISCONNECT, as mosquitto takes them.
void tst_Connection::mosquittoAcceptsEveryProperty()
{
    const QString topic = unique(u"cli/every-property"_s);
    const QString id = unique(u"sub"_s);
    const auto d = [](const char *packet, const char *property, const char *value) {
        return QStringList {u"-D"_s, QString::fromUtf8(packet), QString::fromUtf8(property),
                            QString::fromUtf8(value)};
    };
    const QStringList more = QStringList {u"-t"_s, topic,   u"-i"_s, id,      u"-C"_s,
                                          u"1"_s,  u"-q"_s, u"1"_s,  u"-x"_s, u"60"_s} +
        d("connect", "receive-maximum", "5") + d("connect", "maximum-packet-size", "100000") +
        d("connect", "topic-alias-maximum", "3") +
        d("connect", "request-problem-information", "1") +
        d("connect", "request-response-information", "1") +
        QStringList {u"-D"_s, u"connect"_s, u"user-property"_s, u"c"_s, u"d"_s} +
        d("subscribe", "subscription-identifier", "42") +
        QStringList {u"-D"_s, u"subscribe"_s, u"user-property"_s, u"s"_s, u"t"_s} +
        d("disconnect", "session-expiry-interval", "0") + d("disconnect", "reason-string", "done") +
        QStringList {u"-D"_s, u"disconnect"_s, u"user-property"_s, u"e"_s, u"f"_s};
    ToolProcess sub(Tool, QStringList {u"sub"_s} + at(*m_broker, u"5"_s, more));
    const QString notReady = startSubscribed(sub, *m_broker, id, {topic}, 1);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

    const ToolResult pub =
        runTool(Tool,
                QStringList {u"pub"_s} +
                    at(*m_broker, u"5"_s,
                       QStringList {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"accepted"_s} +
                           d("publish", "message-expiry-interval", "600") +
                           d("connect", "session-expiry-interval", "10")));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub, *m_broker)));
    const ToolResult received = sub.finish();
    QVERIFY2(received.succeeded(), qPrintable(failure(received, *m_broker)));
    QCOMPARE(received.out, "accepted\n"_ba);
    QVERIFY2(logShows(*m_broker, u"Received DISCONNECT from %1\n"_s.arg(id)),
             qPrintable(m_broker->logText()));
}

void tst_Connection::persistentSessionKeepsMessages_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("session"); // besides -c and -i
    QTest::addColumn<QString>("protocolTag"); // mosquitto's log: p5 is MQTT 5.0, p2 is 3.1.1
    QTest::newRow("v5 -c") << u"5"_s << QStringList {} << u"p5"_s;
    QTest::newRow("v5 -c -x 300") << u"5"_s << QStringList {u"-x"_s, u"300"_s} << u"p5"_s;
    QTest::newRow("v311 -c") << u"311"_s << QStringList {} << u"p2"_s;
}

// -c: the broker keeps the subscription and queues QoS 1 messages while sub is away.
void tst_Connection::persistentSessionKeepsMessages()
{
    QFETCH(QString, version);
    QFETCH(QStringList, session);
    QFETCH(QString, protocolTag);
    const QString topic = unique(u"cli/persistent"_s);
    const QString id = unique(u"persistent"_s);
    const QStringList more =
        QStringList {u"-c"_s, u"-i"_s, id, u"-q"_s, u"1"_s, u"-t"_s, topic} + session;
    ToolProcess first(Tool, QStringList {u"sub"_s} + at(*m_broker, version, more));
    const QString notReady = startSubscribed(first, *m_broker, id, {topic}, 1);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    QVERIFY2(logShows(*m_broker, u" as %1 (%2, c0, k60)"_s.arg(id, protocolTag)),
             qPrintable(m_broker->logText()));
    first.signal(SIGTERM);
    const ToolResult away = first.finish();
    QVERIFY2(away.succeeded(), qPrintable(failure(away, *m_broker)));
    QVERIFY2(logShows(*m_broker, u"Received DISCONNECT from %1\n"_s.arg(id)),
             qPrintable(m_broker->logText()));

    const ToolResult pub = runTool(
        Tool,
        QStringList {u"pub"_s} +
            at(*m_broker, version, {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"kept for you"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub, *m_broker)));
    const ToolResult back =
        runTool(Tool,
                QStringList {u"sub"_s} +
                    at(*m_broker, version, more + QStringList {u"-C"_s, u"1"_s, u"-W"_s, u"10"_s}));
    QVERIFY2(back.succeeded(), qPrintable(failure(back, *m_broker)));
    QCOMPARE(back.out, "kept for you\n"_ba);
}

void tst_Connection::lastMessageIsAcknowledgedBeforeExit_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("qos");
    QTest::newRow("v5 -q 1 PUBACK [MQTT-4.3.2-4]") << u"5"_s << u"1"_s;
    QTest::newRow("v5 -q 2 PUBREC [MQTT-4.3.3-8]") << u"5"_s << u"2"_s;
    QTest::newRow("v311 -q 1 PUBACK [MQTT-4.3.2-2]") << u"311"_s << u"1"_s;
    QTest::newRow("v311 -q 2 PUBREC [MQTT-4.3.3-2]") << u"311"_s << u"2"_s;
}

// sub -C exits after the last message's PUBACK or PUBREC, not before: DISCONNECT comes last
// [MQTT-3.14.4-1]. Otherwise the broker delivers it again to the next run with the same session
// [MQTT-4.4.0-1] (at QoS 2 a duplicate), ahead of anything queued after it, such as the fence.
void tst_Connection::lastMessageIsAcknowledgedBeforeExit()
{
    QFETCH(QString, version);
    QFETCH(QString, qos);
    const QString topic = unique(u"cli/last-acknowledged"_s);
    const QString id = unique(u"last-acknowledged"_s);
    const QStringList session {u"-c"_s, u"-i"_s, id, u"-q"_s, qos, u"-t"_s, topic, u"-C"_s, u"1"_s};
    const auto publish = [&](const QString &payload) {
        return runTool(
            Tool,
            QStringList {u"pub"_s} +
                at(*m_broker, version, {u"-t"_s, topic, u"-q"_s, qos, u"-m"_s, payload}));
    };

    ToolProcess first(Tool, QStringList {u"sub"_s} + at(*m_broker, version, session));
    const QString notReady = startSubscribed(first, *m_broker, id, {topic}, qos.toInt());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    const ToolResult once = publish(u"once"_s);
    QVERIFY2(once.succeeded(), qPrintable(failure(once, *m_broker)));
    const ToolResult firstRun = first.finish();
    QVERIFY2(firstRun.succeeded(), qPrintable(failure(firstRun, *m_broker)));
    QCOMPARE(firstRun.out, "once\n"_ba);
    const QString ack =
        qos == u"1" ? u"Received PUBACK from %1 (Mid: "_s : u"Received PUBREC from %1 (Mid: "_s;
    QVERIFY2(logShows(*m_broker, ack.arg(id)), qPrintable(m_broker->logText()));

    // Queued for the session while no one is connected.
    const ToolResult fence = publish(u"fence"_s);
    QVERIFY2(fence.succeeded(), qPrintable(failure(fence, *m_broker)));
    const ToolResult secondRun =
        runTool(Tool, QStringList {u"sub"_s} + at(*m_broker, version, session));
    QVERIFY2(secondRun.succeeded(), qPrintable(failure(secondRun, *m_broker)));
    QCOMPARE(secondRun.out, "fence\n"_ba);
}

// mosquitto: -I prefix makes the client id the prefix followed by the process id.
void tst_Connection::clientIdPrefixGetsProcessId()
{
    const QString topic = unique(u"cli/prefix"_s);
    ToolProcess sub(Tool,
                    QStringList {u"sub"_s} +
                        at(*m_broker, u"5"_s, {u"-I"_s, u"cli-prefix-"_s, u"-t"_s, topic}));
    QVERIFY(sub.start());
    const QString id = u"cli-prefix-%1"_s.arg(sub.processId());
    const QString notReady = waitSubscribed(sub, *m_broker, id, {topic});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    sub.signal(SIGTERM);
    const ToolResult result = sub.finish();
    QVERIFY2(result.succeeded(), qPrintable(failure(result, *m_broker)));
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
