// The system keychain as a SecretStore, through QtKeychain (the Secret Service on Linux,
// Keychain on macOS, the Credential Store on Windows).
#pragma once

#include "connection/secretstore.h"

#include <memory>

namespace OhMqttExplorer {

// The system keychain, its entries under `service`; null when the explorer was built without
// QtKeychain (OHMQTT_HAVE_KEYCHAIN). Whether a keychain actually works shows at the first call:
// without a running secret service every call fails.
std::unique_ptr<SecretStore>
createSystemKeychain(const QString &service = QStringLiteral("OhMqtt Explorer"));

} // namespace OhMqttExplorer
