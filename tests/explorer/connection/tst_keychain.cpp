// The real system keychain (QtKeychain over the Secret Service): a private D-Bus session and an
// unlocked gnome-keyring in a temporary HOME, so that the test touches no user's keyring. Needs
// dbus-daemon (Debian: dbus) and gnome-keyring-daemon (gnome-keyring, which brings
// libsecret-1-0); without them it fails, as any suite with a missing tool does.
#include "answertesting.h"
#include "connection/keychainsecretstore.h"
#include "connection/passwordvault.h"
#include "connection/profilestore.h"
#include "connection/settingssecretstore.h"
#include "support/externaltools.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtDBus/qdbusinterface.h>
#include <QtDBus/qdbusreply.h>
#include <QtTest/QTest>

#include <memory>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 20'000; // the first call loads libsecret and creates the collection
const QString Service = u"OhMqtt Explorer test"_s;

template<typename Result, typename Call> std::optional<Result> answerOf(Call call)
{
    return OhMqttExplorerTest::answerOf<Result>(call, WaitMs);
}

} // namespace

class tst_Keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    // First: it needs the session without a secret service.
    void failsWithoutASecretService();
    void roundTrip();
    void vaultKeepsThePasswordInTheKeychain();

private:
    bool startSessionBus(QString *error);
    bool startKeyring(QString *error);
    std::optional<SecretResult> read(SecretStore &store, const QString &key);
    std::optional<SecretResult> write(SecretStore &store, const QString &key,
                                      const QString &secret);
    std::optional<SecretResult> remove(SecretStore &store, const QString &key);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
};

void tst_Keychain::initTestCase()
{
    OHMQTT_REQUIRE_TOOLS((QStringList {u"dbus-daemon"_s, u"gnome-keyring-daemon"_s}));
    QVERIFY2(createSystemKeychain(Service), "the explorer was built without QtKeychain");
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QDir home(m_home->path());
    for (const QString &dir : {u"run"_s, u"data"_s, u"config"_s, u"cache"_s, u"bus"_s})
        QVERIFY(home.mkpath(dir));
    QVERIFY(QFile::setPermissions(home.filePath(u"run"_s),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // Everything the keyring and D-Bus look at, inside the temporary HOME.
    qputenv("HOME", m_home->path().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", home.filePath(u"run"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(u"cache"_s).toLocal8Bit());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QString error;
    QVERIFY2(startSessionBus(&error), qPrintable(error));
}

// Every test but the first needs the keyring.
void tst_Keychain::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "failsWithoutASecretService") == 0)
        return;
    QString error;
    QVERIFY2(startKeyring(&error), qPrintable(error));
}

