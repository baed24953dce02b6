// The options of what pub sends and what sub prints: read as mosquitto's clients read them, and
// refused where mosquitto would take a combination and quietly do nothing with it.
#include "cli/parsing.h"

#include <QtTest/QTest>

using namespace OhMqtt;
using namespace OhMqtt::Cli;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

using namespace std::chrono_literals;

class tst_MessageOptions : public QObject
{
    Q_OBJECT

private slots:
    void pubDefaults();
    void pubRepeats();
    void repeatDelaySeconds_data();
    void repeatDelaySeconds();
    void pubReadsFile_data();
    void pubReadsFile();
    void subDefaults();
    void subTakesItsOptions();
    void formatIsParsedOnce();
    void rejectsBadValues_data();
    void rejectsBadValues();
};

void tst_MessageOptions::pubDefaults()
{
    const ParseResult result = parse(Command::Pub, pubArguments({}));
    VERIFY_PARSED(result);
    QCOMPARE(result.options.repeatCount, 1);
    QCOMPARE(result.options.repeatDelay, 0ms);
    QVERIFY(result.options.file.isEmpty());
}

void tst_MessageOptions::pubRepeats()
{
    const ParseResult result =
        parse(Command::Pub, pubArguments({u"--repeat"_s, u"5"_s, u"--repeat-delay"_s, u"0.25"_s}));
    VERIFY_PARSED(result);
    QCOMPARE(result.options.repeatCount, 5);
    QCOMPARE(result.options.repeatDelay, 250ms);
}

void tst_MessageOptions::repeatDelaySeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("whole") << u"2"_s << qint64(2000);
    QTest::newRow("fraction") << u"1.5"_s << qint64(1500);
    QTest::newRow("below a millisecond") << u"0.0004"_s << qint64(0);
    QTest::newRow("exponent") << u"1e-2"_s << qint64(10);
}

void tst_MessageOptions::repeatDelaySeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, milliseconds);
    const ParseResult result = parse(Command::Pub, pubArguments({u"--repeat-delay"_s, text}));
    VERIFY_PARSED(result);
    QCOMPARE(result.options.repeatDelay.count(), milliseconds);
}

void tst_MessageOptions::pubReadsFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("-f") << u"-f"_s;
    QTest::newRow("--file") << u"--file"_s;
}

void tst_MessageOptions::pubReadsFile()
{
    QFETCH(QString, option);
    const ParseResult result =
        parse(Command::Pub, {u"-t"_s, u"t"_s, option, u"/tmp/payload file"_s});
    VERIFY_PARSED(result);
    QCOMPARE(result.options.payloadSource, PayloadSource::File);
    QCOMPARE(result.options.file, u"/tmp/payload file"_s);
}

void tst_MessageOptions::subDefaults()
{
    const ParseResult result = parse(Command::Sub, subArguments({}));
    VERIFY_PARSED(result);
    const Options &o = result.options;
    QVERIFY(!o.skipRetained && !o.retainedOnly && !o.removeRetained && !o.exitAfterSubscribe);
    QVERIFY(o.endOfLine);
    QVERIFY(!o.format);
    QVERIFY(o.filterOut.isEmpty() && o.unsubscribeFilters.isEmpty());
}

void tst_MessageOptions::subTakesItsOptions()
{
    const ParseResult result =
        parse(Command::Sub,
              subArguments({u"-R"_s, u"-N"_s, u"-E"_s, u"-T"_s, u"a/#"_s, u"--filter-out"_s,
                            u"b/+/c"_s, u"-U"_s, u"old/#"_s, u"--unsubscribe"_s, u"older"_s}));
    VERIFY_PARSED(result);
    const Options &o = result.options;
    QVERIFY(o.skipRetained);
    QVERIFY(!o.endOfLine);
    QVERIFY(o.exitAfterSubscribe);
    QCOMPARE(o.filterOut, (QStringList {u"a/#"_s, u"b/+/c"_s}));
    QCOMPARE(o.unsubscribeFilters, (QStringList {u"old/#"_s, u"older"_s}));

    const ParseResult retained =
        parse(Command::Sub, subArguments({u"--retained-only"_s, u"--remove-retained"_s}));
    VERIFY_PARSED(retained);
    QVERIFY(retained.options.retainedOnly);
    QVERIFY(retained.options.removeRetained);
}

