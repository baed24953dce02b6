// PEM files to QSslConfiguration, each failure naming the field and the file.
#include "connection/tlsfiles.h"

#include <QtCore/qfile.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtNetwork/qsslkey.h>

namespace OhMqttExplorer {

namespace {

ProfileProblem problemIn(const char *field, const QString &reason)
{
    const QString name = QString::fromLatin1(field);
    return {name,
            ConnectionProfile::tr("%1: %2", "a field's label, then what is wrong with it")
                .arg(ConnectionProfile::fieldLabel(name), reason)};
}

std::optional<QByteArray> readFile(const char *field, const QString &path, ProfileProblem *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = problemIn(
            field, ConnectionProfile::tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QList<QSslCertificate>> readCertificates(const char *field, const QString &path,
                                                       ProfileProblem *problem)
{
    const std::optional<QByteArray> data = readFile(field, path, problem);
    if (!data)
        return std::nullopt;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certificates.isEmpty()) {
        *problem = problemIn(field, ConnectionProfile::tr("%1 holds no PEM certificate").arg(path));
        return std::nullopt;
    }
    return certificates;
}

// QSslKey must be told the algorithm: try the two that brokers' clients use.
std::optional<QSslKey> readPrivateKey(const QString &path, ProfileProblem *problem)
{
    const std::optional<QByteArray> data = readFile("tlsKeyFile", path, problem);
    if (!data)
        return std::nullopt;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey key(*data, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *problem = problemIn("tlsKeyFile",
                         ConnectionProfile::tr("%1 holds no PEM RSA or EC private key (keys with "
                                               "a passphrase are not supported)")
                             .arg(path));
    return std::nullopt;
}

} // namespace

std::optional<QSslConfiguration> tlsConfiguration(const ConnectionProfile &profile,
                                                  ProfileProblem *problem)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!profile.tlsCaFile.isEmpty()) {
        const auto authorities = readCertificates("tlsCaFile", profile.tlsCaFile, problem);
        if (!authorities)
            return std::nullopt;
        configuration.setCaCertificates(*authorities);
    }

    const bool hasCertificate = !profile.tlsCertificateFile.isEmpty();
    const bool hasKey = !profile.tlsKeyFile.isEmpty();
    if (hasCertificate != hasKey) {
        *problem = hasCertificate
            ? problemIn("tlsKeyFile", ConnectionProfile::tr("a client certificate needs its key"))
            : problemIn("tlsCertificateFile",
                        ConnectionProfile::tr("a key needs its client certificate"));
        return std::nullopt;
    }
    if (hasCertificate) {
        // The client's certificate first, then any intermediates.
        const auto chain =
            readCertificates("tlsCertificateFile", profile.tlsCertificateFile, problem);
        if (!chain)
            return std::nullopt;
        const std::optional<QSslKey> key = readPrivateKey(profile.tlsKeyFile, problem);
        if (!key)
            return std::nullopt;
        configuration.setLocalCertificateChain(*chain);
        configuration.setPrivateKey(*key);
    }

    if (profile.tlsInsecure)
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace OhMqttExplorer
