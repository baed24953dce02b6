// TopicBrowser: the filter typed as a user types it, the rows the view then shows, sorting by
// clicking the header, and selection.
#include "topics/topicbrowser.h"
#include "topics/topicproxymodel.h"
#include "topics/topictreemodel.h"

#include "topictesting.h"

#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtreeview.h>

#include <memory>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;
using OhMqttExplorerTest::message;

namespace {

// The rows the view lays out (expanded ones included, scrolled out of sight or not), as full
// topics, top to bottom.
QStringList visibleRows(QTreeView *view)
{
    QStringList rows;
    for (QModelIndex index = view->model()->index(0, 0); index.isValid();
         index = view->indexBelow(index))
        rows.append(index.data(TopicTreeModel::FullTopicRole).toString());
    return rows;
}

void clickHeader(QTreeView *view, int section)
{
    QHeaderView *header = view->header();
    const QPoint center(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, center);
}

void clearByKeyboard(QLineEdit *edit)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
}

} // namespace

class tst_TopicBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsCountsAndPlaceholder();
    void filtersByTypedText();
    void filtersByTopicFilterWithPlusAndHash();
    void clearingTheFilterShowsEverything();
    void filteredViewFollowsNewMessages();
    void sortsByClickingTheHeader();
    void selectsTopicsAndReportsTheCurrentOne();
    void proxyPassesModelTesterWhileFiltering();

private:
    QString status() const { return m_browser->findChild<QLabel *>()->text(); }

    std::unique_ptr<TopicTreeModel> m_model;
    std::unique_ptr<TopicBrowser> m_browser;
};

void tst_TopicBrowser::init()
{
    m_model = std::make_unique<TopicTreeModel>();
    m_model->addMessages({
        message(u"home/kitchen/temp"_s, "21.5"),
        message(u"home/kitchen/humidity"_s, "40"),
        message(u"home/garage/door"_s, "open"),
        message(u"home/garage/temp"_s, "12"),
        message(u"office/temp"_s, "19"),
        message(u"office/temp"_s, "19.5"),
        message(u"office/sensor10"_s, "a"),
        message(u"office/sensor10"_s, "b"),
        message(u"office/sensor10"_s, "c"),
        message(u"office/sensor2"_s, "d"),
        message(u"$SYS/broker/uptime"_s, "100"),
    });
    m_model->flush();
    m_browser = std::make_unique<TopicBrowser>(m_model.get());
    m_browser->resize(1000, 600);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
}

void tst_TopicBrowser::cleanup()
{
    m_browser.reset();
    m_model.reset();
}

void tst_TopicBrowser::showsCountsAndPlaceholder()
{
    QVERIFY(m_browser->filterEdit()->placeholderText().contains(u"sensors/+/temp"_s));
    QCOMPARE(status(), u"8 topics, 8 shown"_s);
    QVERIFY(m_browser->view()->uniformRowHeights());
    QVERIFY(m_browser->view()->isSortingEnabled());
    // Sorted by name at first; nothing expanded yet.
    QCOMPARE(visibleRows(m_browser->view()), (QStringList {u"$SYS"_s, u"home"_s, u"office"_s}));
}

void tst_TopicBrowser::filtersByTypedText()
{
    QTest::keyClicks(m_browser->filterEdit(), u"KITCHEN"_s);
    QCOMPARE(visibleRows(m_browser->view()),
             (QStringList {u"home"_s, u"home/kitchen"_s, u"home/kitchen/humidity"_s,
                           u"home/kitchen/temp"_s}));
    QCOMPARE(status(), u"8 topics, 2 shown"_s);

    clearByKeyboard(m_browser->filterEdit());
    QTest::keyClicks(m_browser->filterEdit(), u"open"_s); // a value
    QCOMPARE(visibleRows(m_browser->view()),
             (QStringList {u"home"_s, u"home/garage"_s, u"home/garage/door"_s}));
}

void tst_TopicBrowser::filtersByTopicFilterWithPlusAndHash()
{
    QTest::keyClicks(m_browser->filterEdit(), u"+/+/temp"_s);
    QCOMPARE(visibleRows(m_browser->view()),
             (QStringList {u"home"_s, u"home/garage"_s, u"home/garage/temp"_s, u"home/kitchen"_s,
                           u"home/kitchen/temp"_s}));
    QCOMPARE(status(), u"8 topics, 2 shown (topic filter)"_s);

    clearByKeyboard(m_browser->filterEdit());
    QTest::keyClicks(m_browser->filterEdit(), u"office/#"_s);
    QCOMPARE(
        visibleRows(m_browser->view()),
        (QStringList {u"office"_s, u"office/sensor2"_s, u"office/sensor10"_s, u"office/temp"_s}));

    // A leading wildcard does not match $SYS topics [MQTT-4.7.2-1].
    clearByKeyboard(m_browser->filterEdit());
    QTest::keyClicks(m_browser->filterEdit(), u"#"_s);
    QCOMPARE(status(), u"8 topics, 7 shown (topic filter)"_s);
    QVERIFY(!visibleRows(m_browser->view()).contains(u"$SYS"_s));
}

