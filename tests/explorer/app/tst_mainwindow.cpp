// MainWindow and ConnectionTab against a real mosquitto: quick connect through the dialog, the
// status bar following the current tab, traffic rates, closing a tab.
#include "app/connectiontab.h"
#include "app/mainwindow.h"
#include "app/trafficmeter.h"
#include "subscriptions/subscriptionsmodel.h"
#include "subscriptions/subscriptionspanel.h"
#include "topics/topicbrowser.h"
#include "topics/topictreemodel.h"
#include "viewers/messagedetail.h"

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qabstractbutton.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qinputdialog.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qtabwidget.h>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

// The tab subscribes to "#" by itself; true once the broker granted it.
bool waitForDefaultSubscription(ConnectionTab &tab)
{
    const SubscriptionsModel *model = tab.subscriptionsPanel()->model();
    const int row = model->find(QStringLiteral("#"));
    if (row < 0)
        return false;
    const MqttSubscriptionPtr subscription = model->subscription(row);
    return QTest::qWaitFor(
        [&] { return subscription->state() == MqttSubscription::State::Subscribed; }, WaitMs);
}

QString statusText(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("connectionState"))->text();
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quickConnectOpensATab();
    void statusFollowsTheCurrentTab();
    void trafficMeterCountsRates();
    void treeAndDetailFollowTheBroker();
    void deletesRetainedMessagesOfASubtree();

private:
    MosquittoBroker m_broker;
};

void tst_MainWindow::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is missing");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void tst_MainWindow::quickConnectOpensATab()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.connections()->count(), 0);

    // The dialog is modal: answer it, as a user would, once it shows.
    QTimer::singleShot(0, this, [this] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, m_broker.url());
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.connections()->count(), 1);
    QCOMPARE(window.connections()->tabText(0), m_broker.url());
    ConnectionTab *tab = window.currentConnection();
    QVERIFY(tab);
    QVERIFY(tab->client()->waitForConnected(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(
        statusText(window).startsWith(QStringLiteral("Connected to ") + m_broker.url()), WaitMs);

    window.activateWindow(); // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.connections()->count(), 0);
    QVERIFY(statusText(window).startsWith(QStringLiteral("No connection")));
}

void tst_MainWindow::statusFollowsTheCurrentTab()
{
    MainWindow window;
    MqttConnectOptions good;
    good.setAddress(m_broker.url());
    MqttConnectOptions refused;
    refused.setAddress(QStringLiteral("mqtt://127.0.0.1:1")); // nothing listens on port 1
    ConnectionTab *first = window.openConnection(good, QStringLiteral("good"));
    QVERIFY(first->client()->waitForConnected(WaitMs));
    ConnectionTab *second = window.openConnection(refused, QStringLiteral("refused"));
    QCOMPARE(window.currentConnection(), second);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(window).startsWith(QStringLiteral("Disconnected: ")),
                             WaitMs);
    window.connections()->setCurrentIndex(0);
    QVERIFY(statusText(window).startsWith(QStringLiteral("Connected to ")));
}

void tst_MainWindow::trafficMeterCountsRates()
{
    MainWindow window;
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    ConnectionTab *tab = window.openConnection(options, QStringLiteral("t"));
    QVERIFY(tab->client()->waitForConnected(WaitMs));
    QVERIFY(waitForDefaultSubscription(*tab));
    tab->traffic()->sample(); // start a fresh interval
    MqttClient publisher;
    QVERIFY(publisher.connectToBroker(options) && publisher.waitForConnected(WaitMs));
    for (int i = 0; i < 10; ++i)
        publisher.publish(QStringLiteral("meter/x"), QByteArray(100, 'x'), QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(tab->traffic()->totalMessagesIn(), 10, WaitMs);
    tab->traffic()->sample();
    QVERIFY(tab->traffic()->rates().messagesIn > 0);
    QVERIFY(tab->traffic()->rates().bytesIn >= tab->traffic()->rates().messagesIn * 100);
    QVERIFY2(tab->traffic()->ratesText().startsWith(QStringLiteral("in ")),
             qPrintable(tab->traffic()->ratesText()));
}

void tst_MainWindow::treeAndDetailFollowTheBroker()
{
    MainWindow window;
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    ConnectionTab *tab = window.openConnection(options, QStringLiteral("tree"));
    QVERIFY(tab->client()->waitForConnected(WaitMs));
    QVERIFY(waitForDefaultSubscription(*tab));
    MqttClient publisher;
    QVERIFY(publisher.connectToBroker(options) && publisher.waitForConnected(WaitMs));
    publisher.publish(QStringLiteral("tree/a/b"), "hello", QoS::Q1, true);

    QTRY_VERIFY_WITH_TIMEOUT(tab->browser()->selectTopic(QStringLiteral("tree/a/b")), WaitMs);
    QCOMPARE(tab->detail()->topic(), QStringLiteral("tree/a/b"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->detail()->currentMessage()->message.payload(),
                              QByteArray("hello"), WaitMs);
    const QModelIndex node = tab->topics()->indexOfTopic(QStringLiteral("tree/a/b"));
    QVERIFY(node.data(TopicTreeModel::RetainedRole).toBool()); // Retain As Published

    publisher.publish(QStringLiteral("tree/a/b"), "world", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(tab->detail()->currentMessage()->message.payload(),
                              QByteArray("world"), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->topics()
                                  ->indexOfTopic(QStringLiteral("tree/a/b"))
                                  .data(TopicTreeModel::RetainedRole)
                                  .toBool(),
                             WaitMs);
}

void tst_MainWindow::deletesRetainedMessagesOfASubtree()
{
    MainWindow window;
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    ConnectionTab *tab = window.openConnection(options, QStringLiteral("retained"));
    QVERIFY(tab->client()->waitForConnected(WaitMs));
    QVERIFY(waitForDefaultSubscription(*tab));
    MqttClient publisher;
    QVERIFY(publisher.connectToBroker(options) && publisher.waitForConnected(WaitMs));
    for (const QString &topic :
         {QStringLiteral("gone/1"), QStringLiteral("gone/2/x"), QStringLiteral("stays/1")})
        QVERIFY(publisher.publish(topic, "r", QoS::Q1, true)->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(tab->topics()->indexOfTopic(QStringLiteral("gone/2/x")).isValid(),
                             WaitMs);
    QCOMPARE(tab->retainedTopicsBelow(QStringLiteral("gone")),
             (QStringList {QStringLiteral("gone/1"), QStringLiteral("gone/2/x")}));

    QSignalSpy messages(tab, &ConnectionTab::message);
    QTimer::singleShot(0, this, [] { // the confirmation, answered as a user would
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    tab->deleteRetained(QStringLiteral("gone"));
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), WaitMs);
    QCOMPARE(messages.constLast().constFirst().toString(),
             QStringLiteral("Deleted 2 retained messages"));

    MqttClient fresh; // what a new subscriber is sent: only what was not deleted
    QVERIFY(fresh.connectToBroker(options) && fresh.waitForConnected(WaitMs));
    QSignalSpy received(&fresh, &MqttClient::messageReceived);
    fresh.subscribe(QStringLiteral("gone/#"));
    fresh.subscribe(QStringLiteral("stays/#")); // mosquitto answers in order: the fence
    QVERIFY(received.wait(WaitMs));
    QCOMPARE(received.constFirst().constFirst().value<MqttMessage>().topic(),
             QStringLiteral("stays/1"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
