// Preferences: the value in QSettings (round trip, clamping a hand-edited file), the dialog as a
// user drives it, and the main window applying depth and an evenly split memory budget to every
// open connection against a real mosquitto.
#include "app/connectiontab.h"
#include "app/mainwindow.h"
#include "app/preferences.h"
#include "app/preferencesdialog.h"
#include "connection/profilestore.h"
#include "topics/messagehistory.h"
#include "topics/topicbrowser.h"
#include "topics/topictreemodel.h"
#include "viewers/messagedetail.h"
#include "viewers/messagehistorymodel.h"

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qfile.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qstatusbar.h>
#include <QtWidgets/qtabwidget.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10'000;
constexpr qint64 MiB = Preferences::MiB;
constexpr qint64 DefaultBudget = MessageHistory::DefaultMemoryBudget;

qint64 budgetOf(const ConnectionTab *tab)
{
    return tab->topics()->history()->memoryBudget();
}

int depthOf(const ConnectionTab *tab)
{
    return tab->topics()->history()->depth();
}

QString memoryLabel(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("memoryUse"))->text();
}

QStringList labelTexts(const QWidget *parent)
{
    QStringList texts;
    for (const QLabel *label : parent->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

// Replaces a spin box's number as a user does: select it, type.
void typeInto(QSpinBox *box, const QString &text)
{
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
}

void click(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog->buttons()->button(which), Qt::LeftButton);
}

MqttMessage messageOn(const QString &topic, const QByteArray &payload)
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    return MqttMessage(std::move(packet));
}

} // namespace

class tst_Preferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripsThroughSettings();
    void clampsOnLoad_data();
    void clampsOnLoad();
    void splitsTheBudgetEvenly();

    void dialogAppliesToEveryTabAndSaves();
    void eachOfTwoTabsGetsHalf();
    void closingATabGivesTheOtherTheWholeBudget();
    void restoreDefaults();
    void cancelChangesNothing();
    void savedPreferencesApplyToANewWindow();
    void loweringTheDepthTrimsTheHistoryAndTheDetail();
    void loweringTheBudgetEvictsAndSaysSo();

private:
    ConnectionTab *openTab(MainWindow &window, const QString &title);
    PreferencesDialog *openPreferences(MainWindow &window);

    MosquittoBroker m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store; // a private settings file, never the user's
};

void tst_Preferences::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is missing");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void tst_Preferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("explorer.ini")));
}

void tst_Preferences::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

ConnectionTab *tst_Preferences::openTab(MainWindow &window, const QString &title)
{
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    return window.openConnection(options, title);
}

