// JsonView, JsonTreeModel and JsonPath: the tree, expand and collapse through the view, the pretty
// text, parse errors with their offsets, and paths.
#include "viewers/jsonpath.h"
#include "viewers/jsontreemodel.h"
#include "viewers/jsonview.h"
#include "viewers/payloadview.h"
#include "viewers/rowview.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

namespace {
const QByteArray nested = R"({"name": "probe", "data": {"values": [10, 20.5, {"deep": true}],
                             "unit": "°C"}, "empty": {}, "nothing": null, "big": 1099511627776})";

QModelIndex childNamed(const QAbstractItemModel &model, const QString &key,
                       const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

QString valueOf(const QModelIndex &keyIndex)
{
    return keyIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
}

// Qt 6's QTest::mouseDClick sends the double-click event alone; a real one follows a click.
void doubleClick(QWidget *viewport, QPoint position)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, position);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, position);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, position);
}

QString typeOf(const QModelIndex &keyIndex)
{
    return keyIndex.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString();
}
} // namespace

class TestViewersJson : public QObject
{
    Q_OBJECT

private slots:
    void modelShowsKeysValuesAndTypes();
    void modelPassesTheTesterAcrossDocuments();
    void modelGivesPathsOfNodes();
    void viewExpandsAndCollapsesLikeAUser();
    void expandAllAndCollapseAllButtons();
    void prettyTextToggleShowsIndentedDocument();
    void invalidJsonShowsErrorWithOffset_data();
    void invalidJsonShowsErrorWithOffset();
    void payloadViewHandsItsParsedDocumentOver();
    void pathsParse_data();
    void pathsParse();
    void pathsResolveOrSayWhereTheyStop_data();
    void pathsResolveOrSayWhereTheyStop();
};

void TestViewersJson::modelShowsKeysValuesAndTypes()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model);
    model.setDocument(QJsonDocument::fromJson(nested));
    QCOMPARE(model.rowCount(), 5);
    // QJsonObject keeps keys sorted.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("big"));
    const QModelIndex name = childNamed(model, QStringLiteral("name"));
    QCOMPARE(valueOf(name), QStringLiteral("probe"));
    QCOMPARE(typeOf(name), QStringLiteral("string"));
    QCOMPARE(valueOf(childNamed(model, QStringLiteral("big"))), QStringLiteral("1099511627776"));
    QCOMPARE(typeOf(childNamed(model, QStringLiteral("nothing"))), QStringLiteral("null"));
    QCOMPARE(valueOf(childNamed(model, QStringLiteral("empty"))), QStringLiteral("{0}"));
    QVERIFY(!model.hasChildren(childNamed(model, QStringLiteral("empty"))));

    const QModelIndex data = childNamed(model, QStringLiteral("data"));
    QCOMPARE(valueOf(data), QStringLiteral("{2}"));
    QCOMPARE(typeOf(data), QStringLiteral("object"));
    const QModelIndex values = childNamed(model, QStringLiteral("values"), data);
    QCOMPARE(valueOf(values), QStringLiteral("[3]"));
    QCOMPARE(typeOf(values), QStringLiteral("array"));
    QCOMPARE(model.rowCount(values), 3);
    QCOMPARE(model.index(1, 0, values).data().toString(), QStringLiteral("[1]"));
    QCOMPARE(valueOf(model.index(1, 0, values)), QStringLiteral("20.5"));
    QCOMPARE(typeOf(model.index(1, 0, values)), QStringLiteral("number"));
    const QModelIndex deep = childNamed(model, QStringLiteral("deep"), model.index(2, 0, values));
    QCOMPARE(valueOf(deep), QStringLiteral("true"));
    QCOMPARE(typeOf(deep), QStringLiteral("boolean"));
    QCOMPARE(valueOf(childNamed(model, QStringLiteral("unit"), data)), QStringLiteral("°C"));
    QCOMPARE(model.parent(deep).parent(), values);
}

void TestViewersJson::modelPassesTheTesterAcrossDocuments()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView view;
    view.setModel(&model);
    model.setDocument(QJsonDocument::fromJson(nested));
    view.expandAll();
    model.setDocument(QJsonDocument::fromJson("[1, [2, [3, [4]]]]"));
    view.expandAll();
    QCOMPARE(model.rowCount(), 2);
    model.setDocument({});
    QCOMPARE(model.rowCount(), 0);
}

