// MqttClientPrivate: the connection's life — transport signals in, states and errors out.
#include "client/mqttclient_p.h"

#include "client/mqtthandles_p.h"
#include "client/tcptransport.h"
#include "connection/logging.h"

#include <QtCore/qtimer.h>

namespace OhMqtt {

using namespace std::chrono_literals;

MqttClientPrivate::MqttClientPrivate(MqttClient *q)
    : q_ptr(q)
{
    for (int i = 0; i < Engine::TimerCount; ++i) {
        auto *timer = new QTimer(q);
        timer->setSingleShot(true);
        const auto kind = Engine::Timer(i);
        QObject::connect(timer, &QTimer::timeout, q,
                         [this, kind] { process(engine.timerFired(kind)); });
        engineTimers[i] = timer;
    }
    connectTimer = new QTimer(q);
    connectTimer->setSingleShot(true);
    QObject::connect(connectTimer, &QTimer::timeout, q, [this] { onConnectTimeout(); });
}

MqttClientPrivate::~MqttClientPrivate() = default;

void MqttClientPrivate::startConnection()
{
    Q_Q(MqttClient);
    transport = new TcpTransport(q);
    QObject::connect(transport, &TcpTransport::opened, q, [this] { onTransportOpened(); });
    QObject::connect(transport, &TcpTransport::received, q,
                     [this](QByteArrayView bytes) { onTransportReceived(bytes); });
    QObject::connect(transport, &TcpTransport::written, q,
                     [this](qint64 offset) { onTransportWritten(offset); });
    QObject::connect(transport, &TcpTransport::errorOccurred, q,
                     [this](const MqttError &error) { onTransportError(error); });
    QObject::connect(transport, &TcpTransport::closed, q, [this] { onTransportClosed(); });

    wasConnected = false;
    setState(State::Connecting);
    if (options.connectTimeout > 0ms)
        connectTimer->start(options.connectTimeout);
    qCDebug(lcClient) << "connecting to" << address.toString();
    transport->open(address.host, address.port, options.tcpNoDelay);
}

void MqttClientPrivate::onTransportOpened()
{
    process(engine.start(options.connectPacket()));
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
        const QPointer<MqttPublishHandle> handle = awaitingWrite.front().second;
        awaitingWrite.pop_front();
        if (handle)
            handle->d_func()->acknowledge(PublishAck {});
    }
}

void MqttClientPrivate::onTransportError(const MqttError &error)
{
    if (state == State::Closing) { // the peer closing after DISCONNECT is no news
        qCDebug(lcClient) << "while closing:" << error;
        return;
    }
    reportError(error);
    setState(State::Closing);
    if (transport)
        transport->abort(); // closed() follows
}

void MqttClientPrivate::onTransportClosed()
{
    process(engine.closed());
    finishClose();
}

void MqttClientPrivate::onConnectTimeout()
{
    abortConnection(MqttError(QStringLiteral("no CONNACK from %1 within %2 ms")
                                  .arg(address.toString())
                                  .arg(options.connectTimeout.count())));
}

void MqttClientPrivate::abortConnection(const MqttError &error)
{
    if (!error.isNull())
        reportError(error);
    setState(State::Closing);
    if (transport)
        transport->abort();
}

// The transport is gone: forget it, end what waited for it, and settle the state.
void MqttClientPrivate::finishClose()
{
    Q_Q(MqttClient);
    connectTimer->stop();
    for (QTimer *timer : engineTimers)
        timer->stop();
    if (transport) {
        QObject::disconnect(transport, nullptr, q, nullptr);
        transport->deleteLater();
        transport = nullptr;
    }
    failRequests(MqttError(QStringLiteral("the connection closed before the request completed")));
    const bool endedConnected = std::exchange(wasConnected, false);
    setState(shuttingDown ? State::Shutdown : State::Closed);
    if (endedConnected)
        emit q->disconnected();
}

void MqttClientPrivate::setState(State newState)
{
    Q_Q(MqttClient);
    if (state == newState)
        return;
    qCDebug(lcClient) << "state" << state << "->" << newState;
    state = newState;
    emit q->stateChanged(newState);
}

void MqttClientPrivate::reportError(const MqttError &error)
{
    Q_Q(MqttClient);
    lastError = error;
    qCInfo(lcClient) << error;
    emit q->errorOccurred(error);
}

} // namespace OhMqtt
