// ConnectionDialog driven as a user: typing, clicking, the list's buttons, Save and Connect;
// what reaches the settings file and the (fake) keychain.
#include "connection/connectiondialog.h"
#include "connection/memorysecretstore.h"
#include "connection/passwordvault.h"
#include "connection/profilestore.h"
#include "connection/settingssecretstore.h"

#include <QtCore/qfile.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimer.h>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qlistwidget.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qstyle.h>
#include <QtWidgets/qstyleoption.h>
#include <QtWidgets/qtabbar.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtoolbutton.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 5'000;

// While it lives, clicks `button` in any message box that shows, as a user would.
class MessageBoxAnswer
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
    {
        QObject::connect(&m_poll, &QTimer::timeout, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_poll.stop();
                m_answered = true;
                QTest::mouseClick(box->button(button), Qt::LeftButton);
            }
        });
        m_poll.start(10);
    }

    bool answered() const { return m_answered; }

private:
    QTimer m_poll;
    bool m_answered = false;
};

void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

// Click into the field, select what is there, type over it.
void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsWithTheLastUsedProfile();
    void typedFieldsAreSaved();
    void userPropertiesAreEditedInTheTable();
    void problemsShowNextToTheirFields();
    void connectRefusesAProfileWithProblems();
    void connectSavesAndEmitsTheOptions();
    void connectCanKeepTheDialogOpen();
    void addCreatesAProfile();
    void duplicateCopiesEveryField();
    void removeAsksThenForgets();
    void removingTheLastOfferTheLocalBroker();
    void storedPasswordIsLoadedBeforeSaving();
    void typedPasswordEndsTheWait();
    void unreadablePasswordIsKept();
    void passwordReachesTheFileOnlyWithOptIn_data();
    void passwordReachesTheFileOnlyWithOptIn();
    void editsSurviveSwitchingProfiles();
    void closeAsksBeforeDroppingEdits();
    void mqtt5FieldsFollowTheVersion();

private:
    std::unique_ptr<ConnectionDialog> openDialog();
    template<typename T> T *field(const char *name) const;
    void showTab(const QString &title);
    void click(const char *buttonName);
    void clickProfile(int row);
    void editCell(QTableWidget *table, int row, int column, const QString &text);
    void waitUntilReady(); // the stored password is read
    QByteArray iniText() const;
    ConnectionProfile saved(const char *name) const; // a profile saved beforehand

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<PasswordVault> m_vault;
    MemorySecretStore *m_keychain = nullptr; // owned by m_vault
    ConnectionDialog *m_dialog = nullptr; // the one openDialog() made
};

void tst_ConnectionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"explorer.ini"_s));
    auto keychain = std::make_unique<MemorySecretStore>();
    m_keychain = keychain.get();
    m_vault = std::make_unique<PasswordVault>(
        std::move(keychain), std::make_unique<SettingsSecretStore>(m_store->settings()));
}

void tst_ConnectionDialog::cleanup()
{
    m_dialog = nullptr;
    m_vault.reset();
    m_store.reset();
}

std::unique_ptr<ConnectionDialog> tst_ConnectionDialog::openDialog()
{
    auto dialog = std::make_unique<ConnectionDialog>(m_store.get(), m_vault.get());
    m_dialog = dialog.get();
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the dialog did not become active");
    return dialog;
}

template<typename T> T *tst_ConnectionDialog::field(const char *name) const
{
    T *widget = m_dialog->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

void tst_ConnectionDialog::showTab(const QString &title)
{
    auto *tabs = m_dialog->findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == title) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                              tabs->tabBar()->tabRect(i).center());
            QCOMPARE(tabs->currentIndex(), i);
            return;
        }
    }
    QFAIL(qPrintable(u"no tab "_s + title));
}

void tst_ConnectionDialog::click(const char *buttonName)
{
    QTest::mouseClick(field<QPushButton>(buttonName), Qt::LeftButton);
}

void tst_ConnectionDialog::clickProfile(int row)
{
    auto *list = field<QListWidget>("profileList");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
}

