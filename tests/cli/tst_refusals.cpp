// A refused PUBLISH, SUBSCRIBE or UNSUBSCRIBE names its reason code on stderr: mosquitto with its
// dynamic security plugin refuses what the test's role does not allow.
#include "cli/brokerlog.h"
#include "cli/toolprocess.h"
#include "refusal.h"
#include "support/mosquittobroker.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/QTest>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

const QString Tool = QStringLiteral(OHMQTT_TOOL);

// Anonymous clients may publish, subscribe and unsubscribe under "allowed/" only.
constexpr char DynamicSecurityConfig[] = R"({
  "defaultACLAccess": {"publishClientSend": false, "publishClientReceive": true,
                       "subscribe": false, "unsubscribe": false},
  "clients": [],
  "groups": [{"groupname": "anonymous", "roles": [{"rolename": "allowed"}]}],
  "roles": [{"rolename": "allowed", "acls": [
    {"acltype": "publishClientSend", "topic": "allowed/#", "allow": true},
    {"acltype": "subscribePattern", "topic": "allowed/#", "allow": true},
    {"acltype": "unsubscribePattern", "topic": "allowed/#", "allow": true}]}],
  "anonymousGroup": "anonymous"
})";

// mosquitto's plugin ships with the broker (Debian: in the multiarch library directory).
QString dynamicSecurityPlugin()
{
    const QString name = u"mosquitto_dynamic_security.so"_s;
    QStringList directories {u"/usr/lib"_s, u"/usr/local/lib"_s};
    for (const QString &base : {u"/usr/lib"_s, u"/usr/local/lib"_s}) {
        for (const QString &sub : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            directories << base + u'/' + sub;
    }
    for (const QString &directory : directories) {
        if (QFile::exists(directory + u'/' + name))
            return directory + u'/' + name;
    }
    return {};
}

} // namespace

class tst_Refusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reasonCodeTextNamesAndNumbers();
    void refusedPublishNamesReasonCode_data();
    void refusedPublishNamesReasonCode();
    void refusedSubscriptionNamesReasonCode_data();
    void refusedSubscriptionNamesReasonCode();
    void partlyRefusedSubscriptionsKeepRunning();
    void refusedUnsubscribeNamesReasonCode();

private:
    QStringList at(const QString &version, const QStringList &more) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Refusals::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    const QString plugin = dynamicSecurityPlugin();
    if (plugin.isEmpty()) {
        const char *message = "mosquitto_dynamic_security.so (package mosquitto) is not found in "
                              "/usr/lib or /usr/local/lib";
        if (skipAllowed())
            QSKIP(message);
        QFAIL(message);
    }
    QVERIFY(m_dir.isValid());
    const QString config = m_dir.filePath(u"dynamic-security.json"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(DynamicSecurityConfig) > 0);
    file.close();
    MosquittoBroker::Options options;
    options.extraConfig << u"plugin "_s + plugin << u"plugin_opt_config_file "_s + config;
    m_broker = std::make_unique<MosquittoBroker>(options);
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_Refusals::cleanupTestCase()
{
    m_broker.reset();
}

QStringList tst_Refusals::at(const QString &version, const QStringList &more) const
{
    return QStringList {u"-h"_s, m_broker->host(), u"-p"_s, QString::number(m_broker->port()),
                        u"-V"_s, version} +
        more;
}

void tst_Refusals::reasonCodeTextNamesAndNumbers()
{
    QCOMPARE(Cli::reasonCodeText(ReasonCode::NotAuthorized), u"NotAuthorized (0x87)"_s);
    QCOMPARE(Cli::reasonCodeText(ReasonCode::QoSNotSupported), u"QoSNotSupported (0x9B)"_s);
    QCOMPARE(Cli::reasonCodeText(ReasonCode::NoSubscriptionExisted),
             u"NoSubscriptionExisted (0x11)"_s);
    QCOMPARE(Cli::reasonCodeText(ReasonCode::UnspecifiedError, ProtocolVersion::V311),
             u"Failure (0x80)"_s);
    QCOMPARE(Cli::refusalText(ReasonCode::QuotaExceeded, u"slow down"_s),
             u"refused: QuotaExceeded (0x97): slow down"_s);
}

