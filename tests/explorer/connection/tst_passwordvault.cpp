// PasswordVault with a fake keychain: the password reaches the settings file only when the user
// opted in and no keychain works; everything is answered later, never after its context died.
#include "answertesting.h"
#include "connection/memorysecretstore.h"
#include "connection/passwordvault.h"
#include "connection/profilestore.h"
#include "connection/settingssecretstore.h"

#include <QtCore/qfile.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/QTest>

#include <memory>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

using Where = PasswordOutcome::Where;

namespace {

constexpr int WaitMs = 5'000;
const QString Password = u"pw-7c4a8d09-ca37"_s;

template<typename Call> std::optional<PasswordOutcome> outcomeOf(Call call)
{
    return OhMqttExplorerTest::answerOf<PasswordOutcome>(call, WaitMs);
}

} // namespace

class tst_PasswordVault : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keychainKeepsThePasswordOutOfTheFile_data();
    void keychainKeepsThePasswordOutOfTheFile();
    void withoutOptInNothingIsWritten();
    void withOptInTheFileKeepsIt();
    void withoutKeychainSupport_data();
    void withoutKeychainSupport();
    void keychainBackRemovesThePlainCopy();
    void optingOutRemovesThePlainCopy();
    void emptyPasswordRemovesIt();
    void loadPrefersTheKeychain();
    void loadFallsBackToTheFile();
    void loadReportsABrokenKeychain();
    void removeClearsBoth();
    void answersComeLater();
    void noAnswerAfterTheContextIsGone();

private:
    QByteArray iniText() const;
    ConnectionProfile profile(bool optIn) const;
    void makeVault(bool withKeychain);
    std::optional<PasswordOutcome> store(const ConnectionProfile &profile);
    std::optional<PasswordOutcome> load(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<PasswordVault> m_vault;
    MemorySecretStore *m_keychain = nullptr; // owned by m_vault
};

void tst_PasswordVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"explorer.ini"_s));
    makeVault(true);
}

void tst_PasswordVault::cleanup()
{
    m_vault.reset();
    m_store.reset();
}

void tst_PasswordVault::makeVault(bool withKeychain)
{
    auto keychain = withKeychain ? std::make_unique<MemorySecretStore>() : nullptr;
    m_keychain = keychain.get();
    m_vault = std::make_unique<PasswordVault>(
        std::move(keychain), std::make_unique<SettingsSecretStore>(m_store->settings()));
}

QByteArray tst_PasswordVault::iniText() const
{
    m_store->settings()->sync();
    QFile file(m_store->settings()->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConnectionProfile tst_PasswordVault::profile(bool optIn) const
{
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.name = u"Secured"_s;
    profile.username = u"alice"_s;
    profile.password = Password;
    profile.storePasswordInSettings = optIn;
    return profile;
}

std::optional<PasswordOutcome> tst_PasswordVault::store(const ConnectionProfile &profile)
{
    // As the dialog does: the profile, then its password.
    if (!m_store->save(profile))
        return std::nullopt;
    return outcomeOf([&](PasswordCallback done) { m_vault->store(profile, this, done); });
}

std::optional<PasswordOutcome> tst_PasswordVault::load(const QString &id)
{
    return outcomeOf([&](PasswordCallback done) { m_vault->load(id, this, done); });
}

void tst_PasswordVault::keychainKeepsThePasswordOutOfTheFile_data()
{
    QTest::addColumn<bool>("optIn");
    QTest::newRow("not opted in") << false;
    QTest::newRow("opted in: still the keychain") << true;
}

void tst_PasswordVault::keychainKeepsThePasswordOutOfTheFile()
{
    QFETCH(bool, optIn);
    const ConnectionProfile secured = profile(optIn);
    const auto outcome = store(secured);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->where, Where::Keychain);
    QCOMPARE(m_keychain->secrets().value(secured.id), Password);
    const QByteArray text = iniText();
    QVERIFY(text.contains("alice"));
    QVERIFY(!text.contains(Password.toUtf8()));
}

void tst_PasswordVault::withoutOptInNothingIsWritten()
{
    m_keychain->setFailure(u"no secret service"_s);
    const auto outcome = store(profile(false));
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->where, Where::Nowhere);
    QVERIFY2(outcome->message.contains(u"no secret service"_s), qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(u"Store password in the settings file"_s),
             qPrintable(outcome->message));
    const QByteArray text = iniText();
    QVERIFY(text.contains("alice"));
    QVERIFY(!text.contains(Password.toUtf8()));
}

void tst_PasswordVault::withOptInTheFileKeepsIt()
{
    m_keychain->setFailure(u"no secret service"_s);
    const ConnectionProfile secured = profile(true);
    const auto outcome = store(secured);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->where, Where::SettingsFile);
    QVERIFY(outcome->message.contains(u"not encrypted"_s));
    QVERIFY(iniText().contains(Password.toUtf8()));

    const auto loaded = load(secured.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->password, Password);
    QCOMPARE(loaded->where, Where::SettingsFile);
}