void TestViewersJson::modelGivesPathsOfNodes()
{
    JsonTreeModel model;
    model.setDocument(QJsonDocument::fromJson(
        R"({"data": {"values": [10, {"x": 1}]}, "a b": {"c": 2}, "q\"k": 3})"));
    const QModelIndex data = childNamed(model, QStringLiteral("data"));
    const QModelIndex values = childNamed(model, QStringLiteral("values"), data);
    QCOMPARE(model.pathOf(model.index(0, 0, values)), QStringLiteral("data.values[0]"));
    QCOMPARE(model.pathOf(childNamed(model, QStringLiteral("x"), model.index(1, 0, values))),
             QStringLiteral("data.values[1].x"));
    const QModelIndex spaced = childNamed(model, QStringLiteral("a b"));
    QCOMPARE(model.pathOf(childNamed(model, QStringLiteral("c"), spaced)),
             QStringLiteral("[\"a b\"].c"));
    QCOMPARE(model.pathOf(childNamed(model, QStringLiteral("q\"k"))),
             QStringLiteral("[\"q\\\"k\"]"));
    // Every path the model gives resolves with JsonPath to the node's value.
    for (const QModelIndex &index :
         {model.index(0, 0, values), childNamed(model, QStringLiteral("c"), spaced),
          childNamed(model, QStringLiteral("q\"k"))}) {
        QString error;
        const auto value = JsonPath::parse(model.pathOf(index)).resolve(model.document(), &error);
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(*value, model.valueAt(index));
    }
}

void TestViewersJson::viewExpandsAndCollapsesLikeAUser()
{
    JsonView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(nested);
    QVERIFY(view.isValid());
    QTreeView *tree = view.treeView();
    QVERIFY(tree->isVisible());
    const QModelIndex data = childNamed(*view.model(), QStringLiteral("data"));
    // Small documents open with their top level expanded.
    QVERIFY(tree->isExpanded(data));
    const QModelIndex values = childNamed(*view.model(), QStringLiteral("values"), data);
    QVERIFY(!tree->isExpanded(values));

    // Double-click on the row expands it, and again collapses it.
    doubleClick(tree->viewport(), tree->visualRect(values).center());
    QVERIFY(tree->isExpanded(values));
    QVERIFY(tree->visualRect(view.model()->index(2, 0, values)).isValid());
    doubleClick(tree->viewport(), tree->visualRect(values).center());
    QVERIFY(!tree->isExpanded(values));

    // The keyboard: Right expands the current row, Left collapses it.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(values).center());
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), values);
    QTest::keyClick(tree->viewport(), Qt::Key_Right);
    QVERIFY(tree->isExpanded(values));
    QTest::keyClick(tree->viewport(), Qt::Key_Left);
    QVERIFY(!tree->isExpanded(values));
}

void TestViewersJson::expandAllAndCollapseAllButtons()
{
    JsonView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(nested);
    const JsonTreeModel &model = *view.model();
    const QModelIndex data = childNamed(model, QStringLiteral("data"));
    const QModelIndex values = childNamed(model, QStringLiteral("values"), data);
    const QModelIndex third = model.index(2, 0, values);
    QTest::mouseClick(view.expandAllButton(), Qt::LeftButton);
    QVERIFY(view.treeView()->isExpanded(values));
    QVERIFY(view.treeView()->isExpanded(third));
    QTest::mouseClick(view.collapseAllButton(), Qt::LeftButton);
    QVERIFY(!view.treeView()->isExpanded(data));
    QVERIFY(!view.treeView()->isExpanded(values));
}

void TestViewersJson::prettyTextToggleShowsIndentedDocument()
{
    JsonView view;
    view.resize(600, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(R"({"b": [1, 2], "a": "x"})");
    QVERIFY(!view.textView()->isVisible());
    QTest::mouseClick(view.prettyTextButton(), Qt::LeftButton);
    QVERIFY(view.isPrettyText());
    QVERIFY(view.textView()->isVisible());
    QVERIFY(!view.treeView()->isVisible());
    QVERIFY(!view.expandAllButton()->isEnabled());
    const QString expected = QString::fromUtf8(
        QJsonDocument::fromJson(R"({"b": [1, 2], "a": "x"})").toJson(QJsonDocument::Indented));
    QCOMPARE(view.textView()->visibleText() + u'\n', expected);
    QCOMPARE(view.textView()->source()->rowText(1), QStringLiteral("    \"a\": \"x\","));
    // A new document while the text shows: the text follows it.
    view.setPayload(R"({"c": 3})");
    QVERIFY(view.textView()->visibleText().contains(u"\"c\": 3"));
    QTest::mouseClick(view.prettyTextButton(), Qt::LeftButton);
    QVERIFY(view.treeView()->isVisible());
}

void TestViewersJson::invalidJsonShowsErrorWithOffset_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("where");
    QTest::addColumn<qsizetype>("errorRow");
    QTest::newRow("missing colon") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}")
                                   << QStringLiteral("(line 3, column 8)") << qsizetype(2);
    QTest::newRow("unterminated") << QByteArray("[1, 2") << QStringLiteral("(line 1, column 6)")
                                  << qsizetype(0);
    QTest::newRow("scalar") << QByteArray("42") << QStringLiteral("(line 1, column 2)")
                            << qsizetype(0);
}