void tst_TopicBrowser::clearingTheFilterShowsEverything()
{
    QTest::keyClicks(m_browser->filterEdit(), u"door"_s);
    QCOMPARE(visibleRows(m_browser->view()).size(), 3);
    clearByKeyboard(m_browser->filterEdit());
    QVERIFY(m_browser->filterEdit()->text().isEmpty());
    QCOMPARE(status(), u"8 topics, 8 shown"_s);
    // What the filter expanded stays expanded; the rest is back.
    QCOMPARE(visibleRows(m_browser->view()),
             (QStringList {u"$SYS"_s, u"home"_s, u"home/garage"_s, u"home/garage/door"_s,
                           u"home/garage/temp"_s, u"home/kitchen"_s, u"office"_s}));
}

void tst_TopicBrowser::filteredViewFollowsNewMessages()
{
    QTest::keyClicks(m_browser->filterEdit(), u"open"_s);
    QCOMPARE(visibleRows(m_browser->view()).size(), 3);

    // A new topic that matches shows up; a value that no longer matches hides its rows.
    m_model->addMessages(
        {message(u"garden/gate"_s, "open"), message(u"home/garage/door"_s, "shut")});
    m_model->flush();
    QCOMPARE(visibleRows(m_browser->view()), QStringList {u"garden"_s});
    QCOMPARE(status(), u"9 topics, 1 shown"_s);
}

void tst_TopicBrowser::sortsByClickingTheHeader()
{
    QTreeView *view = m_browser->view();
    QVERIFY(m_browser->selectTopic(u"office/temp"_s)); // expands office
    QCOMPARE(visibleRows(view),
             (QStringList {u"$SYS"_s, u"home"_s, u"office"_s, u"office/sensor2"_s,
                           u"office/sensor10"_s, u"office/temp"_s}));

    clickHeader(view, TopicTreeModel::MessagesColumn); // most messages first
    QCOMPARE(view->header()->sortIndicatorSection(), int(TopicTreeModel::MessagesColumn));
    // Levels without messages of their own tie, and then go by name (reversed here).
    QCOMPARE(visibleRows(view),
             (QStringList {u"office"_s, u"office/sensor10"_s, u"office/temp"_s, u"office/sensor2"_s,
                           u"home"_s, u"$SYS"_s}));
    clickHeader(view, TopicTreeModel::MessagesColumn); // and the other way round
    QCOMPARE(visibleRows(view),
             (QStringList {u"$SYS"_s, u"home"_s, u"office"_s, u"office/sensor2"_s, u"office/temp"_s,
                           u"office/sensor10"_s}));
    clickHeader(view, TopicTreeModel::TopicColumn);
    QCOMPARE(visibleRows(view),
             (QStringList {u"$SYS"_s, u"home"_s, u"office"_s, u"office/sensor2"_s,
                           u"office/sensor10"_s, u"office/temp"_s}));
}

void tst_TopicBrowser::selectsTopicsAndReportsTheCurrentOne()
{
    QSignalSpy selected(m_browser.get(), &TopicBrowser::topicSelected);
    QVERIFY(m_browser->selectTopic(u"home/garage/door"_s));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).toString(), u"home/garage/door"_s);
    QCOMPARE(m_browser->currentTopic(), u"home/garage/door"_s);
    QVERIFY(visibleRows(m_browser->view()).contains(u"home/garage/door"_s));

    // A click on a row makes it current.
    QTreeView *view = m_browser->view();
    const QModelIndex office = view->model()->index(2, 0);
    QCOMPARE(office.data(TopicTreeModel::FullTopicRole).toString(), u"office"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(office).center());
    QCOMPARE(selected.last().at(0).toString(), u"office"_s);

    QVERIFY(!m_browser->selectTopic(u"not/there"_s));
    QTest::keyClicks(m_browser->filterEdit(), u"kitchen"_s);
    QVERIFY(!m_browser->selectTopic(u"office/temp"_s)); // hidden by the filter
    QVERIFY(m_browser->selectTopic(u"home/kitchen/temp"_s));
    QCOMPARE(selected.last().at(0).toString(), u"home/kitchen/temp"_s);
}

void tst_TopicBrowser::proxyPassesModelTesterWhileFiltering()
{
    QAbstractItemModelTester proxyTester(m_browser->proxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester sourceTester(m_model.get(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList filters {u"temp"_s, u"+/temp"_s, u"home/#"_s, u"1"_s, QString()};
    for (int round = 0; round < 3; ++round) {
        for (const QString &filter : filters) {
            m_browser->setFilterText(filter);
            for (int i = 0; i < 30; ++i)
                m_model->addMessage(message(QStringLiteral("r%1/x%2/temp").arg(round).arg(i % 7),
                                            QByteArray::number(i)));
            m_model->flush();
        }
        clickHeader(m_browser->view(), TopicTreeModel::RateColumn);
        QVERIFY(m_model->removeSubtree(QStringLiteral("r%1/x3").arg(round)));
    }
    m_model->clear();
    QCOMPARE(m_browser->proxyModel()->rowCount(), 0);
}

QTEST_MAIN(tst_TopicBrowser)
#include "tst_topicbrowser.moc"
