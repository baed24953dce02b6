// TopicTreeModel: every topic seen, as a tree split on '/', fed in batches so that any message
// rate costs the views at most one round of signals per interval.
#pragma once

#include "topics/receivedmessage.h"
#include "topics/topicmatcher.h"
#include "topics/topictree.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtimer.h>

#include <vector>

namespace OhMqttExplorer {

class MessageHistory;

// Messages go to addMessage(); they wait in a batch that a timer (batchInterval()) applies:
// then the model emits one rowsInserted per parent that gained children (appended at its end:
// sorting is a proxy's job) and dataChanged over row ranges, and hands the batch to history().
//
// Children are announced lazily, as QFileSystemModel does: rowCount() of a node is 0 until a
// view fetches it (fetchMore(), which QTreeView calls on expanding), and a node that is not
// fetched costs no signals at all for what happens below it. The top level is always fetched,
// and so is a node that had no children when it was announced. fetchMore() announces the
// children at once, except when called from a receiver of the model's own signals: then it
// does so from the event loop.
//
// The filter (setFilterText()) lives here, next to the data it looks at, so that it is one pass
// over the tree per keystroke and O(depth) per new topic: isShown() is what a proxy filters on
// (TopicProxyModel). A node is shown when it or a descendant matches, so matches keep their
// ancestors visible.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(int batchInterval READ batchInterval WRITE setBatchInterval)
    Q_PROPERTY(int topicCount READ topicCount NOTIFY countsChanged)
    Q_PROPERTY(int shownTopicCount READ shownTopicCount NOTIFY countsChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)

public:
    enum Column {
        TopicColumn, // the level's name
        ValueColumn, // PayloadPreview of the last payload
        RetainedColumn,
        QosColumn,
        MessagesColumn, // messages to this topic
        RateColumn, // messages per second to this topic, decaying
        LastColumn, // when the last one arrived
        TopicsBelowColumn, // descendants that are topics
        MessagesBelowColumn, // messages to descendants
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        FullTopicRole = Qt::UserRole + 1, // QString
        LastMessageRole, // ReceivedMessage; invalid when none (or the history budget dropped it)
        HasMessageRole, // bool: a topic, not only a level
        MessageCountRole, // qint64
        MessagesBelowRole, // qint64
        TopicsBelowRole, // int
        RateRole, // double, messages per second
        LastReceivedRole, // qint64, milliseconds since the epoch
        PayloadSizeRole, // int, of the last message
        RetainedRole, // bool
        QosRole, // int, -1 without a message
    };
    Q_ENUM(Role)

    static constexpr int DefaultBatchInterval = 100;
    static constexpr int DefaultMaximumBatchSize = 20'000;
    // A timer batch taken off a backlog is cut to what the model applies in about this long,
    // judging by the cost per message of the batches before; the rest follows after one turn of
    // the event loop rather than a whole interval later. A burst goes in at full speed, and the
    // interface is held about this long at a time.
    static constexpr int BatchTimeBudgetMs = 16;
    static constexpr int DefaultRateTimeConstant = 5'000;
    // Rates below this many messages per second show as none and stop being refreshed.
    static constexpr double MinimumRate = 0.005;

    explicit TopicTreeModel(QObject *parent = nullptr);
    ~TopicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Owned by the model, fed with each batch it applies.
    MessageHistory *history() const noexcept { return m_history; }

    int batchInterval() const noexcept;
    void setBatchInterval(int msecs);
    // At most this many messages per timer batch, so that a burst (100,000 retained messages on
    // subscribing) is spread over several batches instead of freezing the interface in one;
    // fewer when BatchTimeBudgetMs says so.
    int maximumBatchSize() const noexcept { return m_maximumBatchSize; }
    void setMaximumBatchSize(int messages) { m_maximumBatchSize = qMax(1, messages); }
    // How fast the Rate column forgets: the average decays by e per this many milliseconds.
    int rateTimeConstant() const noexcept { return m_rateTimeConstant; }
    void setRateTimeConstant(int msecs);