// Double-click opens the cell's editor; typing goes there; Return commits it.
void tst_ConnectionDialog::editCell(QTableWidget *table, int row, int column, const QString &text)
{
    QLineEdit *editor = table->viewport()->findChild<QLineEdit *>();
    if (editor && table->currentIndex() == table->model()->index(row, column)) {
        // Already open on that cell (Add opens the new row's name): type, as a user would.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(row, column)->text(), text, WaitMs);
        return;
    }
    const QPoint where = table->visualRect(table->model()->index(row, column)).center();
    // As a double click arrives: press and release, then the double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
    editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = table->viewport()->findChild<QLineEdit *>()), WaitMs);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(table->item(row, column)->text(), text, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!table->viewport()->findChild<QLineEdit *>(), WaitMs); // closed
}

void tst_ConnectionDialog::waitUntilReady()
{
    QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>("saveButton")->isEnabled(), WaitMs);
}

QByteArray tst_ConnectionDialog::iniText() const
{
    m_store->settings()->sync();
    QFile file(m_store->settings()->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConnectionProfile tst_ConnectionDialog::saved(const char *name) const
{
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.name = QString::fromLatin1(name);
    profile.address = u"mqtt://%1.example:1883"_s.arg(QString::fromLatin1(name).toLower());
    if (!m_store->save(profile))
        qFatal("cannot save %s", name);
    return profile;
}

void tst_ConnectionDialog::startsWithTheLastUsedProfile()
{
    saved("Alpha");
    const ConnectionProfile bravo = saved("Bravo");
    m_store->setLastUsedId(bravo.id);
    const auto dialog = openDialog();
    auto *list = field<QListWidget>("profileList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"Alpha"_s);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(field<QLineEdit>("name")->text(), u"Bravo"_s);
    QCOMPARE(field<QLineEdit>("address")->text(), u"mqtt://bravo.example:1883"_s);
}

void tst_ConnectionDialog::typedFieldsAreSaved()
{
    const auto dialog = openDialog();
    waitUntilReady();
    QCOMPARE(field<QLineEdit>("name")->text(), ConnectionProfile::localBroker().name);

    typeInto(field<QLineEdit>("name"), u"Plant broker"_s);
    typeInto(field<QLineEdit>("address"), u"mqtts://127.0.0.1:8883"_s);
    typeInto(field<QLineEdit>("clientId"), u"explorer-7"_s);
    QTest::keyClick(field<QComboBox>("protocolVersion"), Qt::Key_Down); // 5.0 -> 3.1.1
    clickCheckBox(field<QCheckBox>("cleanStart"));
    typeInto(field<QSpinBox>("keepAlive"), u"17"_s);
    typeInto(field<QSpinBox>("connectTimeout"), u"9"_s);
    typeInto(field<QSpinBox>("reconnectDelay"), u"0"_s);
    showTab(tr("Authentication"));
    typeInto(field<QLineEdit>("username"), u"alice"_s);
    typeInto(field<QLineEdit>("password"), u"pw-typed-3f2a"_s);
    showTab(tr("TLS"));
    typeInto(field<QLineEdit>("tlsCaFile"), u"/etc/ssl/plant-ca.pem"_s);
    typeInto(field<QLineEdit>("tlsHostname"), u"plant.internal"_s);
    clickCheckBox(field<QCheckBox>("tlsInsecure"));
    showTab(tr("Last will"));
    clickCheckBox(field<QCheckBox>("willEnabled"));
    typeInto(field<QLineEdit>("willTopic"), u"plant/explorer/status"_s);
    typeInto(field<QPlainTextEdit>("willPayload"), u"gone"_s);
    QTest::keyClick(field<QComboBox>("willQos"), Qt::Key_Down); // QoS 1
    clickCheckBox(field<QCheckBox>("willRetain"));
    showTab(tr("General"));
    typeInto(field<QLineEdit>("sessionExpiryInterval"), u"3600"_s); // disabled with 3.1.1
    click("saveButton");

    const ProfileStore reloaded(m_store->settings()->fileName());
    QCOMPARE(reloaded.profiles().size(), 1);
    const ConnectionProfile profile = reloaded.profiles().constFirst();
    QCOMPARE(profile.id, ConnectionProfile::localBroker().id);
    QCOMPARE(profile.name, u"Plant broker"_s);
    QCOMPARE(profile.address, u"mqtts://127.0.0.1:8883"_s);
    QCOMPARE(profile.clientId, u"explorer-7"_s);
    QCOMPARE(profile.protocolVersion, ProtocolVersion::V311);
    QCOMPARE(profile.cleanStart, false);
    QCOMPARE(profile.keepAlive, 17);
    QCOMPARE(profile.connectTimeout, 9);
    QCOMPARE(profile.reconnectDelay, 0);
    QCOMPARE(profile.sessionExpiryInterval,
             qint64(0)); // the field was disabled: typing did nothing
    QCOMPARE(profile.username, u"alice"_s);
    QCOMPARE(profile.tlsCaFile, u"/etc/ssl/plant-ca.pem"_s);
    QCOMPARE(profile.tlsHostname, u"plant.internal"_s);
    QCOMPARE(profile.tlsInsecure, true);
    QCOMPARE(profile.willEnabled, true);
    QCOMPARE(profile.willTopic, u"plant/explorer/status"_s);
    QCOMPARE(profile.willPayload, QByteArray("gone"));
    QCOMPARE(profile.willQos, QoS::Q1);
    QCOMPARE(profile.willRetain, true);
    // The password went to the keychain, not to the file.
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->secrets().value(profile.id), u"pw-typed-3f2a"_s, WaitMs);
    QVERIFY(!iniText().contains("pw-typed-3f2a"));
    QTRY_VERIFY_WITH_TIMEOUT(field<QLabel>("passwordStatus")->text().contains(u"saved in"_s),
                             WaitMs);
}

void tst_ConnectionDialog::userPropertiesAreEditedInTheTable()
{
    const auto dialog = openDialog();
    waitUntilReady();
    QSignalSpy requested(m_dialog, &ConnectionDialog::connectRequested);
    showTab(tr("Advanced"));
    QWidget *editor = field<QWidget>("userProperties");
    auto *table = editor->findChild<QTableWidget *>();
    auto *add = editor->findChild<QToolButton *>(u"addUserPropertyButton"_s);
    auto *remove = editor->findChild<QToolButton *>(u"removeUserPropertyButton"_s);
    for (int row = 0; row < 3; ++row) {
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), row + 1);
        editCell(table, row, 0, u"key%1"_s.arg(row));
        editCell(table, row, 1, u"value %1"_s.arg(row));
    }
    // Select the middle row and remove it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, 0)).center());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    // Return on a selected cell edits it: it does not press the dialog's default button.
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(table->viewport()->findChild<QLineEdit *>(), WaitMs);
    QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
    QCOMPARE(requested.size(), 0);
    QVERIFY(m_dialog->isVisible());
    click("saveButton");

    const ProfileStore reloaded(m_store->settings()->fileName());
    const UserProperties expected {{u"key0"_s, u"value 0"_s}, {u"key2"_s, u"value 2"_s}};
    QCOMPARE(reloaded.profiles().constFirst().userProperties, expected);
}

