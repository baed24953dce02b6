// LineDiff, PayloadDiff and DiffView: minimal line diffs, JSON pretty-printed first, and the
// bounded fallback for payloads too large or too different.
#include "viewers/diffrows.h"
#include "viewers/diffview.h"
#include "viewers/linediff.h"
#include "viewers/payloaddiff.h"
#include "viewers/rowview.h"

#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <vector>

using namespace OhMqttExplorer;
using Kind = DiffLine::Kind;
using namespace Qt::StringLiterals;

namespace {
qsizetype lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<qsizetype>> table(size_t(a.size() + 1),
                                              std::vector<qsizetype>(size_t(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            table[size_t(i)][size_t(j)] = a[i] == b[j]
                ? table[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(table[size_t(i + 1)][size_t(j)], table[size_t(i)][size_t(j + 1)]);
        }
    }
    return table[0][0];
}

QString render(const QList<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &line : lines)
        out += QChar(line.kind == Kind::Added         ? u'+'
                         : line.kind == Kind::Removed ? u'-'
                                                      : u' ') +
            line.text;
    return out.join(u'|');
}
} // namespace

class TestViewersDiff : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }

    void diffsLines_data();
    void diffsLines();
    void diffIsAMinimalEditScript();
    void textPayloadsDiffByLine();
    void jsonPayloadsArePrettyPrintedFirst();
    void jsonWithOnlyWhitespaceChangesHasNoLineChanges();
    void identicalPayloads();
    void largePayloadsFallBackToTheFirstDifferingByte();
    void tooManyChangesFallBack();
    void binaryPayloadsFallBack();
    void firstDifferingByteAcrossBlocks_data();
    void firstDifferingByteAcrossBlocks();
    void viewShowsColouredRowsWhenShown();
    void viewWithoutPreviousSaysSo();
};

void TestViewersDiff::diffsLines_data()
{
    QTest::addColumn<QStringList>("older");
    QTest::addColumn<QStringList>("newer");
    QTest::addColumn<QString>("diff");
    QTest::newRow("replace middle") << QStringList {u"a"_s, u"b"_s, u"c"_s}
                                    << QStringList {u"a"_s, u"x"_s, u"c"_s} << u" a|-b|+x| c"_s;
    QTest::newRow("insert") << QStringList {u"a"_s, u"c"_s} << QStringList {u"a"_s, u"b"_s, u"c"_s}
                            << u" a|+b| c"_s;
    QTest::newRow("delete at end")
        << QStringList {u"a"_s, u"b"_s} << QStringList {u"a"_s} << u" a|-b"_s;
    QTest::newRow("from nothing") << QStringList {} << QStringList {u"a"_s, u"b"_s} << u"+a|+b"_s;
    QTest::newRow("to nothing") << QStringList {u"a"_s} << QStringList {} << u"-a"_s;
    QTest::newRow("both empty") << QStringList {} << QStringList {} << u""_s;
    QTest::newRow("repeated lines")
        << QStringList {u"x"_s, u"y"_s, u"x"_s, u"y"_s}
        << QStringList {u"y"_s, u"x"_s, u"y"_s, u"x"_s} << u"-x| y| x| y|+x"_s;
}

void TestViewersDiff::diffsLines()
{
    QFETCH(QStringList, older);
    QFETCH(QStringList, newer);
    QFETCH(QString, diff);
    const auto lines = diffLines(older, newer);
    QVERIFY(lines);
    QCOMPARE(render(*lines), diff);
}