    int topicCount() const noexcept { return m_topicCount; } // nodes that received messages
    int shownTopicCount() const noexcept; // of those, the ones the filter matches
    // Nodes the filter matches, levels without messages included; -1 without a filter.
    int matchingNodeCount() const noexcept;
    qint64 messageCount() const noexcept { return m_messageCount; } // applied so far
    qsizetype pendingCount() const noexcept { return m_pending.size(); }

    // The index of a topic (column 0), fetching its ancestors so that it exists for views;
    // invalid when the topic is unknown.
    QModelIndex indexOfTopic(const QString &topic);
    QString topicOf(const QModelIndex &index) const;

    // Plain text or a topic filter (see TopicMatcher); emits filterChanged() once the nodes are
    // marked, for proxies to re-filter.
    QString filterText() const { return m_matcher.text(); }
    TopicMatcher::Mode filterMode() const noexcept { return m_matcher.mode(); }
    void setFilterText(const QString &text);
    bool isShown(const QModelIndex &index) const;
    bool isChildShown(const QModelIndex &parent, int row) const;
    // By the column of `a`, as a proxy sorts: natural order for names and values, numbers by
    // value; ties by name. Negative when `a` goes first.
    int compare(const QModelIndex &a, const QModelIndex &b) const;

public Q_SLOTS:
    // Takes the time of arrival now; the message waits for the next batch.
    void addMessage(const OhMqtt::MqttMessage &message);
    void addMessages(const QList<OhMqtt::MqttMessage> &messages);
    // With a time of arrival of its own (replays, recordings).
    void addReceivedMessage(const OhMqttExplorer::ReceivedMessage &message);
    // Applies every waiting message now.
    void flush();
    // Shows decayed rates now; the batch timer does it once a second while rates decay.
    void refreshRates();
    // Forgets every topic, waiting messages and history included.
    void clear();
    // Removes the topic's node and everything below it (with their history), and ancestors left
    // with neither a message nor other children. Applies the waiting batch first. False when
    // the topic is unknown.
    bool removeSubtree(const QString &topic);

Q_SIGNALS:
    // topicCount(), shownTopicCount() or messageCount() changed; at most once per batch.
    void countsChanged();
    void filterChanged();

private:
    void fetchNode(int id);
    void fetchDeferred();
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int id, int column = 0) const;
    bool isPublished(int id) const;
    QVariant displayData(const TopicNode &node, int column) const;
    QVariant nodeData(int id, int role) const;

    void tick();
    qsizetype batchLimit() const;
    void measureBatch(qsizetype messages, qint64 nsecs);
    void applyBatch(const ReceivedMessages &batch);
    void nodeCreated(int id, QStringView topic, std::vector<int> &grownParents);
    void applyMessagesTo(int id, const ReceivedMessages &batch, std::vector<int> &dirty);
    void addMatches(int id, int delta);
    void markDirty(int id, std::vector<int> &dirty);
    void publishNewRows(int parent);
    void watchRate(int id);
    void emitDataChanged(std::vector<int> &dirty, int firstColumn, int lastColumn);
    void recomputeMatches(bool narrowing);

    TopicTree m_tree;
    ReceivedMessages m_pending;
    // While the model changes or emits, fetchMore() from a receiver waits for the event loop
    // (m_deferredFetches): a change inside another would break views and proxies.
    bool m_changing = false;
    std::vector<int> m_deferredFetches;
    QTimer m_timer;
    QElapsedTimer m_clock; // monotonic time for rates
    qint64 m_now = 0; // m_clock when the last batch or rate refresh happened
    qint64 m_lastRateRefresh = 0;
    int m_rateTimeConstant = DefaultRateTimeConstant;
    int m_maximumBatchSize = DefaultMaximumBatchSize;
    // Of timer batches, smoothed; until measured, about what a new topic costs
    // (bench_explorertree).
    double m_nsPerMessage = 2'000;
    bool m_backlogTickQueued = false;
    std::vector<int> m_activeRates; // announced nodes whose rate is still above MinimumRate
    quint32 m_round = 0; // numbers batches and refreshes, for the nodes' scratch marks
    TopicMatcher m_matcher;
    int m_topicCount = 0;
    int m_shownTopicCount = 0; // with a filter
    qint64 m_messageCount = 0;
    MessageHistory *m_history;
};

} // namespace OhMqttExplorer
