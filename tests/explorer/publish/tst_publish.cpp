// The publish panel driven as a user — typing, clicking, Ctrl+Return — against a real mosquitto,
// with a second client checking that exactly the message the panel shows arrives.
#include "common/userpropertieseditor.h"
#include "explorer/publish/publishobserver.h"
#include "explorer/publish/widgetdriving.h"
#include "publish/jsontext.h"
#include "publish/publishhistorymodel.h"
#include "publish/publishpanel.h"
#include "publish/publishpropertieseditor.h"

#include <OhMqtt/mqttclient.h>

#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <QtCore/qrandom.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qtreeview.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttExplorerTest;
using namespace Qt::StringLiterals;
using OhMqttTest::MosquittoBroker;

namespace {

constexpr int WaitMs = 5'000;

// One test's world: its topic prefix, a client watching it, and the panel on a client of its
// own (made before the connection, so the panel follows the connection's version as it comes).
struct Scene
{
    explicit Scene(QString prefix)
        : base(std::move(prefix))
    { }

    QString base;
    PublishObserver observer;
    MqttClient client;
    PublishPanel panel {&client};
};

void replacePlainText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

} // namespace

class tst_Publish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void checkJsonFindsTheError_data();
    void checkJsonFindsTheError();
    void prettyPrintKeepsOrderAndNumbers();
    void historyIsBoundedNewestFirst();

    void publishesWhatTheEditorShows_data();
    void publishesWhatTheEditorShows();
    void ctrlReturnPublishes();
    void invalidTopicShowsErrorAndSendsNothing();
    void jsonModeRejectsInvalidJson();
    void fileModeSendsTheWholeFile();
    void historyResendsTheSelectedMessage();
    void aliasPolicyReachesTheClient_data();
    void aliasPolicyReachesTheClient();

private:
    // A unique topic prefix for the test (and data row) running.
    QString prefix() const;
    // Connects the scene's clients and shows its panel, with the focus, so that cell editors
    // get it too.
    bool setUp(Scene &scene, ProtocolVersion version = ProtocolVersion::V5);

    std::unique_ptr<MosquittoBroker> m_broker;
};

void tst_Publish::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

QString tst_Publish::prefix() const
{
    static int counter = 0;
    return u"ohmqtt/tst_explorer_publish/%1/%2"_s.arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

bool tst_Publish::setUp(Scene &scene, ProtocolVersion version)
{
    if (!scene.observer.start(m_broker->url(), scene.base))
        return false;
    if (!OhMqttTest::connectAndWait(scene.client, m_broker->url(),
                                    OhMqttTest::uniqueClientId("explorer-publish"), version))
        return false;
    scene.panel.resize(1000, 800);
    scene.panel.show();
    return QTest::qWaitForWindowActive(&scene.panel);
}

void tst_Publish::checkJsonFindsTheError_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("object") << QByteArray(R"({"a": [1, 2.5, "x"]})") << true << 0 << 0;
    QTest::newRow("number alone") << QByteArray("42") << true << 0 << 0;
    QTest::newRow("string alone") << QByteArray(R"("hi")") << true << 0 << 0;
    QTest::newRow("empty") << QByteArray("  ") << false << 1 << 1;
    QTest::newRow("two values") << QByteArray("1, 2") << false << 1 << 2;
    // Qt reports the place after the character it could not take.
    QTest::newRow("missing value on line 2") << QByteArray("{\n  \"a\": }") << false << 2 << 9;
    QTest::newRow("after non-ASCII text") << QByteArray("[\"é\", x]") << false << 1 << 7;
}

void tst_Publish::checkJsonFindsTheError()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonProblem problem = checkJson(text);
    QCOMPARE(problem.isNull(), valid);
    if (!valid) {
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
    }
}

void tst_Publish::prettyPrintKeepsOrderAndNumbers()
{
    const QString compact = uR"({"z":1,"a":{"empty":{},"list":[],"s":"a, b: {c}"},)"
                            uR"("big":12345678901234567890,"esc":"q\"x"})"_s;
    QVERIFY(checkJson(compact.toUtf8()).isNull());
    const QString expected = uR"({
    "z": 1,
    "a": {
        "empty": {},
        "list": [],
        "s": "a, b: {c}"
    },
    "big": 12345678901234567890,
    "esc": "q\"x"
})"_s;
    QCOMPARE(prettyPrintJson(compact), expected);
    QCOMPARE(prettyPrintJson(expected), expected); // formatting twice changes nothing
}

