// MqttClient: the public calls — check the request, build the packet, hand it to the client's
// thread.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtttopic.h>

#include "client/connectionstate.h"
#include "client/mqttclient_p.h"
#include "client/mqtthandles_p.h"
#include "client/mqttsubscription_p.h"
#include "connection/logging.h"
#include "packet/topicvalidation.h"
#include "transport/transport.h"

#include <QtCore/qthread.h>

namespace OhMqtt {

namespace {

// The filter as sent, "$share/<shareName>/<filter>" when shared; an invalid share name is left
// in `error`.
// The filter is checked now, so that a request that could never go out fails at once rather than
// after waiting in the offline queue.
QString filterToSend(const QString &topicFilter, const QString &shareName, MqttError &error)
{
    if (shareName.isEmpty()) {
        error = topicFilterError(topicFilter);
        return topicFilter;
    }
    const QString joined = joinShare(topicFilter, ShareName(shareName), &error);
    return error.isNull() ? joined : topicFilter;
}

} // namespace

namespace {

MqttError destroyedError(PacketType type, const QString &subject)
{
    return MqttError(
        QStringLiteral("%1 '%2': the client was destroyed").arg(packetTypeName(type), subject));
}

} // namespace

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<MqttClientPrivate>(this))
{ }

MqttClient::~MqttClient()
{
    d_func()->stopLoopForDestruction();
}

// In the caller's thread: what went wrong is known when the call returns; errorOccurred() follows
// from the client's event loop (through the client's own queue when called from elsewhere).
bool MqttClientPrivate::refuseCall(const MqttError &error)
{
    Q_Q(MqttClient);
    lastError = error;
    qCInfo(lcClient) << error;
    const auto announce = [q, error] { emit q->errorOccurred(error); };
    if (inClientThread())
        QMetaObject::invokeMethod(q, announce, Qt::QueuedConnection);
    else
        post(announce);
    return false;
}

MqttConnectOptions MqttClient::connectOptions() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.options;
}

void MqttClient::setConnectOptions(const MqttConnectOptions &options)
{
    Q_D(MqttClient);
    {
        const std::lock_guard lock(d->shared.mutex);
        if (d->shared.options == options)
            return;
        d->shared.options = options;
    }
    d->post([this, options] { emit connectOptionsChanged(options); });
}

bool MqttClient::connectToBroker(const MqttConnectOptions &options)
{
    Q_D(MqttClient);
    const State now = state();
    if (now != State::Closed) // checked first: the options of a live connection stay as they are
        return d->refuseCall(MqttError(QStringLiteral("connectToBroker: the client is %1, not "
                                                      "Closed")
                                           .arg(ConnectionState::name(now))));
    setConnectOptions(options);
    return connectToBroker();
}

bool MqttClient::connectToBroker()
{
    Q_D(MqttClient);
    // Checked in the caller's thread, so that the answer is known when the call returns.
    const State now = state();
    if (now == State::Shutdown)
        return d->refuseCall(MqttError(QStringLiteral("connectToBroker: the client is shut down")));
    if (now != State::Closed) {
        return d->refuseCall(MqttError(QStringLiteral("connectToBroker: the client is %1, not "
                                                      "Closed")
                                           .arg(ConnectionState::name(now))));
    }
    const MqttConnectOptions options = connectOptions();
    bool hasSessionStore = false;
    {
        const std::lock_guard lock(d->shared.mutex);
        hasSessionStore = d->shared.hasSessionStore;
    }
    if (hasSessionStore && options.clientId().isEmpty())
        return d->refuseCall(MqttError(QStringLiteral("clientId: a session store keeps the session "
                                                      "of a client identifier; "
                                                      "connectOptions().clientId() is empty")));
    BrokerAddress address;
    try {
        address = BrokerAddress::parse(options.address());
        // Encoding CONNECT once finds what the broker could not accept (MQTT 5.0 properties
        // with 3.1.1, an invalid Will Topic, an empty client id without Clean Session...).
        encodePacket(options.connectPacket(), options.protocolVersion());
    } catch (const MqttError &error) {
        return d->refuseCall(error);
    }
    d->lastError = MqttError();
    d->post([d, options, address = std::move(address)] {
        if (d->state != State::Closed) { // another thread was faster
            d->reportError(MqttError(QStringLiteral("connectToBroker: the client is %1, not Closed")
                                         .arg(ConnectionState::name(d->state))));
            return;
        }
        d->options = options;
        d->address = address;
        {
            const std::lock_guard lock(d->shared.mutex);
            d->shared.clientId = options.clientId();
        }
        d->closeRequested = false;
        d->reconnectAttempt = 0;
        d->updateClientId();
        d->startConnection();
    });
    return true;
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

MqttConnectResult MqttClient::connectResult() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.connectResult;
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

namespace {

// What can be checked without a connection is checked when a PUBLISH is made, so that a request
// that could never go out fails at once rather than after waiting in the offline queue; the
// codec checks the rest when the packet is sent.
MqttError publishError(const QString &topic, QoS qos, const PublishProperties &properties)
{
    MqttError error;
    if (!topic.isEmpty() || !properties.topicAlias()) // empty with an alias: the alias's topic
        error = cachedTopicError(topic);
    if (error.isNull() && quint8(qos) > 2) {
        error = MqttError(QStringLiteral("PUBLISH '%1': QoS %2 does not exist [MQTT-3.3.1-4]")
                              .arg(topic)
                              .arg(quint8(qos)),
                          ReasonCode::MalformedPacket);
    }
    return error;
}

PublishPacket publishPacket(const QString &topic, const QByteArray &payload, QoS qos, bool retain,
                            const PublishProperties &properties)
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.retain = retain;
    packet.properties = properties;
    return packet;
}

} // namespace

