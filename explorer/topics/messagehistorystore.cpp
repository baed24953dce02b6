// MessageHistoryStore: MessageHistory's storage — a pool of entries on two intrusive lists.
#include "topics/messagehistorystore.h"

namespace OhMqttExplorer {

namespace {

// The message with its topic string shared with its slot's: the client decodes a string for
// every message, and a history of many messages per topic would keep one copy of each.
ReceivedMessage sharingTopic(const ReceivedMessage &received, const QString &topic)
{
    if (received.message.topic().constData() == topic.constData())
        return received;
    OhMqtt::PublishPacket packet = received.message.packet();
    packet.topic = topic;
    return {OhMqtt::MqttMessage(std::move(packet)), received.receivedAtMs};
}

} // namespace

int MessageHistoryStore::allocateEntry()
{
    if (!m_freeEntries.empty()) {
        const int entry = m_freeEntries.back();
        m_freeEntries.pop_back();
        return entry;
    }
    m_entries.emplace_back();
    return int(m_entries.size() - 1);
}

int MessageHistoryStore::push(const ReceivedMessage &message, qint64 bytes)
{
    const QString &topic = message.message.topic();
    int slot = m_slots.value(topic, -1);
    if (slot < 0) {
        if (!m_freeTopics.empty()) {
            slot = m_freeTopics.back();
            m_freeTopics.pop_back();
        } else {
            m_topics.emplace_back();
            slot = int(m_topics.size() - 1);
        }
        m_topics[size_t(slot)].topic = topic;
        m_slots.insert(topic, slot);
    }

    const int entry = allocateEntry();
    Entry &e = m_entries[size_t(entry)];
    e.message = sharingTopic(message, m_topics[size_t(slot)].topic);
    e.bytes = bytes;
    e.slot = slot;
    e.newerInTopic = -1;
    e.olderOverall = m_newest;
    e.newerOverall = -1;
    if (m_newest >= 0)
        m_entries[size_t(m_newest)].newerOverall = entry;
    else
        m_oldest = entry;
    m_newest = entry;

    Topic &t = m_topics[size_t(slot)];
    if (t.newest >= 0)
        m_entries[size_t(t.newest)].newerInTopic = entry;
    else
        t.oldest = entry;
    t.newest = entry;
    ++t.count;
    m_bytes += bytes;
    ++m_count;
    trim(slot);
    return slot;
}

void MessageHistoryStore::unlinkOverall(int entry)
{
    Entry &e = m_entries[size_t(entry)];
    if (e.olderOverall >= 0)
        m_entries[size_t(e.olderOverall)].newerOverall = e.newerOverall;
    else
        m_oldest = e.newerOverall;
    if (e.newerOverall >= 0)
        m_entries[size_t(e.newerOverall)].olderOverall = e.olderOverall;
    else
        m_newest = e.olderOverall;
}

void MessageHistoryStore::dropOldestOf(int slot)
{
    Topic &t = m_topics[size_t(slot)];
    const int entry = t.oldest;
    Entry &e = m_entries[size_t(entry)];
    t.oldest = e.newerInTopic;
    if (t.oldest < 0)
        t.newest = -1;
    --t.count;
    unlinkOverall(entry);
    m_bytes -= e.bytes;
    --m_count;
    e = Entry {}; // releases the payload now
    m_freeEntries.push_back(entry);
}

int MessageHistoryStore::trim(int slot)
{
    int dropped = 0;
    while (m_topics[size_t(slot)].count > depth) {
        dropOldestOf(slot);
        ++dropped;
    }
    return dropped;
}

int MessageHistoryStore::evictOldest(qint64 *bytes)
{
    if (m_oldest < 0)
        return -1;
    // The oldest overall is also the oldest of its topic: both lists are in arrival order.
    const Entry &e = m_entries[size_t(m_oldest)];
    const int slot = e.slot;
    Q_ASSERT(m_topics[size_t(slot)].oldest == m_oldest);
    *bytes = e.bytes;
    dropOldestOf(slot);
    return slot;
}

void MessageHistoryStore::removeTopic(const QString &topic)
{
    const auto found = m_slots.constFind(topic);
    if (found == m_slots.constEnd())
        return;
    const int slot = found.value();
    m_slots.erase(found);
    while (m_topics[size_t(slot)].count > 0)
        dropOldestOf(slot);
    m_topics[size_t(slot)] = Topic {};
    m_freeTopics.push_back(slot);
}

void MessageHistoryStore::clear()
{
    m_entries = {};
    m_freeEntries = {};
    m_topics = {};
    m_freeTopics = {};
    m_slots = {};
    m_oldest = m_newest = -1;
    m_bytes = 0;
    m_count = 0;
}

ReceivedMessages MessageHistoryStore::messagesOf(int slot) const
{
    ReceivedMessages result;
    const Topic &t = m_topics[size_t(slot)];
    result.reserve(t.count);
    for (int entry = t.oldest; entry >= 0; entry = m_entries[size_t(entry)].newerInTopic)
        result.append(m_entries[size_t(entry)].message);
    return result;
}

const ReceivedMessage *MessageHistoryStore::newestOf(int slot) const
{
    const int newest = m_topics[size_t(slot)].newest;
    return newest >= 0 ? &m_entries[size_t(newest)].message : nullptr;
}

bool MessageHistoryStore::markChanged(int slot, quint32 round)
{
    Topic &t = m_topics[size_t(slot)];
    if (t.changedRound == round)
        return false;
    t.changedRound = round;
    return true;
}

} // namespace OhMqttExplorer
