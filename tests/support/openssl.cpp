// Runs openssl as a child process with a bounded wait; makes test certificates with it.
#include "support/openssl.h"

#include "support/externaltools.h"

#include <QtCore/qdir.h>
#include <QtCore/qprocess.h>

namespace OhMqttTest {

namespace {

constexpr int OpensslTimeoutMs = 30'000;

} // namespace

bool runOpenssl(const QStringList &arguments, QString *error)
{
    const QString openssl = findTool(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        // A suite that makes certificates must not count as passed without them.
        checkTools({QStringLiteral("openssl")});
        *error = missingTools({QStringLiteral("openssl")});
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    const bool finished =
        process.waitForStarted(OpensslTimeoutMs) && process.waitForFinished(OpensslTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    *error = QStringLiteral("openssl %1 failed: %2")
                 .arg(arguments.join(u' '), QString::fromUtf8(process.readAll()));
    return false;
}

bool makeCertificate(const QString &directory, const QString &name, const QString &keyType,
                     const QString &issuer, QString *error)
{
    const QDir dir(directory);
    QStringList arguments {QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey")};
    if (keyType == u"rsa")
        arguments << QStringLiteral("rsa:2048");
    else
        arguments << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
                  << QStringLiteral("ec_paramgen_curve:prime256v1");
    arguments << QStringLiteral("-nodes") << QStringLiteral("-keyout")
              << dir.filePath(name + QStringLiteral(".key")) << QStringLiteral("-out")
              << dir.filePath(name + QStringLiteral(".crt")) << QStringLiteral("-days")
              << QStringLiteral("2") << QStringLiteral("-subj") << QStringLiteral("/CN=") + name;
    if (!issuer.isEmpty()) {
        arguments << QStringLiteral("-CA") << dir.filePath(issuer + QStringLiteral(".crt"))
                  << QStringLiteral("-CAkey") << dir.filePath(issuer + QStringLiteral(".key"))
                  << QStringLiteral("-addext") << QStringLiteral("basicConstraints=CA:FALSE")
                  << QStringLiteral("-addext") << QStringLiteral("extendedKeyUsage=clientAuth");
    } else {
        arguments << QStringLiteral("-addext")
                  << QStringLiteral("basicConstraints=critical,CA:TRUE");
    }
    return runOpenssl(arguments, error);
}

} // namespace OhMqttTest
