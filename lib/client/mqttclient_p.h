// MqttClientPrivate: the client's state — engine, transport, timers, queued requests, handles.
#pragma once

#include <OhMqtt/mqttclient.h>

#include "client/activesubscriptions.h"
#include "client/inflighttracker.h"
#include "client/lazytimer.h"
#include "client/mqttsubscription_p.h"
#include "client/outboundaliases.h"
#include "client/pendingrequests.h"
#include "client/sessionpersistence.h"
#include "client/subscriptionregistry.h"
#include "connection/protocolengine.h"
#include "transport/brokeraddress.h"
#include "transport/transport.h"

#include <QtCore/qhash.h>
#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace OhMqtt {

class Transport;

// What other threads read or wait for: written in the client's thread (lastError also by the
// blocking helpers), always under `mutex`. std::mutex and std::condition_variable rather than
// QMutex: ThreadSanitizer sees through them, while Debian's Qt is not instrumented.
struct ClientShared
{
    struct QueueLimits
    {
        int messages = 10'000; // -1: no limit
        qint64 bytes = 64 * 1024 * 1024;
    };

    mutable std::mutex mutex;
    std::condition_variable changed; // every state change, and every batch of commands run
    MqttClient::State state = MqttClient::State::Closed;
    quint64 generation = 0; // bumped with each notification, for "anything happened" waits
    MqttConnectResult connectResult; // the last CONNACK received, accepted or not
    MqttError lastError;
    MqttConnectOptions options; // connectOptions(): for the next connectToBroker()
    QString clientId; // the effective one: assigned by the broker, or the options'

    // A call made in another thread: `run` in the client's thread, or `cancel` there when the
    // client is destroyed first (failing the call's handle).
    struct Command
    {
        std::function<void()> run;
        std::function<void()> cancel;
    };
    // Calls made in other threads, run in order in the client's thread (mqttclient_loop.cpp)
    std::deque<Command> commands;
    quint64 commandsPosted = 0; // a waiter first waits for the calls made before it to run
    quint64 commandsRun = 0;
    bool wakeUpPending = false;
    bool loopRunning = false; // startLoop()
    QueueLimits queueLimits; // the offline queue's
    QPointer<QIODevice> device; // setTransport()
    QString sessionDatabase; // setSessionDatabase()
    QString responseTopic; // request()
    bool hasSessionStore = false; // a database or the application's store
};

// `d->lastError = error` from any thread; reads through lastError.get().
class SharedError
{
public:
    explicit SharedError(ClientShared &shared)
        : m_shared(shared)
    { }
    SharedError &operator=(const MqttError &error)
    {
        const std::lock_guard lock(m_shared.mutex);
        m_shared.lastError = error;
        return *this;
    }
    MqttError get() const
    {
        const std::lock_guard lock(m_shared.mutex);
        return m_shared.lastError;
    }

private:
    ClientShared &m_shared;
};

class MqttClientPrivate
{
    Q_DECLARE_PUBLIC(MqttClient)

public:
    using State = MqttClient::State;
    using HandlePointer = QSharedPointer<MqttHandle>;
    using QueueLimits = ClientShared::QueueLimits;
    using SubscriptionPointer = QSharedPointer<MqttSubscription>;

    // A request on its way out: waiting for CONNACK or for the server's Receive Maximum.
    struct Outgoing
    {
        Packet packet;
        HandlePointer handle;
        AliasPolicy aliasPolicy = AliasPolicy::Never; // PUBLISH only
        quint64 sequence = 0; // QoS 1 and 2 PUBLISH in a session store: its key there
        InflightTracker::Track track {}; // PUBLISH: for inflightMessages()
    };

    explicit MqttClientPrivate(MqttClient *q);
    ~MqttClientPrivate();

    // mqttclient_p.cpp: the connection
    void startConnection();
    void onTransportOpened();
    void onTransportReceived(QByteArrayView bytes);
    void onTransportWritten(qint64 offset);
    void onTransportError(const MqttError &error);
    void onTransportClosed();
    void onConnectTimeout();
    void abortConnection(const MqttError &error);
    void closeTransport(bool abort);
    void finishClose();
    bool shouldReconnect() const;
    void scheduleReconnect();
    void reconnect();
    void requestClose(const DisconnectPacket &disconnect);
    void setState(State newState);
    void reportError(const MqttError &error);
    void updateClientId();
    void setConnectResult(const ConnAckPacket &connAck);
    TransportOptions transportOptions() const;
    bool refuseCall(const MqttError &error); // lastError, errorOccurred() from the event loop

