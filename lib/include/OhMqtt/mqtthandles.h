// Handles: what publish(), subscribe() and unsubscribe() return, to follow one request to its end.
#pragma once

#include <OhMqtt/mqttsubscriberesult.h>
#include <OhMqtt/packet/publishackpacket.h>
#include <OhMqtt/packet/subackpacket.h>
#include <OhMqtt/packet/unsubackpacket.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qsharedpointer.h>
#include <QtCore/qthread.h>

#include <functional>
#include <memory>
#include <variant>

namespace OhMqtt {

class MqttClient;
class MqttClientPrivate;
class MqttHandlePrivate;
class MqttPublishHandlePrivate;
class MqttSubscribeHandlePrivate;
class MqttUnsubscribeHandlePrivate;

/// A request's end as the broker saw it: nothing for QoS 0 (the bytes were written), PUBACK for
/// QoS 1, PUBCOMP for QoS 2 (PUBREC when it refused the message, which then fails the handle).
/// A PUBCOMP with Packet Identifier not found (0x92) still acknowledges: the broker accepted the
/// message at its PUBREC, and only forgot the flow, as when its first PUBCOMP was lost.
using PublishAck = std::variant<std::monostate, PubAckPacket, PubRecPacket, PubCompPacket>;

/// One request of MqttClient followed to its end: acknowledged by the broker, or failed; the
/// base of the publish, subscribe, unsubscribe and request handles.
///
/// Ownership, the one rule: a handle lives as long as someone holds its QSharedPointer. The
/// client holds one while the request is pending and lets go once the handle has ended; the
/// caller holds the one returned. Ignoring the returned pointer is fine (the request goes out all
/// the same, and the handle goes away once it ends); keeping it keeps the handle valid, and
/// waitable, until the caller lets go — also after the client is gone (pending handles then fail
/// with "the client was destroyed"). The last pointer may be dropped in any thread.
/// subscribe() returns a MqttSubscription (mqttsubscription.h), a subscribe handle that lives on
/// after its SUBSCRIBE: the client holds it for as long as it is Pending or Subscribed.
///
/// A handle ends once: acknowledged, or failed with an MqttError; finished() follows either.
/// A failure found while the request is made (invalid topic, not connected) is reported from the
/// event loop, so connecting to failed() right after the call still sees it.
///
/// Threads: a handle lives in the client's thread, and its signals come from there. When the
/// client runs in a thread of its own (MqttClient::startLoop()), that thread may end a handle
/// before publish() has returned to its caller: a connection made afterwards would miss
/// finished(). onFinished() has no such race: it runs the callable once the handle has ended,
/// or at once when it already has. The getters and waitForAcknowledged() may be called from any
/// thread.
class OHMQTT_EXPORT MqttHandle : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool done READ isDone NOTIFY finished)
    Q_PROPERTY(bool acknowledged READ isAcknowledged NOTIFY finished)
    Q_PROPERTY(OhMqtt::MqttError error READ error NOTIFY finished)

public:
    ~MqttHandle() override;

    bool isDone() const noexcept; ///< acknowledged or failed
    bool isAcknowledged() const noexcept; ///< the broker acknowledged the request
    bool isFailed() const noexcept; ///< ended with error()
    MqttError error() const; ///< null unless failed

    /// Calls `callable` (no arguments) in `context`'s thread once the handle has ended, after
    /// finished(); or now when it already has (queued when `context` lives in another thread).
    /// Not at all when `context` is destroyed first. Any thread may call it.
    template<typename Callable> void onFinished(const QObject *context, Callable callable)
    {
        // Kept by the handle and called after finished(): no connection object per handle.
        const bool stored =
            callWhenFinished([guard = QPointer<const QObject>(context), callable]() mutable {
                if (!guard)
                    return;
                if (guard->thread() == QThread::currentThread())
                    callable();
                else
                    QMetaObject::invokeMethod(const_cast<QObject *>(guard.data()),
                                              std::move(callable), Qt::QueuedConnection);
            });
        if (!stored) {
            QMetaObject::invokeMethod(const_cast<QObject *>(context), std::move(callable),
                                      Qt::AutoConnection);
        }
    }

    /// The same without a context: `callable` runs in the client's thread right after
    /// finished(), or now, in the calling thread, when the handle has ended already. It must
    /// be thread-safe, and quick.
    template<typename Callable> void onFinished(Callable callable)
    {
        if (!callWhenFinished(callable))
            callable();
    }

    ///@{
    /// Waits until the handle ends or the time runs out: true when acknowledged, false for a
    /// refusal or a timeout. In the handle's thread (the client's) it runs a local event loop,
    /// so in a GUI thread the interface stays live, and other slots run meanwhile, as with
    /// QDialog::exec(); in any other thread it blocks on a condition.
    bool waitForAcknowledged(int msecs = 30'000);
    bool waitForAcknowledged(QDeadlineTimer deadline);
    ///@}

Q_SIGNALS:
    void failed(const OhMqtt::MqttError &error); ///< the request failed; finished() follows
    void finished(); ///< acknowledged or failed, once

protected:
    /// \cond internal
    MqttHandle(MqttHandlePrivate &dd);
    std::unique_ptr<MqttHandlePrivate> d_ptr;
    /// \endcond

private:
    friend class MqttClientPrivate;
    friend class MqttHandlePrivate;
    Q_DECLARE_PRIVATE(MqttHandle)
    Q_DISABLE_COPY_MOVE(MqttHandle)
    /// Runs `connectNow` and returns true unless finished() was emitted already; under the lock
    /// that the emission takes first, so a connection is either seen by it or not made.
    bool connectUnlessFinished(const std::function<void()> &connectNow);
    /// Keeps `callback` to call right after finished() and returns true, unless finished() was
    /// emitted already; under the same lock.
    bool callWhenFinished(std::function<void()> callback);
};

