// MemorySecretStore: a QHash, answered from the event loop as a real keychain would.
#include "connection/memorysecretstore.h"

namespace OhMqttExplorer {

QString MemorySecretStore::displayName() const
{
    return tr("memory");
}

void MemorySecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    if (!m_failure.isEmpty())
        result = SecretResult::failure(m_failure);
    else if (const auto found = m_secrets.constFind(key); found != m_secrets.cend())
        result = SecretResult::foundSecret(*found);
    else
        result = SecretResult::success();
    answerLater(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              SecretCallback done)
{
    if (m_failure.isEmpty())
        m_secrets.insert(key, secret);
    answerLater(context, std::move(done),
                m_failure.isEmpty() ? SecretResult::success() : SecretResult::failure(m_failure));
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    if (m_failure.isEmpty())
        m_secrets.remove(key);
    answerLater(context, std::move(done),
                m_failure.isEmpty() ? SecretResult::success() : SecretResult::failure(m_failure));
}

} // namespace OhMqttExplorer