void tst_Publish::historyIsBoundedNewestFirst()
{
    PublishHistoryModel model(nullptr, 3, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<quint64> entries;
    for (int i = 0; i < 5; ++i) {
        PublishRequest request;
        request.topic = u"t/%1"_s.arg(i);
        request.payload = "ab";
        entries.append(model.add(request, QDateTime::currentDateTime()));
    }
    QCOMPARE(model.rowCount(), 3); // entries first
    QCOMPARE(model.request(0).topic, u"t/4"_s);
    QCOMPARE(model.request(2).topic, u"t/2"_s);
    QCOMPARE(model.payloadBytes(), 6);

    model.setOutcome(entries[3], PublishHistoryModel::Outcome::Failed, u"no"_s);
    QCOMPARE(model.outcome(1), PublishHistoryModel::Outcome::Failed);
    QCOMPARE(model.outcomeText(1), u"no"_s);
    model.setOutcome(entries[0], PublishHistoryModel::Outcome::Acknowledged, u"gone"_s);
    QCOMPARE(model.outcome(2), PublishHistoryModel::Outcome::Pending);

    PublishRequest big; // bytes next: more than the budget, it stays alone
    big.topic = u"big"_s;
    big.payload = QByteArray(11, 'x');
    model.add(big, QDateTime::currentDateTime());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.request(0).topic, u"big"_s);
    QCOMPARE(model.data(model.index(0, PublishHistoryModel::SizeColumn)).toString(),
             QLocale().toString(11));
}

void tst_Publish::publishesWhatTheEditorShows_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<bool>("retain");
    QTest::addColumn<bool>("withProperties");
    for (const bool withProperties : {false, true}) {
        for (const QoS qos : {QoS::Q0, QoS::Q1, QoS::Q2}) {
            const bool retain = qos == QoS::Q1;
            QTest::addRow("5.0 QoS %d%s%s", int(qos), retain ? " retained" : "",
                          withProperties ? " with properties" : "")
                << ProtocolVersion::V5 << qos << retain << withProperties;
        }
    }
    // MQTT 3.1.1 has no properties: the fields are disabled, and what the test types into them
    // goes nowhere.
    for (const QoS qos : {QoS::Q0, QoS::Q1, QoS::Q2}) {
        QTest::addRow("3.1.1 QoS %d", int(qos))
            << ProtocolVersion::V311 << qos << (qos == QoS::Q2) << true;
    }
}

