// MessageHistoryStore: MessageHistory's storage — a pool of entries on two intrusive lists, one
// per topic and one over all topics in arrival order, so that adding, dropping a topic's oldest
// and evicting the globally oldest are all O(1).
#pragma once

#include "topics/receivedmessage.h"

#include <QtCore/qhash.h>
#include <QtCore/qstring.h>

#include <vector>

namespace OhMqttExplorer {

class MessageHistoryStore
{
public:
    int depth = 100;
    qint64 budget = 0;

    qint64 bytesUsed() const noexcept { return m_bytes; }
    qsizetype messageCount() const noexcept { return m_count; }

    // Adds the message as its topic's newest and drops that topic's oldest beyond `depth`.
    // Returns the topic's slot.
    int push(const ReceivedMessage &message, qint64 bytes);
    // Drops the oldest message of all; its topic's slot, or -1 when empty.
    int evictOldest(qint64 *bytes);
    // Drops a topic's oldest messages until it has at most `depth`; the number dropped.
    int trim(int slot);
    void removeTopic(const QString &topic);
    void clear();

    int slotOf(const QString &topic) const { return m_slots.value(topic, -1); }
    qsizetype slotCount() const noexcept { return qsizetype(m_topics.size()); }
    const QString &topicOf(int slot) const { return m_topics[size_t(slot)].topic; }
    int countOf(int slot) const { return m_topics[size_t(slot)].count; }
    ReceivedMessages messagesOf(int slot) const;
    const ReceivedMessage *newestOf(int slot) const;

    // Marks a slot as changed in the current round; true the first time in that round.
    bool markChanged(int slot, quint32 round);

private:
    struct Entry
    {
        ReceivedMessage message;
        qint64 bytes = 0;
        int slot = -1;
        int newerInTopic = -1;
        int olderOverall = -1;
        int newerOverall = -1;
    };
    struct Topic
    {
        QString topic;
        int oldest = -1;
        int newest = -1;
        int count = 0;
        quint32 changedRound = 0;
    };

    int allocateEntry();
    void dropOldestOf(int slot);
    void unlinkOverall(int entry);

    std::vector<Entry> m_entries;
    std::vector<int> m_freeEntries;
    std::vector<Topic> m_topics;
    std::vector<int> m_freeTopics;
    QHash<QString, int> m_slots;
    int m_oldest = -1; // the overall list
    int m_newest = -1;
    qint64 m_bytes = 0;
    qsizetype m_count = 0;
};

} // namespace OhMqttExplorer
