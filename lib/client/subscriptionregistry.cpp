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
    return true;
}

QList<SubscriptionRegistry::Pointer> SubscriptionRegistry::takeAll()
{
    const QList<Pointer> all = m_byFilter.values();
    m_byFilter.clear();
    m_filters.clear();
    return all;
}

void SubscriptionRegistry::moveToThread(QThread *thread)
{
    for (const Pointer &subscription : std::as_const(m_byFilter))
        subscription->moveToThread(thread);
}

SubscriptionRegistry::Recipients SubscriptionRegistry::recipients(const MqttMessage &message,
                                                                  bool byIdentifier) const
{
    struct Routing
    {
        const SubscriptionRegistry &registry;
        const MqttMessage &message;
        const bool byIdentifier;
        // The message's identifiers, read only when a matching subscription has one.
        std::optional<QList<quint32>> identifiers;
        Recipients result;

        void visit(const QString &filter)
        {
            Pointer subscription = registry.m_byFilter.value(filter);
            if (byIdentifier) {
                if (const quint32 identifier = identifierOf(*subscription); identifier != 0) {
                    if (!identifiers)
                        identifiers = message.properties().subscriptionIdentifiers();
                    if (!identifiers->contains(identifier))
                        return;
                }
            }
            result.append(std::move(subscription));
        }
    } routing {*this, message, byIdentifier, {}, {}};
    // One reference captured: the std::function holds it without allocating.
    m_filters.forEachMatch(message.topic(),
                           [&routing](const QString &filter) { routing.visit(filter); });
    return std::move(routing.result);
}

} // namespace OhMqtt
