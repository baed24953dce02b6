// Handles: what publish(), subscribe() and unsubscribe() return, to follow one request to its end.
#pragma once

#include <OhMqtt/packet/publishackpacket.h>
#include <OhMqtt/packet/subackpacket.h>
#include <OhMqtt/packet/unsubackpacket.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobject.h>

#include <memory>
#include <variant>

namespace OhMqtt {

class MqttClient;
class MqttClientPrivate;
class MqttHandlePrivate;
class MqttPublishHandlePrivate;
class MqttSubscribeHandlePrivate;
class MqttUnsubscribeHandlePrivate;

// A request's end as the broker saw it: nothing for QoS 0 (the bytes were written), PUBACK for
// QoS 1, PUBCOMP for QoS 2 (PUBREC when it refused the message, which then fails the handle).
using PublishAck = std::variant<std::monostate, PubAckPacket, PubRecPacket, PubCompPacket>;

// The client owns its handles (they are its children). A handle ends once: acknowledged, or
// failed with an MqttError; finished() follows either. A failure found while the request is made
// (invalid topic, not connected) is reported from the event loop, so connecting to failed() right
// after the call still sees it.
//
// By default a handle deletes itself (deleteLater) after finished(), so requests that nobody
// watches cost nothing; hold it in a QPointer, or setAutoDelete(false) before it ends and delete
// it yourself, to look at it later.
//
// Threads: a handle lives in the client's thread and its signals come from there. A request made
// in any other thread (after MqttClient::startLoop(), say) returns a handle with autoDelete()
// off: the calling thread owns it, as it could not otherwise know it still exists. Hand it back
// with setAutoDelete(true) once done with it — it then deletes itself when finished, or at once
// (in the client's thread) when it already is; right away when not interested:
// `client.publish(topic, payload)->setAutoDelete(true);` — the request goes out all the same.
// (deleteLater() works too.) Its getters, setAutoDelete() and waitForAcknowledged() may be called
// from any thread; connect to its signals as to any object in another thread. Handles never
// outlive their client.
class OHMQTT_EXPORT MqttHandle : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool done READ isDone NOTIFY finished)

public:
    ~MqttHandle() override;

    bool isDone() const noexcept; // acknowledged or failed
    bool isAcknowledged() const noexcept;
    bool isFailed() const noexcept;
    MqttError error() const; // null unless failed

    bool autoDelete() const noexcept;
    // From any thread. Turning it on for a handle that already finished deletes it (later, in
    // the client's thread).
    void setAutoDelete(bool autoDelete) noexcept;

    // Runs a local event loop until the handle ends or `msecs` pass (-1: no limit); in a thread
    // other than the handle's, waits on a condition instead. True when acknowledged; a refusal
    // or a timeout gives false.
    bool waitForAcknowledged(int msecs = 30'000);

Q_SIGNALS:
    void failed(const OhMqtt::MqttError &error);
    void finished();

protected:
    MqttHandle(MqttHandlePrivate &dd, QObject *parent);
    std::unique_ptr<MqttHandlePrivate> d_ptr;

private:
    friend class MqttClientPrivate;
    Q_DECLARE_PRIVATE(MqttHandle)
    Q_DISABLE_COPY_MOVE(MqttHandle)
};

class OHMQTT_EXPORT MqttPublishHandle : public MqttHandle
{
    Q_OBJECT

public:
    ~MqttPublishHandle() override;

    QoS qos() const noexcept;
    quint16 packetId() const noexcept; // 0 for QoS 0, and until the PUBLISH is sent
    PublishAck ack() const; // the acknowledgement, once there is one

Q_SIGNALS:
    void acknowledged(const OhMqtt::PublishAck &ack);

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    MqttPublishHandle(QoS qos, QObject *parent);
    Q_DECLARE_PRIVATE(MqttPublishHandle)
    Q_DISABLE_COPY_MOVE(MqttPublishHandle)
};

class OHMQTT_EXPORT MqttSubscribeHandle : public MqttHandle
{
    Q_OBJECT

public:
    ~MqttSubscribeHandle() override;

    // The filter as sent, "$share/<shareName>/<filter>" for a shared subscription.
    QString topicFilter() const;
    // The broker's answer; a SUBACK refusing the filter (reason code 0x80 or above) fails the
    // handle, and subAck() still shows it.
    SubAckPacket subAck() const;

Q_SIGNALS:
    void acknowledged(const OhMqtt::SubAckPacket &subAck);

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    MqttSubscribeHandle(const QString &topicFilter, QObject *parent);
    Q_DECLARE_PRIVATE(MqttSubscribeHandle)
    Q_DISABLE_COPY_MOVE(MqttSubscribeHandle)
};

class OHMQTT_EXPORT MqttUnsubscribeHandle : public MqttHandle
{
    Q_OBJECT

public:
    ~MqttUnsubscribeHandle() override;

    QString topicFilter() const;
    // MQTT 5.0 reason codes: No Subscription Existed (0x11) still acknowledges; codes of 0x80
    // and above fail the handle.
    UnsubAckPacket unsubAck() const;

Q_SIGNALS:
    void acknowledged(const OhMqtt::UnsubAckPacket &unsubAck);

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    MqttUnsubscribeHandle(const QString &topicFilter, QObject *parent);
    Q_DECLARE_PRIVATE(MqttUnsubscribeHandle)
    Q_DISABLE_COPY_MOVE(MqttUnsubscribeHandle)
};

} // namespace OhMqtt

Q_DECLARE_METATYPE(OhMqtt::PublishAck)