void tst_MessageOptions::formatIsParsedOnce()
{
    const ParseResult result = parse(Command::Sub, subArguments({u"-v"_s, u"-F"_s, u"%t=%p"_s}));
    VERIFY_PARSED(result);
    QString error;
    QCOMPARE(result.options.format, MessageFormat::parse("%t=%p", &error));
    QVERIFY(result.options.verbose); // kept; -F wins when printing, as in mosquitto_sub

    const ParseResult empty = parse(Command::Sub, subArguments({u"-F"_s, u""_s}));
    VERIFY_PARSED(empty);
    QVERIFY(empty.options.format.has_value()); // prints the newline alone, as mosquitto_sub
}

void tst_MessageOptions::rejectsBadValues_data()
{
    addRejectionColumns();
    const auto pub = pubArguments;
    const auto sub = subArguments;
    const QStringList lines {u"-t"_s, u"t"_s, u"-l"_s};

    QTest::newRow("repeat 0") << Command::Pub << pub({u"--repeat"_s, u"0"_s})
                              << u"invalid repeat count 0, it must be at least 1"_s;
    QTest::newRow("repeat text") << Command::Pub << pub({u"--repeat"_s, u"often"_s})
                                 << u"option --repeat needs a number, not 'often'"_s;
    QTest::newRow("repeat without value")
        << Command::Pub << pub({u"--repeat"_s}) << u"option --repeat needs a value"_s;
    QTest::newRow("repeat delay negative")
        << Command::Pub << pub({u"--repeat-delay"_s, u"-1"_s}) << u"invalid repeat delay '-1'"_s;
    QTest::newRow("repeat delay text") << Command::Pub << pub({u"--repeat-delay"_s, u"soon"_s})
                                       << u"invalid repeat delay 'soon'"_s;
    QTest::newRow("repeat delay infinite")
        << Command::Pub << pub({u"--repeat-delay"_s, u"inf"_s}) << u"invalid repeat delay 'inf'"_s;
    QTest::newRow("repeat delay > 24 days")
        << Command::Pub << pub({u"--repeat-delay"_s, u"2073601"_s})
        << u"invalid repeat delay '2073601', it must be 0 to 2073600 seconds"_s;
    QTest::newRow("--repeat with -l")
        << Command::Pub << lines + QStringList {u"--repeat"_s, u"2"_s}
        << u"--repeat repeats one message; it cannot be used with -l"_s;
    QTest::newRow("--repeat-delay with -l")
        << Command::Pub << QStringList {u"--repeat-delay"_s, u"1"_s} + lines
        << u"--repeat-delay repeats one message; it cannot be used with -l"_s;
    QTest::newRow("-f empty") << Command::Pub << QStringList {u"-t"_s, u"t"_s, u"-f"_s, u""_s}
                              << u"option -f needs a file name"_s;
    QTest::newRow("-f and -m") << Command::Pub << pub({u"-f"_s, u"x"_s})
                               << u"only one of -m, -n, -f, -l and -s may be given"_s;
    QTest::newRow("-R and --retained-only") << Command::Sub << sub({u"-R"_s, u"--retained-only"_s})
                                            << u"-R and --retained-only cannot be used together"_s;
    QTest::newRow("-R and --remove-retained")
        << Command::Sub << sub({u"--remove-retained"_s, u"-R"_s})
        << u"--remove-retained cannot be used with -R"_s;
    QTest::newRow("-T bad filter") << Command::Sub << sub({u"-T"_s, u"a/#/b"_s})
                                   << u"invalid filter-out topic filter 'a/#/b' in -T"_s;
    QTest::newRow("--filter-out empty") << Command::Sub << sub({u"--filter-out"_s, u""_s})
                                        << u"invalid filter-out topic filter '' in --filter-out"_s;
    QTest::newRow("-U bad filter") << Command::Sub << sub({u"-U"_s, u"a+"_s})
                                   << u"invalid unsubscribe topic filter 'a+' in -U"_s;
    QTest::newRow("-F bad specifier")
        << Command::Sub << sub({u"-F"_s, u"%t %k"_s}) << u"invalid format specifier '%k'"_s;
    QTest::newRow("-F without value")
        << Command::Sub << sub({u"-F"_s}) << u"option -F needs a value"_s;
    QTest::newRow("pub -F") << Command::Pub << pub({u"-F"_s, u"%t"_s}) << u"unknown option '-F'"_s;
    QTest::newRow("sub --repeat") << Command::Sub << sub({u"--repeat"_s, u"2"_s})
                                  << u"unknown option '--repeat'"_s;
}

void tst_MessageOptions::rejectsBadValues()
{
    QFETCH(Command, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const ParseResult result = parse(command, arguments);
    VERIFY_PARSE_ERROR(result, errorPart);
}

QTEST_APPLESS_MAIN(tst_MessageOptions)
#include "tst_messageoptions.moc"
