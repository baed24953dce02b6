// MessageHistory: the last messages of every topic, within a depth and a memory budget.
#include "topics/messagehistory.h"

#include "topics/messagehistorystore.h"

namespace OhMqttExplorer {

namespace {
// What a kept message costs beyond its payload, topic and properties: the entry, the shared
// message data, the headers of its strings and the allocator's share, as measured with many
// small messages (bench_explorertree).
constexpr qint64 BookkeepingBytes = 256;
} // namespace

MessageHistory::MessageHistory(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<MessageHistoryStore>())
{
    m_store->depth = DefaultDepth;
    m_store->budget = DefaultMemoryBudget;
}

MessageHistory::~MessageHistory() = default;

int MessageHistory::depth() const noexcept
{
    return m_store->depth;
}

void MessageHistory::setDepth(int messages)
{
    messages = qMax(1, messages);
    if (messages == m_store->depth)
        return;
    m_store->depth = messages;
    const quint32 round = ++m_round;
    QList<int> changed;
    for (int slot = 0; slot < int(m_store->slotCount()); ++slot) {
        if (m_store->trim(slot) > 0 && m_store->markChanged(slot, round))
            changed.append(slot);
    }
    emit limitsChanged();
    finishRound(round, std::move(changed));
}

qint64 MessageHistory::memoryBudget() const noexcept
{
    return m_store->budget;
}

void MessageHistory::setMemoryBudget(qint64 bytes)
{
    bytes = qMax<qint64>(0, bytes);
    if (bytes == m_store->budget)
        return;
    m_store->budget = bytes;
    emit limitsChanged();
    finishRound(++m_round, {});
}

qint64 MessageHistory::bytesUsed() const noexcept
{
    return m_store->bytesUsed();
}

qsizetype MessageHistory::messageCount() const noexcept
{
    return m_store->messageCount();
}

qint64 MessageHistory::evictedMessages() const noexcept
{
    return m_evicted;
}

ReceivedMessages MessageHistory::messages(const QString &topic) const
{
    const int slot = m_store->slotOf(topic);
    return slot < 0 ? ReceivedMessages {} : m_store->messagesOf(slot);
}

std::optional<ReceivedMessage> MessageHistory::latest(const QString &topic) const
{
    const int slot = m_store->slotOf(topic);
    const ReceivedMessage *newest = slot < 0 ? nullptr : m_store->newestOf(slot);
    return newest ? std::optional(*newest) : std::nullopt;
}

qsizetype MessageHistory::count(const QString &topic) const
{
    const int slot = m_store->slotOf(topic);
    return slot < 0 ? 0 : m_store->countOf(slot);
}

qint64 MessageHistory::approximateSize(const OhMqtt::MqttMessage &message)
{
    return message.payload().size() + message.topic().size() * qint64(sizeof(QChar)) +
        message.properties().encodedSize() + BookkeepingBytes;
}

void MessageHistory::append(const ReceivedMessages &messages)
{
    if (messages.isEmpty())
        return;
    const quint32 round = ++m_round;
    QList<int> changed;
    for (const ReceivedMessage &message : messages) {
        const int slot = m_store->push(message, approximateSize(message.message));
        if (m_store->markChanged(slot, round))
            changed.append(slot);
    }
    finishRound(round, std::move(changed));
}

// Evicts the oldest messages down to the budget, then reports the round's changes once.
void MessageHistory::finishRound(quint32 round, QList<int> changed)
{
    qint64 evicted = 0;
    qint64 evictedBytes = 0;
    while (m_store->bytesUsed() > m_store->budget) {
        qint64 bytes = 0;
        const int slot = m_store->evictOldest(&bytes);
        if (slot < 0)
            break;
        ++evicted;
        evictedBytes += bytes;
        if (m_store->markChanged(slot, round))
            changed.append(slot);
    }
    m_evicted += evicted;
    for (const int slot : std::as_const(changed))
        emit historyChanged(m_store->topicOf(slot));
    if (evicted > 0)
        emit historyEvicted(evicted, evictedBytes);
    if (!changed.isEmpty())
        emit bytesUsedChanged(bytesUsed());
}

void MessageHistory::remove(const QString &topic)
{
    if (m_store->slotOf(topic) < 0)
        return;
    m_store->removeTopic(topic);
    emit historyChanged(topic);
    emit bytesUsedChanged(bytesUsed());
}

void MessageHistory::clear()
{
    m_store->clear();
    m_evicted = 0;
    emit cleared();
    emit bytesUsedChanged(0);
}

} // namespace OhMqttExplorer