/// What MqttClient::publish() and respond() return: the PUBLISH's end, with the broker's
/// acknowledgement for QoS 1 and 2.
class OHMQTT_EXPORT MqttPublishHandle : public MqttHandle
{
    Q_OBJECT
    Q_PROPERTY(OhMqtt::QoS qos READ qos CONSTANT)
    Q_PROPERTY(quint16 packetId READ packetId NOTIFY finished)
    Q_PROPERTY(bool stored READ isStored NOTIFY stored)

public:
    ~MqttPublishHandle() override;

    QoS qos() const noexcept; ///< as requested
    quint16 packetId() const noexcept; ///< 0 for QoS 0, and until the PUBLISH is sent
    PublishAck acknowledgement() const; ///< the broker's answer, once there is one
    /// With a session store (MqttClient::setSessionDatabase(), setSessionStore()): the QoS 1 or
    /// 2 message is in the store, committed, so it reaches the broker even after a crash, once a
    /// client with the same store and client identifier connects again. stored() comes before
    /// the PUBLISH leaves, and at most once; never without a store, nor for QoS 0.
    bool isStored() const noexcept;

Q_SIGNALS:
    /// The broker's PUBACK or PUBCOMP (QoS 0: the bytes were written); finished() follows.
    void acknowledged(const OhMqtt::PublishAck &acknowledgement);
    void stored(); ///< see isStored()

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    explicit MqttPublishHandle(QoS qos);
    Q_DECLARE_PRIVATE(MqttPublishHandle)
    Q_DISABLE_COPY_MOVE(MqttPublishHandle)
};

/// A SUBSCRIBE followed to its SUBACK; MqttClient::subscribe() returns its subclass
/// MqttSubscription, which also follows the subscription's life.
class OHMQTT_EXPORT MqttSubscribeHandle : public MqttHandle
{
    Q_OBJECT
    Q_PROPERTY(QString topicFilter READ topicFilter CONSTANT)
    Q_PROPERTY(OhMqtt::MqttSubscribeResult result READ result NOTIFY finished)

public:
    ~MqttSubscribeHandle() override;

    /// The filter as sent, "$share/<shareName>/<filter>" for a shared subscription.
    QString topicFilter() const;
    /// The broker's answer for the filter (null until SUBACK): granted QoS or why it refused.
    MqttSubscribeResult result() const;
    /// The SUBACK packet itself; a SUBACK refusing the filter (reason code 0x80 or above) fails
    /// the handle, and result() and subAck() still show it.
    SubAckPacket subAck() const;

Q_SIGNALS:
    void acknowledged(const OhMqtt::SubAckPacket &subAck); ///< SUBACK granted the filter

protected:
    /// \cond internal
    MqttSubscribeHandle(MqttSubscribeHandlePrivate &dd, const QString &topicFilter);
    /// \endcond

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    explicit MqttSubscribeHandle(const QString &topicFilter);
    Q_DECLARE_PRIVATE(MqttSubscribeHandle)
    Q_DISABLE_COPY_MOVE(MqttSubscribeHandle)
};

/// What MqttClient::unsubscribe() and MqttSubscription::unsubscribe() return: the UNSUBSCRIBE
/// followed to its UNSUBACK.
class OHMQTT_EXPORT MqttUnsubscribeHandle : public MqttHandle
{
    Q_OBJECT
    Q_PROPERTY(QString topicFilter READ topicFilter CONSTANT)

public:
    ~MqttUnsubscribeHandle() override;

    QString topicFilter() const; ///< the filter as sent, as MqttSubscribeHandle's
    /// MQTT 5.0 reason codes: No Subscription Existed (0x11) still acknowledges; codes of 0x80
    /// and above fail the handle.
    UnsubAckPacket unsubAck() const;

Q_SIGNALS:
    void acknowledged(const OhMqtt::UnsubAckPacket &unsubAck); ///< UNSUBACK came

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    friend class MqttSubscription;
    explicit MqttUnsubscribeHandle(const QString &topicFilter);
    Q_DECLARE_PRIVATE(MqttUnsubscribeHandle)
    Q_DISABLE_COPY_MOVE(MqttUnsubscribeHandle)
};

///@{
/// How handles are held (see the ownership rule of MqttHandle).
using MqttPublishHandlePtr = QSharedPointer<MqttPublishHandle>;
using MqttSubscribeHandlePtr = QSharedPointer<MqttSubscribeHandle>;
using MqttUnsubscribeHandlePtr = QSharedPointer<MqttUnsubscribeHandle>;
///@}

} // namespace OhMqtt

Q_DECLARE_METATYPE(OhMqtt::PublishAck)
