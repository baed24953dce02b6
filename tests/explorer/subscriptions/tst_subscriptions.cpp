// The subscriptions panel driven as a user against a real mosquitto: the dialog's options reach
// the broker, the table follows each subscription's live state, and removing one stops it.
#include "common/userpropertieseditor.h"
#include "explorer/publish/widgetdriving.h"
#include "subscriptions/subscriptiondialog.h"
#include "subscriptions/subscriptionsmodel.h"
#include "subscriptions/subscriptionspanel.h"

#include <OhMqtt/mqttclient.h>

#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qgroupbox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qtreeview.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttExplorerTest;
using namespace Qt::StringLiterals;
using OhMqttTest::MosquittoBroker;
using State = MqttSubscription::State;

namespace {

constexpr int WaitMs = 5'000;

// What the user types into the dialog.
struct DialogInput
{
    QString filter {};
    QString shareName {};
    int maximumQoS = 2;
    bool noLocal = false;
    QString retainHandling {}; // the start of the combo box's text; empty: leave the default
    int subscriptionIdentifier = 0;
    QList<StringPair> userProperties {};
};

QString cellText(const SubscriptionsModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

QStringList topics(const QList<MqttMessage> &messages)
{
    QStringList result;
    for (const MqttMessage &message : messages)
        result.append(message.topic());
    return result;
}

} // namespace

#define FILL_DIALOG(opener, ...)                                                                   \
    do {                                                                                           \
        fillDialog(opener, __VA_ARGS__);                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class tst_Subscriptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsAreAllTopicsButNotSys();
    void addedThroughTheDialogIsSubscribedAndReceives();
    void editChangesTheGrantedQoS();
    void removeStopsTheBrokerSending();
    void noLocalReachesTheBroker_data();
    void noLocalReachesTheBroker();
    void retainHandlingReachesTheBroker_data();
    void retainHandlingReachesTheBroker();
    void subscriptionIdentifierAndShareNameReachTheBroker();
    void systemTopicsSwitchBringsSysMessages();
    void invalidFilterShowsErrorAndSendsNothing();
    void subscriptionsWhileDisconnectedArePending();
    void mqtt311DisablesTheMqtt5Options();

private:
    bool connectClient(MqttClient &client, ProtocolVersion version = ProtocolVersion::V5);
    // A connected client, a panel for it without default subscriptions, a model tester, and a
    // spy on the messages the client receives.
    bool setUpPanel(ProtocolVersion version = ProtocolVersion::V5);
    // Clicks Add (or Edit), fills the dialog in as a user and clicks OK.
    // Failures end the test function through the FILL_DIALOG macro.
    void fillDialog(QPushButton *opener, const DialogInput &input);
    bool waitForState(int row, State state);
    SubscriptionDialog *openDialog() const;
    static bool activate(QWidget *window);
    QList<MqttMessage> received() const; // on the test's own topics
    QList<MqttMessage> allReceived() const;

    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<MqttClient> m_client;
    std::unique_ptr<SubscriptionsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_messages;
    std::unique_ptr<MqttClient> m_other;
    QString m_base; // every topic of the test running is under it
    QStringList m_retainedTopics; // cleared after the test, whether it passed or not
};

void tst_Subscriptions::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_Subscriptions::init()
{
    static int counter = 0;
    m_base = u"ohmqtt/tst_explorer_subscriptions/%1/%2"_s.arg(QCoreApplication::applicationPid())
                 .arg(++counter);
    m_other = std::make_unique<MqttClient>();
    QVERIFY(connectClient(*m_other));
}

void tst_Subscriptions::cleanup()
{
    for (const QString &topic : std::as_const(m_retainedTopics))
        QVERIFY(m_other->publish(topic, {}, QoS::Q1, true)->waitForAcknowledged(WaitMs));
    m_retainedTopics.clear();
    m_messages.reset();
    m_tester.reset();
    m_panel.reset();
    m_client.reset();
    m_other.reset();
}

bool tst_Subscriptions::connectClient(MqttClient &client, ProtocolVersion version)
{
    return OhMqttTest::connectAndWait(
        client, m_broker->url(), OhMqttTest::uniqueClientId("explorer-subscriptions"), version);
}

bool tst_Subscriptions::setUpPanel(ProtocolVersion version)
{
    m_client = std::make_unique<MqttClient>();
    if (!connectClient(*m_client, version))
        return false;
    m_messages = std::make_unique<QSignalSpy>(m_client.get(), &MqttClient::messageReceived);
    m_panel = std::make_unique<SubscriptionsPanel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(900, 500);
    m_panel->show();
    if (!QTest::qWaitForWindowActive(m_panel.get()))
        return false;
    // The user switches "#" off: the tests count exactly the messages they subscribe to.
    auto *allTopics = child<QCheckBox>(m_panel.get(), "allTopicsCheck");
    click(allTopics);
    // The broker has removed "#" once it acknowledges a PUBLISH sent after the UNSUBSCRIBE.
    if (!m_client->publish(m_base + u"/sync"_s, {}, QoS::Q1)->waitForAcknowledged(WaitMs))
        return false;
    return !allTopics->isChecked() && m_panel->model()->rowCount() == 0;
}

void tst_Subscriptions::fillDialog(QPushButton *opener, const DialogInput &input)
{
    click(opener);
    auto *dialog = openDialog();
    QVERIFY2(dialog, "the button opened the dialog");
    QVERIFY(activate(dialog));
    retype(child<QLineEdit>(dialog, "filterEdit"), input.filter);
    retype(child<QLineEdit>(dialog, "shareNameEdit"), input.shareName);
    const QByteArray qosButton = "maximumQoS" + QByteArray::number(input.maximumQoS) + "Button";
    click(child<QRadioButton>(dialog, qosButton.constData()));
    auto *noLocal = child<QCheckBox>(dialog, "noLocalCheck");
    if (noLocal->isChecked() != input.noLocal)
        click(noLocal);
    if (!input.retainHandling.isEmpty()) {
        QVERIFY(chooseComboItemStartingWith(child<QComboBox>(dialog, "retainHandlingCombo"),
                                            input.retainHandling));
    }
    if (input.subscriptionIdentifier != 0) {
        auto *spin = child<QSpinBox>(dialog, "subscriptionIdentifierSpin");
        QVERIFY(spin->isEnabled());
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        typeText(spin, QString::number(input.subscriptionIdentifier));
        QCOMPARE(spin->value(), input.subscriptionIdentifier);
    }
    auto *userProperties = child<UserPropertiesEditor>(dialog, "userPropertiesEditor");
    for (const auto &[name, value] : input.userProperties)
        QVERIFY2(addUserProperty(userProperties, name, value), qPrintable(name));
    QVERIFY2(dialog->isVisible(), "the dialog stays open until OK");
    auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    click(ok);
    QVERIFY(dialog->isHidden());
}

bool tst_Subscriptions::waitForState(int row, State state)
{
    const SubscriptionsModel *model = m_panel->model();
    // The table shows what the subscription says.
    return QTest::qWaitFor(
        [&] {
            return row < model->rowCount() && model->subscription(row)->state() == state &&
                cellText(model, row, SubscriptionsModel::StateColumn)
                    .startsWith(SubscriptionsModel::stateName(state));
        },
        WaitMs);
}

// A window manager activates a dialog as it opens; the offscreen platform leaves that to us.
bool tst_Subscriptions::activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, WaitMs);
}

