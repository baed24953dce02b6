// KeychainSecretStore: one QKeychain job per call; the job's finished() becomes the answer.
#include "connection/keychainsecretstore.h"

#ifdef OHMQTT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace OhMqttExplorer {

#ifdef OHMQTT_HAVE_KEYCHAIN

// Declared here: it exists only when QtKeychain does.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` names the entries' owner in the keychain.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString displayName() const override;
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

private:
    QString m_service;
};

namespace {

// Jobs delete themselves after finished(); the connection to `context` ends with it, so a
// destroyed context is never called.
void start(QKeychain::Job *job, const QString &key, QObject *context,
           std::function<SecretResult(QKeychain::Job *)> interpret, SecretCallback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // plain-text storage is PasswordVault's, opted in
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [interpret = std::move(interpret), done = std::move(done)](
                         QKeychain::Job *finished) { done(interpret(finished)); });
    job->start();
}

SecretResult failureOf(QKeychain::Job *job)
{
    return SecretResult::failure(job->errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::displayName() const
{
    //: Where a password is kept: completes "Password saved in %1."
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    start(
        job, key, context,
        [job](QKeychain::Job *) {
            if (job->error() == QKeychain::EntryNotFound)
                return SecretResult::success();
            if (job->error() != QKeychain::NoError)
                return failureOf(job);
            return SecretResult::foundSecret(job->textData());
        },
        std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    start(
        job, key, context,
        [](QKeychain::Job *finished) {
            return finished->error() == QKeychain::NoError ? SecretResult::success()
                                                           : failureOf(finished);
        },
        std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    start(
        job, key, context,
        [](QKeychain::Job *finished) {
            const bool gone = finished->error() == QKeychain::NoError ||
                finished->error() == QKeychain::EntryNotFound;
            return gone ? SecretResult::success() : failureOf(finished);
        },
        std::move(done));
}

std::unique_ptr<SecretStore> createSystemKeychain(const QString &service)
{
    return std::make_unique<KeychainSecretStore>(service);
}

#else

std::unique_ptr<SecretStore> createSystemKeychain(const QString &)
{
    return nullptr;
}

#endif

} // namespace OhMqttExplorer

#ifdef OHMQTT_HAVE_KEYCHAIN
#include "keychainsecretstore.moc"
#endif
