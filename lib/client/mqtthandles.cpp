// Handles: state, waiting, the end signals and the auto delete.
#include "client/mqtthandles_p.h"

#include <QtCore/qeventloop.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

#include <algorithm>

namespace OhMqtt {

// ---- MqttHandlePrivate

void MqttHandlePrivate::fail(const MqttError &e)
{
    if (status != Status::Pending)
        return;
    status = Status::Failed;
    error = e;
    QMetaObject::invokeMethod(
        q_ptr,
        [q = q_ptr] {
            MqttHandlePrivate *d = q->d_func();
            QPointer<MqttHandle> guard(q);
            emit q->failed(d->error);
            if (guard)
                d->finish();
        },
        Qt::QueuedConnection);
}

void MqttHandlePrivate::finish()
{
    Q_Q(MqttHandle);
    QPointer<MqttHandle> guard(q);
    emit q->finished();
    if (guard && autoDelete)
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

void MqttPublishHandlePrivate::acknowledge(PublishAck publishAck)
{
    Q_Q(MqttPublishHandle);
    if (status != Status::Pending)
        return;
    ack = std::move(publishAck);
    conclude(refusal(ack), QStringLiteral("the broker refused the message"),
             [&] { emit q->acknowledged(ack); });
}

void MqttSubscribeHandlePrivate::acknowledge(const SubAckPacket &packet)
{
    Q_Q(MqttSubscribeHandle);
    if (status != Status::Pending)
        return;
    subAck = packet;
    conclude(firstRefusal(subAck.reasonCodes),
             QStringLiteral("SUBACK refused '%1'").arg(topicFilter),
             [&] { emit q->acknowledged(subAck); });
}

void MqttUnsubscribeHandlePrivate::acknowledge(const UnsubAckPacket &packet)
{
    Q_Q(MqttUnsubscribeHandle);
    if (status != Status::Pending)
        return;
    unsubAck = packet;
    conclude(firstRefusal(unsubAck.reasonCodes),
             QStringLiteral("UNSUBACK refused '%1'").arg(topicFilter),
             [&] { emit q->acknowledged(unsubAck); });
}

// ---- MqttHandle

MqttHandle::MqttHandle(MqttHandlePrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
    d_ptr->q_ptr = this;
}

MqttHandle::~MqttHandle() = default;

bool MqttHandle::isDone() const noexcept
{
    return d_func()->status != MqttHandlePrivate::Status::Pending;
}

bool MqttHandle::isAcknowledged() const noexcept
{
    return d_func()->status == MqttHandlePrivate::Status::Acknowledged;
}

bool MqttHandle::isFailed() const noexcept
{
    return d_func()->status == MqttHandlePrivate::Status::Failed;
}

MqttError MqttHandle::error() const
{
    return d_func()->error;
}

bool MqttHandle::autoDelete() const noexcept
{
    return d_func()->autoDelete;
}

void MqttHandle::setAutoDelete(bool autoDelete) noexcept
{
    d_func()->autoDelete = autoDelete;
}

bool MqttHandle::waitForAcknowledged(int msecs)
{
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
    return d_func()->packetId;
}

PublishAck MqttPublishHandle::ack() const
{
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
    return d_func()->unsubAck;
}

} // namespace OhMqtt
