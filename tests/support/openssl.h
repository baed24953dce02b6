// runOpenssl: the openssl command-line tool, for fixtures and suites that make keys and
// certificates.
#pragma once

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace OhMqttTest {

// Runs `openssl <arguments>` to its end; false with `*error` holding its output when it fails
// or is not installed. A missing openssl also fails the current test, as checkTools() does.
bool runOpenssl(const QStringList &arguments, QString *error);

// A certificate and its unencrypted PKCS#8 key in `directory`: `<name>.crt`, `<name>.key`.
// `keyType` is "ec" (P-256) or "rsa" (2048 bits). Without `issuer` it is a CA certificate; with
// one (a name made by an earlier call) it is a client certificate signed by that CA.
bool makeCertificate(const QString &directory, const QString &name, const QString &keyType,
                     const QString &issuer, QString *error);

} // namespace OhMqttTest
