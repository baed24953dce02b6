// What the tool suites start `ohmqtt` with: names unique to the run, and the broker arguments.
#pragma once

#include <QtCore/qcoreapplication.h>
#include <QtCore/qstringlist.h>

namespace OhMqttTest {

// "<stem>-<pid>-<n>": client ids and topics that no other run or test shares.
inline QString uniqueName(const QString &stem)
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3")
        .arg(stem)
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

// `command` against 127.0.0.1:`port` with -V `version`, then `more`.
inline QStringList arguments(const QString &command, quint16 port, const QString &version,
                             const QStringList &more)
{
    return QStringList {command,
                        QStringLiteral("-h"),
                        QStringLiteral("127.0.0.1"),
                        QStringLiteral("-p"),
                        QString::number(port),
                        QStringLiteral("-V"),
                        version} +
        more;
}

} // namespace OhMqttTest
