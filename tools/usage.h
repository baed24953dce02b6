// Usage texts of `ohmqtt`, `ohmqtt pub` and `ohmqtt sub` for --help and usage errors.
#pragma once

#include "options.h"

#include <QtCore/qstring.h>

namespace OhMqtt::Cli {

QString toolUsage(); // the subcommands
QString commandUsage(Command command); // the options of one subcommand
QString usageHint(Command command); // "Use 'ohmqtt pub --help' to see usage."

} // namespace OhMqtt::Cli
