// TopicTree: every topic seen, as a tree of levels kept in one vector.
#include "topics/topictree.h"

namespace OhMqttExplorer {

TopicTree::TopicTree()
{
    clear();
}

int TopicTree::find(QStringView topic) const
{
    int id = Root;
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = topic.indexOf(u'/', start);
        const qsizetype end = slash < 0 ? topic.size() : slash;
        id = child(id, topic.sliced(start, end - start));
        if (id < 0 || slash < 0)
            return id;
        start = slash + 1;
    }
}

QString TopicTree::fullTopic(int id) const
{
    if (id == Root)
        return {};
    qsizetype length = -1;
    for (int n = id; n != Root; n = m_nodes[size_t(n)].parent)
        length += m_nodes[size_t(n)].name.size() + 1;
    QString topic(length, Qt::Uninitialized);
    qsizetype end = length;
    for (int n = id; n != Root; n = m_nodes[size_t(n)].parent) {
        const QString &name = m_nodes[size_t(n)].name;
        end -= name.size();
        std::copy(name.cbegin(), name.cend(), topic.begin() + end);
        if (end > 0)
            topic[--end] = u'/';
    }
    return topic;
}

int TopicTree::createChild(int parent, QStringView name)
{
    int id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
    } else {
        id = int(m_nodes.size());
        m_nodes.emplace_back();
    }
    TopicNode &node = m_nodes[size_t(id)];
    node = TopicNode {};
    node.name = name.toString();
    node.parent = parent;
    TopicNode &parentNode = m_nodes[size_t(parent)];
    node.row = int(parentNode.children.size());
    parentNode.children.append(id);
    m_index.insert({parent, QStringView(node.name)}, id);
    return id;
}

void TopicTree::removeSubtree(int id)
{
    Q_ASSERT(id != Root);
    TopicNode &parent = m_nodes[size_t(m_nodes[size_t(id)].parent)];
    const int row = m_nodes[size_t(id)].row;
    parent.children.removeAt(row);
    for (qsizetype r = row; r < parent.children.size(); ++r)
        m_nodes[size_t(parent.children[r])].row = int(r);

    std::vector<int> pending {id};
    while (!pending.empty()) {
        const int n = pending.back();
        pending.pop_back();
        TopicNode &node = m_nodes[size_t(n)];
        pending.insert(pending.end(), node.children.cbegin(), node.children.cend());
        m_index.remove({node.parent, QStringView(node.name)});
        node = TopicNode {};
        node.parent = TopicNode::Free;
        m_free.push_back(n);
    }
}

void TopicTree::clear()
{
    m_nodes.clear();
    m_free.clear();
    m_index.clear();
    m_nodes.emplace_back(); // the root: the parent of the top level, no topic of its own
    m_nodes[Root].fetched = true;
}

} // namespace OhMqttExplorer
