// Logging categories of the protocol and client layers: ohmqtt.packet, .connection, .session,
// .client.
#pragma once

#include <QtCore/qloggingcategory.h>

namespace OhMqtt {

// Never log a password or authentication data, at any level: Packet's QDebug operator leaves
// them out, so log packets through it, never their bytes.
Q_DECLARE_LOGGING_CATEGORY(lcPacket) // every packet sent and received (debug)
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // state transitions, keepalive, reconnect, closing
Q_DECLARE_LOGGING_CATEGORY(lcSession) // requests queued, sent, acknowledged or failed
Q_DECLARE_LOGGING_CATEGORY(lcClient) // the public face: errors reported, threads, blocking calls

} // namespace OhMqtt
