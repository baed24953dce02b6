// Handles: state, waiting, the end signals and the auto delete.
#include "client/mqtthandles_p.h"

#include "client/mqttclient_p.h"

#include <QtCore/qeventloop.h>
#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

#include <algorithm>

namespace OhMqtt {

// ---- MqttHandlePrivate

void MqttHandlePrivate::fail(const MqttError &e)
{
    {
        const std::lock_guard lock(mutex);
        if (status != Status::Pending)
            return;
        status = Status::Failed;
        error = e;
    }
    ended.notify_all();
    QMetaObject::invokeMethod(
        q_ptr,
        [q = q_ptr, e] {
            MqttHandlePrivate *d = q->d_func();
            QPointer<MqttHandle> guard(q);
            emit q->failed(e);
            if (guard)
                d->finish();
        },
        Qt::QueuedConnection);
}

// Deciding to delete and marking the handle finished happen under one lock, after the signal
// (whose slots may still change autoDelete): a setAutoDelete(true) from another thread then
// either comes first and is seen here, or comes after and sees `finished` — one deletion.
void MqttHandlePrivate::finish()
{
    Q_Q(MqttHandle);
    QPointer<MqttHandle> guard(q);
    emit q->finished();
    if (!guard)
        return;
    bool deleteNow = false;
    {
        const std::lock_guard lock(mutex);
        finished = true;
        deleteNow = autoDelete;
    }
    if (deleteNow)
        q->deleteLater();
}

namespace {

std::optional<ReasonCode> firstRefusal(const QList<ReasonCode> &codes)
{
    const auto refused = std::find_if(codes.cbegin(), codes.cend(), isError);
    return refused == codes.cend() ? std::nullopt : std::optional(*refused);
}

std::optional<ReasonCode> refusal(const PublishAck &ack)
{
    return std::visit(
        [](const auto &packet) -> std::optional<ReasonCode> {
            if constexpr (requires { packet.reasonCode; }) {
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

MqttHandle::MqttHandle(MqttHandlePrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
    d_ptr->q_ptr = this;
}

MqttHandle::~MqttHandle()
{
    // A thread that waited in waitForAcknowledged() may have let go of the handle only just now;
    // taking the lock orders this destruction after its last touch of the mutex and condition,
    // also for ThreadSanitizer (the deleteLater() that brought us here went through Qt's event
    // queue, which it cannot see).
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

bool MqttHandle::autoDelete() const noexcept
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->autoDelete;
}

// Handing a handle back with setAutoDelete(true) from any thread: one that already finished is
// deleted now, in the client's thread, through the client's own queue of calls (not through
// deleteLater() from this thread, which ThreadSanitizer could not follow).
void MqttHandle::setAutoDelete(bool autoDelete) noexcept
{
    Q_D(MqttHandle);
    MqttClientPrivate *client = nullptr;
    {
        const std::lock_guard lock(d->mutex);
        const bool deleteNow = autoDelete && !d->autoDelete && d->finished;
        d->autoDelete = autoDelete;
        if (!deleteNow)
            return; // not ours to touch any more: finish() may delete it any moment
        client = d->client;
    }
    // Finished with autoDelete off: nobody but us deletes it now.
    if (client) {
        client->post([handle = QPointer<MqttHandle>(this)] {
            if (handle)
                handle->deleteLater(); // in the handle's own thread now
        });
    }
}

bool MqttHandle::waitForAcknowledged(int msecs)
{
    Q_D(MqttHandle);
    if (thread() != QThread::currentThread()) {
        // The client's thread does the work: wait for it on the handle's condition.
        std::unique_lock lock(d->mutex);
        const auto done = [d] { return d->status != MqttHandlePrivate::Status::Pending; };
        if (msecs < 0)
            d->ended.wait(lock, done);
        else
            d->ended.wait_for(lock, std::chrono::milliseconds(msecs), done);
        return d->status == MqttHandlePrivate::Status::Acknowledged;
    }
    if (!isDone()) {
        QEventLoop loop;
        connect(this, &MqttHandle::finished, &loop, &QEventLoop::quit);
        if (msecs >= 0)
            QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return isAcknowledged();
}

// ---- the three kinds

MqttPublishHandle::MqttPublishHandle(QoS qos, QObject *parent)
    : MqttHandle(*new MqttPublishHandlePrivate, parent)
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

PublishAck MqttPublishHandle::ack() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->ack;
}

MqttSubscribeHandle::MqttSubscribeHandle(const QString &topicFilter, QObject *parent)
    : MqttHandle(*new MqttSubscribeHandlePrivate, parent)
{
    d_func()->topicFilter = topicFilter;
}

MqttSubscribeHandle::~MqttSubscribeHandle() = default;

QString MqttSubscribeHandle::topicFilter() const
{
    return d_func()->topicFilter;
}

SubAckPacket MqttSubscribeHandle::subAck() const
{
    const std::lock_guard lock(d_func()->mutex);
    return d_func()->subAck;
}

MqttUnsubscribeHandle::MqttUnsubscribeHandle(const QString &topicFilter, QObject *parent)
    : MqttHandle(*new MqttUnsubscribeHandlePrivate, parent)
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