// Through the menu's shortcut, as a user opens it; null when it did not open.
PreferencesDialog *tst_Preferences::openPreferences(MainWindow &window)
{
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = window.preferencesDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void tst_Preferences::roundTripsThroughSettings()
{
    QSettings &settings = *m_store->settings();
    QCOMPARE(Preferences::load(settings), Preferences {}); // nothing saved: the defaults
    QCOMPARE(Preferences {}.historyDepth, MessageHistory::DefaultDepth);
    QCOMPARE(Preferences {}.memoryBudget, DefaultBudget);

    const Preferences chosen {42, 100 * MiB};
    QVERIFY(chosen.save(settings));
    QCOMPARE(settings.value(QStringLiteral("preferences/historyDepth")).toInt(), 42);
    QCOMPARE(settings.value(QStringLiteral("preferences/memoryBudget")).toLongLong(), 100 * MiB);
    QCOMPARE(Preferences::load(settings), chosen);
    // And from the file, as the next start reads it.
    const QSettings reread(settings.fileName(), QSettings::IniFormat);
    QCOMPARE(Preferences::load(reread), chosen);

    QVERIFY((Preferences {0, 1}).save(settings)); // saved clamped
    QCOMPARE(settings.value(QStringLiteral("preferences/historyDepth")).toInt(), 1);
    QCOMPARE(settings.value(QStringLiteral("preferences/memoryBudget")).toLongLong(), 16 * MiB);
}

void tst_Preferences::clampsOnLoad_data()
{
    QTest::addColumn<QString>("depth");
    QTest::addColumn<QString>("budget");
    QTest::addColumn<int>("expectedDepth");
    QTest::addColumn<qint64>("expectedBudget");

    const int defaultDepth = MessageHistory::DefaultDepth;
    QTest::newRow("in bounds") << u"7"_s << u"33554432"_s << 7 << 32 * MiB;
    QTest::newRow("lowest") << u"1"_s << u"16777216"_s << 1 << 16 * MiB;
    QTest::newRow("highest") << u"100000"_s << u"68719476736"_s << 100'000 << 65536 * MiB;
    QTest::newRow("zero") << u"0"_s << u"0"_s << 1 << 16 * MiB;
    QTest::newRow("negative") << u"-5"_s << u"-1"_s << 1 << 16 * MiB;
    QTest::newRow("too large") << u"100001"_s << u"68719476737"_s << 100'000 << 65536 * MiB;
    QTest::newRow("past 32 bits") << u"4294967297"_s << u"99999999999999999"_s << 100'000
                                  << 65536 * MiB;
    QTest::newRow("not numbers") << u"many"_s << u"256 MB"_s << defaultDepth << DefaultBudget;
    QTest::newRow("empty") << QString() << QString() << defaultDepth << DefaultBudget;
}

void tst_Preferences::clampsOnLoad()
{
    QFETCH(QString, depth);
    QFETCH(QString, budget);
    // Written into the file by hand, as a user editing it would.
    const QString fileName = m_dir->filePath(QStringLiteral("edited.ini"));
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write(QStringLiteral("[preferences]\nhistoryDepth=%1\nmemoryBudget=%2\n")
                       .arg(depth, budget)
                       .toUtf8());
    }
    const QSettings settings(fileName, QSettings::IniFormat);
    const Preferences loaded = Preferences::load(settings);
    QTEST(loaded.historyDepth, "expectedDepth");
    QTEST(loaded.memoryBudget, "expectedBudget");
}

void tst_Preferences::splitsTheBudgetEvenly()
{
    const Preferences preferences {10, 300 * MiB};
    QCOMPARE(preferences.budgetShare(0), 300 * MiB);
    QCOMPARE(preferences.budgetShare(1), 300 * MiB);
    QCOMPARE(preferences.budgetShare(2), 150 * MiB);
    QCOMPARE(preferences.budgetShare(3), 100 * MiB);
    QVERIFY(preferences.budgetShare(7) * 7 <= preferences.memoryBudget);
}

void tst_Preferences::dialogAppliesToEveryTabAndSaves()
{
    MainWindow window(m_store.get());
    ConnectionTab *first = openTab(window, u"first"_s);
    ConnectionTab *second = openTab(window, u"second"_s);
    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->historyDepthBox()->value(), MessageHistory::DefaultDepth);
    QCOMPARE(dialog->memoryBudgetBox()->value(), int(DefaultBudget / MiB));
    QCOMPARE(dialog->memoryBudgetBox()->suffix(), u" MiB"_s);
    const auto *share = dialog->findChild<QLabel *>(u"budgetShare"_s);
    QCOMPARE(share->text(), u"2 open connections share it: 128 MB each."_s);

    typeInto(dialog->historyDepthBox(), u"25"_s);
    typeInto(dialog->memoryBudgetBox(), u"64"_s);
    QCOMPARE(share->text(), u"2 open connections share it: 32 MB each."_s);
    click(dialog, QDialogButtonBox::Ok);

    QTRY_VERIFY_WITH_TIMEOUT(!window.preferencesDialog(), WaitMs); // closed, and deleted
    const Preferences expected {25, 64 * MiB};
    QCOMPARE(window.preferences(), expected);
    for (const ConnectionTab *tab : {first, second}) {
        QCOMPARE(depthOf(tab), 25);
        QCOMPARE(budgetOf(tab), 32 * MiB);
    }
    QCOMPARE(Preferences::load(*m_store->settings()), expected);
    const QString label = memoryLabel(window);
    QVERIFY2(label.endsWith(u"of 32 MB (this connection's share of 64 MB)"_s), qPrintable(label));
}