void tst_Refusals::refusedPublishNamesReasonCode_data()
{
    QTest::addColumn<QString>("qos");
    QTest::newRow("QoS 1, PUBACK") << u"1"_s;
    QTest::newRow("QoS 2, PUBREC") << u"2"_s;
}

void tst_Refusals::refusedPublishNamesReasonCode()
{
    QFETCH(QString, qos);
    const ToolResult pub =
        runTool(Tool,
                QStringList {u"pub"_s} +
                    at(u"5"_s, {u"-t"_s, u"denied/x"_s, u"-q"_s, qos, u"-m"_s, u"no"_s}));
    QVERIFY2(pub.finished && pub.exitStatus == QProcess::NormalExit,
             qPrintable(failure(pub, *m_broker)));
    QCOMPARE(pub.exitCode, 1);
    QCOMPARE(pub.err, "ohmqtt: publish to 'denied/x' refused: NotAuthorized (0x87)\n"_ba);
    QVERIFY(pub.out.isEmpty());
}

void tst_Refusals::refusedSubscriptionNamesReasonCode_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("v5") << u"5"_s << "NotAuthorized (0x87)"_ba;
    QTest::newRow("v311") << u"311"_s << "Failure (0x80)"_ba;
}

void tst_Refusals::refusedSubscriptionNamesReasonCode()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, reason);
    const ToolResult sub = runTool(
        Tool,
        QStringList {u"sub"_s} + at(version, {u"-t"_s, u"denied/x"_s, u"-t"_s, u"denied/y"_s}));
    QVERIFY2(sub.finished && sub.exitStatus == QProcess::NormalExit,
             qPrintable(failure(sub, *m_broker)));
    QCOMPARE(sub.exitCode, 1);
    QCOMPARE(sub.err,
             "ohmqtt: subscription to 'denied/x' refused: " + reason +
                 "\nohmqtt: subscription to 'denied/y' refused: " + reason +
                 "\nohmqtt: all subscription requests were denied\n");
}

void tst_Refusals::partlyRefusedSubscriptionsKeepRunning()
{
    const QString id = u"partly-refused"_s;
    ToolProcess sub(
        Tool,
        QStringList {u"sub"_s} +
            at(u"5"_s,
               {u"-t"_s, u"denied/x"_s, u"-t"_s, u"allowed/x"_s, u"-C"_s, u"1"_s, u"-i"_s, id}));
    const QString notReady = startSubscribed(sub, *m_broker, id, {u"allowed/x"_s});
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    const ToolResult pub = runTool(
        Tool,
        QStringList {u"pub"_s} + at(u"5"_s, {u"-t"_s, u"allowed/x"_s, u"-m"_s, u"through"_s}));
    QVERIFY2(pub.succeeded(), qPrintable(failure(pub, *m_broker)));
    const ToolResult result = sub.finish();
    QVERIFY2(result.succeeded(), qPrintable(failure(result, *m_broker)));
    QCOMPARE(result.out, "through\n"_ba);
    QCOMPARE(result.err, "ohmqtt: subscription to 'denied/x' refused: NotAuthorized (0x87)\n"_ba);
}

// -E waits for UNSUBACK, so its verdict is printed before the exit. -U sends UNSUBSCRIBE for a
// filter the client did not subscribe only into a session the broker kept (-c, second run).
void tst_Refusals::refusedUnsubscribeNamesReasonCode()
{
    const QStringList session {u"-c"_s, u"-i"_s, u"refusals-unsubscribe"_s};
    const ToolResult first =
        runTool(Tool,
                QStringList {u"sub"_s} +
                    at(u"5"_s, QStringList {u"-t"_s, u"allowed/x"_s, u"-E"_s} + session));
    QVERIFY2(first.succeeded(), qPrintable(failure(first, *m_broker)));
    const ToolResult sub = runTool(
        Tool,
        QStringList {u"sub"_s} +
            at(u"5"_s,
               QStringList {u"-t"_s, u"allowed/x"_s, u"-U"_s, u"denied/y"_s, u"-E"_s} + session));
    QVERIFY2(sub.succeeded(), qPrintable(failure(sub, *m_broker)));
    QCOMPARE(sub.err, "ohmqtt: unsubscribe from 'denied/y' refused: NotAuthorized (0x87)\n"_ba);
}

QTEST_GUILESS_MAIN(tst_Refusals)
#include "tst_refusals.moc"
