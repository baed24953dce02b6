// What ohmqtt sub prints, next to mosquitto_sub on the same messages: -F, -N, -v.
#include "cli/clicomparison.h"

#include <QtCore/qregularexpression.h>
#include <QtTest/QTest>

using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

QStringList publishProperty(const QString &name, const QStringList &values)
{
    return QStringList {u"-D"_s, u"publish"_s, name} + values;
}

// mosquitto_pub's options for a message with every property -F can print.
QStringList fullMessageOptions()
{
    return QStringList {u"-q"_s, u"1"_s, u"-m"_s, u"hello world"_s} +
        publishProperty(u"content-type"_s, {u"text/plain"_s}) +
        publishProperty(u"user-property"_s, {u"a"_s, u"b"_s}) +
        publishProperty(u"user-property"_s, {u"c"_s, u"d"_s}) +
        publishProperty(u"correlation-data"_s, {u"cd"_s}) +
        publishProperty(u"response-topic"_s, {u"reply/here"_s}) +
        publishProperty(u"message-expiry-interval"_s, {u"3600"_s}) +
        publishProperty(u"payload-format-indicator"_s, {u"1"_s});
}

// The moments in an output, replaced before two outputs taken at different instants compare.
QByteArray maskTimes(QByteArray output, const QString &pattern)
{
    if (pattern.isEmpty())
        return output;
    return QString::fromUtf8(output).replace(QRegularExpression(pattern), u"<time>"_s).toUtf8();
}

} // namespace

class tst_SubOutput : public QObject
{
    Q_OBJECT

public:
    tst_SubOutput()
        : m_cli(QStringLiteral(OHMQTT_TOOL))
    { }

private slots:
    void initTestCase();

    void formatPrintsAsMosquittoSub_data();
    void formatPrintsAsMosquittoSub();
    void formatDiffersWhereMosquittoHasBugs_data();
    void formatDiffersWhereMosquittoHasBugs();
    void jsonPayloadIsCheckedAsMosquittoSubDoes_data();
    void jsonPayloadIsCheckedAsMosquittoSubDoes();
    void noEndOfLineAsMosquittoSub_data();
    void noEndOfLineAsMosquittoSub();

private:
    // Both subscribers with `arguments` (and -C 1) on one topic; `publish` (mosquitto_pub's
    // options) goes to it once both are subscribed. Their outputs land in `ohmqtt` and
    // `mosquitto`; returns what went wrong, or nothing.
    QString runPair(const QString &version, const QStringList &arguments,
                    const QStringList &publish, ToolResult *ohmqtt, ToolResult *mosquitto,
                    int count = 1, const QList<QStringList> &more = {});

    CliComparison m_cli;
};

void tst_SubOutput::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    // A zone other than UTC, so that %z and the local time show; the clients inherit it.
    qputenv("TZ", "XYZ-2");
    const QString error = m_cli.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString tst_SubOutput::runPair(const QString &version, const QStringList &arguments,
                               const QStringList &publish, ToolResult *ohmqtt,
                               ToolResult *mosquitto, int count, const QList<QStringList> &more)
{
    const QString topic = m_cli.unique(u"cli/output"_s);
    SubscriberPair pair;
    const QString notReady = m_cli.startPair(
        pair, version,
        arguments + QStringList {u"-t"_s, topic, u"-q"_s, u"1"_s, u"-C"_s, QString::number(count)},
        {topic}, 1);
    if (!notReady.isEmpty())
        return notReady;
    for (const QStringList &message : QList<QStringList> {publish} + more) {
        const ToolResult pub = runTool(m_cli.mosquittoPub(),
                                       m_cli.at(version, QStringList {u"-t"_s, topic} + message));
        if (!pub.succeeded())
            return u"mosquitto_pub failed\n"_s + m_cli.failure(pub);
    }
    return m_cli.finishPair(pair, ohmqtt, mosquitto);
}

