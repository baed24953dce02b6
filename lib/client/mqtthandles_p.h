// Private parts of the handles: their state, and how the client ends them.
#pragma once

#include <OhMqtt/mqtthandles.h>

#include <QtCore/qpointer.h>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace OhMqtt {

class MqttClientPrivate;

// The client's thread writes a handle's state; any thread may read it, so every field below is
// written and read under `mutex` (a std::mutex, which ThreadSanitizer can follow).
class MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttHandle)

public:
    enum class Status : quint8 { Pending, Acknowledged, Failed };

    virtual ~MqttHandlePrivate() = default;

    // Before anyone else sees the handle.
    void attach(MqttClientPrivate *owner, bool deleteWhenDone)
    {
        client = owner;
        autoDelete = deleteWhenDone;
    }

    Status currentStatus() const
    {
        const std::lock_guard lock(mutex);
        return status;
    }

    // Ends the handle with `error`. The signals come from the event loop, so a failure found
    // while the request is being made reaches slots connected after the call returns.
    void fail(const MqttError &error);

protected:
    // Ends the handle: failed() with `refusal` when the broker refused (a reason code of 0x80 or
    // above), else `emitAcknowledged()`; then finished() and the auto delete.
    template<typename EmitAcknowledged>
    void conclude(std::optional<ReasonCode> refusal, const QString &what,
                  EmitAcknowledged emitAcknowledged)
    {
        if (refusal) {
            fail(MqttError(QStringLiteral("%1: %2").arg(what, reasonCodeName(*refusal)), *refusal));
            return;
        }
        {
            const std::lock_guard lock(mutex);
            status = Status::Acknowledged;
        }
        ended.notify_all();
        QPointer<MqttHandle> guard(q_ptr);
        emitAcknowledged();
        if (guard)
            finish();
    }

    MqttHandle *q_ptr = nullptr;
    MqttClientPrivate *client = nullptr; // set by the client; handles never outlive it
    mutable std::mutex mutex;
    std::condition_variable ended; // status left Pending
    Status status = Status::Pending;
    MqttError error;
    bool autoDelete = true;
    bool finished = false; // finished() was emitted

private:
    void finish();
};

class MqttPublishHandlePrivate : public MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttPublishHandle)

public:
    void acknowledge(PublishAck ack);
    void setPacketId(quint16 id)
    {
        const std::lock_guard lock(mutex);
        packetId = id;
    }

    QoS qos = QoS::Q0; // set before anyone else sees the handle
    quint16 packetId = 0;
    PublishAck ack;
};

class MqttSubscribeHandlePrivate : public MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttSubscribeHandle)

public:
    // Acknowledges, or fails when the broker refused the filter.
    void acknowledge(const SubAckPacket &subAck);

    QString topicFilter;
    quint64 registryToken = 0; // identifies this request's callback in the SubscriptionRegistry
    SubAckPacket subAck;
};

class MqttUnsubscribeHandlePrivate : public MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttUnsubscribeHandle)

public:
    void acknowledge(const UnsubAckPacket &unsubAck);

    QString topicFilter;
    UnsubAckPacket unsubAck;
};

} // namespace OhMqtt