void tst_Publish::publishesWhatTheEditorShows()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    QFETCH(bool, retain);
    QFETCH(bool, withProperties);
    const bool mqtt5 = version == ProtocolVersion::V5;
    Scene scene(prefix());
    QVERIFY(setUp(scene, version));
    auto &[base, observer, client, panel] = scene;

    const QString topic = base + u"/kitchen/état"_s;
    const QString payload = u"hello wörld, 21.5 °C"_s;
    typeText(child<QLineEdit>(&panel, "topicEdit"), topic);
    typeText(child<QPlainTextEdit>(&panel, "payloadEdit"), payload);
    const QByteArray qosButton = "qos" + QByteArray::number(int(qos)) + "Button";
    click(child<QRadioButton>(&panel, qosButton.constData()));
    if (retain)
        click(child<QCheckBox>(&panel, "retainCheck"));

    auto *properties = child<PublishPropertiesEditor>(&panel, "propertiesEditor");
    QCOMPARE(properties->isEnabled(), mqtt5);
    const QList<StringPair> userProperties = {
        {u"unit"_s, u"°C"_s}, {u"unit"_s, u"K"_s}, {u"source"_s, u"explorer test"_s}};
    const QString responseTopic = base + u"/reply"_s;
    if (withProperties) {
        QVERIFY(chooseComboItem(child<QComboBox>(properties, "payloadFormatCombo"),
                                u"1: UTF-8 text"_s) ||
                !mqtt5);
        typeText(child<QLineEdit>(properties, "messageExpiryEdit"), u"3600"_s);
        typeText(child<QLineEdit>(properties, "contentTypeEdit"), u"text/plain"_s);
        typeText(child<QLineEdit>(properties, "responseTopicEdit"), responseTopic);
        QVERIFY(chooseComboItem(child<QComboBox>(properties, "correlationFormatCombo"), u"Hex"_s) ||
                !mqtt5);
        typeText(child<QLineEdit>(properties, "correlationDataEdit"), u"00 ff 7e 10"_s);
        auto *userEditor = child<UserPropertiesEditor>(properties, "userPropertiesEditor");
        for (const auto &[name, value] : userProperties)
            QCOMPARE(addUserProperty(userEditor, name, value), mqtt5);
    }

    auto *publish = child<QPushButton>(&panel, "publishButton");
    QVERIFY(publish->isEnabled());
    click(publish);

    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 1, WaitMs);
    // A fence on the panel's own connection: once it arrives, a second copy would have too.
    client.publish(base + u"/fence"_s, "fence", QoS::Q1);
    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 2, WaitMs);
    QCOMPARE(observer.messages().at(1).topic(), base + u"/fence"_s);

    const MqttMessage message = observer.messages().at(0);
    QCOMPARE(message.topic(), topic);
    QCOMPARE(message.payload(), payload.toUtf8());
    QCOMPARE(message.qos(), qos);
    QCOMPARE(message.retain(), retain);
    const PublishProperties &received = message.properties();
    if (withProperties && mqtt5) {
        QCOMPARE(received.payloadFormatIndicator(), std::optional<quint8>(1));
        // The broker passes on what is left of the interval.
        QVERIFY(received.messageExpiryInterval().has_value());
        QVERIFY(*received.messageExpiryInterval() <= 3600);
        QVERIFY(*received.messageExpiryInterval() >= 3590);
        QCOMPARE(received.contentType(), std::optional<QString>(u"text/plain"_s));
        QCOMPARE(received.responseTopic(), std::optional<QString>(responseTopic));
        QCOMPARE(received.correlationData(),
                 std::optional<QByteArray>(QByteArray::fromHex("00ff7e10")));
        QCOMPARE(received.userProperties(), userProperties);
    } else {
        QVERIFY2(received.isEmpty(), "no property was asked for");
    }

    const char *expectedOutcome = qos == QoS::Q0 ? "Sent" : qos == QoS::Q1 ? "PUBACK" : "PUBCOMP";
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(&panel, "statusLabel")->text().contains(QLatin1StringView(expectedOutcome)),
        WaitMs);
    QCOMPARE(panel.history()->rowCount(), 1);
    QCOMPARE(panel.history()->request(0).topic, topic);
    QCOMPARE(panel.history()->outcome(0), PublishHistoryModel::Outcome::Acknowledged);

    if (retain) // leave no retained message behind
        QVERIFY(client.publish(topic, {}, QoS::Q1, true)->waitForAcknowledged(WaitMs));
}

