// Finds the external programs on PATH and in the sbin directories, and runs them to their end.
#include "tools.h"

#include <QtCore/qfileinfo.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstandardpaths.h>

namespace OhMqtt::TestKit {

namespace {

constexpr int ToolTimeoutMs = 30'000; // openssl making an RSA key on a slow machine

} // namespace

QStringList systemToolDirectories()
{
    return {QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"),
            QStringLiteral("/sbin")};
}

QString findTool(const QString &name)
{
    if (name.contains(u'/')) {
        const QFileInfo file(name);
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(name, systemToolDirectories())
                            : onPath;
}

QString notInstalled(const QString &name, const QString &package)
{
    const QString path = qEnvironmentVariable("PATH");
    return QStringLiteral("%1 is not installed (looked on PATH=%2 and in %3): apt install %4")
        .arg(name, path.isEmpty() ? QStringLiteral("(empty)") : path,
             systemToolDirectories().join(QStringLiteral(", ")), package);
}

bool runTool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished =
        process.waitForStarted(ToolTimeoutMs) && process.waitForFinished(ToolTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    *output = finished ? QString::fromUtf8(process.readAll())
                       : QStringLiteral("did not finish within %1 ms").arg(ToolTimeoutMs);
    return false;
}

} // namespace OhMqtt::TestKit
