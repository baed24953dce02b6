// Reads a profile's PEM files (CA certificates, client certificate, its key) into the
// QSslConfiguration a secure connection uses.
#pragma once

#include "connection/connectionprofile.h"

#include <QtNetwork/qsslconfiguration.h>

#include <optional>

namespace OhMqttExplorer {

// Starts from QSslConfiguration::defaultConfiguration(): the CA file's certificates replace the
// system's; a client certificate needs its key and the key its certificate. tlsInsecure turns
// verification off (VerifyNone). nullopt with `*problem` naming the file field at fault.
std::optional<QSslConfiguration> tlsConfiguration(const ConnectionProfile &profile,
                                                  ProfileProblem *problem);

} // namespace OhMqttExplorer
