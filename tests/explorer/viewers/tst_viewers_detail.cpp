// MessageDetail driven as a user: history rows clicked, payload, diff and properties following,
// new messages arriving, copying, plotting from the JSON tree.
#include "viewers/diffview.h"
#include "viewers/jsontreemodel.h"
#include "viewers/jsonview.h"
#include "viewers/messagedetail.h"
#include "viewers/messagehistorymodel.h"
#include "viewers/messagepropertiesview.h"
#include "viewers/payloadview.h"
#include "viewers/rowview.h"
#include "viewers/valuechart.h"

#include "viewertesting.h"

#include <QtCore/qmimedata.h>
#include <QtCore/qtimer.h>
#include <QtGui/qclipboard.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;
using OhMqttViewerTest::message;

namespace {
constexpr qint64 t0 = 1'718'000'000'000;
const QString topic = u"plant/line1/status"_s;

ReceivedMessages history(const QList<QByteArray> &payloads, qint64 start = t0)
{
    ReceivedMessages messages;
    for (qsizetype i = 0; i < payloads.size(); ++i)
        messages.append(message(payloads[i], start + i * 1000, topic,
                                i % 2 ? OhMqtt::QoS::Q1 : OhMqtt::QoS::Q0, i == 0));
    return messages;
}

QString shownText(const MessageDetail &detail)
{
    return detail.payloadView()->textView()->visibleText();
}

void clickRow(MessageDetail &detail, int row)
{
    QTreeView *view = detail.historyView();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class TestViewersDetail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_detail.reset(); }

    void historyIsNewestFirstWithMarkers();
    void clickingHistoryRowsShowsTheirPayloads();
    void diffComparesWithTheMessageBefore();
    void newMessagesFollowTheNewestOnly();
    void busyTopicShowsTheNewestOncePerInterval();
    void clickWhileFollowingWins();
    void historyModelPassesTheTesterWhileAppendingPastItsLimit();
    void copyShortcutsFillTheClipboard();
    void republishActionsHandOverTheSelectedMessage();
    void plotFromTheJsonTreeOpensTheChart();
    void clearEmptiesEverything();

private:
    std::unique_ptr<MessageDetail> m_detail;
};

void TestViewersDetail::init()
{
    QLocale::setDefault(QLocale::c());
    m_detail = std::make_unique<MessageDetail>();
    m_detail->resize(1100, 700);
    m_detail->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_detail.get()));
}

void TestViewersDetail::historyIsNewestFirstWithMarkers()
{
    m_detail->setMessages(topic, history({"one", "two", "three"}));
    const MessageHistoryModel *model = m_detail->historyModel();
    QCOMPARE(model->rowCount(), 3);
    auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, MessageHistoryModel::PreviewColumn), u"three"_s);
    QCOMPARE(cell(2, MessageHistoryModel::PreviewColumn), u"one"_s);
    QCOMPARE(cell(0, MessageHistoryModel::SizeColumn), u"5 B"_s);
    QCOMPARE(cell(1, MessageHistoryModel::FlagsColumn), u"Q1"_s);
    QCOMPARE(cell(2, MessageHistoryModel::FlagsColumn), u"Q0 R"_s); // the retained first message
    QCOMPARE(cell(0, MessageHistoryModel::TimeColumn),
             QDateTime::fromMSecsSinceEpoch(t0 + 2000).toString(u"HH:mm:ss.zzz"_s));
    QCOMPARE(m_detail->topic(), topic);
    // The newest is selected and shown.
    QCOMPARE(m_detail->currentRow(), 0);
    QCOMPARE(shownText(*m_detail), u"three"_s);
}

void TestViewersDetail::clickingHistoryRowsShowsTheirPayloads()
{
    m_detail->setMessages(topic, history({"one", R"({"n": 2})", "three"}));
    QSignalSpy changed(m_detail.get(), &MessageDetail::currentMessageChanged);
    clickRow(*m_detail, 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_detail->currentRow(), 2);
    QCOMPARE(shownText(*m_detail), u"one"_s);
    QCOMPARE(m_detail->payloadView()->sizeText(), u"3 bytes"_s);
    const QTreeWidgetItem *section = m_detail->propertiesView()->messageSection();
    QCOMPARE(section->child(0)->text(1), topic);
    QCOMPARE(section->child(1)->text(1), u"0 (at most once)"_s);
    QCOMPARE(section->child(2)->text(1), u"yes"_s); // retain

    clickRow(*m_detail, 1);
    QCOMPARE(m_detail->payloadView()->shownFormat(), PayloadFormat::Json);
    QVERIFY(m_detail->payloadView()->jsonView()->isVisible());
    const JsonTreeModel *json = m_detail->payloadView()->jsonView()->model();
    QCOMPARE(json->index(0, JsonTreeModel::ValueColumn).data().toString(), u"2"_s);
    QCOMPARE(m_detail->propertiesView()->messageSection()->child(1)->text(1),
             u"1 (at least once)"_s);

    // The keyboard moves through the history as well.
    QTest::keyClick(m_detail->historyView()->viewport(), Qt::Key_Up);
    QCOMPARE(m_detail->currentRow(), 0);
    QCOMPARE(shownText(*m_detail), u"three"_s);
}