void tst_Preferences::eachOfTwoTabsGetsHalf()
{
    MainWindow window(m_store.get());
    ConnectionTab *first = openTab(window, u"first"_s);
    QCOMPARE(budgetOf(first), DefaultBudget);
    QVERIFY2(memoryLabel(window).endsWith(u"of 256 MB"_s), qPrintable(memoryLabel(window)));
    ConnectionTab *second = openTab(window, u"second"_s);
    QCOMPARE(budgetOf(first), DefaultBudget / 2);
    QCOMPARE(budgetOf(second), DefaultBudget / 2);
    QCOMPARE(depthOf(second), MessageHistory::DefaultDepth);
    QVERIFY2(memoryLabel(window).endsWith(u"of 128 MB (this connection's share of 256 MB)"_s),
             qPrintable(memoryLabel(window)));
    ConnectionTab *third = openTab(window, u"third"_s);
    for (const ConnectionTab *tab : {first, second, third})
        QCOMPARE(budgetOf(tab), DefaultBudget / 3);
}

void tst_Preferences::closingATabGivesTheOtherTheWholeBudget()
{
    MainWindow window(m_store.get());
    QVERIFY(window.setPreferences({10, 100 * MiB}));
    ConnectionTab *first = openTab(window, u"first"_s);
    openTab(window, u"second"_s);
    QCOMPARE(budgetOf(first), 50 * MiB);

    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier); // closes the current, second tab
    QCOMPARE(window.connections()->count(), 1);
    QCOMPARE(window.currentConnection(), first);
    QCOMPARE(budgetOf(first), 100 * MiB);
    QCOMPARE(depthOf(first), 10);
    QVERIFY2(memoryLabel(window).endsWith(u"of 100 MB"_s), qPrintable(memoryLabel(window)));
}

void tst_Preferences::restoreDefaults()
{
    MainWindow window(m_store.get());
    QVERIFY(window.setPreferences({3, 32 * MiB}));
    ConnectionTab *tab = openTab(window, u"tab"_s);
    QCOMPARE(depthOf(tab), 3);
    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->historyDepthBox()->value(), 3);
    QCOMPARE(dialog->memoryBudgetBox()->value(), 32);
    QCOMPARE(dialog->findChild<QLabel *>(u"budgetShare"_s)->text(),
             u"One open connection may use all of it."_s);

    click(dialog, QDialogButtonBox::RestoreDefaults);
    QCOMPARE(dialog->historyDepthBox()->value(), MessageHistory::DefaultDepth);
    QCOMPARE(dialog->memoryBudgetBox()->value(), int(DefaultBudget / MiB));
    QVERIFY(dialog->isVisible()); // restoring only fills the boxes
    QCOMPARE(depthOf(tab), 3);

    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(window.preferences(), Preferences {});
    QCOMPARE(depthOf(tab), MessageHistory::DefaultDepth);
    QCOMPARE(budgetOf(tab), DefaultBudget);
    QCOMPARE(Preferences::load(*m_store->settings()), Preferences {});
}

