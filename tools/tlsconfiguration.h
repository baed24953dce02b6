// The QSslConfiguration that --cafile, --capath, --cert, --key and --tls-version describe.
#pragma once

#include "options.h"

#include <QtNetwork/qsslconfiguration.h>

#include <optional>

namespace OhMqtt::Cli {

// Starts from QSslConfiguration::defaultConfiguration(). As mosquitto: CA certificates from
// --cafile and --capath replace the system's; without them the system's are trusted. The
// broker's certificate is always verified (--insecure is a tlsIgnoredErrors matter, see
// connectoptions.h). Reads the files now: nullopt with `*error` naming the file that is
// missing or holds no usable certificate or key.
std::optional<QSslConfiguration> tlsConfiguration(const TlsOptions &tls, QString *error);

} // namespace OhMqtt::Cli
