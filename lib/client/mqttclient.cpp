// MqttClient: the public calls — check the request, build the packet, hand it to the client's
// thread.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtttopic.h>

#include "client/connectionstate.h"
#include "client/mqttclient_p.h"
#include "client/mqtthandles_p.h"
#include "transport/transport.h"

#include <QtCore/qthread.h>

namespace OhMqtt {

namespace {

// The filter as sent, "$share/<shareName>/<filter>" when shared; an invalid share name is left
// in `error`.
QString filterToSend(const QString &topicFilter, const QString &shareName, MqttError &error)
{
    if (shareName.isEmpty())
        return topicFilter;
    const QString joined = joinShare(topicFilter, ShareName(shareName), &error);
    return error.isNull() ? joined : topicFilter;
}

} // namespace

// A request made in the client's thread gets a child of the client that deletes itself when done.
// One made in another thread gets a handle the caller owns (autoDelete off, so that it cannot
// vanish under the caller), moved to the client's thread, where the request adopts it.
template<typename Handle, typename... Args> Handle *MqttClientPrivate::newHandle(Args &&...args)
{
    Q_Q(MqttClient);
    if (inClientThread()) {
        auto *handle = new Handle(std::forward<Args>(args)..., q);
        handle->d_func()->attach(this, true);
        return handle;
    }
    auto *handle = new Handle(std::forward<Args>(args)..., nullptr);
    handle->d_func()->attach(this, false);
    handle->moveToThread(q->thread());
    const std::lock_guard lock(shared.mutex);
    shared.orphans.emplace_back(handle);
    return handle;
}

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<MqttClientPrivate>(this))
{ }

MqttClient::~MqttClient()
{
    d_func()->stopLoopForDestruction();
}

void MqttClient::connectToBroker(const MqttConnectOptions &options)
{
    Q_D(MqttClient);
    // Checked in the caller's thread, so that what is wrong reaches the caller as an exception.
    const State now = state();
    if (now == State::Shutdown)
        throw MqttError(QStringLiteral("connectToBroker: the client is shut down"));
    if (now != State::Closed) {
        throw MqttError(QStringLiteral("connectToBroker: the client is %1, not Closed")
                            .arg(ConnectionState::name(now)));
    }
    BrokerAddress address = BrokerAddress::parse(options.address());
    // Encoding CONNECT once finds what the broker could not accept (MQTT 5.0 properties with
    // 3.1.1, an invalid Will Topic, an empty client id without Clean Session in 3.1.1...).
    encodePacket(options.connectPacket(), options.protocolVersion());

    d->post([d, options, address = std::move(address)] {
        if (d->state != State::Closed) { // another thread was faster
            d->reportError(MqttError(QStringLiteral("connectToBroker: the client is %1, not Closed")
                                         .arg(ConnectionState::name(d->state))));
            return;
        }
        d->options = options;
        d->address = address;
        d->closeRequested = false;
        d->reconnectAttempt = 0;
        d->lastError = MqttError();
        {
            const std::lock_guard lock(d->shared.mutex);
            d->shared.options = options;
            d->shared.clientId = options.clientId();
        }
        d->startConnection();
    });
}

void MqttClient::disconnectFromBroker(ReasonCode reasonCode, const DisconnectProperties &properties)
{
    Q_D(MqttClient);
    DisconnectPacket disconnect;
    disconnect.reasonCode = reasonCode;
    disconnect.properties = properties;
    d->post([d, disconnect] { d->requestClose(disconnect); });
}

void MqttClient::shutdown()
{
    Q_D(MqttClient);
    d->post([d] {
        d->shuttingDown = true;
        d->requestClose({}); // the state becomes Shutdown once the transport is closed
    });
}

bool MqttClient::isConnected() const noexcept
{
    return state() == State::Connected;
}

MqttClient::State MqttClient::state() const noexcept
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.state;
}

MqttConnectOptions MqttClient::connectOptions() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.options;
}

ConnAckPacket MqttClient::connAck() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.connAck;
}

QString MqttClient::clientId() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.clientId;
}

MqttError MqttClient::lastError() const
{
    return d_func()->lastError.get();
}

MqttPublishHandle *MqttClient::publish(const QString &topic, const QByteArray &payload, QoS qos,
                                       bool retain, const PublishProperties &properties)
{
    Q_D(MqttClient);
    auto *handle = d->newHandle<MqttPublishHandle>(qos);
    // The codec checks the topic and QoS when the packet is sent; a failure ends the handle.
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.retain = retain;
    packet.properties = properties;
    d->post([d, handle = QPointer<MqttHandle>(handle), packet = std::move(packet)]() mutable {
        d->adopt(handle);
        if (d->refuseRequest(handle, PacketType::Publish, packet.topic))
            return;
        d->submit({std::move(packet), handle});
    });
    return handle;
}

MqttSubscribeHandle *MqttClient::subscribe(const QString &topicFilter,
                                           const MqttSubscribeOptions &options,
                                           std::function<void(const MqttMessage &)> callback)
{
    Q_D(MqttClient);
    MqttError error;
    const QString filter = filterToSend(topicFilter, options.shareName(), error);
    auto *handle = d->newHandle<MqttSubscribeHandle>(filter);

    SubscribePacket packet;
    packet.subscriptions.append(SubscriptionRequest {
        filter, options.maximumQoS(), options.noLocal(), options.retainAsPublished(),
        RetainHandling(quint8(options.retainPolicy()))});
    if (options.subscriptionIdentifier() != 0) // 0: none
        packet.properties.setSubscriptionIdentifier(options.subscriptionIdentifier());
    if (!options.userProperties().isEmpty())
        packet.properties.setUserProperties(options.userProperties());

    d->post([d, handle = QPointer<MqttSubscribeHandle>(handle), filter, error,
             packet = std::move(packet), callback = std::move(callback)]() mutable {
        d->adopt(handle);
        if (d->refuseRequest(handle, PacketType::Subscribe, filter, error))
            return;
        const quint64 token = ++d->lastRegistryToken;
        if (handle)
            handle->d_func()->registryToken = token;
        d->subscriptions.add(filter, std::move(callback), token);
        d->submit({std::move(packet), QPointer<MqttHandle>(handle.data())});
    });
    return handle;
}

MqttUnsubscribeHandle *MqttClient::unsubscribe(const QString &topicFilter, const QString &shareName)
{
    Q_D(MqttClient);
    MqttError error;
    const QString filter = filterToSend(topicFilter, shareName, error);
    auto *handle = d->newHandle<MqttUnsubscribeHandle>(filter);
    d->post([d, handle = QPointer<MqttHandle>(handle), filter, error] {
        d->adopt(handle);
        if (d->refuseRequest(handle, PacketType::Unsubscribe, filter, error))
            return;
        d->subscriptions.remove(filter);
        UnsubscribePacket packet;
        packet.topicFilters.append(filter);
        d->submit({std::move(packet), handle});
    });
    return handle;
}

} // namespace OhMqtt
