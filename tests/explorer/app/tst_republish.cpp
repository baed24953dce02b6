// Publishing a received message again, as a user does it in a connection tab against a real
// mosquitto: "Publish Again" and "Edit in Publish" on the message detail's history, "Publish to
// this topic…" on the topic tree; a second subscriber checks that what arrives is the same
// message, byte for byte and property for property.
#include "app/connectiontab.h"
#include "common/userpropertieseditor.h"
#include "explorer/publish/publishobserver.h"
#include "explorer/publish/widgetdriving.h"
#include "publish/payloadtext.h"
#include "publish/publishhistorymodel.h"
#include "publish/publishpanel.h"
#include "subscriptions/subscriptionsmodel.h"
#include "subscriptions/subscriptionspanel.h"
#include "topics/topicbrowser.h"
#include "topics/topictreemodel.h"
#include "viewers/messagedetail.h"
#include "viewers/messagehistorymodel.h"

#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtTest/qtest.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qscrollarea.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttExplorerTest;
using namespace Qt::StringLiterals;
using OhMqttTest::MosquittoBroker;

namespace {

constexpr int WaitMs = 10'000;
constexpr quint32 ObserverSubscriptionId = 7;
constexpr quint32 ExplorerSubscriptionId = 9;

// Not UTF-8, a NUL first, CR LF inside: no text editor may carry it.
const QByteArray BinaryPayload("\x00\xff\xfe\r\n\x80 binary \x01\x02", 16);

// Every property a publisher can set, with values that would suffer from any conversion.
PublishProperties originalProperties(const QString &responseTopic)
{
    PublishProperties properties;
    properties.setPayloadFormatIndicator(0);
    properties.setMessageExpiryInterval(3600);
    properties.setContentType(u"application/x-protobuf; v=2"_s);
    properties.setResponseTopic(responseTopic);
    properties.setCorrelationData(QByteArray("\x00\xff\x10\r\n", 5));
    properties.addUserProperty(u"unit"_s, u"°C"_s);
    properties.addUserProperty(u"unit"_s, u"K"_s);
    properties.addUserProperty(u"quelle"_s, u"straße 7"_s);
    return properties;
}

// Two messages as a subscriber sees them are the same message: the Message Expiry Interval is
// what was left of it at each hop, so the second may have a little less.
void compareMessages(const MqttMessage &again, const MqttMessage &original)
{
    QCOMPARE(again.topic(), original.topic());
    QCOMPARE(again.payload(), original.payload());
    QCOMPARE(again.qos(), original.qos());
    QCOMPARE(again.retain(), original.retain());
    const PublishProperties &a = again.properties();
    const PublishProperties &o = original.properties();
    QCOMPARE(a.payloadFormatIndicator(), o.payloadFormatIndicator());
    QCOMPARE(a.contentType(), o.contentType());
    QCOMPARE(a.responseTopic(), o.responseTopic());
    QCOMPARE(a.correlationData(), o.correlationData());
    QCOMPARE(a.userProperties(), o.userProperties());
    // The observer's own identifier only: none of the explorer's went along.
    QCOMPARE(a.subscriptionIdentifiers(), QList<quint32> {ObserverSubscriptionId});
    QCOMPARE(o.subscriptionIdentifiers(), QList<quint32> {ObserverSubscriptionId});
    QVERIFY(a.messageExpiryInterval().has_value());
    QVERIFY(*a.messageExpiryInterval() <= *o.messageExpiryInterval());
    QVERIFY(*a.messageExpiryInterval() + 30 >= *o.messageExpiryInterval());
}

QMenu *openContextMenu(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint where = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, where, view->viewport()->mapToGlobal(where));
    QApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); }, WaitMs);
    return shown ? menu : nullptr;
}

bool clickMenuItem(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    }
    return false;
}

} // namespace

class tst_Republish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void publishAgainSendsTheSameMessage();
    void editInPublishFillsEveryField();
    void editInPublishShowsTextAndJsonAsText_data();
    void editInPublishShowsTextAndJsonAsText();
    void treeMenuPublishesToTheTopic();

