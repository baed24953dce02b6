// PasswordVault: where each profile's password lives — the system keychain, or, when no keychain
// works and the user opted in, the settings file in plain text; never anywhere else.
#pragma once

#include "connection/connectionprofile.h"
#include "connection/secretstore.h"

#include <QtCore/qobject.h>

#include <memory>

namespace OhMqttExplorer {

class ProfileStore;

struct PasswordOutcome
{
    enum class Where {
        Nowhere, // not stored (or, for load(), none found)
        Keychain,
        SettingsFile, // plain text: the user's opt-in, the keychain failing
    };

    bool ok = false; // false: the password could not be kept (see message)
    Where where = Where::Nowhere;
    QString password; // load(): what was found
    QString message; // translated; for the user, e.g. next to the password field

    friend bool operator==(const PasswordOutcome &, const PasswordOutcome &) = default;
};

using PasswordCallback = std::function<void(const PasswordOutcome &)>;

// Keys are profile ids. Callbacks follow SecretStore's rule: once, later, not after `context`
// is destroyed.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    // `keychain` may be null (built without QtKeychain); `settingsFile` is the opt-in fallback.
    PasswordVault(std::unique_ptr<SecretStore> keychain, std::unique_ptr<SecretStore> settingsFile,
                  QObject *parent = nullptr);
    ~PasswordVault() override;

    // The system keychain (if built with it) and the settings file of `store`.
    static std::unique_ptr<PasswordVault> forStore(ProfileStore *store);

    // Keeps profile.password: in the keychain when it works (and then removes any plain copy);
    // else in the settings file only with profile.storePasswordInSettings; else not at all
    // (ok false, the message says why and what the user can do). An empty password removes it
    // everywhere.
    void store(const ConnectionProfile &profile, QObject *context, PasswordCallback done);
    // The keychain first, then the settings file.
    void load(const QString &profileId, QObject *context, PasswordCallback done);
    // From everywhere.
    void remove(const QString &profileId, QObject *context, PasswordCallback done);

    bool hasKeychain() const { return m_keychain != nullptr; }

private:
    void storeInFallback(const ConnectionProfile &profile, const QString &keychainError,
                         PasswordCallback finish);

    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_settingsFile;
};

} // namespace OhMqttExplorer
