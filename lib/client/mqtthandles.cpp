// Handles: state, waiting, and the end signals.
#include "client/mqtthandles_p.h"

#include <QtCore/qeventloop.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

#include <algorithm>
#include <type_traits>

namespace OhMqtt {

// ---- MqttHandlePrivate

bool MqttHandlePrivate::markFailed(const MqttError &e)
{
    {
        const std::lock_guard lock(mutex);
        if (status != Status::Pending)
            return false;
        status = Status::Failed;
        error = e;
    }
    ended.notify_all();
    return true;
}

void MqttHandlePrivate::emitFailed()
{
    Q_Q(MqttHandle);
    emit q->failed(q->error());
    emitFinished();
}

void MqttHandlePrivate::emitFinished()
{
    Q_Q(MqttHandle);
    std::function<void()> first;
    std::vector<std::function<void()>> more;
    {
        const std::lock_guard lock(mutex);
        if (std::exchange(finishEmitted, true))
            return;
        first.swap(firstFinishCallback);
        more.swap(moreFinishCallbacks);
    }
    emit q->finished();
    if (first)
        first();
    for (std::function<void()> &callback : more)
        callback();
}

namespace {

std::optional<ReasonCode> firstRefusal(const QList<ReasonCode> &codes)
{
    const auto refused = std::find_if(codes.cbegin(), codes.cend(), isError);
    return refused == codes.cend() ? std::nullopt : std::optional(*refused);
}

// PUBACK or PUBREC of 0x80 or above refuses the message. PUBCOMP never does: the server took the
// message over at its PUBREC (MQTT 4.3.3), and its only error, 0x92 Packet Identifier not found,
// means it finished the flow before, "not an error during recovery" (MQTT 3.7.2.1).
std::optional<ReasonCode> refusal(const PublishAck &ack)
{
    return std::visit(
        [](const auto &packet) -> std::optional<ReasonCode> {
            using Ack = std::decay_t<decltype(packet)>;
            if constexpr (!std::is_same_v<Ack, PubCompPacket> && requires { packet.reasonCode; }) {
                if (isError(packet.reasonCode))
                    return packet.reasonCode;
            }
            return std::nullopt;
        },
        ack);
}

} // namespace

// The acknowledge() functions run in the client's thread, the only writer: the packet is stored
// under the lock, and the signal carries a copy.
void MqttPublishHandlePrivate::acknowledge(PublishAck publishAck)
{
    Q_Q(MqttPublishHandle);
    {
        const std::lock_guard lock(mutex);
        if (status != Status::Pending)
            return;
        ack = publishAck;
    }
    conclude(refusal(publishAck), QStringLiteral("the broker refused the message"),
             [&] { emit q->acknowledged(publishAck); });
}

void MqttSubscribeHandlePrivate::acknowledge(const SubAckPacket &packet)
{
    Q_Q(MqttSubscribeHandle);
    {
        const std::lock_guard lock(mutex);
        if (status != Status::Pending)
            return;
        subAck = packet;
        received = true;
    }
    conclude(firstRefusal(packet.reasonCodes),
             QStringLiteral("SUBACK refused '%1'").arg(topicFilter),
             [&] { emit q->acknowledged(packet); });
}

void MqttUnsubscribeHandlePrivate::acknowledge(const UnsubAckPacket &packet)
{
    Q_Q(MqttUnsubscribeHandle);
    {
        const std::lock_guard lock(mutex);
        if (status != Status::Pending)
            return;
        unsubAck = packet;
    }
    conclude(firstRefusal(packet.reasonCodes),
             QStringLiteral("UNSUBACK refused '%1'").arg(topicFilter),
             [&] { emit q->acknowledged(packet); });
}

// ---- MqttHandle

MqttHandle::MqttHandle(MqttHandlePrivate &dd)
    : d_ptr(&dd)
{
    d_ptr->q_ptr = this;
}

MqttHandle::~MqttHandle()
{
    // The last holder may let go in any thread; taking the lock orders this destruction after
    // the client thread's last touch of the mutex and condition, also for ThreadSanitizer.
    const std::lock_guard lock(d_func()->mutex);
}

bool MqttHandle::isDone() const noexcept
{
    return d_func()->currentStatus() != MqttHandlePrivate::Status::Pending;
}

bool MqttHandle::isAcknowledged() const noexcept
{
    return d_func()->currentStatus() == MqttHandlePrivate::Status::Acknowledged;
}

bool MqttHandle::isFailed() const noexcept
{
    return d_func()->currentStatus() == MqttHandlePrivate::Status::Failed;
}

MqttError MqttHandle::error() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->error;
}

