// ProfileStore: the saved connection profiles, in QSettings, in the order the user made them.
#pragma once

#include "connection/connectionprofile.h"

#include <QtCore/qobject.h>

#include <memory>

class QSettings;

namespace OhMqttExplorer {

// Layout: "connections/order" lists the profile ids; "connections/<id>/<field>" holds each
// field of ConnectionProfile (enums by name, user properties as arrays); "connections/lastUsed"
// the id of the profile connected last. Passwords are never written here: PasswordVault keeps
// them (in the keychain, or, opted in, under "passwords/" through SettingsSecretStore).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's QSettings (organisation and application names).
    explicit ProfileStore(QObject *parent = nullptr);
    // `settings` is not owned and must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // An INI file, e.g. a temporary one in tests.
    explicit ProfileStore(const QString &iniFileName, QObject *parent = nullptr);
    ~ProfileStore() override;

    QSettings *settings() const { return m_settings; }

    // The saved profiles in their order (each without its password); when none is saved,
    // ConnectionProfile::localBroker() alone, so that there is always one to connect with.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    bool contains(const QString &id) const;

    // A profile with a new id and the defaults, not yet saved.
    static ConnectionProfile newProfile();

    // Replaces the profile with the same id in place, or appends it. The password is not
    // written. False when the settings cannot be written (the file's status).
    bool save(const ConnectionProfile &profile);
    // Forgets the profile (and its last-used mark). Its password is PasswordVault's to remove.
    bool remove(const QString &id);

    // The id of the profile connected last, if it still exists; else the first profile's.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

Q_SIGNALS:
    // After save() and remove(): the list or a profile changed.
    void profilesChanged();

private:
    QStringList storedIds() const;
    bool sync();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
};

} // namespace OhMqttExplorer
