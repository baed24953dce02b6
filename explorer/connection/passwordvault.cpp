// PasswordVault: the keychain first; the plain settings file only with the user's opt-in.
#include "connection/passwordvault.h"

#include "connection/keychainsecretstore.h"
#include "connection/profilestore.h"
#include "connection/settingssecretstore.h"

#include <QtCore/qpointer.h>

namespace OhMqttExplorer {

namespace {

using Where = PasswordOutcome::Where;

// The caller's callback, dropped once its context is gone. The stores are called with the vault
// as their context, so nothing runs after the vault is destroyed either.
PasswordCallback guarded(QObject *context, PasswordCallback done)
{
    return [context = QPointer<QObject>(context),
            done = std::move(done)](const PasswordOutcome &outcome) {
        if (context)
            done(outcome);
    };
}

} // namespace

PasswordVault::PasswordVault(std::unique_ptr<SecretStore> keychain,
                             std::unique_ptr<SecretStore> settingsFile, QObject *parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_settingsFile(std::move(settingsFile))
{ }

PasswordVault::~PasswordVault() = default;

std::unique_ptr<PasswordVault> PasswordVault::forStore(ProfileStore *store)
{
    return std::make_unique<PasswordVault>(
        createSystemKeychain(), std::make_unique<SettingsSecretStore>(store->settings()));
}

void PasswordVault::store(const ConnectionProfile &profile, QObject *context, PasswordCallback done)
{
    PasswordCallback finish = guarded(context, std::move(done));
    if (profile.password.isEmpty()) {
        remove(profile.id, this, std::move(finish));
        return;
    }
    if (!m_keychain) {
        storeInFallback(profile, tr("this build has no keychain support"), std::move(finish));
        return;
    }
    m_keychain->write(
        profile.id, profile.password, this,
        [this, profile, finish = std::move(finish)](const SecretResult &written) {
            if (!written.ok) {
                storeInFallback(profile, written.error, finish);
                return;
            }
            // The keychain has it: no plain copy may stay behind from an earlier opt-in.
            m_settingsFile->remove(profile.id, this, [this, finish](const SecretResult &) {
                finish({true,
                        Where::Keychain,
                        {},
                        tr("Password saved in %1.").arg(m_keychain->displayName())});
            });
        });
}

void PasswordVault::storeInFallback(const ConnectionProfile &profile, const QString &keychainError,
                                    PasswordCallback finish)
{
    if (!profile.storePasswordInSettings) {
        m_settingsFile->remove(profile.id, this, [keychainError, finish](const SecretResult &) {
            finish({false,
                    Where::Nowhere,
                    {},
                    tr("Password not saved: no keychain works (%1). Tick \"Store password in "
                       "the settings file\" to keep it there, not encrypted.")
                        .arg(keychainError)});
        });
        return;
    }
    m_settingsFile->write(
        profile.id, profile.password, this,
        [this, keychainError, finish](const SecretResult &written) {
            if (!written.ok) {
                finish(
                    {false, Where::Nowhere, {}, tr("Password not saved: %1").arg(written.error)});
                return;
            }
            finish({true,
                    Where::SettingsFile,
                    {},
                    tr("Password saved in %1, not encrypted (no keychain: %2).")
                        .arg(m_settingsFile->displayName(), keychainError)});
        });
}

void PasswordVault::load(const QString &profileId, QObject *context, PasswordCallback done)
{
    PasswordCallback finish = guarded(context, std::move(done));
    auto readFallback = [this, profileId, finish](const QString &keychainError) {
        m_settingsFile->read(profileId, this, [keychainError, finish](const SecretResult &read) {
            if (read.found) {
                finish({true, Where::SettingsFile, read.secret, {}});
            } else if (!keychainError.isEmpty()) {
                finish({false,
                        Where::Nowhere,
                        {},
                        tr("Cannot read the keychain: %1").arg(keychainError)});
            } else {
                finish({true, Where::Nowhere, {}, {}});
            }
        });
    };
    if (!m_keychain) {
        readFallback({});
        return;
    }
    m_keychain->read(profileId, this, [finish, readFallback](const SecretResult &read) {
        if (read.found)
            finish({true, Where::Keychain, read.secret, {}});
        else
            readFallback(read.ok ? QString() : read.error);
    });
}

void PasswordVault::remove(const QString &profileId, QObject *context, PasswordCallback done)
{
    PasswordCallback finish = guarded(context, std::move(done));
    auto removeFallback = [this, profileId, finish](const QString &keychainError) {
        m_settingsFile->remove(profileId, this,
                               [keychainError, finish](const SecretResult &removed) {
                                   const QString error = removed.ok ? keychainError : removed.error;
                                   if (error.isEmpty())
                                       finish({true, Where::Nowhere, {}, {}});
                                   else
                                       finish({false,
                                               Where::Nowhere,
                                               {},
                                               tr("Cannot remove the password: %1").arg(error)});
                               });
    };
    if (!m_keychain) {
        removeFallback({});
        return;
    }
    m_keychain->remove(profileId, this, [removeFallback](const SecretResult &removed) {
        removeFallback(removed.ok ? QString() : removed.error);
    });
}

} // namespace OhMqttExplorer
