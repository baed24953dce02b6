// TopicTreeModel: the item model face of the topic tree — indexes, data, lazy fetching and the
// comparisons a proxy sorts with. Ingestion is in topictreeupdates.cpp.
#include "topics/topictreemodel.h"

#include "topics/messagehistory.h"
#include "topics/naturalcompare.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qlocale.h>
#include <QtCore/qscopedvaluerollback.h>
#include <QtGui/qfont.h>

namespace OhMqttExplorer {

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_history(new MessageHistory(this))
{
    m_timer.setInterval(DefaultBatchInterval);
    connect(&m_timer, &QTimer::timeout, this, &TopicTreeModel::tick);
    m_clock.start();
}

TopicTreeModel::~TopicTreeModel() = default;

int TopicTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : TopicTree::Root;
}

QModelIndex TopicTreeModel::indexOfNode(int id, int column) const
{
    return id == TopicTree::Root ? QModelIndex()
                                 : createIndex(m_tree[id].row, column, quintptr(id));
}

// Whether views have been told of the node.
bool TopicTreeModel::isPublished(int id) const
{
    if (id == TopicTree::Root)
        return true;
    const TopicNode &node = m_tree[id];
    return node.row < m_tree[node.parent].publishedRows;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentId = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= m_tree[parentId].publishedRows)
        return {};
    return createIndex(row, column, quintptr(m_tree[parentId].children[row]));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOfNode(m_tree[nodeOf(child)].parent) : QModelIndex();
}

QModelIndex TopicTreeModel::sibling(int row, int column, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (row == index.row())
        return column >= 0 && column < ColumnCount ? createIndex(row, column, index.internalId())
                                                   : QModelIndex();
    return this->index(row, column, parent(index));
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return m_tree[nodeOf(parent)].publishedRows;
}

int TopicTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    return parent.column() <= 0 && !m_tree[nodeOf(parent)].children.isEmpty();
}

bool TopicTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const TopicNode &node = m_tree[nodeOf(parent)];
    return !node.fetched && !node.children.isEmpty();
}

void TopicTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_changing) {
        if (m_deferredFetches.empty())
            QMetaObject::invokeMethod(this, &TopicTreeModel::fetchDeferred, Qt::QueuedConnection);
        m_deferredFetches.push_back(nodeOf(parent));
        return;
    }
    fetchNode(nodeOf(parent));
}

void TopicTreeModel::fetchNode(int id)
{
    const QScopedValueRollback changing(m_changing, true);
    m_tree[id].fetched = true;
    publishNewRows(id);
}

void TopicTreeModel::fetchDeferred()
{
    for (const int id : std::exchange(m_deferredFetches, {})) {
        // The node may have gone (or its id been reused) meanwhile.
        if (m_tree.contains(id) && isPublished(id) && !m_tree[id].fetched &&
            !m_tree[id].children.isEmpty())
            fetchNode(id);
    }
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= QosColumn && section != LastColumn
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole) // the busiest and the latest first
        return section >= MessagesColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RateColumn:
            return tr("Messages per second to this topic, averaged over the last seconds");
        case TopicsBelowColumn:
            return tr("Topics below this level");
        case MessagesBelowColumn:
            return tr("Messages to the topics below this level");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case ValueColumn:
        return tr("Value");
    case RetainedColumn:
        return tr("Retained");
    case QosColumn:
        return tr("QoS");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate");
    case LastColumn:
        return tr("Last");
    case TopicsBelowColumn:
        return tr("Topics below");
    case MessagesBelowColumn:
        return tr("Messages below");
    default:
        return {};
    }
}

QVariant TopicTreeModel::displayData(const TopicNode &node, int column) const
{
    const QLocale locale;
    switch (column) {
    case TopicColumn:
        return node.name.isEmpty() ? tr("(empty level)") : node.name;
    case ValueColumn:
        return node.preview;
    case RetainedColumn:
        return node.hasMessage() && node.retained ? tr("yes") : QString();
    case QosColumn:
        return node.hasMessage() ? QString::number(node.qos) : QString();
    case MessagesColumn:
        return node.hasMessage() ? locale.toString(node.messageCount) : QString();
    case RateColumn: {
        const double rate = node.rate.at(m_now, m_rateTimeConstant);
        if (rate < MinimumRate)
            return QString();
        return tr("%1/s").arg(locale.toString(rate, 'f', rate < 10 ? 2 : 1));
    }
    case LastColumn:
        return node.hasMessage()
            ? QDateTime::fromMSecsSinceEpoch(node.lastReceivedMs).toString(u"HH:mm:ss.zzz")
            : QString();
    case TopicsBelowColumn:
        return node.topicsBelow > 0 ? locale.toString(node.topicsBelow) : QString();
    case MessagesBelowColumn:
        return node.messagesBelow > 0 ? locale.toString(node.messagesBelow) : QString();
    default:
        return {};
    }
}

