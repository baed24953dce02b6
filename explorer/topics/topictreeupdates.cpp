// TopicTreeModel: how messages get into the tree — batching, one round of signals per batch,
// decaying rates, removal and the filter's marks.
#include "topics/topictreemodel.h"

#include "topics/messagehistory.h"
#include "topics/payloadpreview.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qscopedvaluerollback.h>

#include <algorithm>

namespace OhMqttExplorer {

namespace {
// How often decaying rates are shown anew, at most.
constexpr qint64 RateRefreshMs = 1000;
// Changed rows closer than this share one dataChanged range; farther apart, the range splits
// (a proxy looks at every row of a range).
constexpr int RangeGap = 16;
// Batches smaller than this say little about the cost per message, and are not cut.
constexpr qsizetype MinimumTimedBatch = 500;
} // namespace

void TopicTreeModel::addMessage(const OhMqtt::MqttMessage &message)
{
    addReceivedMessage({message, QDateTime::currentMSecsSinceEpoch()});
}

void TopicTreeModel::addMessages(const QList<OhMqtt::MqttMessage> &messages)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_pending.reserve(m_pending.size() + messages.size());
    for (const OhMqtt::MqttMessage &message : messages)
        m_pending.append({message, now});
    if (!m_timer.isActive() && !m_pending.isEmpty())
        m_timer.start();
}

void TopicTreeModel::addReceivedMessage(const ReceivedMessage &message)
{
    m_pending.append(message);
    if (!m_timer.isActive())
        m_timer.start();
}

void TopicTreeModel::tick()
{
    m_backlogTickQueued = false;
    const qsizetype limit = batchLimit();
    const qsizetype batchSize = std::min(limit, m_pending.size());
    QElapsedTimer timer;
    timer.start();
    if (m_pending.size() > limit) {
        applyBatch(m_pending.first(limit));
        m_pending.remove(0, limit);
        if (!m_backlogTickQueued) { // the rest once input and painting had their turn
            m_backlogTickQueued = true;
            QMetaObject::invokeMethod(this, &TopicTreeModel::tick, Qt::QueuedConnection);
        }
    } else {
        flush();
    }
    measureBatch(batchSize, timer.nsecsElapsed());
    if (!m_activeRates.empty() && m_clock.elapsed() - m_lastRateRefresh >= RateRefreshMs)
        refreshRates();
    if (m_pending.isEmpty() && m_activeRates.empty())
        m_timer.stop();
}

// How many messages the next timer batch takes: maximumBatchSize(), or fewer to fit
// BatchTimeBudgetMs.
qsizetype TopicTreeModel::batchLimit() const
{
    const auto fitting = qsizetype(BatchTimeBudgetMs * 1e6 / m_nsPerMessage);
    return std::clamp<qsizetype>(
        fitting, std::min<qsizetype>(MinimumTimedBatch, m_maximumBatchSize), m_maximumBatchSize);
}

void TopicTreeModel::measureBatch(qsizetype messages, qint64 nsecs)
{
    if (messages < MinimumTimedBatch)
        return;
    const double nsPerMessage = double(nsecs) / double(messages);
    m_nsPerMessage = (m_nsPerMessage + nsPerMessage) / 2;
}

void TopicTreeModel::flush()
{
    if (m_pending.isEmpty())
        return;
    applyBatch(std::exchange(m_pending, {}));
}

// Changes the tree for the whole batch first, then tells views in one round: the rows each
// fetched parent gained, then the rows whose data changed.
void TopicTreeModel::applyBatch(const ReceivedMessages &batch)
{
    const QScopedValueRollback changing(m_changing, true);
    const quint32 round = ++m_round;
    m_now = m_clock.elapsed();

    std::vector<int> touched;
    std::vector<int> grownParents;
    for (int i = 0; i < int(batch.size()); ++i) {
        const QString &topic = batch[i].message.topic();
        if (topic.isEmpty())
            continue; // not a topic; only a Topic Alias the client failed to resolve
        const int id = m_tree.findOrCreate(topic, [&](int created, QStringView upToIt) {
            nodeCreated(created, upToIt, grownParents);
        });
        TopicNode &node = m_tree[id];
        if (node.batchRound != round) {
            node.batchRound = round;
            node.batchCount = 0;
            touched.push_back(id);
        }
        ++node.batchCount;
        node.batchLast = i;
    }

    std::vector<int> dirty;
    for (const int id : touched)
        applyMessagesTo(id, batch, dirty);
    for (const int parent : grownParents)
        publishNewRows(parent);
    emitDataChanged(dirty, ValueColumn, ColumnCount - 1);

    if (!touched.empty())
        emit countsChanged();
    m_history->append(batch);
}

void TopicTreeModel::nodeCreated(int id, QStringView topic, std::vector<int> &grownParents)
{
    const int parentId = m_tree[id].parent;
    const TopicNode &parent = m_tree[parentId];
    // The first child past what views know of: the parent's new rows go out after the batch.
    if (parent.fetched && parent.children.size() == parent.publishedRows + 1)
        grownParents.push_back(parentId);

    if (m_matcher.mode() == TopicMatcher::Mode::Everything)
        return;
    // A substring of a topic is a substring of every topic below it.
    const bool inherited = m_matcher.mode() == TopicMatcher::Mode::Text && parent.topicMatch;
    TopicNode &node = m_tree[id];
    node.topicMatch = inherited || m_matcher.matchesTopic(topic);
    if (node.topicMatch)
        addMatches(id, 1);
}

