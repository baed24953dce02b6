// MqttClientPrivate: the connection's life — transport signals in, states and errors out.
#include "client/mqttclient_p.h"

#include "client/clientmailbox.h"
#include "client/connectionstate.h"
#include "client/mqtthandles_p.h"
#include "client/reconnectpolicy.h"
#include "connection/logging.h"
#include "transport/devicetransport.h"
#include "transport/tlstransport.h"
#include "transport/transport.h"

#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qsslsocket.h>

#include <algorithm>

namespace OhMqtt {

using namespace std::chrono_literals;

namespace {

// How long a graceful close (DISCONNECT written, then the transport closed) may take before the
// transport is aborted: a peer that reads nothing would otherwise hold the client in Closing.
constexpr std::chrono::milliseconds ClosingTimeout = 5s;

template<typename Slot> QTimer *singleShotTimer(QObject *parent, Slot slot)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, parent, slot);
    return timer;
}

// The broker's certificate failed verification for a reason the options do not accept: its TLS
// socket (for wss:// the one inside QWebSocket) keeps the handshake's errors. The same
// certificate comes back on every attempt.
bool certificateRefused(const Transport *transport, const TransportOptions &transportOptions)
{
    if (!transport)
        return false;
    const QList<QSslSocket *> sockets = transport->findChildren<QSslSocket *>();
    return std::any_of(sockets.cbegin(), sockets.cend(), [&](const QSslSocket *socket) {
        return !TlsTransport::refusedErrors(socket->sslHandshakeErrors(), transportOptions)
                    .isEmpty();
    });
}

} // namespace

MqttClientPrivate::MqttClientPrivate(MqttClient *q)
    : q_ptr(q)
{
    for (int i = 0; i < Engine::TimerCount; ++i) {
        const auto kind = Engine::Timer(i);
        engineTimers[i] =
            std::make_unique<LazyTimer>(q, [this, kind] { process(engine.timerFired(kind)); });
    }
    connectTimer = singleShotTimer(q, [this] { onConnectTimeout(); });
    reconnectTimer = singleShotTimer(q, [this] { reconnect(); });
    closingTimer = singleShotTimer(q, [this] {
        qCDebug(lcConnection) << "the transport did not close within" << ClosingTimeout.count()
                              << "ms: aborting it";
        if (transport)
            transport->abort();
    });
    mailbox = new ClientMailbox([this] { runCommands(); }, q);
    persistence.setCommitScheduler([this] { scheduleCommit(); });
}

MqttClientPrivate::~MqttClientPrivate() = default;

// The transport's share of the options; the transport layer knows nothing of the client's.
TransportOptions MqttClientPrivate::transportOptions() const
{
    TransportOptions result;
    result.tcpNoDelay = options.tcpNoDelay();
    if (options.hasTlsConfiguration())
        result.tlsConfiguration = options.tlsConfiguration();
    result.tlsHostname = options.tlsHostname();
    result.tlsIgnoredErrors = options.tlsIgnoredErrors();
    return result;
}

void MqttClientPrivate::startConnection()
{
    Q_Q(MqttClient);
    if (!openSessionStore()) { // mqttclient_session.cpp; the error is reported
        closeRequested = true;
        setState(State::Closed);
        return;
    }
    QIODevice *device = nullptr;
    {
        const std::lock_guard lock(shared.mutex);
        device = shared.device; // setTransport() counts from the next attempt on
    }
    transport = device ? new DeviceTransport(device, q) : createTransport(address, q);
    QObject::connect(transport, &Transport::stageChanged, q, [this](Transport::Stage stage) {
        setState(stage == Transport::Stage::TlsHandshake ? State::TlsHandshake
                                                         : State::WebSocketHandshake);
    });
    QObject::connect(transport, &Transport::opened, q, [this] { onTransportOpened(); });
    QObject::connect(transport, &Transport::received, q,
                     [this](QByteArrayView bytes) { onTransportReceived(bytes); });
    // Reads land in the engine's decoder, where they are parsed: no copy on the way.
    transport->setReadTarget([this](qsizetype preferred) {
        const StreamDecoder::Space space = engine.receiveSpace(preferred);
        return Transport::ReadSpace {space.data, space.size};
    });
    QObject::connect(transport, &Transport::receivedInPlace, q,
                     [this](qsizetype count) { process(engine.receiveWritten(count)); });
    QObject::connect(transport, &Transport::written, q,
                     [this](qint64 offset) { onTransportWritten(offset); });
    QObject::connect(transport, &Transport::errorOccurred, q,
                     [this](const MqttError &error) { onTransportError(error); });
    QObject::connect(transport, &Transport::closed, q, [this] { onTransportClosed(); });

    wasConnected = false;
    closeReason = ReasonCode::UnspecifiedError;
    refusedForGood = false;
    setState(State::Connecting);
    if (options.connectTimeoutAsDuration() > 0ms)
        connectTimer->start(options.connectTimeoutAsDuration());
    qCDebug(lcConnection).noquote() << "connecting to" << address.toString();
    transport->open(address, transportOptions());
}