bool MqttHandle::connectUnlessFinished(const std::function<void()> &connectNow)
{
    Q_D(MqttHandle);
    const std::lock_guard lock(d->mutex);
    if (d->finishEmitted)
        return false;
    connectNow();
    return true;
}

bool MqttHandle::callWhenFinished(std::function<void()> callback)
{
    Q_D(MqttHandle);
    const std::lock_guard lock(d->mutex);
    if (d->finishEmitted)
        return false;
    if (!d->firstFinishCallback)
        d->firstFinishCallback = std::move(callback);
    else
        d->moreFinishCallbacks.push_back(std::move(callback));
    return true;
}

bool MqttHandle::waitForAcknowledged(int msecs)
{
    return waitForAcknowledged(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                         : QDeadlineTimer(msecs));
}

bool MqttHandle::waitForAcknowledged(QDeadlineTimer deadline)
{
    Q_D(MqttHandle);
    if (thread() != QThread::currentThread()) {
        // The client's thread does the work: wait for it on the handle's condition.
        std::unique_lock lock(d->mutex);
        const auto done = [d] { return d->status != MqttHandlePrivate::Status::Pending; };
        if (deadline.isForever())
            d->ended.wait(lock, done);
        else
            d->ended.wait_for(lock, deadline.remainingTimeAsDuration(), done);
        return d->status == MqttHandlePrivate::Status::Acknowledged;
    }
    if (!isDone()) {
        QEventLoop loop;
        connect(this, &MqttHandle::finished, &loop, &QEventLoop::quit);
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        if (!deadline.isForever())
            timer.start(
                std::chrono::ceil<std::chrono::milliseconds>(deadline.remainingTimeAsDuration()));
        if (!isDone()) // a failure may have been marked, its signals still queued
            loop.exec();
    }
    return isAcknowledged();
}

// ---- the three kinds

MqttPublishHandle::MqttPublishHandle(QoS qos)
    : MqttHandle(*new MqttPublishHandlePrivate)
{
    d_func()->qos = qos;
}

MqttPublishHandle::~MqttPublishHandle() = default;

QoS MqttPublishHandle::qos() const noexcept
{
    return d_func()->qos;
}

quint16 MqttPublishHandle::packetId() const noexcept
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->packetId;
}

bool MqttPublishHandle::isStored() const noexcept
{
    Q_D(const MqttPublishHandle);
    const std::lock_guard lock(d->mutex);
    return d->stored;
}

void MqttPublishHandlePrivate::markStored()
{
    Q_Q(MqttPublishHandle);
    {
        const std::lock_guard lock(mutex);
        if (std::exchange(stored, true))
            return;
    }
    emit q->stored();
}

PublishAck MqttPublishHandle::acknowledgement() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->ack;
}

MqttSubscribeHandle::MqttSubscribeHandle(const QString &topicFilter)
    : MqttSubscribeHandle(*new MqttSubscribeHandlePrivate, topicFilter)
{ }

MqttSubscribeHandle::MqttSubscribeHandle(MqttSubscribeHandlePrivate &dd, const QString &topicFilter)
    : MqttHandle(dd)
{
    d_func()->topicFilter = topicFilter;
}

MqttSubscribeHandle::~MqttSubscribeHandle() = default;

QString MqttSubscribeHandle::topicFilter() const
{
    return d_func()->topicFilter;
}

MqttSubscribeResult MqttSubscribeHandle::result() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->received ? MqttSubscribeResult(d_func()->subAck) : MqttSubscribeResult();
}

SubAckPacket MqttSubscribeHandle::subAck() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->subAck;
}

MqttUnsubscribeHandle::MqttUnsubscribeHandle(const QString &topicFilter)
    : MqttHandle(*new MqttUnsubscribeHandlePrivate)
{
    d_func()->topicFilter = topicFilter;
}

MqttUnsubscribeHandle::~MqttUnsubscribeHandle() = default;

QString MqttUnsubscribeHandle::topicFilter() const
{
    return d_func()->topicFilter;
}

UnsubAckPacket MqttUnsubscribeHandle::unsubAck() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->unsubAck;
}

} // namespace OhMqtt
