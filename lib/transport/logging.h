// Logging category of the transport layer (ohmqtt.transport): sockets, TLS and WebSocket
// handshakes.
#pragma once

#include <QtCore/qloggingcategory.h>

namespace OhMqtt {

Q_DECLARE_LOGGING_CATEGORY(lcTransport)

} // namespace OhMqtt
