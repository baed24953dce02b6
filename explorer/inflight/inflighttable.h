// InflightTable: MqttInflightModel's rows with one column per field, for a QTableView.
#pragma once

#include <QtCore/qidentityproxymodel.h>

namespace OhMqttExplorer {

class InflightTable : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Column { Direction, PacketId, Topic, QoS, Size, Stage, Age, Sends, ColumnCount };
    Q_ENUM(Column)

    explicit InflightTable(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stageName(int stage);
};

} // namespace OhMqttExplorer