void tst_Publish::ctrlReturnPublishes()
{
    Scene scene(prefix());
    QVERIFY(setUp(scene));
    auto &[base, observer, client, panel] = scene;

    panel.setTopic(base + u"/from-the-lead"_s);
    auto *payload = child<QPlainTextEdit>(&panel, "payloadEdit");
    payload->setFocus();
    typeText(payload, u"typed"_s);
    QTest::keyClick(payload, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(observer.payloads(), QStringList {u"typed"_s}, WaitMs);
    QCOMPARE(observer.messages().at(0).topic(), base + u"/from-the-lead"_s);
    QCOMPARE(payload->toPlainText(), u"typed"_s); // no newline went into the payload
}

void tst_Publish::invalidTopicShowsErrorAndSendsNothing()
{
    Scene scene(prefix());
    QVERIFY(setUp(scene));
    auto &[base, observer, client, panel] = scene;

    auto *topic = child<QLineEdit>(&panel, "topicEdit");
    auto *error = child<QLabel>(&panel, "topicError");
    auto *publish = child<QPushButton>(&panel, "publishButton");
    QVERIFY(!publish->isEnabled()); // nothing typed yet
    QVERIFY(!error->isVisible()); // and no error shown for it

    typeText(child<QPlainTextEdit>(&panel, "payloadEdit"), u"must not arrive"_s);
    for (const QString &bad : {base + u"/+/x"_s, base + u"/#"_s}) {
        retype(topic, bad);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(bad), qPrintable(error->text()));
        QVERIFY(!publish->isEnabled());
        click(publish);
        QTest::keyClick(topic, Qt::Key_Return, Qt::ControlModifier);
    }
    QCOMPARE(panel.history()->rowCount(), 0);

    // The fence: a valid message through the same panel and connection arrives alone.
    retype(topic, base + u"/valid"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(publish->isEnabled());
    replacePlainText(child<QPlainTextEdit>(&panel, "payloadEdit"), u"fence"_s);
    click(publish);
    QTRY_COMPARE_WITH_TIMEOUT(observer.payloads(), QStringList {u"fence"_s}, WaitMs);
}

void tst_Publish::jsonModeRejectsInvalidJson()
{
    Scene scene(prefix());
    QVERIFY(setUp(scene));
    auto &[base, observer, client, panel] = scene;

    typeText(child<QLineEdit>(&panel, "topicEdit"), base + u"/json"_s);
    click(child<QRadioButton>(&panel, "jsonModeButton"));
    auto *payload = child<QPlainTextEdit>(&panel, "payloadEdit");
    auto *error = child<QLabel>(&panel, "payloadError");
    auto *publish = child<QPushButton>(&panel, "publishButton");
    auto *format = child<QPushButton>(&panel, "formatButton");
    QVERIFY(error->isVisible()); // empty is no JSON
    QVERIFY(!publish->isEnabled());

    typeText(payload, uR"({"b": 1, "a": [true, null],)"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"line 1"_s), qPrintable(error->text()));
    QVERIFY(!publish->isEnabled());
    QVERIFY(!format->isEnabled());
    QTest::keyClick(payload, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(panel.history()->rowCount(), 0);

    typeText(payload, uR"( "n": 12345678901234567890})"_s);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QVERIFY(publish->isEnabled());
    click(format);
    const QString pretty = uR"({
    "b": 1,
    "a": [
        true,
        null
    ],
    "n": 12345678901234567890
})"_s;
    QCOMPARE(payload->toPlainText(), pretty);

    click(publish);
    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 1, WaitMs);
    QCOMPARE(observer.messages().at(0).payload(), pretty.toUtf8());
}

void tst_Publish::fileModeSendsTheWholeFile()
{
    Scene scene(prefix());
    QVERIFY(setUp(scene));
    auto &[base, observer, client, panel] = scene;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"payload.bin"_s);
    QByteArray bytes(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20240501);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    bytes[0] = '\0'; // a NUL first: nothing may treat the payload as a C string
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    typeText(child<QLineEdit>(&panel, "topicEdit"), base + u"/file"_s);
    click(child<QRadioButton>(&panel, "fileModeButton"));
    auto *publish = child<QPushButton>(&panel, "publishButton");
    QVERIFY(!publish->isEnabled()); // no file yet

    click(child<QPushButton>(&panel, "chooseFileButton"));
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = panel.findChild<QFileDialog *>()) && dialog->isVisible(),
                             WaitMs);
    // The file dialog is the platform's (a native one on a desktop): choose through its API.
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected

    auto *label = child<QLabel>(&panel, "fileLabel");
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"payload.bin"_s), WaitMs);
    QVERIFY2(label->text().contains(QLocale().toString(bytes.size())), qPrintable(label->text()));
    QVERIFY(publish->isEnabled());
    click(child<QRadioButton>(&panel, "qos1Button"));
    click(publish);

    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 1, WaitMs);
    const QByteArray received = observer.messages().at(0).payload();
    QCOMPARE(received.size(), bytes.size());
    QVERIFY(received == bytes);
    QCOMPARE(panel.history()
                 ->data(panel.history()->index(0, PublishHistoryModel::SizeColumn))
                 .toString(),
             QLocale().toString(bytes.size()));
}

