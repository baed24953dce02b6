// MqttClientPrivate: requests on their way out — queued while connecting or over quota, then sent.
#include "client/mqttclient_p.h"

#include "client/mqtthandles_p.h"
#include "connection/logging.h"

#include <algorithm>

namespace OhMqtt {

namespace {

quint16 *packetIdField(Packet &packet) noexcept
{
    if (auto *publish = std::get_if<PublishPacket>(&packet))
        return publish->qos == QoS::Q0 ? nullptr : &publish->packetId;
    if (auto *subscribe = std::get_if<SubscribePacket>(&packet))
        return &subscribe->packetId;
    if (auto *unsubscribe = std::get_if<UnsubscribePacket>(&packet))
        return &unsubscribe->packetId;
    return nullptr;
}

// QoS 1 and 2 PUBLISH count against the server's Receive Maximum.
bool needsQuota(const Packet &packet) noexcept
{
    const auto *publish = std::get_if<PublishPacket>(&packet);
    return publish && publish->qos != QoS::Q0;
}

} // namespace

// Requests are taken in every state but Shutdown: those that cannot go out now wait in the
// outbox for the next connection (the offline queue, bounded by queueLimits).
bool MqttClientPrivate::acceptsRequests() const noexcept
{
    return state != State::Shutdown && !shuttingDown;
}

// Ends `handle` at once when `error` is set or the client takes no requests now.
bool MqttClientPrivate::refuseRequest(const HandlePointer &handle, PacketType type,
                                      const QString &subject, const MqttError &error)
{
    if (error.isNull() && acceptsRequests())
        return false;
    const MqttError refusal = error.isNull()
        ? MqttError(
              QStringLiteral("%1 '%2': the client is shut down").arg(packetTypeName(type), subject))
        : error;
    qCDebug(lcSession) << "refused:" << refusal;
    failHandle(handle, refusal);
    return true;
}

void MqttClientPrivate::failHandle(const HandlePointer &handle, const MqttError &error)
{
    Q_Q(MqttClient);
    if (!handle) {
        // Only a detached PUBLISH (publishDetached()) has none: its failure is the client's
        // error, told like a handle's from the event loop; not once the client is shut down.
        if (!acceptsRequests())
            return;
        detachedFailures.push_back(error);
    } else if (handle->d_func()->markFailed(error)) {
        onHandleFailed(handle, error);
        failedToNotify.push_back(handle);
    } else {
        return;
    }
    if (!std::exchange(notificationPosted, true))
        QMetaObject::invokeMethod(
            q, [this] { flushNotifications(); }, Qt::QueuedConnection);
}

void MqttClientPrivate::flushNotifications()
{
    notificationPosted = false;
    for (const HandlePointer &handle : std::exchange(failedToNotify, {})) {
        handle->d_func()->emitFailed();
        announceFailure(handle);
    }
    for (const MqttError &error : std::exchange(detachedFailures, {}))
        reportError(error);
}

void MqttClientPrivate::failEverything(const MqttError &error)
{
    failRequests(error);
    flushNotifications();
}

void MqttClientPrivate::submit(Outgoing &&request)
{
    // Only PUBLISH waits for quota [MQTT-3.3.4-8]; it also waits behind earlier ones, in order.
    const bool behindQueue = needsQuota(request.packet) && !outbox.isEmpty();
    if (state != State::Connected && !fitsOfflineQueue(request))
        return;
    storeOutgoing(request); // mqttclient_session.cpp
    // Taken now for inflightMessages(); a QoS 0 PUBLISH sent at once is never in flight.
    if (needsQuota(request.packet) && request.track.sequence == 0)
        request.track = inflight.take();
    if (state == State::Connected && !behindQueue && trySend(request))
        return;
    if (const auto *publish = std::get_if<PublishPacket>(&request.packet)) {
        if (request.track.sequence == 0)
            request.track = inflight.take();
        ++outboxPublishes;
        outboxPayloadBytes += publish->payload.size();
    }
    outbox.append(std::move(request));
}

// After the outbox changed other than by submit(): the counts the offline queue's limits use.
void MqttClientPrivate::recountOutbox()
{
    outboxPublishes = 0;
    outboxPayloadBytes = 0;
    for (const Outgoing &queued : std::as_const(outbox)) {
        if (const auto *publish = std::get_if<PublishPacket>(&queued.packet)) {
            ++outboxPublishes;
            outboxPayloadBytes += publish->payload.size();
        }
    }
}

// Without a connection, PUBLISH waits within the limits of the offline queue; past them the
// request fails at once, so that nothing is dropped unseen.
bool MqttClientPrivate::fitsOfflineQueue(const Outgoing &request)
{
    const auto *publish = std::get_if<PublishPacket>(&request.packet);
    if (!publish)
        return true;
    const QueueLimits limits = queueLimits();
    QString exceeded;
    if (limits.messages >= 0 && outboxPublishes + 1 > limits.messages) {
        exceeded = QStringLiteral("%1 messages (maximumQueuedMessages)").arg(limits.messages);
    } else if (limits.bytes >= 0 && outboxPayloadBytes + publish->payload.size() > limits.bytes) {
        exceeded = QStringLiteral("%1 payload bytes (maximumQueuedBytes)").arg(limits.bytes);
    }
    if (exceeded.isEmpty())
        return true;
    failHandle(request.handle,
               MqttError(QStringLiteral("PUBLISH '%1': the offline queue is full: %2")
                             .arg(publish->topic, exceeded),
                         ReasonCode::QuotaExceeded));
    return false;
}

MqttClientPrivate::QueueLimits MqttClientPrivate::queueLimits() const
{
    const std::lock_guard lock(shared.mutex);
    return shared.queueLimits;
}

// False when the request must wait: no quota, or no free packet identifier.
bool MqttClientPrivate::trySend(Outgoing &request)
{
    if (needsQuota(request.packet) && engine.sendQuota() <= 0)
        return false;
    if (quint16 *packetId = packetIdField(request.packet)) {
        const std::optional<quint16> id = engine.acquirePacketId();
        if (!id)
            return false;
        *packetId = *id;
        awaitingAck.insert(*id, request.handle);
        if (request.sequence != 0)
            persistence.sent(request.sequence, *id);
        if (needsQuota(request.packet))
            inflight.assigned(*id, request.track);
        if (auto *publish = qobject_cast<MqttPublishHandle *>(request.handle.get()))
            publish->d_func()->setPacketId(*id);
    }
    QString aliasedTopic; // the topic an alias may be assigned to now
    if (request.aliasPolicy != AliasPolicy::Never) {
        if (const auto *publish = std::get_if<PublishPacket>(&request.packet))
            aliasedTopic = publish->topic;
        if (!applyAliasPolicy(request)) { // failed: nothing goes out
            if (const quint16 *packetId = packetIdField(request.packet)) {
                awaitingAck.remove(*packetId);
                inflight.finished(*packetId);
                engine.releasePacketId(*packetId);
                if (persistence.isOpen())
                    persistence.completed(*packetId);
            }
            return true;
        }
    }
    Engine::Events events = engine.send(request.packet);
    if (!aliasedTopic.isEmpty() &&
        std::any_of(events.cbegin(), events.cend(), [](const Engine::Event &e) {
            return std::holds_alternative<Engine::SendRejected>(e);
        }))
        outboundAliases.forget(aliasedTopic); // the broker never saw it
    process(std::move(events), &request);
    return true;
}

// The publish's AliasPolicy, on this connection: the alias alone when the broker knows it, the
// topic and a new alias while any is left, else the topic (Try) or a failure (Always). A Topic
// Alias the caller set in the properties is left as it is.
bool MqttClientPrivate::applyAliasPolicy(Outgoing &request)
{
    auto *publish = std::get_if<PublishPacket>(&request.packet);
    if (!publish || request.aliasPolicy == AliasPolicy::Never || publish->properties.topicAlias())
        return true;
    const OutboundAliases::Lookup lookup =
        outboundAliases.lookup(publish->topic, request.aliasPolicy);
    if (lookup.alias == 0) {
        if (request.aliasPolicy != AliasPolicy::Always)
            return true;
        failHandle(request.handle,
                   MqttError(QStringLiteral("PUBLISH '%1': no Topic Alias left for AliasPolicy::"
                                            "Always; the broker allows %2 on this connection")
                                 .arg(publish->topic)
                                 .arg(outboundAliases.maximum()),
                             ReasonCode::TopicAliasInvalid));
        return false;
    }
    publish->properties.setTopicAlias(lookup.alias);
    if (lookup.existed)
        publish->topic.clear(); // the alias stands for it [MQTT-3.3.2-12]
    return true;
}

void MqttClientPrivate::flushOutbox()
{
    // A PUBLISH held back for quota must not hold back other packets [MQTT-3.3.4-8]; the held
    // PUBLISH packets keep their order. Once one is held, the requests after the last one that
    // needs no quota stay where they are: a backlog of QoS 1 and 2 PUBLISH is not moved out and
    // back at every acknowledgement (which made a backlog of n cost n² moves).
    QList<Outgoing> held;
    std::optional<qsizetype> toVisit; // set once a PUBLISH waits for quota
    while (!outbox.isEmpty() && (!toVisit || *toVisit > 0) &&
           engine.state() == Engine::State::Connected) {
        Outgoing request = outbox.takeFirst();
        if (toVisit)
            --*toVisit;
        const bool quota = needsQuota(request.packet);
        if ((quota && toVisit) || !trySend(request)) {
            if (quota && !toVisit) {
                const auto last =
                    std::find_if(outbox.crbegin(), outbox.crend(),
                                 [](const Outgoing &queued) { return !needsQuota(queued.packet); });
                toVisit = outbox.crend() - last;
            }
            held.append(std::move(request));
        }
    }
    while (!held.isEmpty())
        outbox.prepend(held.takeLast());
    recountOutbox();
}

void MqttClientPrivate::failRequests(const MqttError &error)
{
    if (!outbox.isEmpty())
        qCDebug(lcSession) << "failing" << outbox.size() << "queued requests:" << error;
    for (const Outgoing &request : std::exchange(outbox, {}))
        failHandle(request.handle, error);
    recountOutbox();
    failRequestsInFlight(error);
    // Their handles failed: a later connection must not deliver them after all.
    std::exchange(awaitingAck, {}).forEach([&](quint16, const HandlePointer &handle) {
        failHandle(handle, error);
    });
    engine.forgetSession();
    failPendingRequests(error);
    inflight.clearOutbound();
    endAllSubscriptions(); // shut down or destroyed: nothing will reach them
}

// Requests already written whose answer cannot come now: SUBSCRIBE and UNSUBSCRIBE, and QoS 0
// PUBLISH not yet written out. QoS 1 and 2 PUBLISH stay pending: the engine keeps them for the
// session, resends them when the next CONNACK says it resumed, or gives them back
// (onSessionDiscarded()). Queued requests stay for the next connection.
void MqttClientPrivate::failRequestsInFlight(const MqttError &error)
{
    awaitingAck.removeIf([&](quint16, const HandlePointer &handle) {
        const auto *publish = qobject_cast<const MqttPublishHandle *>(handle.get());
        // No handle: a detached QoS 1 or 2 PUBLISH (QoS 0 has no identifier), which stays too.
        if (!handle || (publish && publish->qos() != QoS::Q0))
            return false;
        failHandle(handle, error);
        return true;
    });
    for (const auto &[offset, handle] : std::exchange(awaitingWrite, {}))
        failHandle(handle, error);
    dropHeldOutput(error);
    commitSession();
}

// The broker kept no session: a message it had not acknowledged goes out again as a new
// PUBLISH, ahead of newer requests; a QoS 2 message it had taken over (PUBREC) cannot be
// resent without risking a second delivery, so its handle fails.
void MqttClientPrivate::onSessionDiscarded(Engine::SessionDiscarded &event)
{
    QList<Outgoing> resubmitted;
    for (Engine::SessionDiscarded::Publish &discarded : event.publishes) {
        const HandlePointer handle = awaitingAck.take(discarded.packet.packetId);
        const InflightTracker::Track track = inflight.finished(discarded.packet.packetId);
        const quint64 sequence = persistence.sequenceOf(discarded.packet.packetId);
        if (persistence.isOpen()) {
            if (discarded.received)
                persistence.completed(discarded.packet.packetId);
            else
                persistence.unsent(discarded.packet.packetId);
        }
        if (discarded.received) {
            failHandle(handle,
                       MqttError(QStringLiteral("PUBLISH '%1': the broker kept no session after "
                                                "it took the message over (PUBREC); whether it "
                                                "was delivered is unknown")
                                     .arg(discarded.packet.topic)));
            continue;
        }
        PublishPacket packet = std::move(discarded.packet);
        packet.packetId = 0;
        packet.dup = false; // a new message now [MQTT-3.3.1-3]
        if (auto *publish = qobject_cast<MqttPublishHandle *>(handle.get()))
            publish->d_func()->setPacketId(0);
        resubmitted.append({std::move(packet), handle, AliasPolicy::Never, sequence, track});
    }
    qCDebug(lcSession) << "no session on the broker:" << resubmitted.size()
                       << "unacknowledged messages go out again as new";
    outbox = resubmitted + outbox;
    recountOutbox();
}

} // namespace OhMqtt
