// TopicProxyModel: the topic tree filtered by the model's marks and sorted in natural order.
#include "topics/topicproxymodel.h"

#include "topics/topictreemodel.h"

namespace OhMqttExplorer {

TopicProxyModel::TopicProxyModel(TopicTreeModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setRecursiveFilteringEnabled(false); // the model's marks already include descendants
    // invalidate(), not invalidateFilter(): dropping every mapping and rebuilding only those the
    // view asks for again is far cheaper, once a view has opened much of the tree, than
    // re-filtering every mapped parent and removing rows from each.
    connect(model, &TopicTreeModel::filterChanged, this, &QSortFilterProxyModel::invalidate);
}

bool TopicProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_model->isChildShown(sourceParent, sourceRow);
}

bool TopicProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->compare(left, right) < 0;
}

} // namespace OhMqttExplorer