void TestViewersDiff::diffIsAMinimalEditScript()
{
    QRandomGenerator random(20240611);
    for (int round = 0; round < 300; ++round) {
        QStringList older, newer;
        const int olderSize = random.bounded(30);
        const int newerSize = random.bounded(30);
        for (int i = 0; i < olderSize; ++i)
            older += QString(QChar(u'a' + random.bounded(4)));
        for (int i = 0; i < newerSize; ++i)
            newer += QString(QChar(u'a' + random.bounded(4)));
        const auto lines = diffLines(older, newer);
        QVERIFY(lines);
        QStringList rebuiltOlder, rebuiltNewer;
        qsizetype same = 0;
        for (const DiffLine &line : *lines) {
            if (line.kind != Kind::Added)
                rebuiltOlder += line.text;
            if (line.kind != Kind::Removed)
                rebuiltNewer += line.text;
            same += line.kind == Kind::Same;
        }
        QCOMPARE(rebuiltOlder, older);
        QCOMPARE(rebuiltNewer, newer);
        // Myers finds a shortest edit script: as many unchanged lines as the LCS has.
        QCOMPARE(same, lcsLength(older, newer));
    }
}

void TestViewersDiff::textPayloadsDiffByLine()
{
    const auto diff = PayloadDiff::compute("alpha\nbeta\ngamma\n", "alpha\nBETA\ngamma\ndelta\n");
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::Lines);
    QVERIFY(!diff.comparedAsJson);
    QCOMPARE(render(diff.lines), QStringLiteral(" alpha|-beta|+BETA| gamma|+delta"));
    QCOMPARE(diff.addedLines, 2);
    QCOMPARE(diff.removedLines, 1);
    QCOMPARE(diff.firstDifference, 6);
    QCOMPARE(diff.summary(), QStringLiteral("Lines added: 2, removed: 1"));
}

void TestViewersDiff::jsonPayloadsArePrettyPrintedFirst()
{
    // One line each, keys in another order: only the changed key shows.
    const auto diff = PayloadDiff::compute(R"({"a": 1, "b": {"c": 2, "d": [1, 2]}})",
                                           R"({"b": {"d": [1, 3], "c": 2}, "a": 1})");
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::Lines);
    QVERIFY(diff.comparedAsJson);
    QCOMPARE(diff.addedLines, 1);
    QCOMPARE(diff.removedLines, 1);
    QStringList changed;
    for (const DiffLine &line : diff.lines) {
        if (line.kind != Kind::Same)
            changed += QChar(line.kind == Kind::Added ? u'+' : u'-') + line.text.trimmed();
    }
    QCOMPARE(changed, (QStringList {u"-2"_s, u"+3"_s}));
    QCOMPARE(diff.summary(), QStringLiteral("Lines added: 1, removed: 1 (JSON, pretty-printed)"));
}

void TestViewersDiff::jsonWithOnlyWhitespaceChangesHasNoLineChanges()
{
    const auto diff = PayloadDiff::compute(R"({"a":1,"b":2})", R"({ "b": 2, "a": 1 })");
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::Lines);
    QCOMPARE(diff.addedLines + diff.removedLines, 0);
    QCOMPARE(diff.firstDifference, 1);
    QCOMPARE(diff.summary(),
             QStringLiteral("Same JSON content; the bytes first differ at offset 1"));
}

void TestViewersDiff::identicalPayloads()
{
    const auto diff = PayloadDiff::compute("same", "same");
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::Identical);
    QCOMPARE(diff.firstDifference, -1);
    QCOMPARE(diff.summary(), QStringLiteral("The payloads are identical"));
}

void TestViewersDiff::largePayloadsFallBackToTheFirstDifferingByte()
{
    QByteArray older(2 * 1024 * 1024, 'a');
    for (qsizetype i = 99; i < older.size(); i += 100)
        older[i] = '\n';
    QByteArray newer = older;
    newer[1'500'000] = 'b';
    const auto diff = PayloadDiff::compute(older, newer);
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::TooLarge);
    QVERIFY(diff.lines.isEmpty());
    QCOMPARE(diff.firstDifference, 1'500'000);
    QCOMPARE(diff.summary(),
             QStringLiteral("Payloads differ at byte offset 1,500,000 "
                            "(a line diff stops at 1,048,576 bytes)"));
    // A longer payload that starts with the shorter differs where the shorter ends.
    QCOMPARE(PayloadDiff::compute(older, older + "tail").firstDifference, older.size());
}