    // mqttclient_events.cpp: acting on what the engine says
    void process(Engine::Events &&events, const Outgoing *request = nullptr);
    void onSendBytes(Engine::SendBytes &event, const Outgoing *request);
    void onConnected(Engine::Connected &event);
    void onConnectionFailed(const Engine::ConnectionFailed &event);
    void onPacketReceived(Packet &&packet);
    void onAcknowledgement(quint16 packetId, PublishAck ack);
    void onSendRejected(const Engine::SendRejected &event, const Outgoing *request);
    void onSessionDiscarded(Engine::SessionDiscarded &event);
    void writeBytes(const QByteArray &bytes, bool qos0Publish,
                    QSharedPointer<MqttPublishHandle> handle);

    // mqttclient_requestresponse.cpp: request / response
    void startRequest(const QSharedPointer<MqttRequestHandle> &handle, PublishPacket &&packet,
                      int timeoutMsecs);
    void subscribeToResponses(const QString &responseTopic);
    void endRequest(const QByteArray &correlationData, const MqttError &error);
    void onResponse(const MqttMessage &message);
    void failPendingRequests(const MqttError &error);

    // mqttclient_session.cpp: the session store
    bool openSessionStore();
    void changeSessionStore(const char *what, MqttSessionStore *store,
                            std::unique_ptr<MqttSessionStore> owned, const QString &database);
    void storeOutgoing(Outgoing &request);
    bool holdsOutput() const noexcept
    {
        return holdingForDelivery || persistence.hasUncommitted() || !heldOutput.empty();
    }
    void scheduleCommit();
    bool commitSession();
    void flushHeldOutput();
    void dropHeldOutput(const MqttError &error);

    // mqttclient_inflight.cpp: inflightMessages()
    QList<MqttInflightMessage> inflightSnapshot() const;
    void trackDelivery(const PublishPacket &publish);

    // mqttclient_loop.cpp: threads and the blocking helpers
    bool inClientThread() const;
    void post(std::function<void()> command, std::function<void()> cancel = {});
    void runCommands();
    template<typename Handle, typename... Args> QSharedPointer<Handle> newHandle(Args &&...args);
    bool waitUntil(const std::function<bool(State)> &reached,
                   const std::function<bool(State)> &hopeless, QDeadlineTimer deadline,
                   const char *what);
    bool waitForAnything(int msecs);
    State sharedState() const;
    void teardown();
    void stopLoopForDestruction();

    // mqttclient_requests.cpp: requests
    bool acceptsRequests() const noexcept;
    bool refuseRequest(const HandlePointer &handle, PacketType type, const QString &subject,
                       const MqttError &error = {});
    // Fails `handle` now; its signals follow from the event loop (flushNotifications()).
    void failHandle(const HandlePointer &handle, const MqttError &error);
    void flushNotifications();
    // Fails every handle the client still holds: it is going away.
    void failEverything(const MqttError &error);
    void submit(Outgoing &&request);
    // publish() and publishDetached() (no handle): refused with `error` or when shut down, else
    // submitted; in the client's thread at once (false when refused), from another handed over.
    bool submitPublish(PublishPacket &&packet, const HandlePointer &handle, AliasPolicy aliasPolicy,
                       const MqttError &error);
    bool fitsOfflineQueue(const Outgoing &request);
    void recountOutbox();
    QueueLimits queueLimits() const;
    bool trySend(Outgoing &request);
    void flushOutbox();
    void failRequests(const MqttError &error);
    void failRequestsInFlight(const MqttError &error);

    // mqttclient_subscriptions.cpp: live subscriptions
    void addSubscription(const SubscriptionPointer &subscription, SubscribePacket &&packet);
    void supersede(const SubscriptionPointer &previous);
    void endSubscription(const SubscriptionPointer &subscription, MqttSubscription::State end,
                         const MqttError &error = {}, bool announceNow = true);
    void endAllSubscriptions();
    void onHandleFailed(const HandlePointer &handle, const MqttError &error);
    void announceFailure(const HandlePointer &handle);
    MqttUnsubscribeHandlePtr unsubscribe(const QString &filter, const MqttError &error,
                                         quint64 onlySubscription); // mqttclient.cpp
    void unsubscribeNow(const QSharedPointer<MqttUnsubscribeHandle> &handle, const QString &filter,
                        const MqttError &error, quint64 onlySubscription);
    void onSubAck(MqttSubscribeHandle &handle, const SubAckPacket &subAck);
    void renewalFailed(const MqttSubscribeHandlePrivate &renewal, const MqttError &error);
    void resubscribe(bool sessionPresent);
    void deliver(const MqttMessage &message);

