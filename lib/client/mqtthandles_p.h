// Private parts of the handles: their state, and how the client ends them.
#pragma once

#include <OhMqtt/mqtthandles.h>

#include <QtCore/qpointer.h>

#include <optional>

namespace OhMqtt {

class MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttHandle)

public:
    enum class Status : quint8 { Pending, Acknowledged, Failed };

    virtual ~MqttHandlePrivate() = default;

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
        status = Status::Acknowledged;
        QPointer<MqttHandle> guard(q_ptr);
        emitAcknowledged();
        if (guard)
            finish();
    }

    MqttHandle *q_ptr = nullptr;
    Status status = Status::Pending;
    MqttError error;
    bool autoDelete = true;

private:
    void finish();
};

class MqttPublishHandlePrivate : public MqttHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttPublishHandle)

public:
    void acknowledge(PublishAck ack);

    QoS qos = QoS::Q0;
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