SubscriptionDialog *tst_Subscriptions::openDialog() const
{
    // Closed dialogs are deleted later: the one to use is the one shown.
    for (SubscriptionDialog *dialog : m_panel->findChildren<SubscriptionDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QList<MqttMessage> tst_Subscriptions::allReceived() const
{
    QList<MqttMessage> messages;
    for (const QList<QVariant> &arguments : *m_messages)
        messages.append(arguments.at(0).value<MqttMessage>());
    return messages;
}

QList<MqttMessage> tst_Subscriptions::received() const
{
    // Only this test's topics: "#", when on, also brings what earlier tests left retained.
    QList<MqttMessage> messages;
    for (const QList<QVariant> &arguments : *m_messages) {
        const auto message = arguments.at(0).value<MqttMessage>();
        if (message.topic().startsWith(m_base + u'/'))
            messages.append(message);
    }
    return messages;
}

void tst_Subscriptions::defaultsAreAllTopicsButNotSys()
{
    MqttClient client; // not connected: the default subscription waits for the connection
    SubscriptionsPanel panel(&client);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(child<QCheckBox>(&panel, "allTopicsCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(&panel, "systemTopicsCheck")->isChecked());
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->topicFilter(0), u"#"_s);
    QCOMPARE(panel.model()->subscription(0)->state(), State::Pending);
    QCOMPARE(panel.activeTopicFilters(), QStringList {u"#"_s});

    QSignalSpy changed(&panel, &SubscriptionsPanel::subscriptionsChanged);
    panel.setDefaults(false, true);
    QVERIFY(!child<QCheckBox>(&panel, "allTopicsCheck")->isChecked());
    QVERIFY(child<QCheckBox>(&panel, "systemTopicsCheck")->isChecked());
    QCOMPARE(panel.activeTopicFilters(), QStringList {u"$SYS/#"_s});
    QVERIFY(!changed.isEmpty());
}

void tst_Subscriptions::addedThroughTheDialogIsSubscribedAndReceives()
{
    QVERIFY(setUpPanel());
    const QString base = m_base;
    QSignalSpy changed(m_panel.get(), &SubscriptionsPanel::subscriptionsChanged);
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"),
                {.filter = base + u"/+/temperature"_s, .maximumQoS = 1});
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(waitForState(0, State::Subscribed));
    const SubscriptionsModel *model = m_panel->model();
    QCOMPARE(cellText(model, 0, SubscriptionsModel::FilterColumn), base + u"/+/temperature"_s);
    QCOMPARE(cellText(model, 0, SubscriptionsModel::RequestedQoSColumn), u"1"_s);
    QCOMPARE(cellText(model, 0, SubscriptionsModel::GrantedQoSColumn), u"1"_s);
    QCOMPARE(m_panel->activeTopicFilters(), QStringList {base + u"/+/temperature"_s});
    QVERIFY(changed.size() >= 2); // the row came, then its state changed

    m_other->publish(base + u"/kitchen/temperature"_s, "21", QoS::Q2);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, WaitMs);
    QCOMPARE(received().at(0).topic(), base + u"/kitchen/temperature"_s);
    QCOMPARE(received().at(0).qos(), QoS::Q1); // at most the QoS asked for
}

void tst_Subscriptions::editChangesTheGrantedQoS()
{
    QVERIFY(setUpPanel());
    const QString topic = m_base + u"/edited"_s;
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"), {.filter = topic, .maximumQoS = 0});
    QVERIFY(waitForState(0, State::Subscribed));
    QCOMPARE(cellText(m_panel->model(), 0, SubscriptionsModel::GrantedQoSColumn), u"0"_s);

    clickRow(child<QTreeView>(m_panel.get(), "subscriptionsView"), 0);
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "editButton"),
                {.filter = topic, .maximumQoS = 2});
    QCOMPARE(m_panel->model()->rowCount(), 1); // the row itself changed
    QVERIFY(waitForState(0, State::Subscribed));
    QCOMPARE(cellText(m_panel->model(), 0, SubscriptionsModel::GrantedQoSColumn), u"2"_s);
    QCOMPARE(cellText(m_panel->model(), 0, SubscriptionsModel::RequestedQoSColumn), u"2"_s);

    m_other->publish(topic, "exactly once", QoS::Q2);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, WaitMs);
    QCOMPARE(received().at(0).qos(), QoS::Q2);
}

