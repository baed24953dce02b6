// The crash suite's child: a client with a session database that the suite kills with SIGKILL.
#pragma once

#include <QtCore/qstringlist.h>

namespace CrashChild {

inline constexpr char Flag[] = "--crash-child";

// Arguments: mode url clientId database qos first durability ("durable" or "fast")
//   publish: publishes "first", "first + 1", ... on crash/<n> at `qos`, at most 50 unacknowledged
//            at a time, and prints "stored <n>" once each handle says the message is stored.
//   drain:   connects and publishes nothing: what the database kept goes out.
//   subscribe: subscribes to crash/# at QoS 2, prints "subscribed" once the broker granted it, and
//            "got <payload>" for each message.
// Every mode prints "ready" once connected, and runs until killed.
int run(const QStringList &arguments);

} // namespace CrashChild