void TestViewersDetail::diffComparesWithTheMessageBefore()
{
    m_detail->setMessages(topic,
                          history({R"({"t": 1, "id": "a"})", R"({"t": 2, "id": "a"})", "plain"}));
    m_detail->tabs()->setCurrentWidget(m_detail->diffView());
    DiffView *diff = m_detail->diffView();
    QTRY_VERIFY(diff->isVisible());
    // The newest ("plain") against the JSON before it: a text diff.
    QCOMPARE(diff->summaryText(), u"Lines added: 1, removed: 1"_s);
    clickRow(*m_detail, 1);
    QCOMPARE(diff->summaryText(), u"Lines added: 1, removed: 1 (JSON, pretty-printed)"_s);
    QVERIFY(diff->rowView()->visibleText().contains(u"-     \"t\": 1\n+     \"t\": 2"));
    clickRow(*m_detail, 2);
    QCOMPARE(diff->summaryText(), u"No earlier message on this topic to compare with"_s);
    QCOMPARE(diff->rowView()->rowCount(), 0);
}

void TestViewersDetail::newMessagesFollowTheNewestOnly()
{
    m_detail->setMessages(topic, history({"one", "two"}));
    QCOMPARE(shownText(*m_detail), u"two"_s);
    // With the newest selected, the new newest is selected, shortly.
    m_detail->appendMessages(history({"three"}, t0 + 5000));
    QTRY_COMPARE_WITH_TIMEOUT(shownText(*m_detail), u"three"_s, 2000);
    QCOMPARE(m_detail->currentRow(), 0);
    QCOMPARE(m_detail->valueChart()->points().size(), 0);

    // A message the user picked stays, though its row moves down.
    clickRow(*m_detail, 1);
    QCOMPARE(shownText(*m_detail), u"two"_s);
    QSignalSpy changed(m_detail.get(), &MessageDetail::currentMessageChanged);
    m_detail->appendMessages(history({"four", "five"}, t0 + 9000));
    QCOMPARE(m_detail->historyModel()->rowCount(), 5);
    QCOMPARE(m_detail->currentRow(), 3);
    QCOMPARE(shownText(*m_detail), u"two"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_detail->historyModel()->index(0, MessageHistoryModel::PreviewColumn).data(),
             u"five"_s);
}

void TestViewersDetail::busyTopicShowsTheNewestOncePerInterval()
{
    m_detail->setMessages(topic, history({"0"}));
    QSignalSpy changed(m_detail.get(), &MessageDetail::currentMessageChanged);
    for (int i = 1; i <= 500; ++i)
        m_detail->appendMessages(history({QByteArray::number(i)}, t0 + i));
    QCOMPARE(changed.count(), 0); // nothing re-rendered per message
    QVERIFY(changed.wait(2000));
    QCOMPARE(shownText(*m_detail), u"500"_s);
    QCOMPARE(m_detail->currentRow(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestViewersDetail::clickWhileFollowingWins()
{
    m_detail->setMessages(topic, history({"one", "two"}));
    m_detail->appendMessages(history({"three"}, t0 + 5000));
    clickRow(*m_detail, 2); // "one", before the jump to the newest happened
    QCOMPARE(shownText(*m_detail), u"one"_s);
    QTest::qWait(3 * MessageDetail::FollowIntervalMs);
    QCOMPARE(shownText(*m_detail), u"one"_s);
    QCOMPARE(m_detail->currentRow(), 2);
}

void TestViewersDetail::historyModelPassesTheTesterWhileAppendingPastItsLimit()
{
    MessageHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistoryLimit(5);
    model.setMessages(history({"a", "b", "c"}));
    model.appendMessages(history({"d", "e", "f", "g"}, t0 + 10'000));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.messageAt(0).message.payload(), "g");
    QCOMPARE(model.messageAt(4).message.payload(), "c");
    model.appendMessages(history({"1", "2", "3", "4", "5", "6", "7"}, t0 + 20'000));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.messageAt(0).message.payload(), "7");
    QCOMPARE(model.messageAt(4).message.payload(), "3");
    model.setHistoryLimit(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.messageAt(1).message.payload(), "6");
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    // Previews are short and say what they are.
    QCOMPARE(MessageHistoryModel::previewOf(QByteArray("a\nb\tc")), u"a b c"_s);
    QCOMPARE(MessageHistoryModel::previewOf(QByteArray("\x00\x01\xff", 3)), u"00 01 ff"_s);
    QCOMPARE(MessageHistoryModel::previewOf(QByteArray(200, 'x')),
             QString(80, u'x') + QChar(0x2026));
}

// The toolbar buttons and the history's context menu hand the selected message on; with none
// selected they are disabled.
void TestViewersDetail::republishActionsHandOverTheSelectedMessage()
{
    QSignalSpy edit(m_detail.get(), &MessageDetail::editInPublishRequested);
    QSignalSpy again(m_detail.get(), &MessageDetail::publishAgainRequested);
    auto *editButton = m_detail->findChild<QToolButton *>(u"editInPublishButton"_s);
    auto *againButton = m_detail->findChild<QToolButton *>(u"publishAgainButton"_s);
    QVERIFY(editButton && againButton);
    QVERIFY(!editButton->isEnabled()); // nothing to hand on yet
    QVERIFY(!againButton->isEnabled());

    m_detail->setMessages(topic, history({"oldest", "middle", "newest"}));
    clickRow(*m_detail, 1);
    QTest::mouseClick(editButton, Qt::LeftButton);
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.constFirst().constFirst().value<OhMqtt::MqttMessage>().payload(),
             QByteArray("middle"));
    QTest::mouseClick(againButton, Qt::LeftButton);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().constFirst().value<OhMqtt::MqttMessage>().payload(),
             QByteArray("middle"));

    // The context menu of another row: that row is selected and its message handed on.
    QTreeView *view = m_detail->historyView();
    const QPoint where = view->visualRect(view->model()->index(2, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, where, view->viewport()->mapToGlobal(where));
    QApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())),
                             5000);
    QCOMPARE(menu->objectName(), u"historyMenu"_s);
    QCOMPARE(m_detail->currentRow(), 2);
    QAction *againAction = m_detail->publishAgainAction();
    QVERIFY(menu->actions().contains(againAction));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(againAction).center());
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.constLast().constFirst().value<OhMqtt::MqttMessage>().payload(),
             QByteArray("oldest"));
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activePopupWidget(), 5000);
    QCOMPARE(edit.size(), 1);

    m_detail->clear();
    QVERIFY(!editButton->isEnabled());
    QVERIFY(!m_detail->publishAgainAction()->isEnabled());
}

