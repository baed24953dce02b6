// SecretStore: where a password can be kept (the system keychain, the settings file, memory),
// behind one asynchronous interface.
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <functional>

namespace OhMqttExplorer {

struct SecretResult
{
    bool ok = false; // the operation worked; a read that found nothing is ok and not found
    bool found = false; // read(): a secret is stored under the key
    QString secret; // read(): the secret, when found
    QString error; // why it failed, when !ok

    static SecretResult success() { return {true, false, {}, {}}; }
    static SecretResult foundSecret(const QString &secret) { return {true, true, secret, {}}; }
    static SecretResult failure(const QString &error) { return {false, false, {}, error}; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Every call answers through `done` exactly once, later, from the event loop of the store's
// thread (never inside the call itself), and not at all once `context` is destroyed: a dialog
// may close while the keychain is still working.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // For messages: "the system keychain", "the settings file".
    virtual QString displayName() const = 0;

    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       SecretCallback done) = 0;
    // Removing what is not there is ok.
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;

protected:
    // Calls `done(result)` from the event loop, unless `context` is gone by then.
    static void answerLater(QObject *context, SecretCallback done, SecretResult result);
};

} // namespace OhMqttExplorer
