// SettingsSecretStore: passwords in plain text in the settings file, under "passwords/<key>".
// PasswordVault uses it only for a profile whose user opted in, when no keychain works.
#pragma once

#include "connection/secretstore.h"

class QSettings;

namespace OhMqttExplorer {

class SettingsSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the store.
    explicit SettingsSecretStore(QSettings *settings, QObject *parent = nullptr);

    QString displayName() const override;
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

private:
    SecretResult synced();

    QSettings *m_settings;
};

} // namespace OhMqttExplorer
