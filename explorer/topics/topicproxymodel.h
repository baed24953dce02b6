// TopicProxyModel: the topic tree as the browser shows it — filtered by the model's own marks
// (TopicTreeModel::setFilterText()) and sorted in natural order.
#pragma once

#include <QtCore/qsortfilterproxymodel.h>

namespace OhMqttExplorer {

class TopicTreeModel;

// QSortFilterProxyModel's own recursive filtering would ask about every row below a hidden one
// on each keystroke; the model marks shown nodes in one pass instead, and a row is accepted in
// O(1). The model emits dataChanged for every ancestor whose subtree changed, so a row whose
// visibility changes gets re-filtered without recursive filtering.
class TopicProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TopicProxyModel(TopicTreeModel *model, QObject *parent = nullptr);

    TopicTreeModel *topicModel() const noexcept { return m_model; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TopicTreeModel *m_model;
};

} // namespace OhMqttExplorer
