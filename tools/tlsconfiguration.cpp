// Reads PEM CA certificates, a client certificate and its RSA or EC key into a QSslConfiguration.
#include "tlsconfiguration.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtNetwork/qsslkey.h>

namespace OhMqtt::Cli {

namespace {

bool readFile(const QString &path, const char *what, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the %1 %2: %3")
                     .arg(QLatin1String(what), path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

// Every PEM certificate in the file; an error when there is none.
bool readCertificates(const QString &path, const char *what, QList<QSslCertificate> *out,
                      QString *error)
{
    QByteArray data;
    if (!readFile(path, what, &data, error))
        return false;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error =
            QStringLiteral("the %1 %2 holds no PEM certificate").arg(QLatin1String(what), path);
        return false;
    }
    *out += certificates;
    return true;
}

// mosquitto's --capath is an OpenSSL hashed directory; Qt has no such lookup, so every file in
// it that holds PEM certificates counts (the hash links name the same files again).
bool readCertificateDirectory(const QString &path, QList<QSslCertificate> *out, QString *error)
{
    const QDir dir(path);
    if (!dir.exists()) {
        *error = QStringLiteral("the CA directory %1 does not exist").arg(path);
        return false;
    }
    QList<QSslCertificate> found;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Readable, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QSslCertificate &certificate :
             QSslCertificate::fromData(file.readAll(), QSsl::Pem)) {
            if (!found.contains(certificate))
                found.append(certificate);
        }
    }
    if (found.isEmpty()) {
        *error = QStringLiteral("the CA directory %1 holds no PEM certificate").arg(path);
        return false;
    }
    *out += found;
    return true;
}

// QSslKey needs to be told the algorithm; mosquitto's clients take RSA and EC keys.
bool readPrivateKey(const QString &path, QSslKey *key, QString *error)
{
    QByteArray data;
    if (!readFile(path, "key file", &data, error))
        return false;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey candidate(data, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!candidate.isNull()) {
            *key = candidate;
            return true;
        }
    }
    *error = QStringLiteral("the key file %1 holds no PEM RSA or EC private key (keys with a "
                            "passphrase are not supported)")
                 .arg(path);
    return false;
}

} // namespace

std::optional<QSslConfiguration> tlsConfiguration(const TlsOptions &tls, QString *error)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities;
    if (!tls.caFile.isEmpty() && !readCertificates(tls.caFile, "CA file", &authorities, error))
        return std::nullopt;
    if (!tls.caPath.isEmpty() && !readCertificateDirectory(tls.caPath, &authorities, error))
        return std::nullopt;
    if (!authorities.isEmpty())
        configuration.setCaCertificates(authorities);

    if (!tls.certFile.isEmpty()) {
        QList<QSslCertificate> chain; // the client's certificate first, then intermediates
        QSslKey key;
        if (!readCertificates(tls.certFile, "certificate file", &chain, error) ||
            !readPrivateKey(tls.keyFile, &key, error))
            return std::nullopt;
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
    }

    switch (tls.version) {
    case TlsVersion::Any:
        break;
    case TlsVersion::V1_2:
        configuration.setProtocol(QSsl::TlsV1_2);
        break;
    case TlsVersion::V1_3:
        configuration.setProtocol(QSsl::TlsV1_3);
        break;
    }
    return configuration;
}

} // namespace OhMqtt::Cli
