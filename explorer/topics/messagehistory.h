// MessageHistory: the last messages of every topic, at most `depth` per topic and, over all
// topics, no more than a memory budget; past the budget the oldest messages go first, whichever
// topic they belong to.
#pragma once

#include "topics/receivedmessage.h"

#include <QtCore/qobject.h>

#include <memory>
#include <optional>

namespace OhMqttExplorer {

class MessageHistoryStore;

// The latest message of a topic is history like any other: the budget can drop it too (the
// topic tree keeps its own preview of it, not the message). Memory stays bounded by the budget
// whatever the number of topics; only a topic's bookkeeping outlives its messages. A message
// larger than the whole budget is not kept at all.
class MessageHistory : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY limitsChanged)
    Q_PROPERTY(qint64 memoryBudget READ memoryBudget WRITE setMemoryBudget NOTIFY limitsChanged)
    Q_PROPERTY(qint64 bytesUsed READ bytesUsed NOTIFY bytesUsedChanged)

public:
    static constexpr int DefaultDepth = 100;
    static constexpr qint64 DefaultMemoryBudget = qint64(256) * 1024 * 1024;

    explicit MessageHistory(QObject *parent = nullptr);
    ~MessageHistory() override;

    // Messages kept per topic, at least 1. Lowering it drops the oldest at once.
    int depth() const noexcept;
    void setDepth(int messages);
    // Bytes (approximateSize() summed) kept over all topics. Lowering it evicts at once.
    qint64 memoryBudget() const noexcept;
    void setMemoryBudget(qint64 bytes);

    qint64 bytesUsed() const noexcept;
    qsizetype messageCount() const noexcept;
    // Messages the budget has dropped since construction or clear().
    qint64 evictedMessages() const noexcept;

    // Oldest first.
    ReceivedMessages messages(const QString &topic) const;
    std::optional<ReceivedMessage> latest(const QString &topic) const;
    qsizetype count(const QString &topic) const;

    // Keeps the messages (oldest first), drops what the depth and the budget no longer allow,
    // and then reports once: historyChanged() per topic whose history changed, historyEvicted()
    // when the budget dropped messages.
    void append(const ReceivedMessages &messages);
    void remove(const QString &topic);
    void clear();

    // What a message counts against the budget: payload, topic, properties and bookkeeping.
    static qint64 approximateSize(const OhMqtt::MqttMessage &message);

Q_SIGNALS:
    void historyChanged(const QString &topic);
    // The budget made room by dropping the oldest `messages` (`bytes` in all) of any topics.
    void historyEvicted(qint64 messages, qint64 bytes);
    // clear() dropped every topic's history.
    void cleared();
    void bytesUsedChanged(qint64 bytes);
    void limitsChanged();

private:
    void finishRound(quint32 round, QList<int> changed);

    std::unique_ptr<MessageHistoryStore> m_store;
    quint32 m_round = 0; // numbers append() calls, to report each topic once per call
    qint64 m_evicted = 0;
};

} // namespace OhMqttExplorer
