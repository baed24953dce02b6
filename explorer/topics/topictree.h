// TopicTree: every topic seen, as a tree of levels kept in one vector; finding a topic costs one
// hash lookup per level, and nothing in it is per message beyond that.
#pragma once

#include "topics/messagerate.h"

#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

#include <vector>

namespace OhMqttExplorer {

// One level of a topic; a node that received messages is a topic of its own.
struct TopicNode
{
    static constexpr int Free = -2; // parent of a node slot waiting for reuse

    // Fields are ordered by size so that a node packs into as few bytes as it can: there is one
    // per level of every topic.
    QString name; // the level, possibly empty ("a//b", "/a")
    QString preview; // PayloadPreview of the last payload
    QList<int> children; // node ids in arrival order: a child's row is its index here

    // The last message and the messages so far.
    qint64 lastReceivedMs = 0; // since the epoch
    qint64 messageCount = 0;
    qint64 messagesBelow = 0; // to descendants
    MessageRate rate;

    int parent = -1;
    int row = 0;
    // What views have been told of: rowCount() until fetched is 0 (see TopicTreeModel).
    int publishedRows = 0;
    int payloadSize = 0; // MQTT limits a packet to 256 MB
    int topicsBelow = 0; // descendants with messages
    // The filter: how many nodes of the subtree, this one included, match.
    int matchesBelow = 0;

    // Scratch for applying one batch of messages.
    quint32 batchRound = 0;
    quint32 dirtyRound = 0;
    int batchCount = 0;
    int batchLast = -1;

    quint8 qos = 0;
    bool retained = false;
    bool fetched = false;
    bool rateActive = false; // in the model's list of rates still decaying
    bool topicMatch = false; // the full topic matches the filter
    bool valueMatch = false; // the preview does

    bool hasMessage() const noexcept { return messageCount > 0; }
    bool matches() const noexcept { return topicMatch || valueMatch; }
};

class TopicTree
{
public:
    static constexpr int Root = 0;

    TopicTree();

    TopicNode &operator[](int id) { return m_nodes[size_t(id)]; }
    const TopicNode &operator[](int id) const { return m_nodes[size_t(id)]; }

    // Nodes alive, the root included.
    qsizetype size() const noexcept { return qsizetype(m_nodes.size() - m_free.size()); }
    // Whether `id` is a node now (ids of removed nodes are reused).
    bool contains(int id) const noexcept
    {
        return id >= 0 && size_t(id) < m_nodes.size() &&
            m_nodes[size_t(id)].parent != TopicNode::Free;
    }
    int child(int parent, QStringView name) const { return m_index.value({parent, name}, -1); }
    // The node of a topic; -1 when there is none.
    int find(QStringView topic) const;
    QString fullTopic(int id) const;

    // The node of `topic`, made with its missing ancestors first; `created(id, topicUpToIt)` is
    // called for each node made, top-down.
    template<typename Created> int findOrCreate(QStringView topic, Created &&created);

    // Depth first over the subtree of `id` (`id` first): `enter(node, fullTopic, added, depth)`
    // where `added` is how many characters the node adds to its parent's topic ('/' included)
    // and `depth` is 0 for the top level (-1 for the root), returns whether to go into the
    // node's children; `leave(node)` follows, after them. Iterative: topics may be thousands of
    // levels deep.
    template<typename Enter, typename Leave> void visit(int id, Enter &&enter, Leave &&leave) const;

    // Detaches `id` from its parent (the rows of later siblings move up) and frees its subtree.
    void removeSubtree(int id);
    void clear();

private:
    struct ChildKey
    {
        int parent;
        QStringView name; // into the child's TopicNode::name, which does not move
        friend bool operator==(const ChildKey &a, const ChildKey &b) noexcept
        {
            return a.parent == b.parent && a.name == b.name;
        }
        friend size_t qHash(const ChildKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.parent, key.name);
        }
    };

    int createChild(int parent, QStringView name);

    std::vector<TopicNode> m_nodes;
    std::vector<int> m_free;
    QHash<ChildKey, int> m_index;
};

template<typename Created> int TopicTree::findOrCreate(QStringView topic, Created &&created)
{
    int id = Root;
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = topic.indexOf(u'/', start);
        const qsizetype end = slash < 0 ? topic.size() : slash;
        const QStringView name = topic.sliced(start, end - start);
        int next = child(id, name);
        if (next < 0) {
            next = createChild(id, name);
            created(next, topic.first(end));
        }
        id = next;
        if (slash < 0)
            return id;
        start = slash + 1;
    }
}

template<typename Enter, typename Leave>
void TopicTree::visit(int id, Enter &&enter, Leave &&leave) const
{
    struct Frame
    {
        int node;
        qsizetype nextChild; // children.size() when not going into them
        qsizetype pathLength; // of the parent's topic
        int depth;
    };
    QString path = id == Root ? QString() : fullTopic(id);
    std::vector<Frame> stack;
    const auto push = [&](int node, qsizetype parentLength, int depth) {
        if (node != id) {
            if (m_nodes[size_t(node)].parent != Root)
                path.append(u'/');
            path.append(m_nodes[size_t(node)].name);
        }
        const bool descend = enter(node, QStringView(path), path.size() - parentLength, depth);
        stack.push_back(
            {node, descend ? 0 : m_nodes[size_t(node)].children.size(), parentLength, depth});
    };
    int depth = -1;
    for (int n = id; n != Root; n = m_nodes[size_t(n)].parent)
        ++depth;
    const TopicNode &start = m_nodes[size_t(id)];
    const qsizetype separator = id == Root || start.parent == Root ? 0 : 1;
    push(id, id == Root ? 0 : path.size() - start.name.size() - separator, depth);
    while (!stack.empty()) {
        Frame &top = stack.back();
        const TopicNode &node = m_nodes[size_t(top.node)];
        if (top.nextChild < node.children.size()) {
            const int next = node.children[top.nextChild++];
            push(next, path.size(), top.depth + 1);
            continue;
        }
        leave(top.node);
        path.truncate(top.pathLength);
        stack.pop_back();
    }
}

} // namespace OhMqttExplorer
