// The mosquitto_pub/mosquitto_sub options that ohmqtt recognises but does not implement yet.
#pragma once

#include "options.h"

#include <QtCore/qstringview.h>

namespace OhMqtt::Cli {

// True when mosquitto's client for `command` accepts `argument` (e.g. "-u", "--cafile") and
// ohmqtt does not implement it yet. Such an option must be refused by name, never ignored.
// Options of the other client ("-v" for pub) are unknown, as in mosquitto.
bool isUnsupportedOption(Command command, QStringView argument);

} // namespace OhMqtt::Cli
