// Waiting on what mosquitto logs, and failure messages with the end of its log, for CLI suites.
#pragma once

#include "cli/toolprocess.h"
#include "support/mosquittobroker.h"

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace OhMqttTest {

inline constexpr int ReadyTimeoutMs = 10'000;

// Waits until the broker's log contains `text`: it may write a line after the client exits.
bool logShows(const MosquittoBroker &broker, const QString &text);

// Waits until the broker's log shows `clientId` subscribed to each filter with `qos`, for a
// `subscriber` already started. Returns what went wrong, or nothing. (QVERIFY2 evaluates its
// message even on success, so the message must not have side effects such as ending the
// process.)
QString waitSubscribed(ToolProcess &subscriber, const MosquittoBroker &broker,
                       const QString &clientId, const QStringList &filters, int qos = 0);

// Starts `subscriber`, then waitSubscribed().
QString startSubscribed(ToolProcess &subscriber, const MosquittoBroker &broker,
                        const QString &clientId, const QStringList &filters, int qos = 0);

// How the tool ended, its output, and the end of the broker's log.
QString failure(const ToolResult &result, const MosquittoBroker &broker);

} // namespace OhMqttTest