void tst_SubOutput::formatPrintsAsMosquittoSub_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("timePattern"); // moments masked before comparing, if any
    const auto row = [](const char *name, const QString &format, const QString &time = {}) {
        QTest::addRow("v5 %s", name) << u"5"_s << format << time;
    };
    row("topic payload", u"%t %p"_s);
    row("qos retain mid length", u"%q %r %m %l"_s);
    row("%% @@ and escapes", u"%%|@@|\\\\|\\t|\\e|\\0|\\a|\\r|\\v|\\n|x"_s);
    row("topic width and precision", u"%30t|%-30t|%.5t|%10.4t|%-10.4t|"_s);
    row("payload width", u"%5p|%15p|%015p|%-15p|"_s);
    row("hex", u"%x|%X|%3x|%-3X|"_s);
    row("integers", u"%5l|%-5l|%05l|%-05l|%3m|%03m|"_s);
    row("content type", u"%C|%14C|%-14C|%.4C|%8.2C|"_s);
    row("response topic", u"%R|%14R|%-14R|%.5R|"_s);
    row("expiry and format indicator", u"%E|%8E|%08E|%-8E|%F|%3F|%03F|"_s);
    row("user properties, correlation data", u"%P|%D|"_s);
    row("subscription id, absent alias", u"%S|%4S|%04S|%-4S|%A|%5A|%05A|%-05A|"_s);
    row("ISO 8601", u"%I|%.10I|%30I|"_s, uR"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0200)"_s);
    row("Unix time", u"%U"_s, uR"(\d{10}\.\d{9})"_s);
    row("strftime", u"@Y-@m-@d @H:@M:@S @z @N"_s,
        uR"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0200 \d{9})"_s);
    row("JSON", u"%j"_s, uR"("tst":"[^"]*")"_s);
    // MQTT 3.1.1 messages have no properties: the same blanks on both sides.
    QTest::newRow("v311 fields") << u"311"_s << u"%t %p %q %r %m %l %5C| %05E| %R| %P"_s
                                 << QString();
    QTest::newRow("v311 JSON") << u"311"_s << u"%j"_s << uR"("tst":"[^"]*")"_s;
}

void tst_SubOutput::formatPrintsAsMosquittoSub()
{
    QFETCH(QString, version);
    QFETCH(QString, format);
    QFETCH(QString, timePattern);
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const bool v5 = version == u"5";
    const QStringList publish =
        v5 ? fullMessageOptions() : QStringList {u"-q"_s, u"1"_s, u"-m"_s, u"hi"_s};
    QStringList arguments {u"-F"_s, format};
    if (v5)
        arguments << u"-D"_s << u"subscribe"_s << u"subscription-identifier"_s << u"7"_s;
    const QString problem = runPair(version, arguments, publish, &ohmqtt, &mosquitto);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(ohmqtt.out.size() > 1, ohmqtt.out.constData()); // more than the newline
    if (!timePattern.isEmpty()) {
        QVERIFY2(QString::fromUtf8(ohmqtt.out).contains(QRegularExpression(timePattern)),
                 ohmqtt.out.constData());
    }
    QCOMPARE(maskTimes(ohmqtt.out, timePattern), maskTimes(mosquitto.out, timePattern));
}

void tst_SubOutput::formatDiffersWhereMosquittoHasBugs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("ohmqttPattern");
    QTest::addColumn<QString>("mosquittoPattern");
    // A '-' without a width: mosquitto pads with as many spaces as the payload has bytes.
    QTest::newRow("%-p") << u"%-p|"_s << u"^hello world\\|\n$"_s << u"^hello world {11}\\|\n$"_s;
    // A hex field width: mosquitto prints half the bytes that would fit.
    QTest::newRow("%20x") << u"%20x|"_s << u"^68656c6c6f20776f726c\\|\n$"_s
                          << u"^ {10}68656c6c6f\\|\n$"_s;
    // JSON time stamps: mosquitto 2.0.11 put a 'Z' before the offset; 2.0.13 dropped it.
    QTest::newRow("%j tst") << u"%j"_s << uR"("tst":"[-0-9T:]+\.\d{6}\+0200")"_s
                            << uR"("tst":"[-0-9T:]+\.\d{6}(Z?)\+0200")"_s;
}

