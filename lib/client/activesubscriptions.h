// ActiveSubscriptions: the subscriptions the broker granted, as they were requested, so that the
// client can make them again on a connection whose broker kept no session.
#pragma once

#include <OhMqtt/packet/subscribepacket.h>

#include <QtCore/qhash.h>
#include <QtCore/qlist.h>

namespace OhMqtt {

class ActiveSubscriptions
{
public:
    // `topicFilter` (as sent, "$share/..." included) was granted; a later grant replaces it.
    void granted(const QString &topicFilter, const SubscribePacket &request);
    void remove(const QString &topicFilter);
    // The SUBSCRIBE requests, without packet identifiers, in the order first granted.
    QList<SubscribePacket> requests() const;
    bool isEmpty() const noexcept { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        quint64 order = 0; // when first granted: requests() sorts by it
        SubscribePacket request;
    };
    QHash<QString, Entry> m_entries;
    quint64 m_nextOrder = 0;
};

} // namespace OhMqtt
