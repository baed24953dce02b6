// The external programs the test kit runs (mosquitto, mosquitto_passwd, openssl): where they are
// found and what to say when one is missing.
#pragma once

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace OhMqtt::TestKit {

// Searched after PATH: Debian installs mosquitto in /usr/sbin, not on an ordinary user's PATH.
QStringList systemToolDirectories();

// The absolute path of `name` (a program name, or a path that must be executable); empty when
// it is found neither on PATH nor in systemToolDirectories().
QString findTool(const QString &name);

// "<name> is not installed (looked on PATH=... and in ...): apt install <package>".
QString notInstalled(const QString &name, const QString &package);

// Runs `program arguments` to its end with a bounded wait; false when it fails, with `*output`
// holding what it printed (the caller names the command: arguments may hold a password).
bool runTool(const QString &program, const QStringList &arguments, QString *output);

} // namespace OhMqtt::TestKit
