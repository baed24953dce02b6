// MqttSubscription: state, getters, signals and delivery; the client decides the transitions.
#include "client/mqttsubscription_p.h"

#include "connection/logging.h"

#include <atomic>

namespace OhMqtt {

namespace {

quint64 nextSubscriptionId()
{
    static std::atomic<quint64> last {0};
    return ++last;
}

} // namespace

MqttSubscriptionPrivate::MqttSubscriptionPrivate()
    : id(nextSubscriptionId())
{ }

MqttSubscriptionPrivate::State MqttSubscriptionPrivate::currentState() const
{
    const std::lock_guard lock(mutex);
    return state;
}

void MqttSubscriptionPrivate::setState(State newState, const MqttError &why)
{
    const std::lock_guard lock(mutex);
    if (state == State::Unsubscribed || state == State::Error)
        return;
    state = newState;
    if (newState == State::Error) {
        lastError = why;
        errorToAnnounce = true;
    }
}

void MqttSubscriptionPrivate::setGrantedQoS(QoS qos)
{
    const std::lock_guard lock(mutex);
    grantedQoS = qos;
}

void MqttSubscriptionPrivate::announce()
{
    Q_Q(MqttSubscription);
    State nowState;
    QoS nowQoS;
    MqttError newError;
    {
        const std::lock_guard lock(mutex);
        nowState = state;
        nowQoS = grantedQoS;
        if (std::exchange(errorToAnnounce, false))
            newError = lastError;
    }
    if (std::exchange(announcedQoS, nowQoS) != nowQoS)
        emit q->grantedQoSChanged(nowQoS);
    if (std::exchange(announcedState, nowState) != nowState)
        emit q->stateChanged(nowState);
    if (!newError.isNull())
        emit q->errorOccurred(newError);
}

void MqttSubscriptionPrivate::deliver(const MqttMessage &message)
{
    Q_Q(MqttSubscription);
    if (callback) {
        // No exception may unwind through the event loop.
        try {
            callback(message);
        } catch (const std::exception &e) {
            qCWarning(lcClient) << "subscription callback for" << topicFilter
                                << "threw:" << e.what();
        } catch (...) {
            qCWarning(lcClient) << "subscription callback for" << topicFilter
                                << "threw an exception";
        }
    }
    emit q->messageReceived(message);
}

MqttSubscription::MqttSubscription(const QString &topicFilter, const MqttSubscribeOptions &options)
    : MqttSubscribeHandle(*new MqttSubscriptionPrivate, topicFilter)
{
    d_func()->options = options;
}

MqttSubscription::~MqttSubscription() = default;

MqttSubscription::State MqttSubscription::state() const noexcept
{
    return d_func()->currentState();
}

QoS MqttSubscription::grantedQoS() const noexcept
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->grantedQoS;
}

QString MqttSubscription::shareName() const
{
    return d_func()->options.shareName();
}

MqttSubscribeOptions MqttSubscription::options() const
{
    return d_func()->options;
}

MqttError MqttSubscription::lastError() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->lastError;
}

MqttUnsubscribeHandlePtr MqttSubscription::unsubscribe()
{
    Q_D(MqttSubscription);
    if (MqttUnsubscribeHandlePtr handle = d->link->unsubscribe(topicFilter(), d->id))
        return handle;
    // The client is gone: a handle that has failed, its signals from the event loop as always.
    MqttUnsubscribeHandlePtr handle(new MqttUnsubscribeHandle(topicFilter()));
    handle->d_func()->markFailed(
        MqttError(QStringLiteral("UNSUBSCRIBE '%1': the client was destroyed").arg(topicFilter())));
    // Weakly held: in a thread without an event loop the call never runs, and must not keep the
    // handle alive (it goes with the handle's own events when the caller lets go).
    QMetaObject::invokeMethod(
        handle.get(),
        [weak = handle.toWeakRef()] {
            if (const MqttUnsubscribeHandlePtr strong = weak.toStrongRef())
                strong->d_func()->emitFailed();
        },
        Qt::QueuedConnection);
    return handle;
}

} // namespace OhMqtt