void TestViewersDetail::copyShortcutsFillTheClipboard()
{
    m_detail->setMessages(topic, history({"first", QByteArray("\x00\xff", 2)}));
    QSignalSpy status(m_detail.get(), &MessageDetail::statusMessage);
    clickRow(*m_detail, 1);
    QTest::keyClick(m_detail->historyView()->viewport(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"first"_s);
    QCOMPARE(status.takeLast().at(0).toString(), u"Copied 5 bytes of payload"_s);
    QTest::keyClick(m_detail->historyView()->viewport(), Qt::Key_C,
                    Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), topic);
    // A binary payload: hex as text, the bytes as application/octet-stream.
    clickRow(*m_detail, 0);
    QTest::keyClick(m_detail->historyView()->viewport(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), u"00 ff"_s);
    QCOMPARE(mime->data(u"application/octet-stream"_s), QByteArray("\x00\xff", 2));
}

void TestViewersDetail::plotFromTheJsonTreeOpensTheChart()
{
    m_detail->setMessages(topic, history({R"({"env": {"temp": 20}})", R"({"env": {"temp": 21}})"}));
    JsonView *json = m_detail->payloadView()->jsonView();
    QTreeView *tree = json->treeView();
    QVERIFY(tree->isVisible());
    const QModelIndex env = json->model()->index(0, 0);
    tree->expand(env);
    const QModelIndex temp = json->model()->index(0, 0, env);
    const QRect rect = tree->visualRect(temp);
    QVERIFY(rect.isValid());
    // Right-click the row, then pick the menu's only action.
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().constFirst()->text(), u"Plot env.temp over time"_s);
        menu->actions().constFirst()->trigger();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                            tree->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(tree->viewport(), &event);
    QCOMPARE(m_detail->tabs()->currentWidget(), m_detail->valueChart());
    QCOMPARE(m_detail->valueChart()->jsonPath(), u"env.temp"_s);
    QCOMPARE(m_detail->valueChart()->points(),
             (QList<QPointF> {{qreal(t0), 20}, {qreal(t0 + 1000), 21}}));
}

void TestViewersDetail::clearEmptiesEverything()
{
    m_detail->setMessages(topic, history({"1", "2"}));
    m_detail->clear();
    QCOMPARE(m_detail->historyModel()->rowCount(), 0);
    QCOMPARE(m_detail->currentRow(), -1);
    QVERIFY(!m_detail->currentMessage());
    QCOMPARE(m_detail->topic(), QString());
    QCOMPARE(m_detail->payloadView()->sizeText(), u"0 bytes"_s);
    QVERIFY(m_detail->valueChart()->points().isEmpty());
    QVERIFY(!m_detail->copyPayloadAction()->isEnabled());
    QVERIFY(!m_detail->copyTopicAction()->isEnabled());
}

QTEST_MAIN(TestViewersDetail)
#include "tst_viewers_detail.moc"
