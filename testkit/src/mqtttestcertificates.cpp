// MqttTestCertificates: runs `openssl req` and `openssl x509` to make EC P-256 keys and
// certificates.
#include <OhMqttTest/mqtttestcertificates.h>

#include "tools.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>

#include <memory>

namespace OhMqtt {

namespace {

struct Files
{
    QString error;
    QString directory;
};

class Generator
{
public:
    Generator(const QString &openssl, const QString &directory)
        : m_openssl(openssl)
        , m_dir(directory)
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
    bool run(const QStringList &arguments)
    {
        QString output;
        if (TestKit::runTool(m_openssl, arguments, &output))
            return true;
        m_error = QStringLiteral("openssl %1 failed: %2").arg(arguments.join(u' '), output);
        return false;
    }

    QString m_openssl;
    QDir m_dir;
    QString m_error;
};

QString generate(const QString &directory)
{
    const QString openssl = TestKit::findTool(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return TestKit::notInstalled(QStringLiteral("openssl"), QStringLiteral("openssl"));
    Generator generator(openssl, directory);
    const bool made = generator.makeCa(QStringLiteral("ca"), QStringLiteral("OhMqtt Test CA")) &&
        generator.makeCa(QStringLiteral("wrong-ca"), QStringLiteral("OhMqtt Wrong CA")) &&
        generator.makeServer(QStringLiteral("server"), QStringLiteral("ca"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral("IP:127.0.0.1,IP:::1,DNS:localhost"), 4097) &&
        generator.makeServer(QStringLiteral("other-host"), QStringLiteral("ca"),
                             MqttTestCertificates::otherHostName(),
                             QStringLiteral("DNS:") + MqttTestCertificates::otherHostName(), 4098);
    return made ? QString() : generator.error();
}

// Made once: generating keys is the slow part of a TLS test.
const Files &files()
{
    static const std::unique_ptr<QTemporaryDir> directory = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QStringLiteral("/ohmqtt-certificates-XXXXXX"));
    static const Files made = [] {
        Files result;
        if (!directory->isValid()) {
            result.error = QStringLiteral("cannot create a temporary directory: %1")
                               .arg(directory->errorString());
            return result;
        }
        result.error = generate(directory->path());
        result.directory = directory->path();
        return result;
    }();
    return made;
}

QString file(const char *name)
{
    const Files &made = files();
    return made.error.isEmpty() ? QDir(made.directory).filePath(QLatin1String(name)) : QString();
}

} // namespace

bool MqttTestCertificates::isValid()
{
    return files().error.isEmpty();
}

QString MqttTestCertificates::errorString()
{
    return files().error;
}

QString MqttTestCertificates::caCertificatePath()
{
    return file("ca.crt");
}

QString MqttTestCertificates::wrongCaCertificatePath()
{
    return file("wrong-ca.crt");
}

QString MqttTestCertificates::serverCertificatePath()
{
    return file("server.crt");
}

QString MqttTestCertificates::serverKeyPath()
{
    return file("server.key");
}

QString MqttTestCertificates::otherHostCertificatePath()
{
    return file("other-host.crt");
}

QString MqttTestCertificates::otherHostKeyPath()
{
    return file("other-host.key");
}

QString MqttTestCertificates::otherHostName()
{
    return QStringLiteral("broker.ohmqtt.test");
}

} // namespace OhMqtt
