// MqttClientPrivate: acting on the engine's events — writes, timers, packets, states.
#include "client/mqttclient_p.h"

#include "client/mqtthandles_p.h"
#include "client/reconnectpolicy.h"
#include "connection/logging.h"
#include "transport/transport.h"

#include <QtCore/qtimer.h>

namespace OhMqtt {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>; // clang 14 lacks aggregate CTAD

} // namespace

// `request`, when given, is the request whose send() produced these events.
void MqttClientPrivate::process(Engine::Events &&events, const Outgoing *request)
{
    // The engine produced all of these bytes before any slot reached from this batch runs, and
    // its state counts them as sent: they go out first, in order. A slot that then calls
    // disconnectFromBroker() puts its DISCONNECT after them — after the PUBACK or PUBREC of the
    // message it is handling [MQTT-4.3.2-4] [MQTT-4.3.3-8] — and nothing after it
    // [MQTT-3.14.4-1]: bytes the engine produced after a DISCONNECT are dropped.
    // With a session store, what the engine's bytes depend on is written first, and they wait for
    // the commit at the end of this turn of the event loop (held). A new inbound QoS 2 message is
    // committed on its own right before it is delivered (below), so that a crash cannot bring it
    // back [MQTT-4.3.3-10] and loses at most the one being handled.
    bool deliversInboundQos2 = false;
    if (persistence.isOpen()) {
        for (const Engine::Event &event : events) {
            const auto *change = std::get_if<Engine::SessionChanged>(&event);
            if (!change)
                continue;
            if (change->change == Engine::SessionChanged::Change::InboundAwaitingRelease)
                deliversInboundQos2 = true;
            else
                persistence.apply(*change);
        }
    }
    // Set here, cleared below by the call that set it (a nested process() leaves it alone).
    const bool holdForDelivery = deliversInboundQos2 && !std::exchange(holdingForDelivery, true);
    for (Engine::Event &event : events) {
        if (auto *bytes = std::get_if<Engine::SendBytes>(&event)) {
            onSendBytes(*bytes, request);
            if (bytes->packetType == PacketType::Disconnect)
                break;
        }
    }
    bool identifierFreed = false;
    for (Engine::Event &event : events) {
        std::visit(
            Overloaded {
                [&](Engine::SendBytes &) {}, // written above
                [&](Engine::StartTimer &e) { engineTimers[int(e.timer)]->start(e.interval); },
                [&](Engine::StopTimer &e) { engineTimers[int(e.timer)]->stop(); },
                [&](Engine::Connected &e) { onConnected(e); },
                [&](Engine::PacketReceived &e) { onPacketReceived(std::move(e.packet)); },
                [&](Engine::SendRejected &e) { onSendRejected(e, request); },
                // The outbox waits for the end of the batch: an identifier freed here may still
                // be named by later events of the same batch (the acknowledgements the engine
                // read with it), which must find their own request, not a new one [MQTT-2.2.1-3].
                [&](Engine::PacketIdReleased &) { identifierFreed = true; },
                [&](Engine::ConnectionFailed &e) { onConnectionFailed(e); },
                [&](Engine::Close &e) {
                    flushHeldOutput(); // what came before goes out first
                    closeTransport(e.abort); // closed() follows
                },
                [&](Engine::Disconnected &e) {
                    closeReason = e.reason;
                    qCDebug(lcConnection) << "connection over:" << reasonCodeName(e.reason);
                },
                [&](Engine::SessionDiscarded &e) { onSessionDiscarded(e); },
                [&](Engine::SessionChanged &e) {
                    if (e.change == Engine::SessionChanged::Change::InboundAwaitingRelease) {
                        persistence.apply(e);
                        commitSession(); // before its delivery, which follows
                    }
                },
            },
            event);
    }
    if (holdForDelivery)
        holdingForDelivery = false;
    if (identifierFreed)
        flushOutbox();
    engine.recycle(std::move(events));
}

void MqttClientPrivate::onSendBytes(Engine::SendBytes &event, const Outgoing *request)
{
    // Closing: DISCONNECT is written, or the transport is being aborted [MQTT-3.14.4-1].
    if (!transport || state == State::Closing)
        return;
    inflight.written(event.packetType, event.packetId);
    const bool qos0Publish =
        request && event.packetType == PacketType::Publish && event.packetId == 0;
    QSharedPointer<MqttPublishHandle> handle;
    if (qos0Publish)
        handle = request->handle.objectCast<MqttPublishHandle>();
    if (holdsOutput()) { // they depend on the session store's next commit, or follow bytes that do
        heldOutput.push_back({std::move(event.bytes), qos0Publish, std::move(handle)});
        scheduleCommit();
        return;
    }
    writeBytes(event.bytes, qos0Publish, std::move(handle));
}

void MqttClientPrivate::writeBytes(const QByteArray &bytes, bool qos0Publish,
                                   QSharedPointer<MqttPublishHandle> handle)
{
    const qint64 end = transport->write(bytes);
    if (!qos0Publish)
        return;
    if (end < 0) // the transport refused the bytes: the message did not go out
        failHandle(
            handle,
            MqttError(
                QStringLiteral("PUBLISH: the %1 refused the write").arg(transport->description())));
    else if (handle)
        awaitingWrite.emplace_back(end, std::move(handle));
}