void TestViewersDiff::tooManyChangesFallBack()
{
    QByteArray older, newer;
    for (int i = 0; i < 20'000; ++i) {
        older += "old " + QByteArray::number(i) + '\n';
        newer += "new " + QByteArray::number(i) + '\n';
    }
    const auto diff = PayloadDiff::compute(older, newer);
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::TooDifferent);
    QCOMPARE(diff.firstDifference, 0);
    QCOMPARE(diff.summary(),
             QStringLiteral("Payloads differ at byte offset 0 "
                            "(too many changes for a line diff)"));
    // Tighter limits stop smaller inputs as well.
    PayloadDiffLimits limits;
    limits.lines.maxEditDistance = 3;
    QCOMPARE(PayloadDiff::compute("a\nb\nc\n", "x\ny\nz\n", limits).outcome,
             PayloadDiff::Outcome::TooDifferent);
    QCOMPARE(PayloadDiff::compute("a\nb\nc\n", "a\ny\nc\n", limits).outcome,
             PayloadDiff::Outcome::Lines);
}

void TestViewersDiff::binaryPayloadsFallBack()
{
    const auto diff =
        PayloadDiff::compute(QByteArray("\x00\x01\xff\xfe", 4), QByteArray("\x00\x01\xff\xfd", 4));
    QCOMPARE(diff.outcome, PayloadDiff::Outcome::Binary);
    QCOMPARE(diff.firstDifference, 3);
    QCOMPARE(diff.summary(),
             QStringLiteral("Payloads differ at byte offset 3 (binary, no line diff)"));
}

void TestViewersDiff::firstDifferingByteAcrossBlocks_data()
{
    QTest::addColumn<qsizetype>("offset");
    for (qsizetype offset : {0, 1, 4095, 4096, 4097, 10'000, 19'999})
        QTest::addRow("%lld", qlonglong(offset)) << offset;
}

void TestViewersDiff::firstDifferingByteAcrossBlocks()
{
    QFETCH(qsizetype, offset);
    const QByteArray a(20'000, 'x');
    QByteArray b = a;
    b[offset] = 'y';
    QCOMPARE(firstDifferingByte(a, b), offset);
    QCOMPARE(firstDifferingByte(a, a), -1);
}

void TestViewersDiff::viewShowsColouredRowsWhenShown()
{
    DiffView view;
    view.resize(500, 400);
    QByteArray older, newer;
    for (int i = 0; i < 200; ++i) {
        older += "line " + QByteArray::number(i) + '\n';
        newer += "line " + QByteArray::number(i == 150 ? 1500 : i) + '\n';
    }
    view.setPayloads(older, newer);
    // Hidden, it computes nothing.
    QCOMPARE(view.rowView()->rowCount(), 0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.rowView()->rowCount(), 201);
    QCOMPARE(view.summaryText(), QStringLiteral("Lines added: 1, removed: 1"));
    const RowSource *rows = view.rowView()->source();
    QCOMPARE(rows->rowText(150), QStringLiteral("- line 150"));
    QCOMPARE(rows->rowKind(150), RowSource::RowKind::Removed);
    QCOMPARE(rows->rowText(151), QStringLiteral("+ line 1500"));
    QCOMPARE(rows->rowKind(151), RowSource::RowKind::Added);
    QCOMPARE(rows->rowKind(0), RowSource::RowKind::Normal);
    // It opens at the first change.
    QVERIFY(view.rowView()->visibleText().contains(u"- line 150\n+ line 1500"));
    QVERIFY(!view.rowView()->visibleText().contains(u"  line 0\n"));
}

void TestViewersDiff::viewWithoutPreviousSaysSo()
{
    DiffView view;
    view.setPayloads("a", "b");
    QCOMPARE(view.summaryText(), QStringLiteral("Lines added: 1, removed: 1"));
    view.setNoPrevious();
    QVERIFY(!view.diff());
    QCOMPARE(view.summaryText(),
             QStringLiteral("No earlier message on this topic to compare with"));
    QCOMPARE(view.rowView()->rowCount(), 0);
}

QTEST_MAIN(TestViewersDiff)
#include "tst_viewers_diff.moc"
