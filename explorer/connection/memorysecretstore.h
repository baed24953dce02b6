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
    // Non-empty: reads fail with this error (a keychain whose unlock prompt was cancelled).
    void setReadFailure(const QString &error) { m_readFailure = error; }
    // What is stored, for tests.
    QHash<QString, QString> secrets() const { return m_secrets; }
    // While held, answers wait, as behind a keychain that asks the user to unlock it; release
    // sends them, in order.
    void setHeld(bool held);

private:
    void answer(QObject *context, SecretCallback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    QString m_failure;
    QString m_readFailure;
    bool m_held = false;
    QList<std::function<void()>> m_waiting;
};

} // namespace OhMqttExplorer