void TopicTreeModel::applyMessagesTo(int id, const ReceivedMessages &batch, std::vector<int> &dirty)
{
    TopicNode &node = m_tree[id];
    const OhMqtt::MqttMessage &last = batch[node.batchLast].message;
    const bool wasTopic = node.hasMessage();
    const bool wasShown = wasTopic && node.matches();
    node.messageCount += node.batchCount;
    node.preview = PayloadPreview::of(last.payload());
    node.payloadSize = int(last.payload().size());
    node.qos = quint8(last.qos());
    node.retained = last.retain();
    node.lastReceivedMs = batch[node.batchLast].receivedAtMs;
    node.rate.add(node.batchCount, m_now, m_rateTimeConstant);
    if (isPublished(id))
        watchRate(id);
    if (!wasTopic)
        ++m_topicCount;
    m_messageCount += node.batchCount;

    if (m_matcher.mode() == TopicMatcher::Mode::Text) {
        const bool matched = node.matches();
        node.valueMatch = m_matcher.matchesValue(node.preview);
        if (node.matches() != matched)
            addMatches(id, node.matches() ? 1 : -1);
    }
    if (m_matcher.mode() != TopicMatcher::Mode::Everything)
        m_shownTopicCount += int(node.matches()) - int(wasShown);

    markDirty(id, dirty);
    const int count = node.batchCount;
    for (int n = node.parent; n >= 0; n = m_tree[n].parent) {
        TopicNode &ancestor = m_tree[n];
        ancestor.messagesBelow += count;
        ancestor.topicsBelow += wasTopic ? 0 : 1;
        markDirty(n, dirty);
    }
}

// Counts `delta` matches into the node and its ancestors.
void TopicTreeModel::addMatches(int id, int delta)
{
    for (int n = id; n >= 0; n = m_tree[n].parent)
        m_tree[n].matchesBelow += delta;
}

// Collects a node whose row views know of, once per round.
void TopicTreeModel::markDirty(int id, std::vector<int> &dirty)
{
    TopicNode &node = m_tree[id];
    if (node.dirtyRound == m_round)
        return;
    node.dirtyRound = m_round;
    if (id != TopicTree::Root && isPublished(id))
        dirty.push_back(id);
}

void TopicTreeModel::publishNewRows(int parentId)
{
    TopicNode &parent = m_tree[parentId];
    const int first = parent.publishedRows;
    const int last = int(parent.children.size()) - 1;
    if (last < first)
        return;
    beginInsertRows(indexOfNode(parentId), first, last);
    parent.publishedRows = last + 1;
    // A childless node has nothing to fetch: it is fetched, so that its first children are
    // announced and views draw its expander.
    for (int row = first; row <= last; ++row) {
        const int id = parent.children[row];
        if (m_tree[id].children.isEmpty())
            m_tree[id].fetched = true;
        watchRate(id);
    }
    endInsertRows();
}

// Keeps refreshing a shown rate until it has decayed. Rates nobody is shown are not refreshed:
// data() works them out from their time stamp when asked.
void TopicTreeModel::watchRate(int id)
{
    TopicNode &node = m_tree[id];
    if (node.rateActive || node.rate.at(m_now, m_rateTimeConstant) < MinimumRate)
        return;
    node.rateActive = true;
    m_activeRates.push_back(id);
    if (!m_timer.isActive())
        m_timer.start();
}

// One dataChanged per run of nearby rows of one parent, over the given columns.
void TopicTreeModel::emitDataChanged(std::vector<int> &dirty, int firstColumn, int lastColumn)
{
    std::sort(dirty.begin(), dirty.end(), [this](int a, int b) {
        const TopicNode &x = m_tree[a];
        const TopicNode &y = m_tree[b];
        return x.parent != y.parent ? x.parent < y.parent : x.row < y.row;
    });
    for (size_t i = 0; i < dirty.size();) {
        const int parent = m_tree[dirty[i]].parent;
        const int firstRow = m_tree[dirty[i]].row;
        int lastRow = firstRow;
        size_t j = i + 1;
        for (; j < dirty.size(); ++j) {
            const TopicNode &next = m_tree[dirty[j]];
            if (next.parent != parent || next.row - lastRow > RangeGap)
                break;
            lastRow = next.row;
        }
        const QList<int> &children = m_tree[parent].children;
        emit dataChanged(createIndex(firstRow, firstColumn, quintptr(children[firstRow])),
                         createIndex(lastRow, lastColumn, quintptr(children[lastRow])));
        i = j;
    }
}

