// Logging categories of the connection and client layers (ohmqtt.connection, ohmqtt.client).
#pragma once

#include <QtCore/qloggingcategory.h>

namespace OhMqtt {

Q_DECLARE_LOGGING_CATEGORY(lcConnection)
Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace OhMqtt
