// MemorySecretStore: secrets in memory, for tests and for a session without any keychain; it
// can be told to fail, as an unavailable keychain does.
#pragma once

#include "connection/secretstore.h"

#include <QtCore/qhash.h>

namespace OhMqttExplorer {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    QString displayName() const override;
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

    // Non-empty: every call fails with this error and nothing changes.
    void setFailure(const QString &error) { m_failure = error; }
    // What is stored, for tests.
    QHash<QString, QString> secrets() const { return m_secrets; }

private:
    QHash<QString, QString> m_secrets;
    QString m_failure;
};

} // namespace OhMqttExplorer
