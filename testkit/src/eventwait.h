// spinUntil: the kit's one way of waiting, on the event loop and without sleeping.
#pragma once

#include <functional>

class QEventLoop;

namespace OhMqtt::TestKit {

// Spins a local event loop until `condition` holds (true) or `timeoutMsecs` pass (false).
// `connectWakeUps` connects the signals that may change the condition to the loop's quit(), so
// the wait ends as soon as it holds.
bool spinUntil(const std::function<bool()> &condition, int timeoutMsecs,
               const std::function<void(QEventLoop *loop)> &connectWakeUps);

} // namespace OhMqtt::TestKit