void tst_Subscriptions::removeStopsTheBrokerSending()
{
    QVERIFY(setUpPanel());
    const QString base = m_base;
    auto *add = child<QPushButton>(m_panel.get(), "addButton");
    FILL_DIALOG(add, {.filter = base + u"/removed"_s});
    FILL_DIALOG(add, {.filter = base + u"/fence"_s});
    QVERIFY(waitForState(0, State::Subscribed));
    QVERIFY(waitForState(1, State::Subscribed));
    m_other->publish(base + u"/removed"_s, "before", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, WaitMs);

    clickRow(child<QTreeView>(m_panel.get(), "subscriptionsView"), 0);
    click(child<QPushButton>(m_panel.get(), "removeButton"));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->activeTopicFilters(), QStringList {base + u"/fence"_s});

    // A PUBACK on the panel's connection, which carried the UNSUBSCRIBE first, shows that the
    // broker has removed the subscription; then the other client publishes, and fences.
    QVERIFY(m_client->publish(base + u"/ordering"_s, "", QoS::Q1)->waitForAcknowledged(WaitMs));
    m_other->publish(base + u"/removed"_s, "after", QoS::Q1)->waitForAcknowledged(WaitMs);
    m_other->publish(base + u"/fence"_s, "fence", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(topics(received()).last(), base + u"/fence"_s, WaitMs);
    QCOMPARE(topics(received()), (QStringList {base + u"/removed"_s, base + u"/fence"_s}));
}

void tst_Subscriptions::noLocalReachesTheBroker_data()
{
    QTest::addColumn<bool>("noLocal");
    QTest::newRow("no local") << true;
    QTest::newRow("local too") << false;
}