void tst_ConnectionDialog::problemsShowNextToTheirFields()
{
    const auto dialog = openDialog();
    waitUntilReady();
    auto *problem = field<QLabel>("addressProblem");
    QVERIFY(problem->isHidden());
    typeInto(field<QLineEdit>("address"), u"http://broker"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!problem->isHidden(), WaitMs);
    QVERIFY2(problem->text().startsWith(u"Address: "_s), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(u"'http'"_s));

    typeInto(field<QLineEdit>("address"), u"mqtt://broker"_s);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isHidden(), WaitMs);

    // A problem on another tab marks that tab.
    showTab(tr("Last will"));
    clickCheckBox(field<QCheckBox>("willEnabled"));
    typeInto(field<QLineEdit>("willTopic"), u"a/#"_s);
    auto *willProblem = field<QLabel>("willTopicProblem");
    QTRY_VERIFY_WITH_TIMEOUT(!willProblem->isHidden(), WaitMs);
    QVERIFY(willProblem->text().startsWith(u"Will topic: "_s));
    auto *tabs = m_dialog->findChild<QTabWidget *>();
    QVERIFY(tabs->tabBar()->tabTextColor(3) != tabs->tabBar()->tabTextColor(0));
}

void tst_ConnectionDialog::connectRefusesAProfileWithProblems()
{
    const auto dialog = openDialog();
    waitUntilReady();
    QSignalSpy requested(m_dialog, &ConnectionDialog::connectRequested);
    showTab(tr("TLS"));
    typeInto(field<QLineEdit>("tlsCaFile"), m_dir->filePath(u"missing.pem"_s));
    showTab(tr("General"));
    typeInto(field<QLineEdit>("address"), u"mqtts://127.0.0.1:8883"_s);
    click("connectButton");

    QCOMPARE(requested.size(), 0);
    QVERIFY(m_dialog->isVisible());
    auto *problem = field<QLabel>("tlsCaFileProblem");
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(u"missing.pem"_s));
    // The user is taken to the field.
    QCOMPARE(m_dialog->findChild<QTabWidget *>()->currentIndex(), 2);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("tlsCaFile"));
    QVERIFY(!m_store->settings()->contains(u"connections/order"_s)); // nothing saved
}