void tst_Publish::historyResendsTheSelectedMessage()
{
    Scene scene(prefix());
    QVERIFY(setUp(scene));
    auto &[base, observer, client, panel] = scene;
    QAbstractItemModelTester tester(panel.history(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto *topic = child<QLineEdit>(&panel, "topicEdit");
    auto *payload = child<QPlainTextEdit>(&panel, "payloadEdit");
    auto *publish = child<QPushButton>(&panel, "publishButton");
    typeText(topic, base + u"/first"_s);
    typeText(payload, u"one"_s);
    click(child<QRadioButton>(&panel, "qos1Button"));
    click(publish);
    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 1, WaitMs);
    retype(topic, base + u"/second"_s);
    replacePlainText(payload, u"two"_s);
    click(child<QRadioButton>(&panel, "qos0Button"));
    click(publish);
    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 2, WaitMs);

    auto *view = child<QTreeView>(&panel, "historyView");
    auto *resend = child<QPushButton>(&panel, "resendButton");
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(!resend->isEnabled());
    clickRow(view, 1, PublishHistoryModel::TopicColumn); // the first message sent
    QCOMPARE(topic->text(), base + u"/first"_s); // loaded back into the editor
    QCOMPARE(payload->toPlainText(), u"one"_s);
    QVERIFY(child<QRadioButton>(&panel, "qos1Button")->isChecked());
    QVERIFY(resend->isEnabled());

    click(resend);
    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), 3, WaitMs);
    const MqttMessage again = observer.messages().at(2);
    QCOMPARE(again.topic(), base + u"/first"_s);
    QCOMPARE(again.payload(), QByteArray("one"));
    QCOMPARE(again.qos(), QoS::Q1);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(panel.history()->request(0).topic, base + u"/first"_s);
}

void tst_Publish::aliasPolicyReachesTheClient_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("lastFails");
    QTest::newRow("Never") << u"Never"_s << false;
    QTest::newRow("Try") << u"Try"_s << false;
    QTest::newRow("Always") << u"Always"_s << true;
}

// mosquitto grants 10 Topic Aliases: an eleventh topic gets none, which fails a publish only
// with AliasPolicy::Always — the status line and the history say so.
void tst_Publish::aliasPolicyReachesTheClient()
{
    QFETCH(QString, policy);
    QFETCH(bool, lastFails);
    Scene scene(prefix());
    QVERIFY(setUp(scene));
    auto &[base, observer, client, panel] = scene;
    const int aliases = client.connectResult().topicAliasMaximum();
    QVERIFY2(aliases > 0 && aliases < 100, "mosquitto grants topic aliases");

    QVERIFY(chooseComboItemStartingWith(child<QComboBox>(&panel, "aliasPolicyCombo"), policy));
    click(child<QRadioButton>(&panel, "qos1Button"));
    auto *topic = child<QLineEdit>(&panel, "topicEdit");
    auto *publish = child<QPushButton>(&panel, "publishButton");
    for (int i = 0; i <= aliases; ++i) {
        retype(topic, base + u"/alias/%1"_s.arg(i));
        click(publish);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.history()->outcome(0) != PublishHistoryModel::Outcome::Pending, WaitMs);
    }
    for (int row = 1; row <= aliases; ++row)
        QCOMPARE(panel.history()->outcome(row), PublishHistoryModel::Outcome::Acknowledged);
    const auto last = panel.history()->outcome(0);
    QCOMPARE(last == PublishHistoryModel::Outcome::Failed, lastFails);
    const QString status = child<QLabel>(&panel, "statusLabel")->text();
    QCOMPARE(status.contains(u"0x94 TopicAliasInvalid"_s), lastFails);

    // Each message that went out arrived under its full topic.
    client.publish(base + u"/fence"_s, "fence", QoS::Q1);
    const int expected = aliases + (lastFails ? 0 : 1) + 1;
    QTRY_COMPARE_WITH_TIMEOUT(observer.messages().size(), expected, WaitMs);
    for (int i = 0; i < expected - 1; ++i)
        QCOMPARE(observer.messages().at(i).topic(), base + u"/alias/%1"_s.arg(i));
}

QTEST_MAIN(tst_Publish)
#include "tst_publish.moc"