void tst_Subscriptions::noLocalReachesTheBroker()
{
    QFETCH(bool, noLocal);
    QVERIFY(setUpPanel());
    const QString topic = m_base + u"/nolocal"_s;
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"),
                {.filter = topic, .noLocal = noLocal});
    QVERIFY(waitForState(0, State::Subscribed));

    // The panel's own message is acknowledged before the other client's is sent: the broker
    // has dealt with it by the time the other one, the fence, arrives.
    QVERIFY(m_client->publish(topic, "own", QoS::Q1)->waitForAcknowledged(WaitMs));
    m_other->publish(topic, "other", QoS::Q1);
    QTRY_VERIFY_WITH_TIMEOUT(!received().isEmpty() && received().last().payload() == "other",
                             WaitMs);
    QCOMPARE(received().size(), noLocal ? 1 : 2);
    QCOMPARE(m_panel->model()->options(0).noLocal(), noLocal);
    QCOMPARE(
        cellText(m_panel->model(), 0, SubscriptionsModel::OptionsColumn).contains(u"no local"_s),
        noLocal);
}

void tst_Subscriptions::retainHandlingReachesTheBroker_data()
{
    QTest::addColumn<QString>("handling");
    QTest::addColumn<int>("retainedOnAdd");
    QTest::addColumn<int>("retainedOnEdit");
    QTest::newRow("at subscribe") << u"Send retained messages at subscribe"_s << 1 << 1;
    QTest::newRow("only if new") << u"Send retained messages only if"_s << 1 << 0;
    QTest::newRow("never") << u"Never"_s << 0 << 0;
}

// A retained message waits on the topic; a live message after each SUBACK is the fence.
void tst_Subscriptions::retainHandlingReachesTheBroker()
{
    QFETCH(QString, handling);
    QFETCH(int, retainedOnAdd);
    QFETCH(int, retainedOnEdit);
    QVERIFY(setUpPanel());
    const QString topic = m_base + u"/retained"_s;
    m_retainedTopics.append(topic);
    QVERIFY(m_other->publish(topic, "kept", QoS::Q1, true)->waitForAcknowledged(WaitMs));
    const auto retainedCount = [this] {
        int count = 0;
        for (const MqttMessage &message : received())
            count += message.payload() == "kept" ? 1 : 0;
        return count;
    };
    const auto fence = [&](const QByteArray &payload) {
        m_other->publish(topic, payload, QoS::Q1);
        QTRY_VERIFY_WITH_TIMEOUT(!received().isEmpty() && received().last().payload() == payload,
                                 WaitMs);
    };

    const DialogInput input {.filter = topic, .retainHandling = handling};
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"), input);
    QVERIFY(waitForState(0, State::Subscribed));
    fence("live 1");
    QCOMPARE(retainedCount(), retainedOnAdd);

    clickRow(child<QTreeView>(m_panel.get(), "subscriptionsView"), 0);
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "editButton"), input);
    QVERIFY(waitForState(0, State::Subscribed));
    fence("live 2");
    QCOMPARE(retainedCount(), retainedOnAdd + retainedOnEdit);
}

void tst_Subscriptions::subscriptionIdentifierAndShareNameReachTheBroker()
{
    QVERIFY(setUpPanel());
    const QString base = m_base;
    const QList<StringPair> userProperties = {{u"who"_s, u"explorer"_s}, {u"who"_s, u"test"_s}};
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"),
                {.filter = base + u"/shared/#"_s,
                 .shareName = u"workers"_s,
                 .subscriptionIdentifier = 4242,
                 .userProperties = userProperties});
    QVERIFY(waitForState(0, State::Subscribed));
    const SubscriptionsModel *model = m_panel->model();
    QCOMPARE(cellText(model, 0, SubscriptionsModel::ShareNameColumn), u"workers"_s);
    QCOMPARE(model->subscription(0)->topicFilter(), u"$share/workers/"_s + base + u"/shared/#"_s);
    QCOMPARE(model->options(0).userProperties(), userProperties);

    m_other->publish(base + u"/shared/x"_s, "to one worker", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, WaitMs);
    // The broker tags the message with the identifier the dialog sent.
    QCOMPARE(received().at(0).properties().subscriptionIdentifiers(), QList<quint32> {4242});
    QVERIFY(cellText(model, 0, SubscriptionsModel::OptionsColumn).contains(u"4242"_s));
}

