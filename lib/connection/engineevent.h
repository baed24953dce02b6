// Engine events: what ProtocolEngine asks its caller to do (write, time, close) or tells it.
#pragma once

#include <OhMqtt/mqtterror.h>
#include <OhMqtt/packet/packet.h>

#include <QtCore/qbytearray.h>

#include <chrono>
#include <variant>
#include <vector>

namespace OhMqtt::Engine {

// The engine's timers; the caller runs one single-shot timer per kind. StartTimer comes often
// (KeepAlive on every write, PeerSilence on every read): the caller should only move a deadline
// and re-arm its timer lazily.
enum class Timer : quint8 {
    KeepAlive, // nothing sent for the Keep Alive interval: time for PINGREQ [MQTT-3.1.2-20]
    PeerSilence, // nothing received for the Keep Alive interval: ask the peer with PINGREQ
    PingResponse, // PINGREQ sent and no PINGRESP within half the interval: the peer is gone
};
inline constexpr int TimerCount = 3;

enum class State : quint8 {
    Idle, // no transport; start() begins a connection
    ConnectSent, // CONNECT written, waiting for CONNACK
    Connected, // CONNACK accepted the connection
    Closing, // the engine asked for Close and waits for closed()
};

// Write these bytes to the transport, in order. `packetId` is non-zero for packets that carry one.
struct SendBytes
{
    QByteArray bytes;
    PacketType packetType;
    quint16 packetId = 0;
};

// (Re)start the single-shot timer `timer` to fire after `interval`; timerFired() when it does.
struct StartTimer
{
    Timer timer;
    std::chrono::milliseconds interval;
};

struct StopTimer
{
    Timer timer;
};

// CONNACK accepted the connection.
struct Connected
{
    ConnAckPacket connAck;
};

// A packet from the server the caller may act on: PUBLISH (already acknowledged by the engine as
// its QoS requires), PUBACK, PUBREC with a failure code, PUBCOMP, SUBACK, UNSUBACK, DISCONNECT,
// AUTH.
struct PacketReceived
{
    Packet packet;
};

// send() refused the packet; it was not written and its packet identifier is released.
// The connection is unaffected.
struct SendRejected
{
    PacketType packetType;
    quint16 packetId = 0;
    MqttError error;
};

// A packet identifier the caller acquired is free again (its acknowledgement flow completed).
struct PacketIdReleased
{
    quint16 packetId;
};

// The connection is ending because of `error`; Close follows.
struct ConnectionFailed
{
    MqttError error;
};

// Close the transport after the bytes already requested are written, or at once when `abort`
// (the peer stopped answering: waiting for it to take our bytes could take forever); then call
// closed().
struct Close
{
    bool abort = false;
};

// closed() was called: the connection is over. `reason` is the DISCONNECT reason code sent or
// received, the failure's code, or UnspecifiedError when the transport closed unasked.
struct Disconnected
{
    ReasonCode reason;
};

// CONNACK said the server kept no session (Session Present 0), so the QoS 1 and 2 PUBLISH
// packets still unacknowledged from earlier connections will not be resent: the caller decides
// what becomes of them. In the order they were first sent; their identifiers are free again.
struct SessionDiscarded
{
    struct Publish
    {
        PublishPacket packet; // as first sent, with the full topic and no Topic Alias
        bool received = false; // QoS 2 past PUBREC: the server had taken the message over
    };
    std::vector<Publish> publishes;
};

// Session state the caller keeps in a session store, reported only when asked for
// (ProtocolEngine::setReportsSessionChanges()). The bytes of the same batch depend on it: the
// caller stores it before it writes them or acts on the batch's packets — the PUBREC that tells
// the server a QoS 2 message is ours, the PUBREL after which the server forgets the message
// (MQTT 4.3.3).
struct SessionChanged
{
    enum class Change : quint8 {
        InboundAwaitingRelease, // an inbound QoS 2 PUBLISH, new: PUBREC follows
        InboundReleased, // its PUBREL came: PUBCOMP follows
        InboundCleared, // no session: every inbound identifier is forgotten
        OutboundReleased, // our QoS 2 PUBLISH got PUBREC: PUBREL follows
    };
    Change change;
    quint16 packetId = 0;
};

using Event = std::variant<SendBytes, StartTimer, StopTimer, Connected, PacketReceived,
                           SendRejected, PacketIdReleased, ConnectionFailed, Close, Disconnected,
                           SessionDiscarded, SessionChanged>;
using Events = std::vector<Event>;

} // namespace OhMqtt::Engine
