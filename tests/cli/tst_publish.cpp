// What ohmqtt pub sends, next to mosquitto_pub with the same options: every payload source,
// -q, --repeat and --repeat-delay, as mosquitto_sub sees the messages.
#include "cli/brokerlog.h"
#include "cli/clicomparison.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/QTest>

using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

// Bytes a line reader or a text conversion would change.
const QByteArray FileContent("bin\0ary\nline\r\n\xff end", 19);

} // namespace

class tst_Publish : public QObject
{
    Q_OBJECT

public:
    tst_Publish()
        : m_cli(QStringLiteral(OHMQTT_TOOL))
    { }

private slots:
    void initTestCase();

    void sendsAsMosquittoPub_data();
    void sendsAsMosquittoPub();
    void repeatDelayWaitsBetweenCopies();
    void missingFileFailsBeforeConnecting();

private:
    QString m_file;
    QTemporaryDir m_dir;
    CliComparison m_cli;
};

void tst_Publish::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS(brokerTools());
    const QString error = m_cli.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"payload.bin"_s);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(FileContent), FileContent.size());
}

void tst_Publish::sendsAsMosquittoPub_data()
{
    QTest::addColumn<QStringList>("options"); // "<file>" stands for the payload file
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("count"); // messages mosquitto_sub waits for
    QTest::newRow("-m") << QStringList {u"-m"_s, u"hello world"_s} << QByteArray() << 1;
    QTest::newRow("-m -q 1") << QStringList {u"-m"_s, u"x"_s, u"-q"_s, u"1"_s} << QByteArray() << 1;
    QTest::newRow("-m -q 2") << QStringList {u"-m"_s, u"x"_s, u"-q"_s, u"2"_s} << QByteArray() << 1;
    QTest::newRow("-n") << QStringList {u"-n"_s} << QByteArray() << 1;
    QTest::newRow("-s") << QStringList {u"-s"_s} << "all\nof it\n"_ba << 1;
    QTest::newRow("-l") << QStringList {u"-l"_s, u"-q"_s, u"1"_s} << "first\n\nthird\nlast"_ba << 4;
    QTest::newRow("-f") << QStringList {u"-f"_s, u"<file>"_s} << QByteArray() << 1;
    QTest::newRow("--file -q 1") << QStringList {u"--file"_s, u"<file>"_s, u"-q"_s, u"1"_s}
                                 << QByteArray() << 1;
    QTest::newRow("--repeat") << QStringList {u"-m"_s, u"again"_s, u"--repeat"_s, u"3"_s}
                              << QByteArray() << 3;
    QTest::newRow("--repeat -q 1")
        << QStringList {u"-m"_s, u"again"_s, u"--repeat"_s, u"3"_s, u"-q"_s, u"1"_s} << QByteArray()
        << 3;
    QTest::newRow("--repeat -n -q 2")
        << QStringList {u"-n"_s, u"--repeat"_s, u"2"_s, u"-q"_s, u"2"_s} << QByteArray() << 2;
    QTest::newRow("--repeat -f") << QStringList {u"-f"_s, u"<file>"_s, u"--repeat"_s, u"2"_s}
                                 << QByteArray() << 2;
    QTest::newRow("--repeat -s") << QStringList {u"-s"_s, u"--repeat"_s, u"2"_s, u"-q"_s, u"1"_s}
                                 << "once"_ba << 2;
}