void tst_Subscriptions::systemTopicsSwitchBringsSysMessages()
{
    QVERIFY(setUpPanel());
    const QString base = m_base;
    auto *allTopics = child<QCheckBox>(m_panel.get(), "allTopicsCheck");
    click(allTopics); // "#" on again: it does not match $SYS topics [MQTT-4.7.2-1]
    QVERIFY(allTopics->isChecked());
    QVERIFY(waitForState(0, State::Subscribed));
    m_other->publish(base + u"/marker"_s, "marker", QoS::Q1);
    QTRY_VERIFY_WITH_TIMEOUT(topics(received()).contains(base + u"/marker"_s), WaitMs);
    for (const QString &topic : topics(allReceived()))
        QVERIFY2(!topic.startsWith(u"$SYS/"_s), qPrintable(topic));

    auto *systemTopics = child<QCheckBox>(m_panel.get(), "systemTopicsCheck");
    click(systemTopics);
    QVERIFY(m_panel->systemTopicsSubscribed());
    QCOMPARE(m_panel->activeTopicFilters(), (QStringList {u"#"_s, u"$SYS/#"_s}));
    // mosquitto keeps $SYS/broker/version retained: it comes at once.
    const auto hasSys = [this] {
        for (const QString &topic : topics(allReceived())) {
            if (topic.startsWith(u"$SYS/"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasSys(), WaitMs);
}

void tst_Subscriptions::invalidFilterShowsErrorAndSendsNothing()
{
    QVERIFY(setUpPanel());
    const QString base = m_base;
    click(child<QPushButton>(m_panel.get(), "addButton"));
    auto *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    auto *filter = child<QLineEdit>(dialog, "filterEdit");
    auto *error = child<QLabel>(dialog, "filterError");
    auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QVERIFY(!error->isVisible());

    const QString bad = base + u"/#/b"_s;
    typeText(filter, bad);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(bad), qPrintable(error->text()));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(filter, Qt::Key_Return); // the default button, disabled: nothing happens
    QVERIFY(dialog->isVisible());
    click(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel));
    QCOMPARE(m_panel->model()->rowCount(), 0);

    // A share name is checked too.
    click(child<QPushButton>(m_panel.get(), "addButton"));
    dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    typeText(child<QLineEdit>(dialog, "filterEdit"), base + u"/ok"_s);
    typeText(child<QLineEdit>(dialog, "shareNameEdit"), u"a+b"_s);
    QVERIFY(child<QLabel>(dialog, "shareNameError")->isVisible());
    QVERIFY(
        !child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    click(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel));

    // The fence: a valid subscription through the same client reaches the broker's log, and
    // the invalid one is not there.
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"), {.filter = base + u"/fence"_s});
    QVERIFY(waitForState(0, State::Subscribed));
    QTRY_VERIFY_WITH_TIMEOUT(m_broker->logText().contains(base + u"/fence"_s), WaitMs);
    QVERIFY(!m_broker->logText().contains(bad));
    QVERIFY(!m_broker->logText().contains(u"a+b"_s));
    QCOMPARE(m_panel->model()->rowCount(), 1);
}

void tst_Subscriptions::subscriptionsWhileDisconnectedArePending()
{
    m_client = std::make_unique<MqttClient>(); // not connected yet
    m_messages = std::make_unique<QSignalSpy>(m_client.get(), &MqttClient::messageReceived);
    m_panel = std::make_unique<SubscriptionsPanel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->setDefaults(false, false);

    const QString topic = m_base + u"/later"_s;
    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"), {.filter = topic});
    QVERIFY(waitForState(0, State::Pending));
    QCOMPARE(cellText(m_panel->model(), 0, SubscriptionsModel::GrantedQoSColumn), QString());
    QCOMPARE(m_panel->activeTopicFilters(), QStringList {topic});

    QVERIFY(connectClient(*m_client));
    QVERIFY(waitForState(0, State::Subscribed));
    QCOMPARE(cellText(m_panel->model(), 0, SubscriptionsModel::GrantedQoSColumn), u"2"_s);
    m_other->publish(topic, "now", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, WaitMs);
}

void tst_Subscriptions::mqtt311DisablesTheMqtt5Options()
{
    QVERIFY(setUpPanel(ProtocolVersion::V311));
    const QString topic = m_base + u"/old"_s;
    click(child<QPushButton>(m_panel.get(), "addButton"));
    auto *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!child<QGroupBox>(dialog, "mqtt5Options")->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, "noLocalCheck")->isEnabled());
    click(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel));

    FILL_DIALOG(child<QPushButton>(m_panel.get(), "addButton"), {.filter = topic, .maximumQoS = 1});
    QVERIFY(waitForState(0, State::Subscribed));
    QCOMPARE(cellText(m_panel->model(), 0, SubscriptionsModel::GrantedQoSColumn), u"1"_s);
    m_other->publish(topic, "3.1.1", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, WaitMs);
}

QTEST_MAIN(tst_Subscriptions)
#include "tst_subscriptions.moc"
