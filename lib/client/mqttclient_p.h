// MqttClientPrivate: the client's state — engine, transport, timers, queued requests, handles.
#pragma once

#include <OhMqtt/mqttclient.h>

#include "client/brokeraddress.h"
#include "client/subscriptionregistry.h"
#include "connection/protocolengine.h"

#include <QtCore/qhash.h>
#include <QtCore/qpointer.h>

#include <array>
#include <deque>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace OhMqtt {

class TcpTransport;

class MqttClientPrivate
{
    Q_DECLARE_PUBLIC(MqttClient)

public:
    using State = MqttClient::State;

    // A request on its way out: waiting for CONNACK or for the server's Receive Maximum.
    struct Outgoing
    {
        Packet packet;
        QPointer<MqttHandle> handle;
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
    void finishClose();
    void setState(State newState);
    void reportError(const MqttError &error);

    // mqttclient_events.cpp: acting on what the engine says
    void process(Engine::Events &&events, const Outgoing *request = nullptr);
    void onSendBytes(Engine::SendBytes &event, const Outgoing *request);
    void onConnected(Engine::Connected &event);
    void onPacketReceived(Packet &&packet);
    void onAcknowledgement(quint16 packetId, PublishAck ack);
    void onSendRejected(const Engine::SendRejected &event, const Outgoing *request);

    // mqttclient_requests.cpp: requests
    bool acceptsRequests() const noexcept;
    bool refuseRequest(MqttHandle *handle, PacketType type, const QString &subject,
                       const MqttError &error = {});
    void submit(Outgoing &&request);
    bool trySend(Outgoing &request);
    void flushOutbox();
    void failRequests(const MqttError &error);

    MqttClient *q_ptr;
    State state = State::Closed;
    MqttConnectOptions options;
    BrokerAddress address;
    ProtocolEngine engine;
    TcpTransport *transport = nullptr;
    std::array<QTimer *, Engine::TimerCount> engineTimers {};
    QTimer *connectTimer = nullptr;
    MqttError lastError;
    bool wasConnected = false; // the current connection reached Connected
    bool shuttingDown = false;

    QList<Outgoing> outbox;
    QHash<quint16, QPointer<MqttHandle>> awaitingAck; // SUBSCRIBE, UNSUBSCRIBE, QoS 1/2 PUBLISH
    std::deque<std::pair<qint64, QPointer<MqttPublishHandle>>> awaitingWrite; // QoS 0 PUBLISH
    SubscriptionRegistry subscriptions;
    quint64 lastRegistryToken = 0;
};

} // namespace OhMqtt
