// Reconnect policy: the back-off after a lost connection, and which refusals are not retried.
#pragma once

#include <OhMqtt/mqttspec.h>

#include <chrono>

namespace OhMqtt::Reconnect {

using std::chrono::milliseconds;

// The delay doubles after each failed attempt: base × 2^attempt, up to 32 × base but no more than
// 60 s — unless base itself is longer, which is then used as it is.
inline constexpr int MaximumDoublings = 5; // 2^5 = 32
inline constexpr milliseconds MaximumBackOff {60'000};
// Each delay is spread by up to ±20 %, so that clients cut off together do not return together;
// the cap applies before the spread, so a delay can reach 1.2 × 60 s = 72 s.
inline constexpr double Jitter = 0.2;

OHMQTT_EXPORT milliseconds maximumDelay(milliseconds base) noexcept;

// The delay before reconnect attempt `attempt` (0 for the first after a loss), with `spread` in
// [-1, 1] scaling the jitter (0: none).
OHMQTT_EXPORT milliseconds delay(milliseconds base, int attempt, double spread) noexcept;

// A uniformly random spread in [-1, 1] for delay().
OHMQTT_EXPORT double randomSpread();

// False for the reasons a server gives when trying again cannot help: bad user name or password,
// not authorized, banned, unsupported protocol version, bad authentication method, client
// identifier not valid (CONNACK; MQTT 3.1.1 return codes 1, 2, 4 and 5 map to these), and session
// taken over (DISCONNECT: reconnecting would take the session back from the other client, which
// would do the same).
OHMQTT_EXPORT bool mayRetryAfter(ReasonCode reason) noexcept;

} // namespace OhMqtt::Reconnect