// mosquitto_sub prints each message's QoS, length and bytes in hex: one subscriber per tool,
// the same output from both. ohmqtt also keeps one connection for all copies of --repeat.
void tst_Publish::sendsAsMosquittoPub()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, input);
    QFETCH(int, count);
    options.replaceInStrings(u"<file>"_s, m_file);
    QByteArray outputs[2];
    for (int tool = 0; tool < 2; ++tool) {
        const bool ohmqtt = tool == 0;
        const QString topic = m_cli.unique(u"cli/publish"_s);
        const QString subId = m_cli.unique(u"observer"_s);
        ToolProcess sub(m_cli.mosquittoSub(),
                        m_cli.at(u"5"_s,
                                 {u"-t"_s, topic, u"-q"_s, u"2"_s, u"-C"_s, QString::number(count),
                                  u"-F"_s, u"%q %l %x"_s, u"-i"_s, subId}));
        const QString notReady = startSubscribed(sub, m_cli.broker(), subId, {topic}, 2);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));

        const QString pubId = m_cli.unique(u"publisher"_s);
        const QStringList arguments = QStringList {u"-t"_s, topic, u"-i"_s, pubId} + options;
        const ToolResult pub = ohmqtt
            ? runTool(m_cli.tool(), m_cli.ohmqtt(u"pub"_s, u"5"_s, arguments), input)
            : runTool(m_cli.mosquittoPub(), m_cli.at(u"5"_s, arguments), input);
        QVERIFY2(pub.succeeded(), qPrintable(m_cli.failure(pub)));
        const ToolResult received = sub.finish();
        QVERIFY2(received.succeeded(), qPrintable(m_cli.failure(received)));
        outputs[tool] = received.out;
        if (ohmqtt) { // "New client connected from 127.0.0.1:<port> as <id> (p5, c1, k60)."
            const QString connected = u" as %1 ("_s.arg(pubId);
            QVERIFY2(logShows(m_cli.broker(), connected), qPrintable(m_cli.broker().logText()));
            QCOMPARE(m_cli.broker().logText().count(connected), 1);
        }
    }
    QCOMPARE(outputs[0].count('\n'), count);
    QCOMPARE(outputs[0], outputs[1]);
}

// Three copies with 0.4 s between them take at least 0.8 s, for both programs.
void tst_Publish::repeatDelayWaitsBetweenCopies()
{
    for (const QString &program : {m_cli.tool(), m_cli.mosquittoPub()}) {
        const bool ohmqtt = program == m_cli.tool();
        const QString topic = m_cli.unique(u"cli/repeat-delay"_s);
        const QStringList arguments {
            u"-t"_s, topic,         u"-m"_s, u"tick"_s,           u"-q"_s,
            u"1"_s,  u"--repeat"_s, u"3"_s,  u"--repeat-delay"_s, u"0.4"_s};
        QElapsedTimer elapsed;
        elapsed.start();
        const ToolResult pub = ohmqtt ? runTool(program, m_cli.ohmqtt(u"pub"_s, u"5"_s, arguments))
                                      : runTool(program, m_cli.at(u"5"_s, arguments));
        const qint64 took = elapsed.elapsed();
        QVERIFY2(pub.succeeded(), qPrintable(m_cli.failure(pub)));
        QVERIFY2(took >= 800 && took < 5000, qPrintable(u"%1 took %2 ms"_s.arg(program).arg(took)));
    }
}

void tst_Publish::missingFileFailsBeforeConnecting()
{
    const QString missing = m_dir.filePath(u"no-such-file"_s);
    const QString id = m_cli.unique(u"publisher"_s);
    const ToolResult pub = runTool(
        m_cli.tool(),
        m_cli.ohmqtt(u"pub"_s, u"5"_s, {u"-t"_s, u"cli/file"_s, u"-f"_s, missing, u"-i"_s, id}));
    QVERIFY2(pub.finished && pub.exitStatus == QProcess::NormalExit, qPrintable(pub.describe()));
    QCOMPARE(pub.exitCode, 1);
    QVERIFY2(pub.err.startsWith("ohmqtt: cannot read file '" + missing.toUtf8() + "'"),
             qPrintable(pub.describe()));
    QVERIFY(pub.out.isEmpty());
    QVERIFY2(!m_cli.broker().logText().contains(id), qPrintable(m_cli.broker().logText()));
    // mosquitto_pub fails the same way.
    const ToolResult mosquitto =
        runTool(m_cli.mosquittoPub(), m_cli.at(u"5"_s, {u"-t"_s, u"cli/file"_s, u"-f"_s, missing}));
    QCOMPARE(mosquitto.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_Publish)
#include "tst_publish.moc"
