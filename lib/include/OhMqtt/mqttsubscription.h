// MqttSubscription: a live subscription — its state on the broker and the messages it matches.
#pragma once

#include <OhMqtt/mqtthandles.h>
#include <OhMqtt/mqttmessage.h>
#include <OhMqtt/mqttsubscribeoptions.h>

namespace OhMqtt {

class MqttSubscriptionPrivate;

/// What MqttClient::subscribe() returns (as Qt MQTT's QMqttSubscription). As a
/// MqttSubscribeHandle it follows the first SUBSCRIBE made for it: done, acknowledged or failed,
/// result() and subAck() are that request's. On top of it, the subscription lives on:
///
///   Pending ──SUBACK grants──→ Subscribed ──unsubscribe()──→ Unsubscribed
///      │                          │  ↑  (a reconnect without session: Pending until the
///      │                          ↓  │   client's own SUBSCRIBE is granted again)
///      └──refused, or the request failed──→ Error
///
/// - Pending: the SUBSCRIBE waits to be sent (made without a connection: it goes out after the
///   next CONNACK) or for its SUBACK.
/// - Subscribed: granted, at grantedQoS(). Stays so across reconnects: when the broker kept no
///   session, the client subscribes again by itself (Pending meanwhile); a refusal then is Error.
/// - Unsubscribed: unsubscribe() was called (it receives nothing from then on, whatever the
///   UNSUBACK says), a later subscribe() to the same share name and filter took over, or the
///   client was shut down or destroyed.
/// - Error: the broker refused the filter, the SUBSCRIBE could not be sent or the connection
///   ended before its SUBACK, or a later subscribe() took over while it was still Pending
///   (MqttError::Kind::Reconfigured). lastError() says which.
/// Unsubscribed and Error are final: subscribe() again for a new subscription.
///
/// messageReceived() carries every message this subscription matches, in the client's thread,
/// before the client's own MqttClient::messageReceived() for the same message: by topic, or,
/// when the broker supports Subscription Identifiers and options() gives one, by the
/// identifiers the broker put in the message. Overlapping subscriptions each get a message once.
///
/// Ownership, the rule of mqtthandles.h extended: the client holds the subscription while it is
/// Pending or Subscribed, so that it goes on receiving when the caller drops its pointer; it lets
/// go once the subscription is Unsubscribed or Error. The caller holds the pointer returned, and
/// may keep it as long as it likes, also after the client is gone.
///
/// Threads: it lives in the client's thread, and its signals come from there; the getters and
/// unsubscribe() may be called from any thread.
class OHMQTT_EXPORT MqttSubscription : public MqttSubscribeHandle
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(OhMqtt::QoS grantedQoS READ grantedQoS NOTIFY grantedQoSChanged)
    Q_PROPERTY(QString shareName READ shareName CONSTANT)
    Q_PROPERTY(OhMqtt::MqttSubscribeOptions options READ options CONSTANT)
    Q_PROPERTY(OhMqtt::MqttError lastError READ lastError NOTIFY errorOccurred)

public:
    /// The subscription's life; see the class description.
    enum class State {
        Unsubscribed, ///< final: unsubscribed, taken over, or the client went away
        Pending, ///< waiting to be sent, or for its SUBACK
        Subscribed, ///< granted
        Error, ///< final: refused or failed; lastError() says why
    };
    Q_ENUM(State)

    ~MqttSubscription() override;

    State state() const noexcept; ///< stateChanged() reports each change
    /// The maximum QoS the broker granted in its last SUBACK; QoS 0 before the first.
    QoS grantedQoS() const noexcept;
    /// The share name of a shared subscription, else empty; topicFilter(), the handle's, is the
    /// filter as sent: `"$share/<shareName>/<filter>"` when shared.
    QString shareName() const;
    MqttSubscribeOptions options() const; ///< as given to subscribe()
    /// Why it went to Error (null otherwise).
    MqttError lastError() const;

    /// Unsubscribes this subscription: Unsubscribed at once, and UNSUBSCRIBE goes to the broker
    /// (queued like any request when there is no connection). When it is no longer the client's
    /// subscription to its filter (Unsubscribed, Error, or taken over), the handle fails with
    /// MqttError::Kind::NoMatchingSubscription and nothing is sent; after the client was
    /// destroyed, with "the client was destroyed".
    Q_INVOKABLE OhMqtt::MqttUnsubscribeHandlePtr unsubscribe();

Q_SIGNALS:
    ///@{
    /// The property of that name changed.
    void stateChanged(OhMqtt::MqttSubscription::State state);
    void grantedQoSChanged(OhMqtt::QoS qos);
    ///@}
    void errorOccurred(const OhMqtt::MqttError &error); ///< it went to Error, for this reason
    /// A message this subscription matches, before MqttClient::messageReceived() of the same.
    void messageReceived(const OhMqtt::MqttMessage &message);

private:
    friend class MqttClient;
    friend class MqttClientPrivate;
    MqttSubscription(const QString &topicFilter, const MqttSubscribeOptions &options);
    Q_DECLARE_PRIVATE(MqttSubscription)
    Q_DISABLE_COPY_MOVE(MqttSubscription)
};

/// How a subscription is held (see its ownership rule).
using MqttSubscriptionPtr = QSharedPointer<MqttSubscription>;

} // namespace OhMqtt