void tst_ConnectionDialog::connectSavesAndEmitsTheOptions()
{
    saved("Alpha");
    const ConnectionProfile bravo = saved("Bravo");
    const auto dialog = openDialog();
    QSignalSpy requested(m_dialog, &ConnectionDialog::connectRequested);
    clickProfile(1);
    waitUntilReady();
    typeInto(field<QLineEdit>("clientId"), u"from-dialog"_s);
    showTab(tr("Authentication"));
    typeInto(field<QLineEdit>("username"), u"bob"_s);
    typeInto(field<QLineEdit>("password"), u"pw-connect-91"_s);
    click("connectButton");

    QCOMPARE(requested.size(), 1);
    const auto profile = requested.at(0).at(0).value<ConnectionProfile>();
    const auto options = requested.at(0).at(1).value<MqttConnectOptions>();
    QCOMPARE(profile.id, bravo.id);
    QCOMPARE(profile.password, u"pw-connect-91"_s);
    QCOMPARE(options.address(), u"mqtt://bravo.example:1883"_s);
    QCOMPARE(options.clientId(), u"from-dialog"_s);
    QCOMPARE(options.username(), u"bob"_s);
    QCOMPARE(options.password(), QByteArray("pw-connect-91"));
    QVERIFY(m_dialog->chosenOptions() == options);
    QCOMPARE(m_dialog->chosenProfile().id, bravo.id);
    // Closed as accepted; saved; remembered as last used.
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_store->profile(bravo.id)->clientId, u"from-dialog"_s);
    QCOMPARE(m_store->lastUsedId(), bravo.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->secrets().value(bravo.id), u"pw-connect-91"_s, WaitMs);
}

void tst_ConnectionDialog::connectCanKeepTheDialogOpen()
{
    const auto dialog = openDialog();
    m_dialog->setCloseOnConnect(false);
    QSignalSpy requested(m_dialog, &ConnectionDialog::connectRequested);
    waitUntilReady();
    click("connectButton");
    click("connectButton"); // a second connection with the same profile
    QCOMPARE(requested.size(), 2);
    QVERIFY(m_dialog->isVisible());
    // Each connect generates its own client ID when the profile has none.
    QVERIFY(requested.at(0).at(1).value<MqttConnectOptions>().clientId() !=
            requested.at(1).at(1).value<MqttConnectOptions>().clientId());
}

