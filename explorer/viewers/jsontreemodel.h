// JsonTreeModel: a JSON document as a tree of key, value and type; a node's children are made
// only when a view asks for them, so a large document opens at the cost of its top level.
#pragma once

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonvalue.h>

#include <memory>

namespace OhMqttExplorer {

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    // Strings longer than this show cut in the Value column (the pretty text shows them whole).
    static constexpr qsizetype MaxShownStringLength = 1024;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument &document);
    const QJsonDocument &document() const { return m_document; }
    QJsonValue valueAt(const QModelIndex &index) const;
    // The path of a node as ValueChart reads it: "data.values[0]".
    QString pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    static void populate(Node *node);

    QJsonDocument m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace OhMqttExplorer