QVariant TopicTreeModel::nodeData(int id, int role) const
{
    const TopicNode &node = m_tree[id];
    switch (role) {
    case FullTopicRole:
        return m_tree.fullTopic(id);
    case LastMessageRole: {
        const auto last =
            node.hasMessage() ? m_history->latest(m_tree.fullTopic(id)) : std::nullopt;
        return last ? QVariant::fromValue(*last) : QVariant();
    }
    case HasMessageRole:
        return node.hasMessage();
    case MessageCountRole:
        return node.messageCount;
    case MessagesBelowRole:
        return node.messagesBelow;
    case TopicsBelowRole:
        return node.topicsBelow;
    case RateRole:
        return node.rate.at(m_now, m_rateTimeConstant);
    case LastReceivedRole:
        return node.lastReceivedMs;
    case PayloadSizeRole:
        return node.payloadSize;
    case RetainedRole:
        return node.hasMessage() && node.retained;
    case QosRole:
        return node.hasMessage() ? int(node.qos) : -1;
    default:
        return {};
    }
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const int id = nodeOf(index);
    const TopicNode &node = m_tree[id];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastColumn && node.hasMessage())
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(node.lastReceivedMs),
                                      QLocale::LongFormat);
        return index.column() == ValueColumn ? node.preview : m_tree.fullTopic(id);
    case Qt::TextAlignmentRole:
        return headerData(index.column(), Qt::Horizontal, role);
    case Qt::FontRole:
        if (index.column() == TopicColumn && node.name.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return role > Qt::UserRole ? nodeData(id, role) : QVariant();
    }
}

int TopicTreeModel::batchInterval() const noexcept
{
    return m_timer.interval();
}

void TopicTreeModel::setBatchInterval(int msecs)
{
    m_timer.setInterval(qMax(0, msecs));
}

void TopicTreeModel::setRateTimeConstant(int msecs)
{
    m_rateTimeConstant = qMax(1, msecs);
}

int TopicTreeModel::shownTopicCount() const noexcept
{
    return m_matcher.mode() == TopicMatcher::Mode::Everything ? m_topicCount : m_shownTopicCount;
}

int TopicTreeModel::matchingNodeCount() const noexcept
{
    return m_matcher.mode() == TopicMatcher::Mode::Everything
        ? -1
        : m_tree[TopicTree::Root].matchesBelow;
}

QModelIndex TopicTreeModel::indexOfTopic(const QString &topic)
{
    const int id = m_tree.find(topic);
    if (id < 0)
        return {};
    // Fetch from the top down, so that each level exists before its children are announced.
    QList<int> ancestors;
    for (int n = m_tree[id].parent; n != TopicTree::Root; n = m_tree[n].parent)
        ancestors.prepend(n);
    for (const int ancestor : std::as_const(ancestors)) {
        if (!m_tree[ancestor].fetched)
            fetchNode(ancestor);
    }
    return indexOfNode(id);
}

QString TopicTreeModel::topicOf(const QModelIndex &index) const
{
    return index.isValid() ? m_tree.fullTopic(nodeOf(index)) : QString();
}

bool TopicTreeModel::isShown(const QModelIndex &index) const
{
    return m_matcher.mode() == TopicMatcher::Mode::Everything || !index.isValid() ||
        m_tree[nodeOf(index)].matchesBelow > 0;
}

bool TopicTreeModel::isChildShown(const QModelIndex &parent, int row) const
{
    if (m_matcher.mode() == TopicMatcher::Mode::Everything)
        return true;
    const TopicNode &node = m_tree[nodeOf(parent)];
    return row >= 0 && row < node.children.size() && m_tree[node.children[row]].matchesBelow > 0;
}

namespace {

template<typename T> int compareValues(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int TopicTreeModel::compare(const QModelIndex &a, const QModelIndex &b) const
{
    const TopicNode &x = m_tree[nodeOf(a)];
    const TopicNode &y = m_tree[nodeOf(b)];
    int result = 0;
    switch (a.column()) {
    case ValueColumn:
        result = naturalCompare(x.preview, y.preview);
        break;
    case RetainedColumn:
        result = compareValues(x.hasMessage() && x.retained, y.hasMessage() && y.retained);
        break;
    case QosColumn:
        result = compareValues(x.hasMessage() ? x.qos : -1, y.hasMessage() ? y.qos : -1);
        break;
    case MessagesColumn:
        result = compareValues(x.messageCount, y.messageCount);
        break;
    case RateColumn:
        result = compareValues(x.rate.at(m_now, m_rateTimeConstant),
                               y.rate.at(m_now, m_rateTimeConstant));
        break;
    case LastColumn:
        result = compareValues(x.lastReceivedMs, y.lastReceivedMs);
        break;
    case TopicsBelowColumn:
        result = compareValues(x.topicsBelow, y.topicsBelow);
        break;
    case MessagesBelowColumn:
        result = compareValues(x.messagesBelow, y.messagesBelow);
        break;
    default:
        break;
    }
    return result != 0 ? result : naturalCompare(x.name, y.name);
}

} // namespace OhMqttExplorer