private:
    // Publishes the message from a third client and waits until the observer and the tab have
    // it; the tab shows its topic, the message selected in the history.
    bool receive(const QString &topic, const QByteArray &payload, QoS qos, bool retain,
                 const PublishProperties &properties);
    PublishPanel *panel() const { return m_tab->publishPanel(); }

    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<ConnectionTab> m_tab;
    std::unique_ptr<PublishObserver> m_observer;
    QString m_prefix;
    QStringList m_retainedTopics; // cleared in cleanup()
};

void tst_Republish::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_Republish::init()
{
    static int counter = 0;
    m_prefix = u"republish/%1"_s.arg(++counter);
    m_observer = std::make_unique<PublishObserver>();
    QVERIFY(m_observer->start(m_broker->url(), m_prefix, ObserverSubscriptionId));

    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(OhMqttTest::uniqueClientId("explorer-republish"));
    m_tab = std::make_unique<ConnectionTab>(options, u"republish"_s);
    m_tab->resize(1400, 1000);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    QVERIFY(m_tab->connectToBroker());
    QVERIFY(m_tab->client()->waitForConnected(WaitMs));
    // The tab subscribes to "#" by itself.
    const SubscriptionsModel *subscriptions = m_tab->subscriptionsPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptions->find(u"#"_s) >= 0, WaitMs);
    const MqttSubscriptionPtr all = subscriptions->subscription(subscriptions->find(u"#"_s));
    QTRY_COMPARE_WITH_TIMEOUT(all->state(), MqttSubscription::State::Subscribed, WaitMs);
}

void tst_Republish::cleanup()
{
    if (m_observer && m_observer->client().isConnected()) {
        for (const QString &topic : std::as_const(m_retainedTopics))
            m_observer->client().publish(topic, {}, QoS::Q1, true)->waitForAcknowledged(WaitMs);
    }
    m_retainedTopics.clear();
    m_tab.reset();
    m_observer.reset();
}

bool tst_Republish::receive(const QString &topic, const QByteArray &payload, QoS qos, bool retain,
                            const PublishProperties &properties)
{
    MqttClient publisher;
    if (!OhMqttTest::connectAndWait(publisher, m_broker->url(),
                                    OhMqttTest::uniqueClientId("explorer-republish-publisher")))
        return false;
    if (retain)
        m_retainedTopics.append(topic);
    const qsizetype before = m_observer->messages().size();
    if (!publisher.publish(topic, payload, qos, retain, properties)->waitForAcknowledged(WaitMs))
        return false;
    if (!QTest::qWaitFor([&] { return m_observer->messages().size() > before; }, WaitMs))
        return false;
    // The tree takes messages in batches: wait until the topic is there, then select it.
    if (!QTest::qWaitFor([&] { return m_tab->browser()->selectTopic(topic); }, WaitMs))
        return false;
    return QTest::qWaitFor(
        [&] {
            const auto current = m_tab->detail()->currentMessage();
            return current && current->message.payload() == payload;
        },
        WaitMs);
}