void TestViewersJson::invalidJsonShowsErrorWithOffset()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, where);
    QFETCH(qsizetype, errorRow);
    QJsonParseError expected;
    QJsonDocument::fromJson(payload, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);

    JsonView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(payload);
    QVERIFY(!view.isValid());
    QCOMPARE(view.errorOffset(), expected.offset);
    QCOMPARE(view.errorText(),
             QStringLiteral("Invalid JSON at byte offset %1 %2: %3")
                 .arg(expected.offset)
                 .arg(where, expected.errorString()));
    // The raw text shows, with the line of the error selected.
    QVERIFY(view.textView()->isVisible());
    QVERIFY(!view.treeView()->isVisible());
    QVERIFY(!view.prettyTextButton()->isEnabled());
    QCOMPARE(view.textView()->selectedRows(), std::pair(errorRow, errorRow));
    // A valid payload afterwards clears the error.
    view.setPayload("{}");
    QVERIFY(view.isValid());
    QVERIFY(view.errorText().isEmpty());
    QVERIFY(view.treeView()->isVisible());
}

void TestViewersJson::payloadViewHandsItsParsedDocumentOver()
{
    PayloadView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPayload(nested);
    QCOMPARE(view.shownFormat(), PayloadFormat::Json);
    QVERIFY(view.jsonView()->isVisible());
    QCOMPARE(view.jsonView()->model()->rowCount(), 5);
    // Forcing JSON on a payload that is not: the error, not a tree.
    view.setFormat(PayloadFormat::Json);
    view.setPayload("not json");
    QVERIFY(!view.jsonView()->isValid());
    QVERIFY(view.jsonView()->errorText().startsWith(
        u"Invalid JSON at byte offset 1 (line 1, column 2): "));
}

void TestViewersJson::pathsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("steps"); // keys and [indexes], joined by '/'
    QTest::addColumn<QString>("error");
    QTest::newRow("key") << u"temperature"_s << u"temperature"_s << QString();
    QTest::newRow("nested") << u"data.values[0]"_s << u"data/values/[0]"_s << QString();
    QTest::newRow("root index") << u"[2].x"_s << u"[2]/x"_s << QString();
    QTest::newRow("dollar") << u"$.a[1][2]"_s << u"a/[1]/[2]"_s << QString();
    QTest::newRow("quoted") << uR"(a["b.c"]['d]'])"_s << u"a/b.c/d]"_s << QString();
    QTest::newRow("spaces kept inside") << u"  room temp.c "_s << u"room temp/c"_s << QString();
    QTest::newRow("empty") << u""_s << u""_s << QString();
    QTest::newRow("double dot") << u"a..b"_s << u""_s << u"Expected a key at position 3"_s;
    QTest::newRow("trailing dot") << u"a."_s << u""_s << u"The path ends with \".\""_s;
    QTest::newRow("unclosed") << u"a[1"_s << u""_s << u"Expected \"]\" at position 4"_s;
    QTest::newRow("not an index") << u"a[x]"_s << u""_s
                                  << u"Expected an index or a quoted key at position 3"_s;
    QTest::newRow("unterminated quote")
        << u"a[\"b"_s << u""_s << u"Unterminated quoted key at position 2"_s;
    QTest::newRow("stray bracket") << u"a]b"_s << u""_s << u"Unexpected \"]\" at position 2"_s;
}

void TestViewersJson::pathsParse()
{
    QFETCH(QString, text);
    QFETCH(QString, steps);
    QFETCH(QString, error);
    const JsonPath path = JsonPath::parse(text);
    QCOMPARE(path.errorString(), error);
    QCOMPARE(path.isValid(), error.isEmpty());
    QStringList parts;
    for (const JsonPath::Step &step : path.steps())
        parts += step.index >= 0 ? QStringLiteral("[%1]").arg(step.index) : step.key;
    QCOMPARE(parts.join(u'/'), steps);
}

void TestViewersJson::pathsResolveOrSayWhereTheyStop_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("string") << u"name"_s << QJsonValue(QStringLiteral("probe")) << QString();
    QTest::newRow("array element") << u"data.values[1]"_s << QJsonValue(20.5) << QString();
    QTest::newRow("deep") << u"data.values[2].deep"_s << QJsonValue(true) << QString();
    QTest::newRow("missing key") << u"data.missing"_s << QJsonValue()
                                 << u"No key \"missing\" in data"_s;
    QTest::newRow("missing top key")
        << u"nope"_s << QJsonValue() << u"No key \"nope\" in the document"_s;
    QTest::newRow("out of range") << u"data.values[3]"_s << QJsonValue()
                                  << u"Index 3 is out of range: data.values has 3 elements"_s;
    QTest::newRow("index into object")
        << u"data[0]"_s << QJsonValue() << u"data is an object, not an array"_s;
    QTest::newRow("key into number")
        << u"data.values[0].x"_s << QJsonValue() << u"data.values[0] is a number, not an object"_s;
}

void TestViewersJson::pathsResolveOrSayWhereTheyStop()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QString reason;
    const auto resolved = JsonPath::parse(path).resolve(QJsonDocument::fromJson(nested), &reason);
    QCOMPARE(reason, error);
    QCOMPARE(resolved.has_value(), error.isEmpty());
    if (resolved)
        QCOMPARE(*resolved, value);
}

QTEST_MAIN(TestViewersJson)
#include "tst_viewers_json.moc"