    MqttClient *q_ptr;
    State state = State::Closed;
    MqttConnectOptions options; // the current connection's
    BrokerAddress address;
    QString lastClientId; // as last announced by clientIdChanged()
    ProtocolEngine engine;
    Transport *transport = nullptr;
    std::array<std::unique_ptr<LazyTimer>, Engine::TimerCount> engineTimers;
    QTimer *connectTimer = nullptr; // from connectToBroker() (or a reconnect) to CONNACK
    QTimer *reconnectTimer = nullptr; // ReconnectWait
    QTimer *closingTimer = nullptr; // a transport that does not close in time is aborted
    bool wasConnected = false; // the current connection reached Connected
    bool shuttingDown = false;
    bool closeRequested = false; // disconnectFromBroker() or shutdown(): no reconnecting
    ReasonCode closeReason = ReasonCode::UnspecifiedError; // why the last connection ended
    bool refusedForGood = false; // this attempt met a refusal that trying again cannot change
    int reconnectAttempt = 0; // failed attempts since the last Connected

    ClientShared shared;
    SharedError lastError {shared};
    std::unique_ptr<QThread> loopThread; // startLoop()
    QObject *mailbox = nullptr; // wakes the client's thread for `shared.commands`
    // mqttclient_auth.cpp: as last set, for any thread; the engine's copy is the client thread's
    std::atomic<MqttAuthenticator *> authenticator {nullptr};

    QList<Outgoing> outbox;
    qsizetype outboxPublishes = 0; // PUBLISH requests in the outbox, and their payload bytes
    qint64 outboxPayloadBytes = 0;
    PacketIdMap<HandlePointer> awaitingAck; // SUBSCRIBE, UNSUBSCRIBE, QoS 1/2 PUBLISH
    std::deque<std::pair<qint64, QSharedPointer<MqttPublishHandle>>> awaitingWrite; // QoS 0
    std::vector<HandlePointer> failedToNotify; // failed, their signals not emitted yet
    std::vector<MqttError> detachedFailures; // of detached PUBLISH, not reported yet
    bool notificationPosted = false;
    SubscriptionRegistry subscriptions; // Pending and Subscribed, by filter
    OutboundAliases outboundAliases; // this connection's
    ActiveSubscriptions activeSubscriptions; // granted, for resubscribe()
    // The broker sends Subscription Identifiers: route by them (this connection's CONNACK).
    bool routeByIdentifier = false;
    std::shared_ptr<ClientLink> link = std::make_shared<ClientLink>(this);
    bool applyAliasPolicy(Outgoing &request); // false: the request failed
    quint64 lastRegistryToken = 0;

    // The session store: bytes that depend on uncommitted writes wait in heldOutput until the
    // commit at the end of this turn of the event loop.
    struct HeldBytes
    {
        QByteArray bytes;
        bool qos0Publish = false;
        QSharedPointer<MqttPublishHandle> handle; // a QoS 0 PUBLISH's, ended once written
    };
    SessionPersistence persistence;
    PendingRequests pendingRequests;
    std::vector<HeldBytes> heldOutput;
    std::vector<QSharedPointer<MqttPublishHandle>> awaitingStored;
    bool commitPosted = false;
    bool holdingForDelivery = false; // process(): bytes wait for the inbound QoS 2 commits

    InflightTracker inflight; // mqttclient_inflight.cpp
};

// The handle lives in the client's thread, where its signals come from; the caller holds one
// pointer to it, and the request the other until it ends.
template<typename Handle, typename... Args>
QSharedPointer<Handle> MqttClientPrivate::newHandle(Args &&...args)
{
    Q_Q(MqttClient);
    QSharedPointer<Handle> handle(new Handle(std::forward<Args>(args)...));
    if (!inClientThread())
        handle->moveToThread(q->thread());
    return handle;
}

} // namespace OhMqtt