void tst_ConnectionDialog::addCreatesAProfile()
{
    const auto dialog = openDialog();
    waitUntilReady();
    auto *list = field<QListWidget>("profileList");
    click("addButton");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    auto *name = field<QLineEdit>("name");
    QCOMPARE(name->text(), tr("New connection"));
    QCOMPARE(QApplication::focusWidget(), name);
    QVERIFY(list->item(1)->text().endsWith(u" *"_s)); // not saved yet
    QVERIFY(!m_store->settings()->contains(u"connections/order"_s));

    typeInto(name, u"Second"_s);
    typeInto(field<QLineEdit>("address"), u"ws://127.0.0.1:9001/mqtt"_s);
    QCOMPARE(list->item(1)->text(), u"Second *"_s);
    click("saveButton");
    QCOMPARE(list->item(1)->text(), u"Second"_s);

    const ProfileStore reloaded(m_store->settings()->fileName());
    QCOMPARE(reloaded.profiles().size(), 1); // the built-in one was never saved
    QCOMPARE(reloaded.profiles().constFirst().name, u"Second"_s);
    QCOMPARE(reloaded.profiles().constFirst().address, u"ws://127.0.0.1:9001/mqtt"_s);
}

void tst_ConnectionDialog::duplicateCopiesEveryField()
{
    ConnectionProfile original = saved("Original");
    original.keepAlive = 5;
    original.willEnabled = true;
    original.willTopic = u"w/t"_s;
    original.userProperties = {{u"k"_s, u"v"_s}};
    QVERIFY(m_store->save(original));
    m_keychain->write(original.id, u"pw-dup"_s, this, [](const SecretResult &) {});
    const auto dialog = openDialog();
    waitUntilReady();
    QTRY_COMPARE_WITH_TIMEOUT(field<QLineEdit>("password")->text(), u"pw-dup"_s, WaitMs);

    click("duplicateButton");
    auto *list = field<QListWidget>("profileList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(field<QLineEdit>("name")->text(), u"Original (copy)"_s);
    click("saveButton");

    const QList<ConnectionProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 2);
    ConnectionProfile copy = profiles.at(1);
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.name, u"Original (copy)"_s);
    copy.id = original.id;
    copy.name = original.name;
    QVERIFY(copy == original);
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->secrets().value(profiles.at(1).id), u"pw-dup"_s, WaitMs);
}

void tst_ConnectionDialog::removeAsksThenForgets()
{
    const ConnectionProfile alpha = saved("Alpha");
    const ConnectionProfile bravo = saved("Bravo");
    m_keychain->write(alpha.id, u"pw-alpha"_s, this, [](const SecretResult &) {});
    m_store->setLastUsedId(alpha.id);
    const auto dialog = openDialog();
    waitUntilReady();
    auto *list = field<QListWidget>("profileList");

    {
        const MessageBoxAnswer cancel(QMessageBox::Cancel);
        click("removeButton");
        QVERIFY(cancel.answered());
    }
    QCOMPARE(list->count(), 2);
    QVERIFY(m_store->contains(alpha.id));
    {
        const MessageBoxAnswer yes(QMessageBox::Yes);
        click("removeButton");
        QVERIFY(yes.answered());
    }
    QCOMPARE(list->count(), 1);
    QVERIFY(!m_store->contains(alpha.id));
    QCOMPARE(m_store->profiles().constFirst().id, bravo.id);
    QCOMPARE(field<QLineEdit>("name")->text(), u"Bravo"_s); // the neighbour is shown
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->secrets().contains(alpha.id), WaitMs);
}

void tst_ConnectionDialog::removingTheLastOfferTheLocalBroker()
{
    saved("Only");
    const auto dialog = openDialog();
    waitUntilReady();
    {
        const MessageBoxAnswer yes(QMessageBox::Yes);
        click("removeButton");
        QVERIFY(yes.answered());
    }
    auto *list = field<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(field<QLineEdit>("address")->text(), u"mqtt://127.0.0.1:1883"_s);
}