void MqttClientPrivate::onConnected(Engine::Connected &event)
{
    Q_Q(MqttClient);
    connectTimer->stop();
    wasConnected = true;
    reconnectAttempt = 0; // the back-off starts over
    setConnectResult(event.connAck);
    // A new connection: the broker knows none of our aliases [MQTT-3.3.2-7]
    outboundAliases.reset(engine.protocolVersion() == ProtocolVersion::V5
                              ? event.connAck.properties.topicAliasMaximum().value_or(0)
                              : 0);
    updateClientId();
    routeByIdentifier = engine.protocolVersion() == ProtocolVersion::V5 &&
        event.connAck.properties.subscriptionIdentifierAvailable().value_or(true);
    if (!event.connAck.sessionPresent)
        inflight.clearInbound(); // the broker has none of the inbound QoS 2 flows now
    resubscribe(event.connAck.sessionPresent);
    flushOutbox(); // requests made while connecting go first
    setState(State::Connected);
    emit q->brokerConnected(MqttConnectResult(event.connAck));
}

void MqttClientPrivate::onConnectionFailed(const Engine::ConnectionFailed &event)
{
    // A refusing CONNACK stays readable through connectResult(), with its reason and properties.
    if (state == State::ConnectSent && isError(engine.connAck().reasonCode)) {
        refusedForGood = !Reconnect::mayRetryAfterRefusal(engine.connAck().reasonCode);
        setConnectResult(engine.connAck());
    }
    reportError(event.error);
}

void MqttClientPrivate::onPacketReceived(Packet &&packet)
{
    Q_Q(MqttClient);
    switch (packetType(packet)) {
    case PacketType::Publish: {
        trackDelivery(std::get<PublishPacket>(packet)); // mqttclient_inflight.cpp
        // The payload moves from the decoder's packet into the shared message: no copy.
        const MqttMessage message(std::get<PublishPacket>(std::move(packet)));
        if (pendingRequests.isResponse(message))
            return onResponse(message); // mqttclient_requestresponse.cpp
        deliver(message); // to the subscriptions it is for
        emit q->messageReceived(message);
        return;
    }
    case PacketType::PubAck: {
        auto &pubAck = std::get<PubAckPacket>(packet);
        return onAcknowledgement(pubAck.packetId, std::move(pubAck));
    }
    case PacketType::PubRec: {
        auto &pubRec = std::get<PubRecPacket>(packet);
        return onAcknowledgement(pubRec.packetId, std::move(pubRec));
    }
    case PacketType::PubComp: {
        auto &pubComp = std::get<PubCompPacket>(packet);
        return onAcknowledgement(pubComp.packetId, std::move(pubComp));
    }
    case PacketType::SubAck: {
        const auto &subAck = std::get<SubAckPacket>(packet);
        const HandlePointer handle = awaitingAck.take(subAck.packetId);
        if (auto *subscribe = qobject_cast<MqttSubscribeHandle *>(handle.get()))
            onSubAck(*subscribe, subAck);
        return;
    }
    case PacketType::UnsubAck: {
        const auto &unsubAck = std::get<UnsubAckPacket>(packet);
        const HandlePointer handle = awaitingAck.take(unsubAck.packetId);
        if (auto *unsubscribe = qobject_cast<MqttUnsubscribeHandle *>(handle.get()))
            unsubscribe->d_func()->acknowledge(unsubAck);
        return;
    }
    case PacketType::Disconnect:
        emit q->brokerDisconnected(std::get<DisconnectPacket>(packet));
        return;
    case PacketType::Auth:
        emit q->authReceived(std::get<AuthPacket>(packet));
        return;
    default:
        return;
    }
}

void MqttClientPrivate::onAcknowledgement(quint16 packetId, PublishAck ack)
{
    if (const auto *pubAck = std::get_if<PubAckPacket>(&ack); pubAck && isError(pubAck->reasonCode))
        qCDebug(lcSession) << "PUBACK" << packetId
                           << "refused:" << reasonCodeName(pubAck->reasonCode);
    if (persistence.isOpen())
        persistence.completed(packetId);
    inflight.finished(packetId);
    const HandlePointer handle = awaitingAck.take(packetId);
    if (auto *publish = qobject_cast<MqttPublishHandle *>(handle.get()))
        publish->d_func()->acknowledge(std::move(ack));
}

void MqttClientPrivate::onSendRejected(const Engine::SendRejected &event, const Outgoing *request)
{
    HandlePointer handle;
    if (event.packetId != 0) {
        handle = awaitingAck.take(event.packetId);
        inflight.finished(event.packetId);
        if (persistence.isOpen())
            persistence.completed(event.packetId);
    } else if (request && packetType(request->packet) == event.packetType)
        handle = request->handle;
    if (!handle) {
        if (event.packetType == PacketType::Disconnect)
            reportError(event.error);
        else if (event.packetType == PacketType::Publish) // detached (publishDetached())
            failHandle({}, event.error);
        else
            qCDebug(lcSession) << "not sent:" << event.error;
        return;
    }
    failHandle(handle, event.error); // a subscription whose own SUBSCRIBE it was is in Error
    const auto *subscribe = qobject_cast<MqttSubscribeHandle *>(handle.get());
    if (subscribe && subscribe->d_func()->renews != 0)
        renewalFailed(*subscribe->d_func(), event.error);
}

} // namespace OhMqtt
