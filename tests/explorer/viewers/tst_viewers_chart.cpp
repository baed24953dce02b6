// ValueChart and PayloadNumbers: numbers from payloads or JSON paths, errors, the point bound.
#include "viewers/jsonpath.h"
#include "viewers/valuechart.h"

#include "viewertesting.h"

#include <QtCharts/qlineseries.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;
using OhMqttViewerTest::message;

namespace {
constexpr qint64 t0 = 1'718'000'000'000;

ReceivedMessages messagesOf(const QList<QByteArray> &payloads)
{
    ReceivedMessages messages;
    for (qsizetype i = 0; i < payloads.size(); ++i)
        messages.append(message(payloads[i], t0 + i * 1000));
    return messages;
}

QList<QPointF> pointsAt(const QList<std::pair<qint64, double>> &values)
{
    QList<QPointF> points;
    for (const auto &[index, value] : values)
        points.append(QPointF(qreal(t0 + index * 1000), value));
    return points;
}
} // namespace

class TestViewersChart : public QObject
{
    Q_OBJECT

private slots:
    void readsNumbersFromPayloads_data();
    void readsNumbersFromPayloads();
    void plotsNumericPayloads();
    void plotsTheValueAtATypedJsonPath();
    void badPathGivesTheErrorText();
    void invalidPathSyntaxGivesTheErrorText();
    void appendedMessagesReachTheSeries();
    void keepsTheLastMaxPoints();
};

void TestViewersChart::readsNumbersFromPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("integer") << QByteArray("42") << QString() << 42.0 << QString();
    QTest::newRow("spaces") << QByteArray(" -3.5e2\n") << QString() << -350.0 << QString();
    QTest::newRow("true") << QByteArray("true") << QString() << 1.0 << QString();
    QTest::newRow("words") << QByteArray("warm") << QString() << 0.0
                           << u"The payload is not a number; enter a JSON path"_s;
    QTest::newRow("nan") << QByteArray("nan") << QString() << 0.0
                         << u"The payload is not a number; enter a JSON path"_s;
    QTest::newRow("json key") << QByteArray(R"({"temperature": 21.5})") << u"temperature"_s << 21.5
                              << QString();
    QTest::newRow("json index") << QByteArray(R"({"data": {"values": [1, 7]}})")
                                << u"data.values[1]"_s << 7.0 << QString();
    QTest::newRow("json numeric string")
        << QByteArray(R"({"v": "12.25"})") << u"v"_s << 12.25 << QString();
    QTest::newRow("json boolean") << QByteArray(R"({"on": false})") << u"on"_s << 0.0 << QString();
    QTest::newRow("json text") << QByteArray(R"({"v": "high"})") << u"v"_s << 0.0
                               << u"v is a string, not a number"_s;
    QTest::newRow("json object") << QByteArray(R"({"v": {}})") << u"v"_s << 0.0
                                 << u"v is an object, not a number"_s;
    QTest::newRow("not json") << QByteArray("12") << u"v"_s << 0.0
                              << u"The payload is not JSON: illegal value"_s;
}

void TestViewersChart::readsNumbersFromPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, path);
    QFETCH(double, value);
    QFETCH(QString, error);
    const NumericReading reading = PayloadNumbers::read(payload, JsonPath::parse(path));
    QCOMPARE(reading.error, error);
    QCOMPARE(reading.value.has_value(), error.isEmpty());
    if (reading.value)
        QCOMPARE(*reading.value, value);
}

void TestViewersChart::plotsNumericPayloads()
{
    ValueChart chart;
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setMessages(messagesOf({"1", "2.5", " 3 ", "true", "abc"}));
    QCOMPARE(chart.points(), pointsAt({{0, 1}, {1, 2.5}, {2, 3}, {3, 1}}));
    QCOMPARE(chart.series()->points(), chart.points());
    QCOMPARE(chart.errorText(),
             u"1 of 5 messages have no number here: The payload is not a number; enter a JSON "
             u"path"_s);
    QVERIFY(chart.findChild<QLabel *>()->isVisible());
}