// Saving before the stored password arrived would erase it: Save and Connect wait.
void tst_ConnectionDialog::storedPasswordIsLoadedBeforeSaving()
{
    const ConnectionProfile alpha = saved("Alpha");
    m_keychain->write(alpha.id, u"pw-stored-55"_s, this, [](const SecretResult &) {});
    // Made, not yet shown: the vault answers from the event loop, which has not run.
    ConnectionDialog dialog(m_store.get(), m_vault.get());
    m_dialog = &dialog;
    auto *save = field<QPushButton>("saveButton");
    auto *connectButton = field<QPushButton>("connectButton");
    QVERIFY(!save->isEnabled());
    QVERIFY(!connectButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), WaitMs);
    QVERIFY(connectButton->isEnabled());
    QCOMPARE(field<QLineEdit>("password")->text(), u"pw-stored-55"_s);
    click("saveButton");
    QTRY_VERIFY_WITH_TIMEOUT(field<QLabel>("passwordStatus")->text().contains(u"saved"_s), WaitMs);
    QCOMPARE(m_keychain->secrets().value(alpha.id), u"pw-stored-55"_s);
}

// A keychain that does not answer (waiting for the user to unlock it) must not lock the user
// out: a typed password ends the wait, and the late answer does not replace it.
void tst_ConnectionDialog::typedPasswordEndsTheWait()
{
    const ConnectionProfile alpha = saved("Alpha");
    m_keychain->write(alpha.id, u"pw-old"_s, this, [](const SecretResult &) {});
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->secrets().contains(alpha.id), WaitMs);
    m_keychain->setHeld(true);
    const auto dialog = openDialog();
    auto *save = field<QPushButton>("saveButton");
    QVERIFY(!save->isEnabled());
    showTab(tr("Authentication"));
    QVERIFY(field<QLabel>("passwordStatus")->text().contains(u"Reading"_s));
    typeInto(field<QLineEdit>("password"), u"pw-new"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(field<QPushButton>("connectButton")->isEnabled());

    click("saveButton");
    m_keychain->setHeld(false); // the read answers first, then the write
    QTRY_VERIFY_WITH_TIMEOUT(field<QLabel>("passwordStatus")->text().contains(u"saved"_s), WaitMs);
    QCOMPARE(field<QLineEdit>("password")->text(), u"pw-new"_s);
    QCOMPARE(m_keychain->secrets().value(alpha.id), u"pw-new"_s);
}

// The keychain refused to read (the user cancelled its unlock prompt): saving the profile's other
// fields keeps the stored password, which the empty field would otherwise erase.
void tst_ConnectionDialog::unreadablePasswordIsKept()
{
    const ConnectionProfile alpha = saved("Alpha");
    m_keychain->write(alpha.id, u"pw-kept"_s, this, [](const SecretResult &) {});
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->secrets().contains(alpha.id), WaitMs);
    m_keychain->setReadFailure(u"the user cancelled"_s);
    const auto dialog = openDialog();
    waitUntilReady();
    QVERIFY(field<QLabel>("passwordStatus")->text().contains(u"the user cancelled"_s));
    typeInto(field<QLineEdit>("name"), u"Alpha renamed"_s);
    click("saveButton");
    QCOMPARE(m_store->profile(alpha.id)->name, u"Alpha renamed"_s);
    // The fake keychain removes at the call: no need to wait for its answer.
    QCOMPARE(m_keychain->secrets().value(alpha.id), u"pw-kept"_s);

    // A password the user types is saved as usual.
    showTab(tr("Authentication"));
    typeInto(field<QLineEdit>("password"), u"pw-typed"_s);
    click("saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->secrets().value(alpha.id), u"pw-typed"_s, WaitMs);
}

void tst_ConnectionDialog::passwordReachesTheFileOnlyWithOptIn_data()
{
    QTest::addColumn<bool>("optIn");
    QTest::newRow("not opted in") << false;
    QTest::newRow("opted in") << true;
}

