// SettingsSecretStore: QSettings values, written to disk at once so a crash keeps them.
#include "connection/settingssecretstore.h"

#include <QtCore/qsettings.h>

namespace OhMqttExplorer {

namespace {

QString keyOf(const QString &key)
{
    return QStringLiteral("passwords/") + key;
}

} // namespace

SettingsSecretStore::SettingsSecretStore(QSettings *settings, QObject *parent)
    : SecretStore(parent)
    , m_settings(settings)
{ }

QString SettingsSecretStore::displayName() const
{
    //: Where a password is kept: completes "Password saved in %1."
    return tr("the settings file");
}

void SettingsSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    const QVariant value = m_settings->value(keyOf(key));
    answerLater(context, std::move(done),
                value.isValid() ? SecretResult::foundSecret(value.toString())
                                : SecretResult::success());
}

void SettingsSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    m_settings->setValue(keyOf(key), secret);
    answerLater(context, std::move(done), synced());
}

void SettingsSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    m_settings->remove(keyOf(key));
    answerLater(context, std::move(done), synced());
}

SecretResult SettingsSecretStore::synced()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return SecretResult::failure(tr("cannot write %1").arg(m_settings->fileName()));
    return SecretResult::success();
}

} // namespace OhMqttExplorer
