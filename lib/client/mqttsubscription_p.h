// Private part of MqttSubscription: its state, and the way back to its client.
#pragma once

#include <OhMqtt/mqttsubscription.h>

#include "client/mqtthandles_p.h"

#include <functional>
#include <memory>
#include <mutex>

namespace OhMqtt {

class MqttClientPrivate;

// The client a subscription's unsubscribe() goes through (mqttclient_subscriptions.cpp). It
// forgets the client as the client starts being destroyed, so that a call made meanwhile in
// another thread finds no half-gone client.
class ClientLink
{
public:
    explicit ClientLink(MqttClientPrivate *client)
        : m_client(client)
    { }
    void detach();
    // Unsubscribes `topicFilter` if subscription `id` still holds it; any thread.
    MqttUnsubscribeHandlePtr unsubscribe(const QString &topicFilter, quint64 id);

private:
    std::mutex m_mutex;
    MqttClientPrivate *m_client;
};

// Written in the client's thread only; the fields the getters read are under the handle's mutex.
class MqttSubscriptionPrivate : public MqttSubscribeHandlePrivate
{
    Q_DECLARE_PUBLIC(MqttSubscription)

public:
    using State = MqttSubscription::State;

    MqttSubscriptionPrivate();

    State currentState() const;
    // The new state (and, for Error, why); the signals follow from announce(). The state does
    // not leave Unsubscribed or Error.
    void setState(State newState, const MqttError &why = {});
    void setGrantedQoS(QoS qos);
    // The signals for what changed since the last call.
    void announce();
    // The callback, then messageReceived().
    void deliver(const MqttMessage &message);

    const quint64 id; // distinct for every subscription of the process, never 0
    MqttSubscribeOptions options; // set before anyone else sees the subscription
    std::function<void(const MqttMessage &)> callback; // the same
    std::shared_ptr<ClientLink> link; // the same

    // Under the handle's mutex:
    State state = State::Pending;
    QoS grantedQoS = QoS::Q0;
    MqttError lastError;

    // What announce() has said; the client's thread only.
    State announcedState = State::Pending;
    QoS announcedQoS = QoS::Q0;
    bool errorToAnnounce = false;
};

} // namespace OhMqtt