void tst_PasswordVault::withoutKeychainSupport_data()
{
    QTest::addColumn<bool>("optIn");
    QTest::newRow("not opted in") << false;
    QTest::newRow("opted in") << true;
}

void tst_PasswordVault::withoutKeychainSupport()
{
    QFETCH(bool, optIn);
    makeVault(false);
    QVERIFY(!m_vault->hasKeychain());
    const auto outcome = store(profile(optIn));
    QVERIFY(outcome);
    QCOMPARE(outcome->ok, optIn);
    QCOMPARE(outcome->where, optIn ? Where::SettingsFile : Where::Nowhere);
    QCOMPARE(iniText().contains(Password.toUtf8()), optIn);
}

void tst_PasswordVault::keychainBackRemovesThePlainCopy()
{
    const ConnectionProfile secured = profile(true);
    m_keychain->setFailure(u"locked"_s);
    QCOMPARE(store(secured)->where, Where::SettingsFile);
    QVERIFY(iniText().contains(Password.toUtf8()));

    m_keychain->setFailure({});
    QCOMPARE(store(secured)->where, Where::Keychain);
    QVERIFY(!iniText().contains(Password.toUtf8()));
}

void tst_PasswordVault::optingOutRemovesThePlainCopy()
{
    m_keychain->setFailure(u"locked"_s);
    ConnectionProfile secured = profile(true);
    QCOMPARE(store(secured)->where, Where::SettingsFile);
    secured.storePasswordInSettings = false;
    QCOMPARE(store(secured)->where, Where::Nowhere);
    QVERIFY(!iniText().contains(Password.toUtf8()));
}

void tst_PasswordVault::emptyPasswordRemovesIt()
{
    ConnectionProfile secured = profile(false);
    QVERIFY(store(secured)->ok);
    QVERIFY(m_keychain->secrets().contains(secured.id));
    secured.password.clear();
    const auto outcome = store(secured);
    QVERIFY(outcome && outcome->ok);
    QVERIFY(!m_keychain->secrets().contains(secured.id));
    QCOMPARE(load(secured.id)->password, QString());
}

void tst_PasswordVault::loadPrefersTheKeychain()
{
    const ConnectionProfile secured = profile(false);
    QVERIFY(store(secured)->ok);
    // A stale plain copy, as an older version might have left.
    m_store->settings()->setValue(u"passwords/"_s + secured.id, u"stale"_s);
    const auto loaded = load(secured.id);
    QVERIFY(loaded && loaded->ok);
    QCOMPARE(loaded->password, Password);
    QCOMPARE(loaded->where, Where::Keychain);
}

void tst_PasswordVault::loadFallsBackToTheFile()
{
    const QString id = ProfileStore::newProfile().id;
    const auto nothing = load(id);
    QVERIFY(nothing && nothing->ok);
    QCOMPARE(nothing->where, Where::Nowhere);
    QVERIFY(nothing->password.isEmpty());

    m_store->settings()->setValue(u"passwords/"_s + id, u"plain"_s);
    const auto plain = load(id);
    QVERIFY(plain && plain->ok);
    QCOMPARE(plain->password, u"plain"_s);
    QCOMPARE(plain->where, Where::SettingsFile);
}

void tst_PasswordVault::loadReportsABrokenKeychain()
{
    m_keychain->setFailure(u"the collection is locked"_s);
    const auto loaded = load(ProfileStore::newProfile().id);
    QVERIFY(loaded);
    QVERIFY(!loaded->ok);
    QVERIFY2(loaded->message.contains(u"the collection is locked"_s), qPrintable(loaded->message));
}

void tst_PasswordVault::removeClearsBoth()
{
    const ConnectionProfile secured = profile(true);
    QVERIFY(store(secured)->ok);
    m_store->settings()->setValue(u"passwords/"_s + secured.id, u"plain"_s);
    const auto removed =
        outcomeOf([&](PasswordCallback done) { m_vault->remove(secured.id, this, done); });
    QVERIFY(removed && removed->ok);
    QVERIFY(m_keychain->secrets().isEmpty());
    QVERIFY(!iniText().contains("plain"));
}

void tst_PasswordVault::answersComeLater()
{
    bool answered = false;
    m_vault->store(profile(false), this, [&answered](const PasswordOutcome &) { answered = true; });
    QVERIFY(!answered); // never inside the call: callers may still be setting up
    QTRY_VERIFY_WITH_TIMEOUT(answered, WaitMs);
}

void tst_PasswordVault::noAnswerAfterTheContextIsGone()
{
    bool lateAnswer = false;
    auto context = std::make_unique<QObject>();
    m_vault->load(u"a"_s, context.get(),
                  [&lateAnswer](const PasswordOutcome &) { lateAnswer = true; });
    context.reset();
    // Answers come in order: once a later call is answered, the first would have been.
    QVERIFY(load(u"b"_s));
    QVERIFY(!lateAnswer);
}

QTEST_MAIN(tst_PasswordVault)
#include "tst_passwordvault.moc"
