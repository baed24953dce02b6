// MqttClient: an MQTT 5.0 / 3.1.1 client on the Qt event loop, the library's main class.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>
#include <OhMqtt/mqttconnectresult.h>
#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/mqttinflightmessage.h>
#include <OhMqtt/mqttmessage.h>
#include <OhMqtt/mqttrequesthandle.h>
#include <OhMqtt/mqttsqlitesessionstore.h>
#include <OhMqtt/mqttsubscribeoptions.h>
#include <OhMqtt/mqttsubscription.h>
#include <OhMqtt/packet/authpacket.h>
#include <OhMqtt/packet/disconnectpacket.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qobject.h>

#include <functional>
#include <memory>

namespace OhMqtt {

class MqttAuthenticator;
class MqttClientPrivate;
class Transport;

/// An MQTT 5.0 and 3.1.1 client: connects to one broker, publishes, subscribes, and keeps the
/// session, on the Qt event loop of its thread.
///
/// Requests made without a connection (closed, connecting, waiting to reconnect) are queued and
/// sent after the next CONNACK; only after shutdown() do they fail their handle.
///
/// Errors, as in Qt's own classes: no exception leaves the client. A call that cannot be carried
/// out returns false (connectToBroker(), startLoop(), the waits), or a handle that fails; the
/// connection's errors go to errorOccurred() and lastError(), whose message names the field or
/// rule at fault and whose reason code says what kind of problem it is.
///
/// Life: Closed → Connecting → [TlsHandshake] → [WebSocketHandshake] → ConnectSent → Connected →
/// Closing → Closed; with reconnectDelay, an unexpected loss goes Closing → ReconnectWait →
/// Connecting... (the back-off is in MqttConnectOptions). stateChanged() reports every change;
/// ohmqtt.connection logs them (debug).
///
/// Threads: the client lives in one thread (where it was made, or its own after startLoop()), and
/// does all its work and emits all its signals there; receivers get them by Qt's usual connection
/// rules (queued into a receiver's thread). Every public function may be called from any thread:
/// the getters read a snapshot under a lock; the other calls are carried out in the client's
/// thread, in the order each thread made them, without waiting for it (connectToBroker() checks
/// the address and options first, in the caller's thread). The waitFor* and loop* helpers wait on
/// a condition when called from another thread, and run a local event loop in the client's own
/// (in a GUI thread, the interface stays live and other slots run meanwhile).
class OHMQTT_EXPORT MqttClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
    Q_PROPERTY(QString clientId READ clientId NOTIFY clientIdChanged)
    Q_PROPERTY(OhMqtt::MqttError lastError READ lastError NOTIFY errorOccurred)
    Q_PROPERTY(OhMqtt::MqttConnectOptions connectOptions READ connectOptions WRITE setConnectOptions
                   NOTIFY connectOptionsChanged)
    Q_PROPERTY(
        OhMqtt::MqttConnectResult connectResult READ connectResult NOTIFY connectResultChanged)
    Q_PROPERTY(int maximumQueuedMessages READ maximumQueuedMessages WRITE setMaximumQueuedMessages
                   NOTIFY queueLimitsChanged)
    Q_PROPERTY(qint64 maximumQueuedBytes READ maximumQueuedBytes WRITE setMaximumQueuedBytes NOTIFY
                   queueLimitsChanged)

public:
    /// Where the connection stands; see the class description for the order.
    enum class State {
        Closed, ///< no connection; connectToBroker() starts one
        Connecting, ///< opening the transport
        TlsHandshake, ///< mqtts:// and wss://: the TLS handshake
        WebSocketHandshake, ///< ws:// and wss://: the HTTP upgrade
        ConnectSent, ///< CONNECT written, waiting for CONNACK
        Connected, ///< CONNACK accepted the connection
        ReconnectWait, ///< waiting for the next attempt (reconnectDelay)
        Closing, ///< DISCONNECT sent or an error ends the connection; the transport is closing
        Shutdown, ///< final: shutdown() was called
    };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr); ///< Closed, with default options
    /// Fails what is still pending ("the client was destroyed") and drops the connection without
    /// DISCONNECT, so the broker publishes the Will; a session store keeps what it holds.
    ~MqttClient() override;

    ///@{
    /// The options the next connectToBroker() uses. Set while Closed; at other times they are
    /// kept for the next connection.
    MqttConnectOptions connectOptions() const;
    void setConnectOptions(const MqttConnectOptions &options);
    ///@}

    ///@{
    /// Starts connecting with connectOptions(), or with `options` (which then become
    /// connectOptions()). False, before any I/O and with lastError() and errorOccurred() saying
    /// why, when the address or options are invalid (or unsupported) or the client is not Closed.
    Q_INVOKABLE bool connectToBroker();
    bool connectToBroker(const MqttConnectOptions &options);
    /// Sends DISCONNECT (MQTT 5.0: with this reason code and properties, e.g. a Session Expiry
    /// Interval (MQTT 3.14.2.2.2) or Disconnect with Will Message) and closes; stops reconnecting.
    /// A Reason String, then User Properties, that the broker's Maximum Packet Size has no room
    /// for are left out (MQTT 3.14.2.2).
    Q_INVOKABLE void disconnectFromBroker(OhMqtt::ReasonCode reasonCode = NormalDisconnection,
                                          const OhMqtt::DisconnectProperties &properties = {});
    /// Disconnects for good: the state ends as Shutdown and the client takes no more requests.
    Q_INVOKABLE void shutdown();
    ///@}

    bool isConnected() const noexcept; ///< state() is Connected
    State state() const noexcept; ///< stateChanged() reports each change
    /// The last CONNACK received, accepted or not: reason code, Session Present and the broker's
    /// limits and capabilities (null before the first one). The client honours the limits.
    MqttConnectResult connectResult() const;
    /// The client identifier in use: the broker's Assigned Client Identifier when it gave one
    /// (MQTT 5.0, [MQTT-3.2.2-16]; reconnects then use it), else connectOptions().clientId().
    QString clientId() const;
    /// The last error, the connection's or a refused call's; errorOccurred() reports each one.
    MqttError lastError() const;

    ///@{
    /// The offline queue: PUBLISH requests made without a connection wait for the next one, up to
    /// this many messages and this many payload bytes (-1: no limit; 0: none wait). Past either
    /// limit publish() returns a handle failed with QuotaExceeded. 10,000 messages and 64 MiB by
    /// default. While connected, requests beyond the broker's Receive Maximum wait without a
    /// limit: the broker's acknowledgements pace them.
    int maximumQueuedMessages() const;
    void setMaximumQueuedMessages(int messages);
    qint64 maximumQueuedBytes() const;
    void setMaximumQueuedBytes(qint64 bytes);
    ///@}

    ///@{
    /// Session persistence (MQTT 4.1). The session — QoS 1 and 2 messages handed over and not yet
    /// acknowledged, in order, with their packet identifiers and QoS 2 stage, and the inbound
    /// QoS 2 packet identifiers awaiting PUBREL — lives by default in the client's memory: it
    /// survives lost connections, not the process. With a session database (an SQLite file) or a
    /// store of the application's own, it survives what the store promises (see
    /// MqttSqliteSessionStore::Durability): a client made again with the same file and client
    /// identifier resends what was not acknowledged and delivers no inbound QoS 2 message twice.
    /// Each message is committed before its PUBLISH leaves (MqttPublishHandle::stored()); an
    /// inbound QoS 2 identifier before its PUBREC leaves and before the message is delivered.
    /// Writes are batched: one transaction per turn of the event loop.
    /// The store opens at connectToBroker() for connectOptions().clientId(), which must not be
    /// empty; a store that fails to open (another client id's file, a damaged file, one in use
    /// by a running client) fails the connection with lastError() saying why. Set while Closed,
    /// with no sent message awaiting acknowledgement; an empty path (null store) goes back to
    /// memory. The SQLite store is made and used in the client's thread.
    void setSessionDatabase(const QString &filePath,
                            MqttSqliteSessionStore::Durability durability =
                                MqttSqliteSessionStore::Durability::Durable);
    QString sessionDatabase() const;
    /// Not owned: it must outlive the client, and be used only through it from then on.
    void setSessionStore(MqttSessionStore *store);
    ///@}

    /// Requests; the handle is never null (for its ownership, see mqtthandles.h). They are taken
    /// in every state but Shutdown: without a connection they wait for the next one (see the
    /// offline queue above), and QoS 1 and 2 PUBLISH not yet acknowledged when a connection ends
    /// go out again on the next (MQTT 4.4). Only shutdown() and the client's destruction fail
    /// what is still pending.
    /// `aliasPolicy` lets the client use a Topic Alias for the topic (MQTT 5.0; see AliasPolicy):
    /// Always fails the handle with TopicAliasInvalid once the broker's maximum is reached.
    Q_INVOKABLE OhMqtt::MqttPublishHandlePtr
    publish(const QString &topic, const QByteArray &payload, OhMqtt::QoS qos = QoS::Q0,
            bool retain = false, const OhMqtt::PublishProperties &properties = {},
            OhMqtt::AliasPolicy aliasPolicy = AliasPolicy::Never);
    /// Publishes as publish() does, but returns no handle: nothing is made to follow the message
    /// by, so a stream of fire-and-forget messages costs the least (QProcess::startDetached() is
    /// the model). The delivery guarantees of its QoS are the same: QoS 1 and 2 wait in the
    /// offline queue, are resent and persist in the session store like any PUBLISH. False when
    /// it is refused at once — an invalid topic or QoS, or a client that was shut down — and true
    /// when it was taken (from another thread: handed over). A failure, then or later (the
    /// offline queue full, a message lost with a session the broker did not keep), is reported
    /// by errorOccurred(), once per message; nothing is reported once the client is shut down.
    bool publishDetached(const QString &topic, const QByteArray &payload, QoS qos = QoS::Q0,
                         bool retain = false, const PublishProperties &properties = {},
                         AliasPolicy aliasPolicy = AliasPolicy::Never);
    /// A live subscription (see mqttsubscription.h): Pending until the broker grants it,
    /// messageReceived() for each message it matches, unsubscribe(); the client holds it while it
    /// is Pending or Subscribed. Subscribing to the same filter with the same share name again
    /// reconfigures: the new subscription takes the filter over, and the earlier one ends
    /// (Unsubscribed, or Error with MqttError::Kind::Reconfigured while still Pending).
    Q_INVOKABLE OhMqtt::MqttSubscriptionPtr
    subscribe(const QString &topicFilter, const OhMqtt::MqttSubscribeOptions &options = {});
    /// The same, and `callback` gets every message the subscription gets, before its
    /// messageReceived().
    MqttSubscriptionPtr subscribe(const QString &topicFilter, const MqttSubscribeOptions &options,
                                  std::function<void(const MqttMessage &)> callback);
    /// Ends the client's subscription to the filter (and share name) at once — it is
    /// Unsubscribed, and receives nothing more — and asks the broker to remove it. A filter the
    /// client has no subscription to, granted or pending, fails the handle with
    /// MqttError::Kind::NoMatchingSubscription (ReasonCode::NoSubscriptionExisted), and nothing
    /// is sent: also one that the broker keeps in a session from an earlier client.
    Q_INVOKABLE OhMqtt::MqttUnsubscribeHandlePtr unsubscribe(const QString &topicFilter,
                                                             const QString &shareName = {});

    /// Request / response (MQTT 5.0 4.10). Publishes `payload` to `topic` with the client's
    /// Response Topic and a Correlation Data of its own (or the one in `properties`), subscribing
    /// to the response topic first, once per client (and again after a session is lost). The
    /// handle completes with the first message on the response topic carrying that Correlation
    /// Data, or fails when the request cannot be published, the subscription is refused, or
    /// `timeoutMsecs` pass (-1: never). Responses are not reported by messageReceived(). The
    /// response topic lies under the broker's Response Information when CONNACK gave one (ask
    /// for it with CONNECT's Request Response Information), else under "ohmqtt/responses/<client
    /// id>/"; it is unique to this client object. MQTT 3.1.1 has neither property: the handle
    /// fails.
    Q_INVOKABLE OhMqtt::MqttRequestHandlePtr
    request(const QString &topic, const QByteArray &payload, OhMqtt::QoS qos = QoS::Q1,
            int timeoutMsecs = 30'000, const OhMqtt::PublishProperties &properties = {});
    /// Answers a request received: publishes `payload` to its Response Topic with its Correlation
    /// Data. The handle fails when the request has no Response Topic.
    Q_INVOKABLE OhMqtt::MqttPublishHandlePtr
    respond(const OhMqtt::MqttMessage &request, const QByteArray &payload,
            OhMqtt::QoS qos = QoS::Q1, const OhMqtt::PublishProperties &properties = {});
    /// The topic responses to request() come to; empty before the first request().
    QString responseTopic() const;

    /// The in-flight queue, now: outbound QoS 1 and 2 PUBLISH sent and not yet acknowledged (the
    /// session, in the order first sent), then every PUBLISH waiting to go out (the offline queue
    /// and what the broker's Receive Maximum holds back, QoS 0 too, in the order they will go),
    /// then inbound QoS 2 messages awaiting PUBREL (in the order received). A QoS 0 PUBLISH leaves
    /// once written. A snapshot, made in the client's thread: from another thread the call waits
    /// for that thread to make it (do not call it there while the client's thread waits for
    /// yours). MqttInflightModel shows it in a view.
    Q_INVOKABLE QList<OhMqtt::MqttInflightMessage> inflightMessages() const;

    ///@{
    /// Blocking use, as with Qt's sockets: wait until the state is reached or the time runs out
    /// (`msecs` -1: no limit); false when it was not reached, and lastError() says why.
    /// Connected; false early when the attempt ends in Closed or Shutdown (ReconnectWait waits on).
    bool waitForConnected(int msecs = 30'000);
    bool waitForConnected(QDeadlineTimer deadline);
    /// Closed, ReconnectWait or Shutdown: no connection.
    bool waitForDisconnected(int msecs = 30'000);
    bool waitForDisconnected(QDeadlineTimer deadline);
    bool waitForShutdown(int msecs = 30'000);
    bool waitForShutdown(QDeadlineTimer deadline);
    ///@}

    /// For code without an event loop of its own (the reference's loop_* calls).
    /// Processes the events of the client's thread once, waiting up to `maxWaitMsecs` for one
    /// (0: only what is pending; -1: until one comes). From another thread: waits up to
    /// `maxWaitMsecs` for the client's next state change. False once the client is Shutdown.
    bool loopOnce(int maxWaitMsecs = 0);
    /// Runs until shutdown().
    void loopForever();
    /// Runs until Connected (true), the attempt ends (false) or `msecs` pass (false).
    bool loopUntilConnected(int msecs = -1);

    ///@{
    /// Moves the client, with its I/O and timers, to a QThread of its own and starts it (the
    /// reference's start_loop()). Call it in the client's current thread; a client with a QObject
    /// parent cannot move (false, and lastError() says so). Nothing else changes: every call is
    /// still allowed from any thread. The thread ends when the client is destroyed (from any
    /// thread, or by deleteLater()).
    bool startLoop();
    bool isLoopRunning() const;
    ///@}

    ///@{
    /// For tests of code that uses the client: the next connection attempt (a reconnect too)
    /// runs over `device` instead of the address's transport (like QMqttClient::setTransport).
    /// The device must be open for reading and writing when connectToBroker() is called; the
    /// client takes the bytes it reads as the broker's and writes its packets to it (a QBuffer
    /// pair, a QLocalSocket, a QTcpSocket to a scripted broker...). Not owned.
    /// connectOptions().address must still be valid; it names the connection. Null goes back to the
    /// address's transport.
    void setTransport(QIODevice *device);
    QIODevice *transport() const;
    ///@}

    ///@{
    /// Enhanced authentication, MQTT 5.0 only. With an authenticator set, every CONNECT carries
    /// its method and initial data, and the client answers the broker's AUTH and checks its
    /// final data by itself, in the client's thread. Not owned: it must outlive the client or be
    /// unset (null).
    void setAuthenticator(MqttAuthenticator *authenticator);
    MqttAuthenticator *authenticator() const;
    /// Sends AUTH: Re-authenticate (0x19) once connected, or Continue authentication (0x18) to
    /// answer authReceived() without an authenticator. CONNECT's Authentication Method is filled
    /// in, and for 0x19 without data the authenticator's initial data. An AUTH that may not be
    /// sent now goes to errorOccurred() and lastError(); the connection is unaffected.
    Q_INVOKABLE void authenticate(const OhMqtt::AuthProperties &properties = {},
                                  OhMqtt::ReasonCode reasonCode = ReasonCode::ReAuthenticate);
    ///@}

Q_SIGNALS:
    ///@{
    /// The property of that name changed.
    void stateChanged(OhMqtt::MqttClient::State state);
    void connectedChanged(bool connected);
    void clientIdChanged(const QString &clientId);
    void connectOptionsChanged(const OhMqtt::MqttConnectOptions &options);
    void connectResultChanged(const OhMqtt::MqttConnectResult &result);
    void queueLimitsChanged(); ///< maximumQueuedMessages() or maximumQueuedBytes() changed
    ///@}
    /// CONNACK accepted the connection.
    void brokerConnected(const OhMqtt::MqttConnectResult &result);
    /// A connection that reached Connected has ended (by either side or by an error).
    void disconnected();
    /// After an unexpected loss or a failed attempt (reconnectDelay): the next attempt starts in
    /// `msecs` milliseconds, the back-off and its random spread included. `attempt` counts the
    /// attempts since the last Connected, from 1. Emitted once the state is ReconnectWait.
    void reconnectScheduled(int attempt, int msecs);
    /// Every PUBLISH received, once, whichever subscriptions it matches (none, or several); after
    /// the messageReceived() of the subscriptions it is for.
    void messageReceived(const OhMqtt::MqttMessage &message);
    /// The broker's DISCONNECT (MQTT 5.0), with its reason code and properties.
    void brokerDisconnected(const OhMqtt::DisconnectPacket &disconnect);
    /// An error of the connection, or a call refused; lastError() holds it.
    void errorOccurred(const OhMqtt::MqttError &error);
    /// The broker's AUTH: Continue authentication, or Success ending a re-authentication.
    void authReceived(const OhMqtt::AuthPacket &packet);

private:
    Q_DECLARE_PRIVATE(MqttClient)
    Q_DISABLE_COPY_MOVE(MqttClient)
    std::unique_ptr<MqttClientPrivate> d_ptr;
};

} // namespace OhMqtt
