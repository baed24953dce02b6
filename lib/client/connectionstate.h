// The connection's state machine: the one table of the MqttClient::State changes allowed.
#pragma once

#include <OhMqtt/mqttclient.h>

#include <array>
#include <initializer_list>

namespace OhMqtt::ConnectionState {

using State = MqttClient::State;

inline constexpr int StateCount = int(State::Shutdown) + 1;

constexpr quint16 setOf(std::initializer_list<State> states) noexcept
{
    quint16 bits = 0;
    for (const State state : states)
        bits |= quint16(1u << int(state));
    return bits;
}

// Row `from`: the states `from` may change to. As in h11's state tables, a change that is not
// here is a bug in the client: setState() logs it and asserts in debug builds.
//
//   Closed ──connectToBroker()──▶ Connecting ─▶ [TlsHandshake] ─▶ [WebSocketHandshake]
//      ▲                              │                 ─▶ ConnectSent ─CONNACK─▶ Connected
//      │                              └── any failure, timeout or request to close ──▶ Closing
//   Closing ─▶ Closed | ReconnectWait (an unexpected loss, reconnectDelay > 0) | Shutdown
//   ReconnectWait ─▶ Connecting (the delay passed) | Closed | Shutdown;   Shutdown is final.
inline constexpr std::array<quint16, StateCount> Transitions = [] {
    std::array<quint16, StateCount> table {};
    table[int(State::Closed)] = setOf({State::Connecting, State::Shutdown});
    table[int(State::Connecting)] =
        setOf({State::TlsHandshake, State::WebSocketHandshake, State::ConnectSent, State::Closing});
    table[int(State::TlsHandshake)] =
        setOf({State::WebSocketHandshake, State::ConnectSent, State::Closing});
    table[int(State::WebSocketHandshake)] = setOf({State::ConnectSent, State::Closing});
    table[int(State::ConnectSent)] = setOf({State::Connected, State::Closing});
    table[int(State::Connected)] = setOf({State::Closing});
    table[int(State::ReconnectWait)] = setOf({State::Connecting, State::Closed, State::Shutdown});
    table[int(State::Closing)] = setOf({State::Closed, State::ReconnectWait, State::Shutdown});
    table[int(State::Shutdown)] = 0;
    return table;
}();

constexpr bool isAllowed(State from, State to) noexcept
{
    return (Transitions[int(from)] >> int(to)) & 1u;
}

// Is there a connection (or an attempt at one) that Closing must end?
constexpr bool hasTransport(State state) noexcept
{
    return state == State::Connecting || state == State::TlsHandshake ||
        state == State::WebSocketHandshake || state == State::ConnectSent ||
        state == State::Connected;
}

// Settled: nothing happens until the caller asks (Closed, Shutdown).
constexpr bool isSettled(State state) noexcept
{
    return state == State::Closed || state == State::Shutdown;
}

static_assert(Transitions[int(State::Shutdown)] == 0, "Shutdown is final");
static_assert(!isAllowed(State::Closed, State::Connected), "CONNACK comes after CONNECT");
static_assert(!isAllowed(State::Connected, State::Closed), "an end goes through Closing");
static_assert(!isAllowed(State::Connected, State::ReconnectWait), "via Closing");
static_assert(isAllowed(State::ReconnectWait, State::Connecting), "the delay passed");
static_assert(
    [] {
        for (int from = 0; from < StateCount; ++from) {
            if (isAllowed(State(from), State(from)))
                return false;
            // Every state with a transport can be ended.
            if (hasTransport(State(from)) && !isAllowed(State(from), State::Closing))
                return false;
        }
        return true;
    }(),
    "no state changes to itself, and every connection can be closed");

// "ConnectSent", for logs and messages.
QString name(State state);

} // namespace OhMqtt::ConnectionState
