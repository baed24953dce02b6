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

milliseconds maximumDelay(milliseconds base) noexcept;

// The delay before reconnect attempt `attempt` (0 for the first after a loss), with `spread` in
// [-1, 1] scaling the jitter (0: none).
milliseconds delay(milliseconds base, int attempt, double spread) noexcept;

// A uniformly random spread in [-1, 1] for delay().
double randomSpread();

// After a CONNACK that refused the connection (MQTT 5.0 3.2.2.2; the MQTT 3.1.1 return codes 1 to
// 5 map to 0x84, 0x85, 0x88, 0x86 and 0x87). False when the reason lies in the CONNECT itself or
// in who sends it, so that sending the same CONNECT again gets the same answer: malformed or
// against the protocol (0x81, 0x82), protocol version, client identifier, credentials,
// authorization, ban, authentication method (0x84 to 0x87, 0x8A, 0x8C), the Will's topic,
// payload format, Retain or QoS (0x90, 0x99, 0x9A, 0x9B), the packet's size (0x95), and a server
// that moved for good (0x9D). True for the server's own state, which can change: unspecified or
// implementation specific errors, unavailable, busy, quota, use another server for now,
// connection rate (0x80, 0x83, 0x88, 0x89, 0x97, 0x9C, 0x9F).
bool mayRetryAfterRefusal(ReasonCode connAckReason) noexcept;

// After any end of a connection: `reason` is the DISCONNECT reason code sent or received, the
// CONNACK's, or the code of the failure. False for the reasons that concern who the client is or
// where the server is (0x84 to 0x87, 0x8A, 0x8C, 0x9D, as above), and for session taken over
// (0x8E): reconnecting would take the session back from the other client, which would do the
// same. True for the rest, e.g. a Malformed Packet the client found in what the server sent.
bool mayRetryAfter(ReasonCode reason) noexcept;

} // namespace OhMqtt::Reconnect