// The received message, binary payload and every property, selected in the history and sent
// again with the toolbar button: the observer gets it a second time, identical.
void tst_Republish::publishAgainSendsTheSameMessage()
{
    // A subscription of the explorer's with an identifier: the message arrives with it, and it
    // must not go back to the broker [MQTT-3.3.4-6].
    MqttSubscribeOptions identified;
    identified.setSubscriptionIdentifier(ExplorerSubscriptionId);
    identified.setRetainAsPublished(true);
    QVERIFY(m_tab->client()
                ->subscribe(m_prefix + u"/machine/#"_s, identified)
                ->waitForAcknowledged(WaitMs));
    const QString topic = m_prefix + u"/machine/état"_s;
    QVERIFY(
        receive(topic, BinaryPayload, QoS::Q1, true, originalProperties(m_prefix + u"/replies"_s)));
    const MqttMessage original = m_observer->messages().constLast();
    QCOMPARE(original.payload(), BinaryPayload);
    // mosquitto sends a copy per matching subscription: the one of "#" and the one with the
    // identifier. Publish Again is done on the latter.
    const MessageHistoryModel *history = m_tab->detail()->historyModel();
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, WaitMs);
    int withIdentifier = -1;
    for (int row = 0; row < history->rowCount(); ++row) {
        if (history->messageAt(row).message.properties().subscriptionIdentifiers() ==
            QList<quint32> {ExplorerSubscriptionId})
            withIdentifier = row;
    }
    QVERIFY(withIdentifier >= 0);

    clickRow(m_tab->detail()->historyView(), withIdentifier);
    QCOMPARE(m_tab->detail()->currentRow(), withIdentifier);
    m_tab->panels()->setCurrentIndex(1); // elsewhere: the publish tab comes to the front
    auto *again = m_tab->detail()->findChild<QToolButton *>(u"publishAgainButton"_s);
    QVERIFY(again && again->isEnabled());
    click(again);

    QTRY_COMPARE_WITH_TIMEOUT(m_observer->messages().size(), 2, WaitMs);
    compareMessages(m_observer->messages().constLast(), original);
    QCOMPARE(m_tab->panels()->currentWidget()->findChild<PublishPanel *>(), panel());
    QCOMPARE(panel()->history()->rowCount(), 1);
    // mosquitto overlooks a Subscription Identifier from a client; the request handed to the
    // client must not have it.
    QVERIFY(panel()->history()->request(0).properties.subscriptionIdentifiers().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(panel()->history()->outcome(0),
                              PublishHistoryModel::Outcome::Acknowledged, WaitMs);
    // The editor was left alone.
    QVERIFY(child<QPlainTextEdit>(panel(), "payloadEdit")->toPlainText().isEmpty());
    QVERIFY(child<QRadioButton>(panel(), "textModeButton")->isChecked());
}

// "Edit in Publish" from the history's context menu: every field of the panel holds the message,
// the binary payload as hex; publishing it unchanged gives the same message again.
void tst_Republish::editInPublishFillsEveryField()
{
    const QString topic = m_prefix + u"/machine/7"_s;
    const QString replies = m_prefix + u"/replies"_s;
    QVERIFY(receive(topic, BinaryPayload, QoS::Q2, false, originalProperties(replies)));
    const MqttMessage original = m_observer->messages().constLast();
    m_tab->panels()->setCurrentIndex(2);

    QTreeView *history = m_tab->detail()->historyView();
    QMenu *menu = openContextMenu(history, history->model()->index(0, 0));
    QVERIFY(menu);
    QVERIFY(clickMenuItem(menu, u"Edit in Publish"_s));

    PublishPanel *publish = panel();
    QCOMPARE(child<QLineEdit>(publish, "topicEdit")->text(), topic);
    QVERIFY(child<QRadioButton>(publish, "hexModeButton")->isChecked());
    auto *payloadEdit = child<QPlainTextEdit>(publish, "payloadEdit");
    QCOMPARE(payloadEdit->toPlainText(), hexText(BinaryPayload));
    QVERIFY(child<QRadioButton>(publish, "qos2Button")->isChecked());
    QVERIFY(!child<QCheckBox>(publish, "retainCheck")->isChecked());
    QCOMPARE(child<QComboBox>(publish, "payloadFormatCombo")->currentText(),
             u"0: unspecified bytes"_s);
    const int expiry = child<QLineEdit>(publish, "messageExpiryEdit")->text().toInt();
    QVERIFY2(expiry > 3500 && expiry <= 3600, qPrintable(QString::number(expiry)));
    QCOMPARE(child<QLineEdit>(publish, "contentTypeEdit")->text(),
             u"application/x-protobuf; v=2"_s);
    QCOMPARE(child<QLineEdit>(publish, "responseTopicEdit")->text(), replies);
    QCOMPARE(child<QComboBox>(publish, "correlationFormatCombo")->currentText(), u"Hex"_s);
    QCOMPARE(child<QLineEdit>(publish, "correlationDataEdit")->text(), u"00 ff 10 0d 0a"_s);
    const QTableWidget *users =
        child<UserPropertiesEditor>(publish, "userPropertiesEditor")->table();
    QCOMPARE(users->rowCount(), 3);
    QCOMPARE(users->item(0, 0)->text(), u"unit"_s);
    QCOMPARE(users->item(1, 1)->text(), u"K"_s);
    QCOMPARE(users->item(2, 1)->text(), u"straße 7"_s);
    // The panel is in front, with the payload to edit.
    QCOMPARE(m_tab->panels()->currentWidget()->findChild<PublishPanel *>(), publish);
    QCOMPARE(QApplication::focusWidget(), payloadEdit);
    QCOMPARE(m_observer->messages().size(), 1); // nothing sent yet

    click(child<QPushButton>(publish, "publishButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_observer->messages().size(), 2, WaitMs);
    compareMessages(m_observer->messages().constLast(), original);
}

void tst_Republish::editInPublishShowsTextAndJsonAsText_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("modeButton");
    QTest::newRow("text") << QByteArray("21,5 °C\nsecond line") << u"textModeButton"_s;
    QTest::newRow("JSON") << QByteArray(R"({"t": 21.5, "unit": "°C"})") << u"jsonModeButton"_s;
}

void tst_Republish::editInPublishShowsTextAndJsonAsText()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, modeButton);
    const QString topic = m_prefix + u"/text"_s;
    QVERIFY(receive(topic, payload, QoS::Q0, false, {}));
    clickRow(m_tab->detail()->historyView(), 0);
    click(m_tab->detail()->findChild<QToolButton *>(u"editInPublishButton"_s));

    QVERIFY(panel()->findChild<QRadioButton *>(modeButton)->isChecked());
    QCOMPARE(child<QPlainTextEdit>(panel(), "payloadEdit")->toPlainText(),
             QString::fromUtf8(payload));
    QCOMPARE(child<QComboBox>(panel(), "payloadFormatCombo")->currentText(), u"Not set"_s);
    QVERIFY(child<QLineEdit>(panel(), "messageExpiryEdit")->text().isEmpty());
    QVERIFY(child<QRadioButton>(panel(), "qos0Button")->isChecked());
}