// Shows decayed rates anew, for the rows views know of; a rate that fell below MinimumRate is
// shown as none and leaves the list, so that a quiet tree costs nothing.
void TopicTreeModel::refreshRates()
{
    const QScopedValueRollback changing(m_changing, true);
    ++m_round;
    m_now = m_lastRateRefresh = m_clock.elapsed();
    std::vector<int> dirty;
    const auto quiet = std::remove_if(m_activeRates.begin(), m_activeRates.end(), [&](int id) {
        TopicNode &node = m_tree[id];
        markDirty(id, dirty);
        if (node.rate.at(m_now, m_rateTimeConstant) >= MinimumRate)
            return false;
        node.rate = {};
        node.rateActive = false;
        return true;
    });
    m_activeRates.erase(quiet, m_activeRates.end());
    emitDataChanged(dirty, RateColumn, RateColumn);
}

void TopicTreeModel::clear()
{
    const QScopedValueRollback changing(m_changing, true);
    m_deferredFetches.clear();
    beginResetModel();
    m_tree.clear();
    m_pending.clear();
    m_activeRates.clear();
    m_topicCount = m_shownTopicCount = 0;
    m_messageCount = 0;
    m_timer.stop();
    endResetModel();
    m_history->clear();
    emit countsChanged();
}

bool TopicTreeModel::removeSubtree(const QString &topic)
{
    flush();
    int id = m_tree.find(topic);
    if (id < 0)
        return false;
    const QScopedValueRollback changing(m_changing, true);
    // Ancestors that would be left as empty levels go too.
    for (int up = m_tree[id].parent;
         up != TopicTree::Root && !m_tree[up].hasMessage() && m_tree[up].children.size() == 1;
         up = m_tree[up].parent)
        id = up;

    int topics = 0;
    int shownTopics = 0;
    qint64 messages = 0;
    m_tree.visit(
        id,
        [&](int n, QStringView fullTopic, qsizetype, int) {
            const TopicNode &node = m_tree[n];
            if (node.hasMessage()) {
                ++topics;
                shownTopics += node.matches() ? 1 : 0;
                messages += node.messageCount;
                m_history->remove(fullTopic.toString());
            }
            return true;
        },
        [](int) {});
    const int matches = m_tree[id].matchesBelow;
    const int parentId = m_tree[id].parent;
    const bool published = isPublished(id);

    if (published)
        beginRemoveRows(indexOfNode(parentId), m_tree[id].row, m_tree[id].row);
    m_tree.removeSubtree(id);
    m_activeRates.erase(std::remove_if(m_activeRates.begin(), m_activeRates.end(),
                                       [this](int n) { return !m_tree[n].rateActive; }),
                        m_activeRates.end());
    if (published) {
        --m_tree[parentId].publishedRows;
        endRemoveRows();
    }

    ++m_round;
    std::vector<int> dirty;
    for (int n = parentId; n >= 0; n = m_tree[n].parent) {
        TopicNode &ancestor = m_tree[n];
        ancestor.topicsBelow -= topics;
        ancestor.messagesBelow -= messages;
        ancestor.matchesBelow -= matches;
        markDirty(n, dirty);
    }
    m_topicCount -= topics;
    m_shownTopicCount -= shownTopics;
    m_messageCount -= messages;
    emitDataChanged(dirty, ValueColumn, ColumnCount - 1);
    emit countsChanged();
    return true;
}

void TopicTreeModel::setFilterText(const QString &text)
{
    if (text == m_matcher.text())
        return;
    const QScopedValueRollback changing(m_changing, true);
    TopicMatcher matcher(text);
    const bool narrowing = matcher.narrows(m_matcher);
    m_matcher = std::move(matcher);
    recomputeMatches(narrowing);
    emit filterChanged();
    emit countsChanged();
}

// One pass over the tree: each level's name is searched once (a text match found above holds
// below), each value once. Subtrees that cannot match are skipped: below a level a topic
// filter rules out, or, when the text only grew, where the previous text matched nothing.
void TopicTreeModel::recomputeMatches(bool narrowing)
{
    m_shownTopicCount = 0;
    if (m_matcher.mode() == TopicMatcher::Mode::Everything)
        return;
    const bool text = m_matcher.mode() == TopicMatcher::Mode::Text;
    m_tree.visit(
        TopicTree::Root,
        [&](int id, QStringView fullTopic, qsizetype added, int depth) {
            TopicNode &node = m_tree[id];
            const bool matchedBefore = node.matchesBelow > 0;
            node.matchesBelow = 0;
            node.topicMatch = node.valueMatch = false;
            if (id == TopicTree::Root)
                return true;
            if ((narrowing && !matchedBefore) || !m_matcher.mayMatchAt(depth, node.name))
                return false;
            node.topicMatch = (text && m_tree[node.parent].topicMatch) ||
                m_matcher.matchesTopicEnd(fullTopic, added);
            node.valueMatch = node.hasMessage() && m_matcher.matchesValue(node.preview);
            node.matchesBelow = node.matches() ? 1 : 0;
            if (node.hasMessage() && node.matches())
                ++m_shownTopicCount;
            return true;
        },
        [&](int id) {
            if (id != TopicTree::Root)
                m_tree[m_tree[id].parent].matchesBelow += m_tree[id].matchesBelow;
        });
}

} // namespace OhMqttExplorer