void tst_Preferences::cancelChangesNothing()
{
    MainWindow window(m_store.get());
    ConnectionTab *tab = openTab(window, u"tab"_s);
    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    typeInto(dialog->historyDepthBox(), u"5"_s);
    QCOMPARE(dialog->historyDepthBox()->value(), 5);
    click(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(depthOf(tab), MessageHistory::DefaultDepth);
    QCOMPARE(window.preferences(), Preferences {});
    QVERIFY(!m_store->settings()->contains(u"preferences/historyDepth"_s));
}

void tst_Preferences::savedPreferencesApplyToANewWindow()
{
    {
        MainWindow window(m_store.get());
        QVERIFY(window.setPreferences({12, 48 * MiB}));
    }
    MainWindow window(m_store.get());
    QCOMPARE(window.preferences(), (Preferences {12, 48 * MiB}));
    ConnectionTab *tab = openTab(window, u"tab"_s);
    QCOMPARE(depthOf(tab), 12);
    QCOMPARE(budgetOf(tab), 48 * MiB);
}

void tst_Preferences::loweringTheDepthTrimsTheHistoryAndTheDetail()
{
    MainWindow window(m_store.get());
    ConnectionTab *tab = openTab(window, u"tab"_s);
    QVERIFY(tab->client()->waitForConnected(WaitMs));
    // The tab subscribes to "#" by itself: a retained message proves the subscription stands.
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    MqttClient publisher;
    QVERIFY(publisher.connectToBroker(options) && publisher.waitForConnected(WaitMs));
    QVERIFY(publisher.publish(u"depth/t"_s, "0", QoS::Q1, true)->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(tab->browser()->selectTopic(u"depth/t"_s), WaitMs);
    for (int i = 1; i < 10; ++i)
        publisher.publish(u"depth/t"_s, QByteArray::number(i), QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(tab->topics()->history()->count(u"depth/t"_s), 10, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->detail()->historyModel()->rowCount(), 10, WaitMs);

    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    typeInto(dialog->historyDepthBox(), u"3"_s);
    click(dialog, QDialogButtonBox::Ok);

    QCOMPARE(tab->topics()->history()->count(u"depth/t"_s), 3); // at once
    const ReceivedMessages kept = tab->topics()->history()->messages(u"depth/t"_s);
    QCOMPARE(kept.constFirst().message.payload(), QByteArray("7")); // the newest stay
    QCOMPARE(tab->detail()->historyModel()->rowCount(), 3);
    QCOMPARE(tab->detail()->currentMessage()->message.payload(), QByteArray("9"));
    QCOMPARE(labelTexts(tab->detail()).count(u"10 messages"_s), 0); // the count follows
    QCOMPARE(labelTexts(tab->detail()).count(u"3 messages"_s), 1);

    // And it stays bounded as more arrive, one batch at a time (the detail pane appends them).
    for (int i = 10; i < 15; ++i) {
        const QByteArray payload = QByteArray::number(i);
        QVERIFY(publisher.publish(u"depth/t"_s, payload, QoS::Q1)->waitForAcknowledged(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(
            tab->detail()->historyModel()->messages().constLast().message.payload(), payload,
            WaitMs);
        QCOMPARE(tab->topics()->history()->count(u"depth/t"_s), 3);
        QCOMPARE(tab->detail()->historyModel()->rowCount(), 3);
    }
}

void tst_Preferences::loweringTheBudgetEvictsAndSaysSo()
{
    MainWindow window(m_store.get());
    ConnectionTab *tab = openTab(window, u"tab"_s);
    // 40 MiB of history, fed through the tab's model as the client would.
    const QByteArray payload(MiB, 'x');
    for (int i = 0; i < 40; ++i)
        tab->topics()->addMessage(messageOn(u"big/%1"_s.arg(i), payload));
    tab->topics()->flush();
    MessageHistory *history = tab->topics()->history();
    QCOMPARE(history->messageCount(), 40);
    QVERIFY(history->bytesUsed() > 40 * MiB);

    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    typeInto(dialog->memoryBudgetBox(), u"16"_s);
    click(dialog, QDialogButtonBox::Ok);

    QCOMPARE(history->memoryBudget(), 16 * MiB);
    QVERIFY(history->bytesUsed() <= 16 * MiB);
    QCOMPARE(history->messageCount(), 15); // each message counts a little more than 1 MiB
    QVERIFY(history->messages(u"big/0"_s).isEmpty()); // the oldest went first
    QCOMPARE(history->count(u"big/39"_s), 1);
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(
        status.startsWith(u"The oldest history (25 messages) was dropped to stay within 16 MB"_s),
        qPrintable(status));
    QVERIFY2(memoryLabel(window).endsWith(u"of 16 MB"_s), qPrintable(memoryLabel(window)));

    // With a second tab the first keeps half: it evicts again, and names itself.
    openTab(window, u"second"_s);
    QCOMPARE(history->memoryBudget(), 8 * MiB);
    QVERIFY(history->bytesUsed() <= 8 * MiB);
    const QString shared = window.statusBar()->currentMessage();
    QVERIFY2(shared.startsWith(u"tab: the oldest history (8 messages) was dropped to stay within "
                               "this connection's share (8 MB) of 16 MB"_s),
             qPrintable(shared));
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
