// SubscriptionRegistry: the client's live subscriptions by topic filter, and message routing.
#pragma once

#include <OhMqtt/mqttsubscription.h>

#include "client/topicfiltertrie.h"

#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qvarlengtharray.h>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace OhMqtt {

// One subscription per topic filter as sent ("$share/<name>/<filter>" for a shared one), the
// Pending and Subscribed ones; holding them is what keeps them alive (mqttsubscription.h).
class SubscriptionRegistry
{
public:
    using Pointer = QSharedPointer<MqttSubscription>;
    // Room for the usual one or few recipients of a message without a heap allocation.
    using Recipients = QVarLengthArray<Pointer, 4>;

    // `subscription` takes its filter over; returns the one it replaces (null when none).
    Pointer add(const Pointer &subscription);
    Pointer find(const QString &topicFilter) const { return m_byFilter.value(topicFilter); }
    // Removes `subscription` when it still holds its filter; false when not.
    bool remove(const MqttSubscription &subscription);
    // Removes and returns them all.
    QList<Pointer> takeAll();
    qsizetype size() const noexcept { return m_byFilter.size(); }
    void moveToThread(QThread *thread);

    // The subscriptions a message is for: those whose filter matches its topic; with
    // `byIdentifier` (the broker sends Subscription Identifiers), one that has an identifier only
    // when the message carries it [MQTT-3.3.4-3]. Each once, also when the broker sent one
    // message for several of them [MQTT-3.3.4-4]; a broker that sends a copy for each matching
    // subscription instead [MQTT-3.3.4-5] tells them apart only by their identifiers.
    Recipients recipients(const MqttMessage &message, bool byIdentifier) const;

private:
    void forgetLastTopic() const;

    QHash<QString, Pointer> m_byFilter;
    TopicFilterTrie m_filters;
    // The subscriptions whose filter matched the last topic routed, until they change: a stream
    // on one topic is routed by comparing the topic, not by walking the trie per message.
    mutable QString m_lastTopic;
    mutable Recipients m_lastMatches;
    mutable bool m_lastTopicKnown = false;
};

} // namespace OhMqtt