void MqttClientPrivate::onTransportOpened()
{
    ConnectPacket connect = options.connectPacket();
    // A reconnect keeps the identifier the broker assigned, so that the session can resume.
    if (connect.clientId.isEmpty()) {
        const std::lock_guard lock(shared.mutex);
        connect.clientId = shared.clientId;
    }
    process(engine.start(connect));
    if (engine.state() == Engine::State::ConnectSent)
        setState(State::ConnectSent);
}

void MqttClientPrivate::onTransportReceived(QByteArrayView bytes)
{
    process(engine.receive(bytes));
}

// QoS 0 publishes are done once their bytes reach the operating system.
void MqttClientPrivate::onTransportWritten(qint64 offset)
{
    while (!awaitingWrite.empty() && awaitingWrite.front().first <= offset) {
        const QSharedPointer<MqttPublishHandle> handle = awaitingWrite.front().second;
        awaitingWrite.pop_front();
        handle->d_func()->acknowledge(PublishAck {});
    }
}

void MqttClientPrivate::onTransportError(const MqttError &error)
{
    if (state == State::Closing) { // the peer closing after DISCONNECT is no news
        qCDebug(lcConnection) << "while closing:" << error;
        return;
    }
    if (certificateRefused(transport, transportOptions()))
        refusedForGood = true;
    reportError(error);
    closeTransport(true); // closed() follows
}

void MqttClientPrivate::onTransportClosed()
{
    process(engine.closed());
    finishClose();
}

// The connect timeout covers every stage up to CONNACK: TCP, TLS, WebSocket, CONNECT sent.
void MqttClientPrivate::onConnectTimeout()
{
    abortConnection(MqttError(QStringLiteral("connect timeout: no CONNACK from %1 within %2 ms "
                                             "(still %3)")
                                  .arg(address.toString())
                                  .arg(options.connectTimeoutAsDuration().count())
                                  .arg(ConnectionState::name(state))));
}

void MqttClientPrivate::abortConnection(const MqttError &error)
{
    if (!error.isNull())
        reportError(error);
    closeTransport(true);
}

// Closing: the transport closes (after what is queued, unless `abort`), and closed() follows.
void MqttClientPrivate::closeTransport(bool abort)
{
    if (!ConnectionState::hasTransport(state) && state != State::Closing)
        return;
    setState(State::Closing);
    connectTimer->stop();
    if (!transport)
        return;
    if (abort) {
        transport->abort();
    } else {
        closingTimer->start(ClosingTimeout);
        transport->close();
    }
}

// The transport is gone: forget it, end what waited for it, and settle the state.
void MqttClientPrivate::finishClose()
{
    Q_Q(MqttClient);
    connectTimer->stop();
    closingTimer->stop();
    for (const auto &timer : engineTimers)
        timer->stop();
    if (transport) {
        QObject::disconnect(transport, nullptr, q, nullptr);
        transport->deleteLater();
        transport = nullptr;
    }
    const bool reconnecting = shouldReconnect();
    // SUBSCRIBE and UNSUBSCRIBE written get no answer now; what was not sent yet, and QoS 1 and
    // 2 PUBLISH for the session, wait for the next connection (a reconnect, or a later
    // connectToBroker()); only shutdown() gives up on them.
    if (shuttingDown)
        failRequests(MqttError(QStringLiteral("the client is shut down")));
    else
        failRequestsInFlight(
            MqttError(QStringLiteral("the connection closed before the request completed")));
    const bool endedConnected = std::exchange(wasConnected, false);
    if (ConnectionState::hasTransport(state)) // the transport ended by itself
        setState(State::Closing);
    if (shuttingDown)
        setState(State::Shutdown);
    else if (reconnecting)
        scheduleReconnect();
    else
        setState(State::Closed);
    if (endedConnected)
        emit q->disconnected();
}

