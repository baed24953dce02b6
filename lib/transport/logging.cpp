// Definition of the transport logging category; debug output is off by default.
#include "transport/logging.h"

namespace OhMqtt {

// QtInfoMsg: debug lines appear only when a rule asks for them (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcTransport, "ohmqtt.transport", QtInfoMsg)

} // namespace OhMqtt