void tst_Keychain::cleanupTestCase()
{
    for (QProcess *process : {m_keyring.get(), m_bus.get()}) {
        if (!process)
            continue;
        process->terminate();
        if (!process->waitForFinished(5'000))
            process->kill();
    }
}

// A session bus of our own, without service directories: Debian's session configuration would
// start a secret service by D-Bus activation (gnome-keyring --start, without a login collection)
// the moment anything asks for one, and the test must choose when there is one.
bool tst_Keychain::startSessionBus(QString *error)
{
    const QString config = m_home->filePath(u"bus/session.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(
        u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        u" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        u"<busconfig>\n"
        u"  <type>session</type>\n"
        u"  <listen>unix:dir=%1</listen>\n"
        u"  <auth>EXTERNAL</auth>\n"
        u"  <policy context=\"default\">\n"
        u"    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
        u"    <allow eavesdrop=\"true\"/>\n"
        u"    <allow own=\"*\"/>\n"
        u"  </policy>\n"
        u"</busconfig>\n"_s.arg(m_home->filePath(u"bus"_s))
            .toUtf8());
    file.close();
    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessChannelMode(QProcess::SeparateChannels);
    m_bus->start(
        OhMqttTest::findTool(u"dbus-daemon"_s),
        {u"--config-file="_s + config, u"--nofork"_s, u"--nopidfile"_s, u"--print-address"_s});
    if (!m_bus->waitForStarted(5'000)) {
        *error = u"dbus-daemon: "_s + m_bus->errorString();
        return false;
    }
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (!m_bus->waitForReadyRead(5'000)) {
            *error = u"dbus-daemon printed no address: "_s +
                QString::fromLocal8Bit(m_bus->readAllStandardError());
            return false;
        }
        line += m_bus->readAllStandardOutput();
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", line.trimmed());
    return true;
}

// --unlock reads the new login keyring's password from stdin. In the foreground it stays this
// process's child (and is reaped); it is ready once the Secret Service names the default
// collection.
bool tst_Keychain::startKeyring(QString *error)
{
    if (m_keyring)
        return true;
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessChannelMode(QProcess::MergedChannels);
    m_keyring->start(OhMqttTest::findTool(u"gnome-keyring-daemon"_s),
                     {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring->waitForStarted(5'000)) {
        *error = u"gnome-keyring-daemon: "_s + m_keyring->errorString();
        return false;
    }
    m_keyring->write("keyring-password-for-tests");
    m_keyring->closeWriteChannel();
    QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    const auto ready = [&service] {
        const QDBusReply<QDBusObjectPath> collection = service.call(u"ReadAlias"_s, u"default"_s);
        return collection.isValid() && collection.value().path() != u"/";
    };
    if (!QTest::qWaitFor(ready, WaitMs)) {
        *error = u"gnome-keyring-daemon offers no default collection: "_s +
            QString::fromLocal8Bit(m_keyring->readAll());
        return false;
    }
    return true;
}

std::optional<SecretResult> tst_Keychain::read(SecretStore &store, const QString &key)
{
    return answerOf<SecretResult>(
        [&](SecretCallback done) { store.read(key, this, std::move(done)); });
}

std::optional<SecretResult> tst_Keychain::write(SecretStore &store, const QString &key,
                                                const QString &secret)
{
    return answerOf<SecretResult>(
        [&](SecretCallback done) { store.write(key, secret, this, std::move(done)); });
}

std::optional<SecretResult> tst_Keychain::remove(SecretStore &store, const QString &key)
{
    return answerOf<SecretResult>(
        [&](SecretCallback done) { store.remove(key, this, std::move(done)); });
}

// What a desktop without a keyring gives: an error to show, nothing stored, no hang.
void tst_Keychain::failsWithoutASecretService()
{
    QVERIFY2(!m_keyring, "must run before the keyring starts");
    const std::unique_ptr<SecretStore> keychain = createSystemKeychain(Service);
    const auto written = write(*keychain, u"profile-0"_s, u"pw"_s);
    QVERIFY(written);
    QVERIFY(!written->ok);
    QVERIFY(!written->error.isEmpty());
    const auto found = read(*keychain, u"profile-0"_s);
    QVERIFY(found);
    QVERIFY(!found->found);
}

void tst_Keychain::roundTrip()
{
    const std::unique_ptr<SecretStore> keychain = createSystemKeychain(Service);
    const QString key = u"profile-1"_s;
    const auto written = write(*keychain, key, u"pässwörd-1 ✓"_s);
    QVERIFY(written);
    QVERIFY2(written->ok, qPrintable(written->error));

    // Another store object, as the next run of the explorer would make.
    const std::unique_ptr<SecretStore> again = createSystemKeychain(Service);
    auto found = read(*again, key);
    QVERIFY(found);
    QVERIFY2(found->ok, qPrintable(found->error));
    QVERIFY(found->found);
    QCOMPARE(found->secret, u"pässwörd-1 ✓"_s);

    QVERIFY(write(*again, key, u"second"_s)->ok);
    QCOMPARE(read(*keychain, key)->secret, u"second"_s);

    QVERIFY(remove(*keychain, key)->ok);
    found = read(*keychain, key);
    QVERIFY(found);
    QVERIFY(found->ok); // not there is no error
    QVERIFY(!found->found);
    QVERIFY(remove(*keychain, key)->ok); // removing again is fine
}

void tst_Keychain::vaultKeepsThePasswordInTheKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(u"explorer.ini"_s));
    PasswordVault vault(createSystemKeychain(Service),
                        std::make_unique<SettingsSecretStore>(store.settings()));
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.username = u"alice"_s;
    profile.password = u"pw-real-keychain-77"_s;
    profile.storePasswordInSettings = true; // consent given, but the keychain works
    QVERIFY(store.save(profile));

    const auto stored = answerOf<PasswordOutcome>(
        [&](PasswordCallback done) { vault.store(profile, this, std::move(done)); });
    QVERIFY(stored);
    QVERIFY2(stored->ok, qPrintable(stored->message));
    QCOMPARE(stored->where, PasswordOutcome::Where::Keychain);
    store.settings()->sync();
    QFile ini(store.settings()->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("pw-real-keychain-77"));

    const auto loaded = answerOf<PasswordOutcome>(
        [&](PasswordCallback done) { vault.load(profile.id, this, std::move(done)); });
    QVERIFY(loaded);
    QCOMPARE(loaded->password, u"pw-real-keychain-77"_s);
    QCOMPARE(loaded->where, PasswordOutcome::Where::Keychain);
}

QTEST_MAIN(tst_Keychain)
#include "tst_keychain.moc"