// After an unexpected loss: not when the caller closed, and not after a refusal that trying again
// cannot change — a CONNACK's or a DISCONNECT's (reconnectpolicy.h), or a broker certificate
// that failed verification — unless the caller asked for that with reconnectOnRefusal.
bool MqttClientPrivate::shouldReconnect() const
{
    if (shuttingDown || closeRequested || options.reconnectDelayAsDuration() <= 0ms)
        return false;
    return options.reconnectOnRefusal() ||
        (!refusedForGood && Reconnect::mayRetryAfter(closeReason));
}

void MqttClientPrivate::scheduleReconnect()
{
    Q_Q(MqttClient);
    const auto delay = Reconnect::delay(options.reconnectDelayAsDuration(), reconnectAttempt,
                                        Reconnect::randomSpread());
    ++reconnectAttempt;
    qCDebug(lcConnection) << "reconnect attempt" << reconnectAttempt << "in" << delay.count()
                          << "ms";
    setState(State::ReconnectWait);
    reconnectTimer->start(delay);
    emit q->reconnectScheduled(reconnectAttempt, int(delay.count()));
}

void MqttClientPrivate::reconnect()
{
    if (state == State::ReconnectWait)
        startConnection();
}

// disconnectFromBroker() and shutdown(): end the connection, or the wait for the next attempt.
void MqttClientPrivate::requestClose(const DisconnectPacket &disconnect)
{
    switch (state) {
    case State::Connecting:
    case State::TlsHandshake:
    case State::WebSocketHandshake:
        closeRequested = true;
        closeTransport(true); // no MQTT spoken yet: nothing to say
        return;
    case State::ConnectSent:
    case State::Connected:
        closeRequested = true;
        process(engine.disconnect(disconnect));
        if (engine.state() != Engine::State::Closing) // refused (the reason went to lastError)
            closeRequested = false;
        return;
    case State::ReconnectWait:
    case State::Closed:
        closeRequested = true;
        reconnectTimer->stop();
        if (shuttingDown) // queued requests wait for a later connectToBroker() otherwise
            failRequests(MqttError(QStringLiteral("the client is shut down")));
        setState(shuttingDown ? State::Shutdown : State::Closed);
        return;
    case State::Closing: // finishClose() decides; shuttingDown and closeRequested are seen there
        closeRequested = true;
        return;
    case State::Shutdown:
        return;
    }
}

void MqttClientPrivate::setState(State newState)
{
    Q_Q(MqttClient);
    if (state == newState)
        return;
    if (!ConnectionState::isAllowed(state, newState)) {
        qCCritical(lcConnection).noquote() << "invalid state change" << ConnectionState::name(state)
                                           << "->" << ConnectionState::name(newState);
        Q_ASSERT_X(false, "MqttClientPrivate::setState",
                   "a state change missing from ConnectionState::Transitions");
    }
    qCDebug(lcConnection).noquote()
        << "state" << ConnectionState::name(state) << "->" << ConnectionState::name(newState);
    const State previous = std::exchange(state, newState);
    {
        const std::lock_guard lock(shared.mutex);
        shared.state = newState;
        ++shared.generation;
        shared.changed.notify_all();
    }
    const bool connectedChanged = (state == State::Connected) != (previous == State::Connected);
    emit q->stateChanged(newState);
    if (connectedChanged)
        emit q->connectedChanged(newState == State::Connected);
}

void MqttClientPrivate::reportError(const MqttError &error)
{
    Q_Q(MqttClient);
    lastError = error;
    qCInfo(lcClient) << error;
    emit q->errorOccurred(error);
}

// The identifier in use: the broker's Assigned Client Identifier [MQTT-3.2.2-16], else ours.
void MqttClientPrivate::updateClientId()
{
    Q_Q(MqttClient);
    const auto assigned = engine.state() == Engine::State::Connected
        ? engine.connAck().properties.assignedClientIdentifier()
        : std::nullopt;
    QString clientId;
    {
        const std::lock_guard lock(shared.mutex);
        if (assigned)
            shared.clientId = *assigned;
        else if (!options.clientId().isEmpty())
            shared.clientId = options.clientId();
        clientId = shared.clientId;
    }
    if (std::exchange(lastClientId, clientId) != clientId)
        emit q->clientIdChanged(clientId);
}

void MqttClientPrivate::setConnectResult(const ConnAckPacket &connAck)
{
    Q_Q(MqttClient);
    const MqttConnectResult result(connAck);
    {
        const std::lock_guard lock(shared.mutex);
        shared.connectResult = result;
    }
    emit q->connectResultChanged(result);
}

} // namespace OhMqtt
