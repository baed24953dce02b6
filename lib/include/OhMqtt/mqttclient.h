// MqttClient: an MQTT 5.0 / 3.1.1 client on the Qt event loop, the library's main class.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>
#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/mqttmessage.h>
#include <OhMqtt/mqttsubscribeoptions.h>
#include <OhMqtt/packet/authpacket.h>
#include <OhMqtt/packet/connackpacket.h>
#include <OhMqtt/packet/disconnectpacket.h>

#include <QtCore/qobject.h>

#include <functional>
#include <memory>

namespace OhMqtt {

class MqttAuthenticator;
class MqttClientPrivate;

// Requests made while the client is connecting (or waiting to reconnect) are queued and sent after
// CONNACK; requests made while it is closed fail their handle. Errors of the connection go to
// errorOccurred() and lastError(); errors of one request go to its handle.
//
// Life: Closed → Connecting → [TlsHandshake] → [WebSocketHandshake] → ConnectSent → Connected →
// Closing → Closed; with reconnectDelay, an unexpected loss goes Closing → ReconnectWait →
// Connecting... (the back-off is in MqttConnectOptions). stateChanged() reports every change;
// ohmqtt.connection logs them (debug).
//
// Threads: the client lives in one thread (where it was made, or its own after startLoop()), and
// does all its work and emits all its signals there; receivers get them by Qt's usual connection
// rules (queued into a receiver's thread). Every public function may be called from any thread:
// state(), isConnected(), connAck(), clientId(), connectOptions() and lastError() read a
// snapshot under a lock; the others are carried out in the client's thread, in the order each
// thread called them, without waiting for it (connectToBroker() checks the address and options
// first, in the caller's thread, and throws there). The waitFor* and loop* helpers wait on a
// condition when called from another thread, and run a local event loop in the client's own.
class OHMQTT_EXPORT MqttClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Closed, // no connection; connectToBroker() starts one
        Connecting, // opening the transport
        TlsHandshake,
        WebSocketHandshake,
        ConnectSent, // CONNECT written, waiting for CONNACK
        Connected,
        ReconnectWait,
        Closing, // DISCONNECT sent or an error ends the connection; the transport is closing
        Shutdown, // final: shutdown() was called
    };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    // Starts connecting. Throws MqttError before any I/O when the address or options are invalid
    // (or unsupported), or when the client is not Closed.
    void connectToBroker(const MqttConnectOptions &options);
    // Sends DISCONNECT (MQTT 5.0: with this reason code and properties, e.g. a Session Expiry
    // Interval (MQTT 3.14.2.2.2) or Disconnect with Will Message) and closes; stops reconnecting.
    void disconnectFromBroker(ReasonCode reasonCode = NormalDisconnection,
                              const DisconnectProperties &properties = {});
    // Disconnects for good: the state ends as Shutdown and the client takes no more requests.
    void shutdown();

    bool isConnected() const noexcept;
    State state() const noexcept;
    MqttConnectOptions connectOptions() const;
    // The last CONNACK received, accepted or not: reason code, Session Present and the broker's
    // properties (Receive Maximum, Maximum QoS, Retain Available, Maximum Packet Size, Topic
    // Alias Maximum, Server Keep Alive, wildcard / subscription identifier / shared subscription
    // availability, Response Information, Server Reference, Reason String, User Properties).
    // The client honours the limits among them.
    ConnAckPacket connAck() const;
    // The client identifier in use: the broker's Assigned Client Identifier when it gave one
    // (MQTT 5.0, [MQTT-3.2.2-16]; reconnects then use it), else connectOptions().clientId.
    QString clientId() const;
    MqttError lastError() const;

    // Requests; the handle is never null (for its ownership, see mqtthandles.h).
    MqttPublishHandlePtr publish(const QString &topic, const QByteArray &payload, QoS qos = QoS::Q0,
                                 bool retain = false, const PublishProperties &properties = {});
    // `callback`, if any, gets every message matching `topicFilter`, alongside messageReceived().
    // Subscribing to the same filter (and share name) again replaces the callback.
    MqttSubscribeHandlePtr subscribe(const QString &topicFilter,
                                     const MqttSubscribeOptions &options = {},
                                     std::function<void(const MqttMessage &)> callback = {});
    // Removes the filter's callback at once and asks the broker to remove the subscription.
    MqttUnsubscribeHandlePtr unsubscribe(const QString &topicFilter, const QString &shareName = {});

    // Blocking use, as with Qt's sockets: wait until the state is reached or `msecs` pass
    // (-1: no limit); false when it was not reached, and lastError() says why. In the client's
    // thread they run a local event loop; in any other thread they wait on a condition.
    // Connected; false early when the attempt ends in Closed or Shutdown (ReconnectWait waits on).
    bool waitForConnected(int msecs = 30'000);
    // Closed, ReconnectWait or Shutdown: no connection.
    bool waitForDisconnected(int msecs = 30'000);
    bool waitForShutdown(int msecs = 30'000);

    // For code without an event loop of its own (the reference's loop_* calls).
    // Processes the events of the client's thread once, waiting up to `maxWaitMsecs` for one
    // (0: only what is pending; -1: until one comes). From another thread: waits up to
    // `maxWaitMsecs` for the client's next state change. False once the client is Shutdown.
    bool loopOnce(int maxWaitMsecs = 0);
    // Runs until shutdown().
    void loopForever();
    // Runs until Connected (true), the attempt ends (false) or `msecs` pass (false).
    bool loopUntilConnected(int msecs = -1);

    // Moves the client, with its I/O and timers, to a QThread of its own and starts it (the
    // reference's start_loop()). Call it in the client's current thread; a client with a QObject
    // parent cannot move. Nothing else changes: every call is still allowed from any thread.
    // The thread ends when the client is destroyed (from any thread, or by deleteLater()).
    void startLoop();
    bool isLoopRunning() const;

    // Enhanced authentication, MQTT 5.0 only. With an authenticator set, every CONNECT carries
    // its method and initial data, and the client answers the broker's AUTH and checks its
    // final data by itself, in the client's thread. Not owned: it must outlive the client or be
    // unset (null).
    void setAuthenticator(MqttAuthenticator *authenticator);
    MqttAuthenticator *authenticator() const;
    // Sends AUTH: Re-authenticate (0x19) once connected, or Continue authentication (0x18) to
    // answer authReceived() without an authenticator. CONNECT's Authentication Method is filled
    // in, and for 0x19 without data the authenticator's initial data. An AUTH that may not be
    // sent now goes to errorOccurred() and lastError(); the connection is unaffected.
    void auth(const AuthProperties &properties = {},
              ReasonCode reasonCode = ReasonCode::ReAuthenticate);

Q_SIGNALS:
    void stateChanged(OhMqtt::MqttClient::State state);
    void connected(const OhMqtt::ConnAckPacket &connAck);
    // A connection that reached Connected has ended (by either side or by an error).
    void disconnected();
    void messageReceived(const OhMqtt::MqttMessage &message);
    void brokerDisconnected(const OhMqtt::DisconnectPacket &disconnect);
    void errorOccurred(const OhMqtt::MqttError &error);
    // The broker's AUTH: Continue authentication, or Success ending a re-authentication.
    void authReceived(const OhMqtt::AuthPacket &packet);

private:
    Q_DECLARE_PRIVATE(MqttClient)
    Q_DISABLE_COPY_MOVE(MqttClient)
    std::unique_ptr<MqttClientPrivate> d_ptr;
};

} // namespace OhMqtt
