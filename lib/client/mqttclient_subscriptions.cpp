// MqttClientPrivate: live subscriptions — taking a filter over, ending, renewing, routing.
#include "client/mqttclient_p.h"

#include "client/mqttsubscription_p.h"
#include "connection/logging.h"

namespace OhMqtt {

using SubscriptionState = MqttSubscription::State;

namespace {

MqttError reconfiguredError(const QString &filter)
{
    return MqttError(QStringLiteral("SUBSCRIBE '%1': a later subscribe() to the same filter took "
                                    "over before the broker acknowledged this one")
                         .arg(filter),
                     ReasonCode::UnspecifiedError, MqttError::Kind::Reconfigured);
}

MqttError noMatchingSubscriptionError(const QString &filter)
{
    return MqttError(QStringLiteral("UNSUBSCRIBE '%1': this client has no subscription to it, "
                                    "granted or pending; nothing was sent")
                         .arg(filter),
                     ReasonCode::NoSubscriptionExisted, MqttError::Kind::NoMatchingSubscription);
}

} // namespace

// `subscription` takes its filter over (from an earlier subscription to the same share name and
// filter, if any), and its SUBSCRIBE goes out, or waits for the next connection.
void MqttClientPrivate::addSubscription(const SubscriptionPointer &subscription,
                                        SubscribePacket &&packet)
{
    subscription->d_func()->request = packet;
    const SubscriptionPointer previous = subscriptions.add(subscription);
    // What the earlier one asked for no longer stands: a reconnect must not renew it.
    activeSubscriptions.remove(subscription->topicFilter());
    if (previous)
        supersede(previous);
    submit({std::move(packet), subscription});
}

// A later subscribe() took the filter over: a granted subscription ends quietly, a pending one
// with the reference's ReconfiguredError.
void MqttClientPrivate::supersede(const SubscriptionPointer &previous)
{
    if (previous->d_func()->currentState() == SubscriptionState::Subscribed) {
        endSubscription(previous, SubscriptionState::Unsubscribed);
        return;
    }
    const MqttError error = reconfiguredError(previous->topicFilter());
    if (!previous->isDone())
        failHandle(previous, error); // its own SUBSCRIBE: Error, announced with the handle's end
    else
        endSubscription(previous, SubscriptionState::Error, error); // a renewal was pending
}

// Unsubscribed or Error, for good: it leaves the registry (if it still held its filter), and
// the client lets go of it. Announced now, or by the caller.
void MqttClientPrivate::endSubscription(const SubscriptionPointer &subscription,
                                        SubscriptionState end, const MqttError &error,
                                        bool announceNow)
{
    if (subscriptions.remove(*subscription))
        activeSubscriptions.remove(subscription->topicFilter());
    MqttSubscriptionPrivate *d = subscription->d_func();
    d->setState(end, error);
    if (announceNow)
        d->announce();
}

// The client is shut down or destroyed: no subscription receives anything any more.
void MqttClientPrivate::endAllSubscriptions()
{
    for (const SubscriptionPointer &subscription : subscriptions.takeAll()) {
        activeSubscriptions.remove(subscription->topicFilter());
        subscription->d_func()->setState(SubscriptionState::Unsubscribed);
        subscription->d_func()->announce();
    }
}

// failHandle(): a subscription whose own SUBSCRIBE failed is in Error.
void MqttClientPrivate::onHandleFailed(const HandlePointer &handle, const MqttError &error)
{
    if (const SubscriptionPointer subscription = handle.objectCast<MqttSubscription>())
        endSubscription(subscription, SubscriptionState::Error, error, false);
}

// flushNotifications(): after the handle's failed() and finished(), the subscription's signals.
void MqttClientPrivate::announceFailure(const HandlePointer &handle)
{
    if (auto *subscription = qobject_cast<MqttSubscription *>(handle.get()))
        subscription->d_func()->announce();
}

void MqttClientPrivate::unsubscribeNow(const QSharedPointer<MqttUnsubscribeHandle> &handle,
                                       const QString &filter, const MqttError &error,
                                       quint64 onlySubscription)
{
    if (refuseRequest(handle, PacketType::Unsubscribe, filter, error))
        return;
    const SubscriptionPointer current = subscriptions.find(filter);
    // A session the broker kept may hold subscriptions of an earlier run of the program, which
    // this client never made: MqttClient::unsubscribe() still asks the broker to remove those.
    const bool brokerMayHaveIt = onlySubscription == 0 && engine.connAck().sessionPresent;
    if ((!current && !brokerMayHaveIt) ||
        (current && onlySubscription != 0 && current->d_func()->id != onlySubscription)) {
        failHandle(handle, noMatchingSubscriptionError(filter)); // the reference's error
        return;
    }
    if (current)
        endSubscription(current, SubscriptionState::Unsubscribed); // it receives nothing now
    UnsubscribePacket packet;
    packet.topicFilters.append(filter);
    submit({std::move(packet), handle});
}

// SUBACK, for the subscription's own request or a renewal: Subscribed, or Error. An answer for
// a subscription that no longer holds its filter (unsubscribed, taken over) ends only the handle.
void MqttClientPrivate::onSubAck(MqttSubscribeHandle &handle, const SubAckPacket &subAck)
{
    MqttSubscribeHandlePrivate *request = handle.d_func();
    const auto *own = qobject_cast<MqttSubscription *>(&handle);
    const quint64 owner = own ? own->d_func()->id : request->renews;
    const SubscriptionPointer subscription = subscriptions.find(request->topicFilter);
    const bool current = subscription && subscription->d_func()->id == owner;
    const MqttSubscribeResult result(subAck);
    if (current && result.isGranted()) {
        activeSubscriptions.granted(request->topicFilter, request->request);
        subscription->d_func()->setGrantedQoS(result.grantedQoS());
        subscription->d_func()->setState(SubscriptionState::Subscribed);
    }
    request->acknowledge(subAck); // the handle's signals, with the state already readable
    if (!current)
        return;
    if (result.isGranted())
        subscription->d_func()->announce();
    else if (request->renews != 0)
        renewalFailed(*request, handle.error());
    else
        endSubscription(subscription, SubscriptionState::Error, handle.error());
}

// A renewal the broker refused, or that could not be sent: the subscription is in Error, and
// the client says so, as nobody else holds the renewal's handle.
void MqttClientPrivate::renewalFailed(const MqttSubscribeHandlePrivate &renewal,
                                      const MqttError &error)
{
    const SubscriptionPointer subscription = subscriptions.find(renewal.topicFilter);
    if (subscription && subscription->d_func()->id == renewal.renews)
        endSubscription(subscription, SubscriptionState::Error, error);
    reportError(error);
}

// After CONNACK. Without a session the broker has none of the granted subscriptions: the client
// requests them again, in the order first granted, ahead of anything queued; they are Pending
// until the broker grants them again. With a session, only renewals the last connection cut
// short go out again.
void MqttClientPrivate::resubscribe(bool sessionPresent)
{
    // Renewals still queued from the last connection are made anew below.
    outbox.removeIf([](const Outgoing &queued) {
        const auto *request = qobject_cast<const MqttSubscribeHandle *>(queued.handle.get());
        return request && request->d_func()->renews != 0;
    });
    QList<Outgoing> requests;
    for (SubscribePacket &packet : activeSubscriptions.requests()) {
        const QString filter = packet.subscriptions.constFirst().topicFilter;
        const SubscriptionPointer subscription = subscriptions.find(filter);
        if (!subscription)
            continue;
        MqttSubscriptionPrivate *d = subscription->d_func();
        if (sessionPresent && d->currentState() != SubscriptionState::Pending)
            continue;
        auto renewal = newHandle<MqttSubscribeHandle>(filter);
        renewal->d_func()->request = packet;
        renewal->d_func()->renews = d->id;
        d->setState(SubscriptionState::Pending);
        d->announce();
        requests.append({std::move(packet), renewal});
    }
    if (requests.isEmpty())
        return;
    qCDebug(lcSession) << "subscribing again to" << requests.size() << "topic filters"
                       << (sessionPresent ? "whose renewal was cut short" : "(no session)");
    outbox = requests + outbox;
}

void MqttClientPrivate::deliver(const MqttMessage &message)
{
    for (const SubscriptionPointer &subscription :
         subscriptions.recipients(message, routeByIdentifier))
        subscription->d_func()->deliver(message);
}

// ---- ClientLink

void ClientLink::detach()
{
    const std::lock_guard lock(m_mutex);
    m_client = nullptr;
}

// Null once the client is going away.
MqttUnsubscribeHandlePtr ClientLink::unsubscribe(const QString &topicFilter, quint64 id)
{
    std::unique_lock lock(m_mutex);
    MqttClientPrivate *client = m_client;
    if (client && client->inClientThread()) {
        // The call runs now, and a slot it reaches may come here again. The client can only be
        // destroyed in this thread, its own, so not meanwhile.
        lock.unlock();
    }
    return client ? client->unsubscribe(topicFilter, {}, id) : MqttUnsubscribeHandlePtr();
}

} // namespace OhMqtt
