// Definitions of the protocol and client logging categories; debug output is off by default.
#include "connection/logging.h"

namespace OhMqtt {

// QtInfoMsg: debug lines appear only when a rule asks for them (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcPacket, "ohmqtt.packet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "ohmqtt.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "ohmqtt.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "ohmqtt.client", QtInfoMsg)

} // namespace OhMqtt
