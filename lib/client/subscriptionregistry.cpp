// SubscriptionRegistry: a hash for the filter's owner, a trie for the filters a topic matches.
#include "client/subscriptionregistry.h"

#include <optional>

namespace OhMqtt {

namespace {

quint32 identifierOf(const MqttSubscription &subscription)
{
    return subscription.options().subscriptionIdentifier();
}

} // namespace

SubscriptionRegistry::Pointer SubscriptionRegistry::add(const Pointer &subscription)
{
    const QString filter = subscription->topicFilter();
    Pointer &slot = m_byFilter[filter];
    Pointer previous = std::exchange(slot, subscription);
    if (!previous)
        m_filters.insert(filter);
    forgetLastTopic();
    return previous;
}

bool SubscriptionRegistry::remove(const MqttSubscription &subscription)
{
    const QString filter = subscription.topicFilter();
    const auto it = m_byFilter.constFind(filter);
    if (it == m_byFilter.cend() || it.value().get() != &subscription)
        return false;
    m_byFilter.erase(it);
    m_filters.remove(filter);
    forgetLastTopic();
    return true;
}

QList<SubscriptionRegistry::Pointer> SubscriptionRegistry::takeAll()
{
    const QList<Pointer> all = m_byFilter.values();
    m_byFilter.clear();
    m_filters.clear();
    forgetLastTopic();
    return all;
}

void SubscriptionRegistry::moveToThread(QThread *thread)
{
    for (const Pointer &subscription : std::as_const(m_byFilter))
        subscription->moveToThread(thread);
}

void SubscriptionRegistry::forgetLastTopic() const
{
    m_lastTopicKnown = false;
    m_lastTopic.clear();
    m_lastMatches.clear(); // holds no subscription beyond its registration
}

SubscriptionRegistry::Recipients SubscriptionRegistry::recipients(const MqttMessage &message,
                                                                  bool byIdentifier) const
{
    const QString &topic = message.topic();
    if (!m_lastTopicKnown || topic != m_lastTopic) {
        m_lastMatches.clear();
        m_filters.forEachMatch(topic, [this](const QString &filter) {
            m_lastMatches.append(m_byFilter.value(filter));
        });
        m_lastTopic = topic;
        m_lastTopicKnown = true;
    }
    if (!byIdentifier)
        return m_lastMatches;
    // The message's identifiers, read only when a matching subscription has one.
    std::optional<QList<quint32>> identifiers;
    Recipients result;
    for (const Pointer &subscription : std::as_const(m_lastMatches)) {
        if (const quint32 identifier = identifierOf(*subscription); identifier != 0) {
            if (!identifiers)
                identifiers = message.properties().subscriptionIdentifiers();
            if (!identifiers->contains(identifier))
                continue;
        }
        result.append(subscription);
    }
    return result;
}

} // namespace OhMqtt
