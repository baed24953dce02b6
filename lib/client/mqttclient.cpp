// MqttClient: the public calls — check the request, build the packet, hand it to the private side.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtttopic.h>

#include "client/mqttclient_p.h"
#include "client/mqtthandles_p.h"
#include "client/tcptransport.h"

#include <QtCore/qeventloop.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qtimer.h>

namespace OhMqtt {

namespace {

QString stateName(MqttClient::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<MqttClient::State>().valueToKey(int(state)));
}

// Runs a local event loop until `reached` or `ended` holds after a state change, or `msecs` pass.
template<typename Reached, typename Ended>
bool waitForState(MqttClient *client, int msecs, Reached reached, Ended ended)
{
    if (reached() || ended())
        return reached();
    QEventLoop loop;
    QObject::connect(client, &MqttClient::stateChanged, &loop, [&] {
        if (reached() || ended())
            loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (msecs >= 0)
        timer.start(msecs);
    loop.exec();
    return reached();
}

// The filter as sent, "$share/<shareName>/<filter>" when shared; an invalid share name is left
// in `error`.
QString filterToSend(const QString &topicFilter, const QString &shareName, MqttError &error)
{
    if (shareName.isEmpty())
        return topicFilter;
    try {
        return joinShare(shareName, topicFilter);
    } catch (const MqttError &e) {
        error = e;
        return topicFilter;
    }
}

} // namespace

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<MqttClientPrivate>(this))
{ }

MqttClient::~MqttClient()
{
    Q_D(MqttClient);
    if (d->transport) { // while the private part still exists to hear from it
        QObject::disconnect(d->transport, nullptr, this, nullptr);
        delete d->transport;
        d->transport = nullptr;
    }
}

void MqttClient::connectToBroker(const MqttConnectOptions &options)
{
    Q_D(MqttClient);
    if (d->state == State::Shutdown)
        throw MqttError(QStringLiteral("connectToBroker: the client is shut down"));
    if (d->state != State::Closed) {
        throw MqttError(QStringLiteral("connectToBroker: the client is %1, not Closed")
                            .arg(stateName(d->state)));
    }
    BrokerAddress address = BrokerAddress::parse(options.address);
    if (address.scheme != BrokerAddress::Scheme::Mqtt) {
        throw MqttError(QStringLiteral("broker address '%1': only mqtt:// is supported so far")
                            .arg(options.address),
                        ReasonCode::ImplementationSpecificError);
    }
    // Encoding CONNECT once finds what the broker could not accept (MQTT 5.0 properties with
    // 3.1.1, an invalid Will Topic, an empty client id without Clean Session in 3.1.1...).
    encodePacket(options.connectPacket(), options.protocolVersion);

    d->options = options;
    d->address = std::move(address);
    d->lastError = {};
    d->startConnection();
}

void MqttClient::disconnectFromBroker(ReasonCode reasonCode, const DisconnectProperties &properties)
{
    Q_D(MqttClient);
    switch (d->state) {
    case State::Connecting:
    case State::TlsHandshake:
    case State::WebSocketHandshake:
    case State::ReconnectWait:
        d->abortConnection({});
        return;
    case State::ConnectSent:
    case State::Connected: {
        DisconnectPacket disconnect;
        disconnect.reasonCode = reasonCode;
        disconnect.properties = properties;
        d->process(d->engine.disconnect(disconnect));
        return;
    }
    case State::Closed:
    case State::Closing:
    case State::Shutdown:
        return;
    }
}

void MqttClient::shutdown()
{
    Q_D(MqttClient);
    d->shuttingDown = true;
    if (d->state == State::Closed) {
        d->failRequests(MqttError(QStringLiteral("the client is shut down")));
        d->setState(State::Shutdown);
        return;
    }
    disconnectFromBroker(); // the state becomes Shutdown once the transport is closed
}

bool MqttClient::isConnected() const noexcept
{
    return d_func()->state == State::Connected;
}

MqttClient::State MqttClient::state() const noexcept
{
    return d_func()->state;
}

MqttConnectOptions MqttClient::connectOptions() const
{
    return d_func()->options;
}

ConnAckPacket MqttClient::connAck() const
{
    return d_func()->engine.connAck();
}

MqttError MqttClient::lastError() const
{
    return d_func()->lastError;
}

MqttPublishHandle *MqttClient::publish(const QString &topic, const QByteArray &payload, QoS qos,
                                       bool retain, const PublishProperties &properties)
{
    Q_D(MqttClient);
    auto *handle = new MqttPublishHandle(qos, this);
    if (d->refuseRequest(handle, PacketType::Publish, topic))
        return handle;
    // The codec checks the topic and QoS when the packet is sent; a failure ends the handle.
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.retain = retain;
    packet.properties = properties;
    d->submit({std::move(packet), handle});
    return handle;
}

MqttSubscribeHandle *MqttClient::subscribe(const QString &topicFilter,
                                           const MqttSubscribeOptions &options,
                                           std::function<void(const MqttMessage &)> callback)
{
    Q_D(MqttClient);
    MqttError error;
    const QString filter = filterToSend(topicFilter, options.shareName, error);
    auto *handle = new MqttSubscribeHandle(filter, this);
    if (d->refuseRequest(handle, PacketType::Subscribe, filter, error))
        return handle;

    SubscribePacket packet;
    packet.subscriptions.append(SubscriptionRequest {filter, options.maxQos, options.noLocal,
                                                     options.retainAsPublished,
                                                     RetainHandling(quint8(options.retainPolicy))});
    if (options.subscriptionId)
        packet.properties.setSubscriptionIdentifier(options.subscriptionId);
    if (!options.userProperties.isEmpty())
        packet.properties.setUserProperties(options.userProperties);

    const quint64 token = ++d->lastRegistryToken;
    handle->d_func()->registryToken = token;
    d->subscriptions.add(filter, std::move(callback), token);
    d->submit({std::move(packet), handle});
    return handle;
}

MqttUnsubscribeHandle *MqttClient::unsubscribe(const QString &topicFilter, const QString &shareName)
{
    Q_D(MqttClient);
    MqttError error;
    const QString filter = filterToSend(topicFilter, shareName, error);
    auto *handle = new MqttUnsubscribeHandle(filter, this);
    if (d->refuseRequest(handle, PacketType::Unsubscribe, filter, error))
        return handle;
    d->subscriptions.remove(filter);
    UnsubscribePacket packet;
    packet.topicFilters.append(filter);
    d->submit({std::move(packet), handle});
    return handle;
}

bool MqttClient::waitForConnected(int msecs)
{
    Q_D(MqttClient);
    const bool reached = waitForState(
        this, msecs, [d] { return d->state == State::Connected; },
        [d] { return d->state == State::Closed || d->state == State::Shutdown; });
    if (!reached && d->state != State::Closed && d->state != State::Shutdown) {
        d->lastError = MqttError(QStringLiteral("waitForConnected: still %1 after %2 ms")
                                     .arg(stateName(d->state))
                                     .arg(msecs));
    }
    return reached;
}

bool MqttClient::waitForDisconnected(int msecs)
{
    Q_D(MqttClient);
    const bool reached = waitForState(
        this, msecs, [d] { return d->state == State::Closed || d->state == State::Shutdown; },
        [] { return false; });
    if (!reached) {
        d->lastError = MqttError(QStringLiteral("waitForDisconnected: still %1 after %2 ms")
                                     .arg(stateName(d->state))
                                     .arg(msecs));
    }
    return reached;
}

} // namespace OhMqtt
