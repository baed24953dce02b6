// The dashboard's layout parser and tile checker: defaults, errors that name the tile and field,
// syntax errors with line and column.
#include "layoutparser.h"

#include <QtTest/qtest.h>

using OhMqttDashboard::parseLayout;

class tst_DashboardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeaderAndFillsDefaults()
    {
        const QByteArray text = R"({"title": "T", "columns": 2,)"
                                R"("broker": {"address": "mqtt://h:1884", "clientId": "c"},)"
                                R"("tiles": [{"type": "value", "topic": "a/b"},)"
                                R"({"type": "switch", "commandTopic": "s/set"},)"
                                R"({"type": "chart", "topic": "c", "span": 2}]})";
        const auto layout = parseLayout(text, QStringLiteral("t.json"));
        QVERIFY(layout.parsed);
        QCOMPARE(layout.errors, QStringList());
        QCOMPARE(layout.title, QStringLiteral("T"));
        QCOMPARE(layout.columns, 2);
        QCOMPARE(layout.broker.value(QStringLiteral("address")).toString(),
                 QStringLiteral("mqtt://h:1884"));
        QCOMPARE(layout.tiles.size(), 3);
        const QVariantMap value = layout.tiles.at(0).toMap();
        QCOMPARE(value.value(QStringLiteral("title")).toString(), QStringLiteral("a/b"));
        QCOMPARE(value.value(QStringLiteral("decimals")).toInt(), -1);
        QCOMPARE(value.value(QStringLiteral("unit")).toString(), QString());
        QCOMPARE(value.value(QStringLiteral("index")).toInt(), 0);
        const QVariantMap toggle = layout.tiles.at(1).toMap();
        QCOMPARE(toggle.value(QStringLiteral("onPayload")).toString(), QStringLiteral("ON"));
        QCOMPARE(toggle.value(QStringLiteral("offPayload")).toString(), QStringLiteral("OFF"));
        QCOMPARE(toggle.value(QStringLiteral("retain")).toBool(), false);
        const QVariantMap chart = layout.tiles.at(2).toMap();
        QCOMPARE(chart.value(QStringLiteral("points")).toInt(), 60);
        QCOMPARE(chart.value(QStringLiteral("span")).toInt(), 2);
    }

    void badTileBecomesErrorTile_data()
    {
        QTest::addColumn<QByteArray>("tile");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown type")
            << QByteArray(R"({"type": "dial", "topic": "a"})")
            << QStringLiteral("tiles[1] (dial): unknown \"type\" \"dial\"");
        QTest::newRow("no type") << QByteArray(R"({"topic": "a"})")
                                 << QStringLiteral("tiles[1]: \"type\" is missing");
        QTest::newRow("not an object")
            << QByteArray("42") << QStringLiteral("tiles[1]: must be an object");
        QTest::newRow("missing topic") << QByteArray(R"({"type": "value"})")
                                       << QStringLiteral("tiles[1] (value): \"topic\" is missing");
        QTest::newRow("empty topic")
            << QByteArray(R"({"type": "log", "topic": ""})")
            << QStringLiteral("tiles[1] (log): \"topic\" must be a non-empty");
        QTest::newRow("missing max") << QByteArray(R"({"type": "gauge", "topic": "a", "min": 0})")
                                     << QStringLiteral("tiles[1] (gauge): \"max\" is missing");
        QTest::newRow("min not below max")
            << QByteArray(R"({"type": "gauge", "topic": "a", "min": 5, "max": 5})")
            << QStringLiteral("tiles[1] (gauge): \"min\" must be less than \"max\"");
        QTest::newRow("text for a number")
            << QByteArray(R"({"type": "gauge", "topic": "a", "min": "0", "max": 5})")
            << QStringLiteral("tiles[1] (gauge): \"min\" must be a number");
        QTest::newRow("fractional decimals")
            << QByteArray(R"({"type": "value", "topic": "a", "decimals": 1.5})")
            << QStringLiteral("tiles[1] (value): \"decimals\" must be a whole number");
        QTest::newRow("wildcard command topic")
            << QByteArray(R"({"type": "button", "commandTopic": "a/+/b"})")
            << QStringLiteral("tiles[1] (button): \"commandTopic\" must not contain the wildcards");
        QTest::newRow("retain not a flag")
            << QByteArray(R"({"type": "switch", "commandTopic": "a", "retain": "yes"})")
            << QStringLiteral("tiles[1] (switch): \"retain\" must be true or false");
        QTest::newRow("misspelt field")
            << QByteArray(R"({"type": "value", "topic": "a", "unti": "V"})")
            << QStringLiteral("tiles[1] (value): unknown field \"unti\"");
        QTest::newRow("one point")
            << QByteArray(R"({"type": "chart", "topic": "a", "points": 1})")
            << QStringLiteral("tiles[1] (chart): \"points\" must be 2 or more");
        QTest::newRow("filter of another tile")
            << QByteArray(R"({"type": "switch", "commandTopic": "s", "stateTopic": "ok"})")
            << QStringLiteral("tiles[1] (switch): \"stateTopic\" \"ok\" is already the filter of "
                              "tiles[0]");
        QTest::newRow("no lines") << QByteArray(R"({"type": "log", "topic": "a", "lines": 0})")
                                  << QStringLiteral("tiles[1] (log): \"lines\" must be 1 or more");
    }

    void badTileBecomesErrorTile()
    {
        QFETCH(QByteArray, tile);
        QFETCH(QString, error);
        // Tile 0 is good: an error stays with its own tile.
        const QByteArray text = R"({"tiles": [{"type": "value", "topic": "ok"}, )" + tile + "]}";
        const auto layout = parseLayout(text, QStringLiteral("t.json"));
        QVERIFY(layout.parsed);
        QCOMPARE(layout.errors.size(), 1);
        QVERIFY2(layout.errors.first().startsWith(error), qPrintable(layout.errors.first()));
        QCOMPARE(layout.tiles.size(), 2);
        QCOMPARE(layout.tiles.at(0).toMap().value(QStringLiteral("type")).toString(),
                 QStringLiteral("value"));
        const QVariantMap bad = layout.tiles.at(1).toMap();
        QCOMPARE(bad.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(bad.value(QStringLiteral("message")).toString(), layout.errors.first());
        QCOMPARE(bad.value(QStringLiteral("index")).toInt(), 1);
    }

    void syntaxErrorNamesLineAndColumn()
    {
        const auto layout =
            parseLayout("{\n  \"title\": \"x\",\n  \"tiles\": [}\n", QStringLiteral("bad.json"));
        QVERIFY(!layout.parsed);
        QCOMPARE(layout.errors.size(), 1);
        QVERIFY2(layout.errors.first().startsWith(QStringLiteral("bad.json:3:")),
                 qPrintable(layout.errors.first()));
        QVERIFY(layout.tiles.isEmpty());
    }

    void documentErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("t.json: the layout must be");
        QTest::newRow("no tiles") << QByteArray("{}") << QStringLiteral("\"tiles\" is missing");
        QTest::newRow("columns") << QByteArray(R"({"columns": 0, "tiles": []})")
                                 << QStringLiteral("\"columns\" must be a whole number");
        QTest::newRow("broker field") << QByteArray(R"({"broker": {"host": "h"}, "tiles": []})")
                                      << QStringLiteral("\"broker\": unknown field \"host\"");
        QTest::newRow("broker kind") << QByteArray(R"({"broker": {"address": 1}, "tiles": []})")
                                     << QStringLiteral("\"broker\": \"address\" must be a string");
    }

    void documentErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto layout = parseLayout(text, QStringLiteral("t.json"));
        QCOMPARE(layout.errors.size(), 1);
        QVERIFY2(layout.errors.first().startsWith(error), qPrintable(layout.errors.first()));
    }
};

QTEST_GUILESS_MAIN(tst_DashboardLayout)

#include "tst_dashboardlayout.moc"
