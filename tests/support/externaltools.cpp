// Finds the external programs on PATH and in the sbin directories; fails or skips without them.
#include "support/externaltools.h"

#include <OhMqttTest/mqtttestbroker.h>

namespace OhMqttTest {

QStringList systemToolDirectories()
{
    return {QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"),
            QStringLiteral("/sbin")};
}

QString findTool(const QString &name)
{
    return OhMqtt::MqttTestBroker::findTool(name);
}

QStringList brokerTools()
{
    return {QStringLiteral("mosquitto"), QStringLiteral("mosquitto_passwd"),
            QStringLiteral("mosquitto_pub"), QStringLiteral("mosquitto_sub"),
            QStringLiteral("openssl")};
}

bool skipAllowed()
{
    return qEnvironmentVariableIntValue("OHMQTT_ALLOW_SKIP") == 1;
}

QString missingTools(const QStringList &tools)
{
    QStringList missing;
    for (const QString &tool : tools) {
        if (findTool(tool).isEmpty())
            missing << tool;
    }
    if (missing.isEmpty())
        return {};
    const QString path = qEnvironmentVariable("PATH");
    return QStringLiteral("not found: %1 (looked on PATH=%2 and in %3). Install them "
                          "(scripts/setup-debian.sh), or set OHMQTT_ALLOW_SKIP=1 to skip the "
                          "tests that need them.")
        .arg(missing.join(QStringLiteral(", ")), path.isEmpty() ? QStringLiteral("(unset)") : path,
             systemToolDirectories().join(QStringLiteral(", ")));
}

bool checkTools(const QStringList &tools)
{
    const QString message = missingTools(tools);
    if (message.isEmpty())
        return true;
    if (skipAllowed())
        qInfo("%s (OHMQTT_ALLOW_SKIP=1): %s", SkipMarker, qPrintable(message));
    else
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    return false;
}

} // namespace OhMqttTest
