// JsonTreeModel: lazily populated nodes over QJsonValue, which shares its data, so a node is cheap.
#include "viewers/jsontreemodel.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>

#include <vector>

namespace OhMqttExplorer {

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key; // an object member's name; empty for array elements
    QJsonValue value;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {
int childCount(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonTreeModel::tr("object");
    case QJsonValue::Array:
        return JsonTreeModel::tr("array");
    case QJsonValue::String:
        return JsonTreeModel::tr("string");
    case QJsonValue::Double:
        return JsonTreeModel::tr("number");
    case QJsonValue::Bool:
        return JsonTreeModel::tr("boolean");
    case QJsonValue::Null:
        return JsonTreeModel::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("{%1}").arg(value.toObject().size());
    case QJsonValue::Array:
        return QStringLiteral("[%1]").arg(value.toArray().size());
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.size() <= JsonTreeModel::MaxShownStringLength)
            return text;
        return text.left(JsonTreeModel::MaxShownStringLength) + QChar(0x2026);
    }
    case QJsonValue::Double:
        // Integers stay integers (QJsonValue keeps them as qint64 when they fit).
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isPlainIdentifier(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    return std::all_of(key.begin(), key.end(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    if (document.isObject())
        m_root->value = document.object();
    else if (document.isArray())
        m_root->value = document.array();
    endResetModel();
}

void JsonTreeModel::populate(Node *node)
{
    if (node->populated)
        return;
    node->populated = true;
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            node->children.push_back(std::make_unique<Node>(
                Node {node, int(node->children.size()), it.key(), it.value(), false, {}}));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            node->children.push_back(
                std::make_unique<Node>(Node {node, int(i), QString(), array.at(i), false, {}}));
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    populate(node);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    // The count comes from the value itself; children are made only when index() needs them.
    return childCount(nodeOf(parent)->value);
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KeyColumn:
            return node->parent->value.isArray() ? QStringLiteral("[%1]").arg(node->row)
                                                 : node->key;
        case ValueColumn:
            return valueText(node->value);
        case TypeColumn:
            return typeName(node->value);
        }
    } else if (role == Qt::ToolTipRole && index.column() == KeyColumn) {
        return pathOf(index);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

QJsonValue JsonTreeModel::valueAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->value : QJsonValue();
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const
{
    QString path;
    for (const Node *node = index.isValid() ? nodeOf(index) : nullptr; node && node != m_root.get();
         node = node->parent) {
        QString step;
        if (node->parent->value.isArray())
            step = QStringLiteral("[%1]").arg(node->row);
        else if (isPlainIdentifier(node->key))
            step = node->key;
        else
            step = QStringLiteral("[\"%1\"]")
                       .arg(QString(node->key)
                                .replace(u'\\', QStringLiteral("\\\\"))
                                .replace(u'"', QStringLiteral("\\\"")));
        if (!path.isEmpty() && !path.startsWith(u'['))
            step += u'.';
        path.prepend(step);
    }
    return path;
}

} // namespace OhMqttExplorer
