// MemorySecretStore: a QHash, answered from the event loop as a real keychain would.
#include "connection/memorysecretstore.h"

#include <QtCore/qpointer.h>

#include <utility>

namespace OhMqttExplorer {

void MemorySecretStore::answer(QObject *context, SecretCallback done, SecretResult result)
{
    if (!m_held) {
        answerLater(context, std::move(done), std::move(result));
        return;
    }
    m_waiting.append(
        [context = QPointer<QObject>(context), done = std::move(done), result = std::move(result)] {
            if (context)
                answerLater(context, done, result);
        });
}

void MemorySecretStore::setHeld(bool held)
{
    m_held = held;
    if (held)
        return;
    for (const auto &release : std::exchange(m_waiting, {}))
        release();
}

QString MemorySecretStore::displayName() const
{
    //: Where a password is kept: completes "Password saved in %1."
    return tr("memory");
}

void MemorySecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    if (!m_failure.isEmpty() || !m_readFailure.isEmpty())
        result = SecretResult::failure(m_failure.isEmpty() ? m_readFailure : m_failure);
    else if (const auto found = m_secrets.constFind(key); found != m_secrets.cend())
        result = SecretResult::foundSecret(*found);
    else
        result = SecretResult::success();
    answer(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              SecretCallback done)
{
    if (m_failure.isEmpty())
        m_secrets.insert(key, secret);
    answer(context, std::move(done),
           m_failure.isEmpty() ? SecretResult::success() : SecretResult::failure(m_failure));
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    if (m_failure.isEmpty())
        m_secrets.remove(key);
    answer(context, std::move(done),
           m_failure.isEmpty() ? SecretResult::success() : SecretResult::failure(m_failure));
}

} // namespace OhMqttExplorer