MqttPublishHandlePtr MqttClient::publish(const QString &topic, const QByteArray &payload, QoS qos,
                                         bool retain, const PublishProperties &properties,
                                         AliasPolicy aliasPolicy)
{
    Q_D(MqttClient);
    auto handle = d->newHandle<MqttPublishHandle>(qos);
    d->submitPublish(publishPacket(topic, payload, qos, retain, properties), handle, aliasPolicy,
                     publishError(topic, qos, properties));
    return handle;
}

bool MqttClient::publishDetached(const QString &topic, const QByteArray &payload, QoS qos,
                                 bool retain, const PublishProperties &properties,
                                 AliasPolicy aliasPolicy)
{
    Q_D(MqttClient);
    const MqttError error = publishError(topic, qos, properties);
    return d->submitPublish(publishPacket(topic, payload, qos, retain, properties), {}, aliasPolicy,
                            error) &&
        error.isNull();
}

bool MqttClientPrivate::submitPublish(PublishPacket &&packet, const HandlePointer &handle,
                                      AliasPolicy aliasPolicy, const MqttError &error)
{
    if (inClientThread()) { // what post() would do, without making two std::function
        if (refuseRequest(handle, PacketType::Publish, packet.topic, error))
            return false;
        submit({std::move(packet), handle, aliasPolicy});
        return true;
    }
    const QString topicForError = packet.topic;
    post(
        [this, handle, error, aliasPolicy, packet = std::move(packet)]() mutable {
            if (!refuseRequest(handle, PacketType::Publish, packet.topic, error))
                submit({std::move(packet), handle, aliasPolicy});
        },
        [this, handle, topicForError] {
            if (handle) // a detached one goes with the client, untold
                failHandle(handle, destroyedError(PacketType::Publish, topicForError));
        });
    return true;
}

MqttSubscriptionPtr MqttClient::subscribe(const QString &topicFilter,
                                          const MqttSubscribeOptions &options)
{
    return subscribe(topicFilter, options, {});
}

MqttSubscriptionPtr MqttClient::subscribe(const QString &topicFilter,
                                          const MqttSubscribeOptions &options,
                                          std::function<void(const MqttMessage &)> callback)
{
    Q_D(MqttClient);
    MqttError error;
    const QString filter = filterToSend(topicFilter, options.shareName(), error);
    auto subscription = d->newHandle<MqttSubscription>(filter, options);
    subscription->d_func()->callback = std::move(callback);
    subscription->d_func()->link = d->link;

    SubscribePacket packet;
    packet.subscriptions.append(SubscriptionRequest {
        filter, options.maximumQoS(), options.noLocal(), options.retainAsPublished(),
        RetainHandling(quint8(options.retainPolicy()))});
    if (options.subscriptionIdentifier() != 0) // 0: none
        packet.properties.setSubscriptionIdentifier(options.subscriptionIdentifier());
    if (!options.userProperties().isEmpty())
        packet.properties.setUserProperties(options.userProperties());

    d->post(
        [d, subscription, filter, error, packet = std::move(packet)]() mutable {
            if (d->refuseRequest(subscription, PacketType::Subscribe, filter, error))
                return;
            d->addSubscription(subscription, std::move(packet));
        },
        [d, subscription, filter] {
            d->failHandle(subscription, destroyedError(PacketType::Subscribe, filter));
        });
    return subscription;
}

MqttUnsubscribeHandlePtr MqttClient::unsubscribe(const QString &topicFilter,
                                                 const QString &shareName)
{
    Q_D(MqttClient);
    MqttError error;
    const QString filter = filterToSend(topicFilter, shareName, error);
    return d->unsubscribe(filter, error, 0);
}

// For MqttClient::unsubscribe() and MqttSubscription::unsubscribe(), in any thread.
MqttUnsubscribeHandlePtr MqttClientPrivate::unsubscribe(const QString &filter,
                                                        const MqttError &error,
                                                        quint64 onlySubscription)
{
    auto handle = newHandle<MqttUnsubscribeHandle>(filter);
    post([this, handle, filter, error,
          onlySubscription] { unsubscribeNow(handle, filter, error, onlySubscription); },
         [this, handle, filter] {
             failHandle(handle, destroyedError(PacketType::Unsubscribe, filter));
         });
    return handle;
}

} // namespace OhMqtt

namespace OhMqtt {

void MqttClient::setTransport(QIODevice *device)
{
    Q_D(MqttClient);
    const std::lock_guard lock(d->shared.mutex);
    d->shared.device = device;
}

QIODevice *MqttClient::transport() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.device;
}

} // namespace OhMqtt

namespace OhMqtt {

int MqttClient::maximumQueuedMessages() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.queueLimits.messages;
}

void MqttClient::setMaximumQueuedMessages(int messages)
{
    Q_D(MqttClient);
    {
        const std::lock_guard lock(d->shared.mutex);
        if (std::exchange(d->shared.queueLimits.messages, qMax(messages, -1)) == qMax(messages, -1))
            return;
    }
    d->post([this] { emit queueLimitsChanged(); });
}

qint64 MqttClient::maximumQueuedBytes() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.queueLimits.bytes;
}

void MqttClient::setMaximumQueuedBytes(qint64 bytes)
{
    Q_D(MqttClient);
    {
        const std::lock_guard lock(d->shared.mutex);
        if (std::exchange(d->shared.queueLimits.bytes, qMax(bytes, qint64(-1))) ==
            qMax(bytes, qint64(-1)))
            return;
    }
    d->post([this] { emit queueLimitsChanged(); });
}

} // namespace OhMqtt