// "Publish to this topic…" on a tree row: the topic in the panel, the panels opened again when
// they were dragged shut, the payload to type.
void tst_Republish::treeMenuPublishesToTheTopic()
{
    const QString topic = m_prefix + u"/lamp/1"_s;
    QVERIFY(receive(topic, "off", QoS::Q0, false, {}));
    panel()->setTopic(u"somewhere/else"_s);
    m_tab->panels()->setCurrentIndex(3);
    auto *split = qobject_cast<QSplitter *>(m_tab->panels()->parentWidget());
    QVERIFY(split);
    split->setSizes({1000, 0});
    QTRY_COMPARE(m_tab->panels()->height(), 0);

    QTreeView *tree = m_tab->browser()->view();
    const QModelIndex row = tree->currentIndex();
    QCOMPARE(row.data(TopicTreeModel::FullTopicRole).toString(), topic);
    QMenu *menu = openContextMenu(tree, row);
    QVERIFY(menu);
    QVERIFY(clickMenuItem(menu, u"Publish to this topic…"_s));

    QCOMPARE(panel()->topic(), topic);
    QCOMPARE(m_tab->panels()->currentWidget()->findChild<PublishPanel *>(), panel());
    QTRY_VERIFY(m_tab->panels()->height() > 0);
    auto *payloadEdit = child<QPlainTextEdit>(panel(), "payloadEdit");
    QCOMPARE(QApplication::focusWidget(), payloadEdit);
    QVERIFY(payloadEdit->isVisible());

    typeText(payloadEdit, u"on"_s);
    QTest::keyClick(payloadEdit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_observer->messages().size(), 2, WaitMs);
    QCOMPARE(m_observer->messages().constLast().topic(), topic);
    QCOMPARE(m_observer->messages().constLast().payload(), QByteArray("on"));
}

QTEST_MAIN(tst_Republish)
#include "tst_republish.moc"