// The places where tools/README.md says ohmqtt follows mosquitto's intent, not its output.
void tst_SubOutput::formatDiffersWhereMosquittoHasBugs()
{
    QFETCH(QString, format);
    QFETCH(QString, ohmqttPattern);
    QFETCH(QString, mosquittoPattern);
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const QString problem =
        runPair(u"5"_s, {u"-F"_s, format}, fullMessageOptions(), &ohmqtt, &mosquitto);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(QString::fromUtf8(ohmqtt.out).contains(QRegularExpression(ohmqttPattern)),
             ohmqtt.out.constData());
    QVERIFY2(QString::fromUtf8(mosquitto.out).contains(QRegularExpression(mosquittoPattern)),
             mosquitto.out.constData());
}

void tst_SubOutput::jsonPayloadIsCheckedAsMosquittoSubDoes_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("json");
    QTest::newRow("compact object") << uR"({"temperature":27.5,"tags":["a",null,true]})"_s << true;
    QTest::newRow("number") << u"27"_s << true;
    QTest::newRow("not JSON") << u"not json"_s << false;
}

// %J: the payload itself, when it is JSON; otherwise the field is empty and stderr names the
// topic. (mosquitto re-prints JSON through cJSON: compact payloads come out the same.)
void tst_SubOutput::jsonPayloadIsCheckedAsMosquittoSubDoes()
{
    QFETCH(QString, payload);
    QFETCH(bool, json);
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const QString problem = runPair(u"311"_s, {u"-F"_s, u"<%J>"_s},
                                    {u"-q"_s, u"1"_s, u"-m"_s, payload}, &ohmqtt, &mosquitto);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString pattern = uR"("tst":"[^"]*")"_s;
    QCOMPARE(maskTimes(ohmqtt.out, pattern), maskTimes(mosquitto.out, pattern));
    if (json) {
        QVERIFY2(ohmqtt.out.endsWith(",\"payload\":" + payload.toUtf8() + "}>\n"),
                 ohmqtt.out.constData());
        QVERIFY2(ohmqtt.err.isEmpty(), ohmqtt.err.constData());
    } else {
        QCOMPARE(ohmqtt.out, "<>\n"_ba);
        QVERIFY2(ohmqtt.err.contains("is not valid JSON") && ohmqtt.err.contains("cli/output"),
                 ohmqtt.err.constData());
        QVERIFY2(mosquitto.err.contains("not valid JSON"), mosquitto.err.constData());
    }
}

void tst_SubOutput::noEndOfLineAsMosquittoSub_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("-N") << QStringList {u"-N"_s} << "onetwo"_ba;
    QTest::newRow("-N -v") << QStringList {u"-N"_s, u"-v"_s} << "<topic> one<topic> two"_ba;
    QTest::newRow("-N -F") << QStringList {u"-N"_s, u"-F"_s, u"[%p]"_s} << "[one][two]"_ba;
    QTest::newRow("-F overrides -v") << QStringList {u"-v"_s, u"-F"_s, u"%p"_s} << "one\ntwo\n"_ba;
}

void tst_SubOutput::noEndOfLineAsMosquittoSub()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    ToolResult ohmqtt;
    ToolResult mosquitto;
    const QString problem = runPair(u"5"_s, arguments, {u"-q"_s, u"1"_s, u"-m"_s, u"one"_s},
                                    &ohmqtt, &mosquitto, 2, {{u"-q"_s, u"1"_s, u"-m"_s, u"two"_s}});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray topic = ohmqtt.out.left(ohmqtt.out.indexOf(' '));
    QCOMPARE(ohmqtt.out, QByteArray(expected).replace("<topic>", topic));
    QCOMPARE(ohmqtt.out, mosquitto.out);
}

QTEST_GUILESS_MAIN(tst_SubOutput)
#include "tst_suboutput.moc"
