// MqttClient: request / response (MQTT 5.0 4.10) — Response Topic, Correlation Data, one
// subscription per client to the responses.
#include <OhMqtt/mqtttopic.h>

#include "client/mqttclient_p.h"
#include "connection/logging.h"

#include <QtCore/qrandom.h>
#include <QtCore/qtimer.h>

namespace OhMqtt {

MqttRequestHandlePtr MqttClient::request(const QString &topic, const QByteArray &payload, QoS qos,
                                         int timeoutMsecs, const PublishProperties &properties)
{
    Q_D(MqttClient);
    QByteArray correlationData = properties.correlationData().value_or(QByteArray());
    if (correlationData.isEmpty()) {
        correlationData = QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
            QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    }
    auto handle = d->newHandle<MqttRequestHandle>(topic, correlationData);
    MqttError error = topicError(topic);
    if (error.isNull() && connectOptions().protocolVersion() != ProtocolVersion::V5) {
        error = MqttError(QStringLiteral("request '%1': Response Topic and Correlation Data need "
                                         "MQTT 5.0 (MQTT 4.10)")
                              .arg(topic));
    }
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.properties = properties;
    packet.properties.setCorrelationData(correlationData);
    d->post(
        [d, handle, error, timeoutMsecs, packet = std::move(packet)]() mutable {
            if (!d->refuseRequest(handle, PacketType::Publish, packet.topic, error))
                d->startRequest(handle, std::move(packet), timeoutMsecs);
        },
        [d, handle, topic] {
            d->failHandle(
                handle,
                MqttError(QStringLiteral("request '%1': the client was destroyed").arg(topic)));
        });
    return handle;
}

MqttPublishHandlePtr MqttClient::respond(const MqttMessage &request, const QByteArray &payload,
                                         QoS qos, const PublishProperties &properties)
{
    Q_D(MqttClient);
    const std::optional<QString> responseTopic = request.properties().responseTopic();
    if (!responseTopic) {
        auto handle = d->newHandle<MqttPublishHandle>(qos);
        const MqttError error(QStringLiteral("respond: the request on '%1' has no Response Topic")
                                  .arg(request.topic()));
        d->post([d, handle, error] { d->failHandle(handle, error); });
        return handle;
    }
    PublishProperties answer = properties;
    if (const auto correlationData = request.properties().correlationData())
        answer.setCorrelationData(*correlationData);
    return publish(*responseTopic, payload, qos, false, answer);
}

QString MqttClient::responseTopic() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.responseTopic;
}

void MqttClientPrivate::startRequest(const QSharedPointer<MqttRequestHandle> &handle,
                                     PublishPacket &&packet, int timeoutMsecs)
{
    Q_Q(MqttClient);
    QString clientId;
    {
        const std::lock_guard lock(shared.mutex);
        clientId = shared.clientId;
    }
    const QString responseTopic = pendingRequests.responseTopic(
        clientId, MqttConnectResult(engine.connAck()).responseInformation());
    if (!pendingRequests.isSubscribed())
        subscribeToResponses(responseTopic); // before the request: the answer may be quick
    packet.properties.setResponseTopic(responseTopic);

    const QByteArray correlationData = handle->correlationData();
    PendingRequests::Entry entry {handle};
    if (timeoutMsecs >= 0) {
        entry.timeout = new QTimer(q);
        entry.timeout->setSingleShot(true);
        QObject::connect(entry.timeout, &QTimer::timeout, q, [this, correlationData, timeoutMsecs] {
            endRequest(
                correlationData,
                MqttError(QStringLiteral("request: no response within %1 ms").arg(timeoutMsecs)));
        });
        entry.timeout->start(timeoutMsecs);
    }
    pendingRequests.add(std::move(entry));

    auto publish = newHandle<MqttPublishHandle>(packet.qos);
    publish->onFinished(q, [this, publish, correlationData] {
        if (publish->isFailed())
            endRequest(correlationData, publish->error());
    });
    submit({std::move(packet), publish});
}

// A subscription like any other (renewed after a lost session), whose messages stop here rather
// than reach messageReceived(); a refusal fails the requests waiting.
void MqttClientPrivate::subscribeToResponses(const QString &responseTopic)
{
    Q_Q(MqttClient);
    {
        const std::lock_guard lock(shared.mutex);
        shared.responseTopic = responseTopic;
    }
    MqttSubscribeOptions responses;
    responses.setMaximumQoS(QoS::Q2);
    responses.setRetainPolicy(RetainPolicy::Never); // a retained message is nobody's response
    const MqttSubscriptionPtr subscription = q->subscribe(responseTopic, responses);
    pendingRequests.setSubscribed(true);
    QObject::connect(subscription.get(), &MqttSubscription::stateChanged, q,
                     [this, weak = subscription.toWeakRef()](MqttSubscription::State now) {
                         if (now != MqttSubscription::State::Error)
                             return;
                         pendingRequests.setSubscribed(false);
                         if (const auto strong = weak.toStrongRef())
                             failPendingRequests(strong->lastError());
                     });
}

void MqttClientPrivate::endRequest(const QByteArray &correlationData, const MqttError &error)
{
    const PendingRequests::Entry entry = pendingRequests.take(correlationData);
    if (entry.handle)
        failHandle(entry.handle, error);
}

void MqttClientPrivate::onResponse(const MqttMessage &message)
{
    const PendingRequests::Entry entry =
        pendingRequests.take(message.properties().correlationData().value_or(QByteArray()));
    if (!entry.handle) {
        qCDebug(lcSession) << "a response that no request waits for (any more) on"
                           << message.topic();
        return;
    }
    entry.handle->d_func()->respond(message);
}

void MqttClientPrivate::failPendingRequests(const MqttError &error)
{
    for (const PendingRequests::Entry &entry : pendingRequests.takeAll())
        failHandle(entry.handle, error);
}

} // namespace OhMqtt
