// TestCertificates: runs `openssl req` and `openssl x509` to make EC P-256 keys and certificates.
#include "support/testcertificates.h"

#include "support/openssl.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>

#include <memory>

namespace OhMqttTest {

namespace {

class Generator
{
public:
    explicit Generator(const QString &directory)
        : m_dir(directory)
    { }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A self-signed CA certificate and its key.
    bool makeCa(const QString &name, const QString &commonName)
    {
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                    QStringLiteral("-out"), path(name + QStringLiteral(".crt")),
                    QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    // A server certificate for `subjectAltName`, signed by the CA `ca`.
    bool makeServer(const QString &name, const QString &ca, const QString &commonName,
                    const QString &subjectAltName, int serial)
    {
        const QString extensions = path(name + QStringLiteral(".ext"));
        QFile file(extensions);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1: %2").arg(extensions, file.errorString());
            return false;
        }
        file.write("basicConstraints=CA:FALSE\n"
                   "keyUsage=critical,digitalSignature,keyEncipherment\n"
                   "extendedKeyUsage=serverAuth\n"
                   "subjectAltName=" +
                   subjectAltName.toUtf8() + '\n');
        file.close();
        const QString request = path(name + QStringLiteral(".csr"));
        return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                    QStringLiteral("-out"), request, QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + commonName}) &&
            run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                 QStringLiteral("-CA"), path(ca + QStringLiteral(".crt")), QStringLiteral("-CAkey"),
                 path(ca + QStringLiteral(".key")), QStringLiteral("-set_serial"),
                 QString::number(serial), QStringLiteral("-days"), QStringLiteral("3650"),
                 QStringLiteral("-out"), path(name + QStringLiteral(".crt")),
                 QStringLiteral("-extfile"), extensions});
    }

    QString error() const { return m_error; }

private:
    bool run(const QStringList &arguments) { return runOpenssl(arguments, &m_error); }

    QDir m_dir;
    QString m_error;
};

TestCertificates generate(const QString &directory)
{
    Generator generator(directory);
    TestCertificates result;
    const bool made = generator.makeCa(QStringLiteral("ca"), QStringLiteral("OhMqtt Test CA")) &&
        generator.makeCa(QStringLiteral("wrong-ca"), QStringLiteral("OhMqtt Wrong CA")) &&
        generator.makeServer(QStringLiteral("server"), QStringLiteral("ca"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral("IP:127.0.0.1,IP:::1,DNS:localhost"), 4097) &&
        generator.makeServer(QStringLiteral("other-host"), QStringLiteral("ca"),
                             TestCertificates::otherHostName(),
                             QStringLiteral("DNS:") + TestCertificates::otherHostName(), 4098);
    if (!made) {
        result.error = generator.error();
        return result;
    }
    result.caCertificate = generator.path(QStringLiteral("ca.crt"));
    result.wrongCaCertificate = generator.path(QStringLiteral("wrong-ca.crt"));
    result.serverCertificate = generator.path(QStringLiteral("server.crt"));
    result.serverKey = generator.path(QStringLiteral("server.key"));
    result.otherHostCertificate = generator.path(QStringLiteral("other-host.crt"));
    result.otherHostKey = generator.path(QStringLiteral("other-host.key"));
    return result;
}

} // namespace

const TestCertificates &TestCertificates::get()
{
    // Made once: generating keys is the slow part of a TLS test.
    static const std::unique_ptr<QTemporaryDir> directory = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QStringLiteral("/ohmqtt-certificates-XXXXXX"));
    static const TestCertificates certificates = [] {
        if (!directory->isValid()) {
            TestCertificates failed;
            failed.error = QStringLiteral("cannot create a temporary directory: %1")
                               .arg(directory->errorString());
            return failed;
        }
        return generate(directory->path());
    }();
    return certificates;
}

} // namespace OhMqttTest
