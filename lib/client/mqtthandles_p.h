// Private parts of the handles: their state, and how the client ends them.
#pragma once

#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/packet/subscribepacket.h>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace OhMqtt {

// The client's thread writes a handle's state; any thread may read it, so every field below is
// written and read under `mutex` (a std::mutex, which ThreadSanitizer can follow).
class MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttHandle)

public:
    enum class Status : quint8 { Pending, Acknowledged, Failed };

    virtual ~MqttHandlePrivate() = default;

    Status currentStatus() const
    {
        const std::lock_guard lock(mutex);
        return status;
    }

    // Marks the handle failed; false when it had ended already. The signals follow from
    // emitFailed(), which the client calls from its event loop, so that a failure found while
    // the request is made reaches slots connected after the call returns.
    bool markFailed(const MqttError &error);
    // failed() and finished(), for a handle that markFailed() ended.
    void emitFailed();

protected:
    // Ends the handle: failed() with `refusal` when the broker refused (a reason code of 0x80 or
    // above), else `emitAcknowledged()` and finished().
    template<typename EmitAcknowledged>
    void conclude(std::optional<ReasonCode> refusal, const QString &what,
                  EmitAcknowledged emitAcknowledged)
    {
        if (refusal) {
            if (markFailed(MqttError(QStringLiteral("%1: %2").arg(what, reasonCodeName(*refusal)),
                                     *refusal)))
                emitFailed();
            return;
        }
        {
            const std::lock_guard lock(mutex);
            status = Status::Acknowledged;
        }
        ended.notify_all();
        emitAcknowledged();
        emitFinished();
    }

    MqttHandle *q_ptr = nullptr;
    mutable std::mutex mutex;
    std::condition_variable ended; // status left Pending
    Status status = Status::Pending;
    MqttError error;
    bool finishEmitted = false; // under `mutex`; see MqttHandle::connectUnlessFinished()
    // Under `mutex`; see onFinished(). The first one kept apart: a handle seldom has more, and
    // a vector would allocate per publish.
    std::function<void()> firstFinishCallback;
    std::vector<std::function<void()>> moreFinishCallbacks;

private:
    friend class MqttHandle;
    void emitFinished();
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

    void markStored();

    QoS qos = QoS::Q0; // set before anyone else sees the handle
    quint16 packetId = 0;
    bool stored = false;
    PublishAck ack;
};

class MqttSubscribeHandlePrivate : public MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttSubscribeHandle)

public:
    // Acknowledges, or fails when the broker refused the filter.
    void acknowledge(const SubAckPacket &subAck);

    QString topicFilter;
    SubscribePacket request; // as handed to the engine, for ActiveSubscriptions
    // Made by the client itself after a session was lost: the MqttSubscription it renews (its
    // id); 0 for the user's own request.
    quint64 renews = 0;
    SubAckPacket subAck;
    bool received = false; // subAck holds the broker's answer
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