void TestViewersChart::plotsTheValueAtATypedJsonPath()
{
    ValueChart chart;
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setMessages(
        messagesOf({R"({"data": {"values": [10, 20]}})", R"({"data": {"values": [11, 21]}})",
                    R"({"data": {"values": [12, 22]}})"}));
    QVERIFY(chart.points().isEmpty());
    QTest::keyClicks(chart.pathEdit(), u"data.values[1]"_s);
    QVERIFY(chart.points().isEmpty()); // re-read on Enter, not per keystroke
    QTest::keyClick(chart.pathEdit(), Qt::Key_Return);
    QCOMPARE(chart.jsonPath(), u"data.values[1]"_s);
    QCOMPARE(chart.points(), pointsAt({{0, 20}, {1, 21}, {2, 22}}));
    QCOMPARE(chart.series()->points(), chart.points());
    QCOMPARE(chart.errorText(), QString());
    QVERIFY(!chart.findChild<QLabel *>()->isVisible());
}

void TestViewersChart::badPathGivesTheErrorText()
{
    ValueChart chart;
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setMessages(messagesOf({R"({"data": {"t": 1}})", R"({"data": {"t": 2}})"}));
    QTest::keyClicks(chart.pathEdit(), u"data.missing"_s);
    QTest::keyClick(chart.pathEdit(), Qt::Key_Return);
    QVERIFY(chart.points().isEmpty());
    QCOMPARE(chart.errorText(),
             u"2 of 2 messages have no number here: No key \"missing\" in data"_s);
    QVERIFY(chart.findChild<QLabel *>()->isVisible());
    QCOMPARE(chart.findChild<QLabel *>()->text(), chart.errorText());
}

void TestViewersChart::invalidPathSyntaxGivesTheErrorText()
{
    ValueChart chart;
    chart.setMessages(messagesOf({R"({"a": 1})"}));
    chart.setJsonPath(u"a..b"_s);
    QVERIFY(chart.points().isEmpty());
    QCOMPARE(chart.errorText(), u"Invalid path: Expected a key at position 3"_s);
    chart.setJsonPath(u"a"_s);
    QCOMPARE(chart.points(), pointsAt({{0, 1}}));
    QCOMPARE(chart.errorText(), QString());
}

void TestViewersChart::appendedMessagesReachTheSeries()
{
    ValueChart chart;
    chart.setMessages(messagesOf({"1", "2"}));
    ReceivedMessages more;
    more.append(message("3", t0 + 2000));
    more.append(message("4", t0 + 3000));
    chart.appendMessages(more);
    QCOMPARE(chart.points(), pointsAt({{0, 1}, {1, 2}, {2, 3}, {3, 4}}));
    // The series redraws on its interval.
    QTRY_COMPARE_WITH_TIMEOUT(chart.series()->count(), 4, 2000);
    QCOMPARE(chart.series()->points(), chart.points());
}

void TestViewersChart::keepsTheLastMaxPoints()
{
    ValueChart chart;
    chart.setMaxPoints(100);
    QList<QByteArray> payloads;
    for (int i = 0; i < 150; ++i)
        payloads.append(i % 10 == 9 ? QByteArray("x") : QByteArray::number(i));
    chart.setMessages(messagesOf(payloads));
    QCOMPARE(chart.points().size(), 90); // messages 50..149, of which one in ten is no number
    QCOMPARE(chart.points().constFirst(), QPointF(qreal(t0 + 50'000), 50));
    QVERIFY(chart.errorText().startsWith(u"10 of 100 messages"));

    ReceivedMessages more;
    for (int i = 150; i < 250; ++i)
        more.append(message(i % 10 == 9 ? "x" : QByteArray::number(i), t0 + i * 1000));
    for (const ReceivedMessage &one : more)
        chart.appendMessages({one});
    QCOMPARE(chart.points().size(), 90);
    QCOMPARE(chart.points().constFirst(), QPointF(qreal(t0 + 150'000), 150));
    QCOMPARE(chart.points().constLast(), QPointF(qreal(t0 + 248'000), 248));
    QVERIFY(chart.errorText().startsWith(u"10 of 100 messages"));
    chart.refresh();
    QCOMPARE(chart.series()->count(), 90);
}

QTEST_MAIN(TestViewersChart)
#include "tst_viewers_chart.moc"