// No keychain works: the password is written to the settings file only with the user's consent.
void tst_ConnectionDialog::passwordReachesTheFileOnlyWithOptIn()
{
    QFETCH(bool, optIn);
    m_keychain->setFailure(u"no secret service"_s);
    const auto dialog = openDialog();
    waitUntilReady();
    showTab(tr("Authentication"));
    typeInto(field<QLineEdit>("username"), u"alice"_s);
    typeInto(field<QLineEdit>("password"), u"pw-9e107d9d"_s);
    auto *checkBox = field<QCheckBox>("storePasswordInSettings");
    QCOMPARE(checkBox->text(), u"Store password in the settings file (not encrypted)"_s);
    if (optIn)
        clickCheckBox(checkBox);
    QCOMPARE(checkBox->isChecked(), optIn);
    click("saveButton");

    auto *status = field<QLabel>("passwordStatus");
    const QString expected = optIn ? u"not encrypted"_s : u"not saved"_s;
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(expected), WaitMs);
    QVERIFY(status->text().contains(u"no secret service"_s));
    const QByteArray text = iniText();
    QVERIFY(text.contains("alice"));
    QCOMPARE(text.contains("pw-9e107d9d"), optIn);
    QCOMPARE(m_store->profiles().constFirst().storePasswordInSettings, optIn);
}

void tst_ConnectionDialog::editsSurviveSwitchingProfiles()
{
    saved("Alpha");
    saved("Bravo");
    const auto dialog = openDialog();
    waitUntilReady();
    auto *list = field<QListWidget>("profileList");
    typeInto(field<QLineEdit>("name"), u"Alpha edited"_s);
    clickProfile(1);
    QCOMPARE(field<QLineEdit>("name")->text(), u"Bravo"_s);
    QCOMPARE(list->item(0)->text(), u"Alpha edited *"_s);
    clickProfile(0);
    QCOMPARE(field<QLineEdit>("name")->text(), u"Alpha edited"_s);
    QCOMPARE(m_store->profiles().constFirst().name, u"Alpha"_s); // not saved
}

void tst_ConnectionDialog::closeAsksBeforeDroppingEdits()
{
    const auto dialog = openDialog();
    waitUntilReady();
    {
        const MessageBoxAnswer discard(QMessageBox::Discard); // should the dialog ask wrongly
        click("closeButton");
        QVERIFY2(!discard.answered(), "asked although nothing was edited");
    }
    QVERIFY(!m_dialog->isVisible());

    m_dialog->show();
    typeInto(field<QLineEdit>("name"), u"Edited"_s);
    {
        const MessageBoxAnswer cancel(QMessageBox::Cancel);
        click("closeButton");
        QVERIFY(cancel.answered());
    }
    QVERIFY(m_dialog->isVisible());
    {
        const MessageBoxAnswer discard(QMessageBox::Discard);
        click("closeButton");
        QVERIFY(discard.answered());
    }
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_store->profiles().constFirst().name, ConnectionProfile::localBroker().name);
}

void tst_ConnectionDialog::mqtt5FieldsFollowTheVersion()
{
    const auto dialog = openDialog();
    waitUntilReady();
    auto *sessionExpiry = field<QLineEdit>("sessionExpiryInterval");
    auto *receiveMaximum = field<QSpinBox>("receiveMaximum");
    auto *willTopic = field<QLineEdit>("willTopic");
    auto *willDelay = field<QLineEdit>("willDelayInterval");
    QVERIFY(sessionExpiry->isEnabled());
    QVERIFY(receiveMaximum->isEnabled());
    QVERIFY(!willTopic->isEnabled()); // no will yet
    QVERIFY(!willDelay->isEnabled());

    showTab(tr("Last will"));
    clickCheckBox(field<QCheckBox>("willEnabled"));
    QVERIFY(willTopic->isEnabled());
    QVERIFY(willDelay->isEnabled());

    showTab(tr("General"));
    QTest::keyClick(field<QComboBox>("protocolVersion"), Qt::Key_Down); // 3.1.1
    QVERIFY(!sessionExpiry->isEnabled());
    QVERIFY(!receiveMaximum->isEnabled());
    QVERIFY(willTopic->isEnabled());
    QVERIFY(!willDelay->isEnabled());
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
