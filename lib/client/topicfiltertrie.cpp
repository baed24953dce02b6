// TopicFilterTrie: one node per filter level; `+` and `#` are branches of their own.
#include "client/topicfiltertrie.h"

#include <QtCore/qhashfunctions.h>
#include <QtCore/qvarlengtharray.h>

#include <unordered_map>
#include <vector>

namespace OhMqtt {

namespace {

struct StringHash
{
    size_t operator()(const QString &text) const noexcept { return qHash(text); }
};

// A level of a topic as a key, without copying its characters.
QString levelKey(QStringView level)
{
    return QString::fromRawData(level.data(), level.size());
}

// The part of a filter that matching looks at: "$share/<name>/" plays no part [MQTT-4.8.2].
QStringView matchedPart(QStringView topicFilter)
{
    if (!topicFilter.startsWith(u"$share/"))
        return topicFilter;
    const qsizetype end = topicFilter.indexOf(u'/', 7);
    return end < 0 ? topicFilter : topicFilter.sliced(end + 1);
}

bool endsWithMultiLevel(QStringView matched)
{
    return matched == u"#" || matched.endsWith(u"/#");
}

// The levels below the multi-level wildcard, or all of them.
QStringView pathOf(QStringView matched)
{
    if (!endsWithMultiLevel(matched))
        return matched;
    return matched.size() == 1 ? QStringView() : matched.chopped(2);
}

} // namespace

struct TopicFilterTrie::Node
{
    std::unordered_map<QString, std::unique_ptr<Node>, StringHash> children; // literal levels
    std::unique_ptr<Node> singleLevel; // '+'
    QStringList filters; // the filters whose levels end at this node
    QStringList multiLevel; // the filters that end in '#' after this node's levels

    bool isEmpty() const noexcept
    {
        return children.empty() && !singleLevel && filters.isEmpty() && multiLevel.isEmpty();
    }

    // A filter's level: '+' or a literal one.
    Node *child(QStringView level) const
    {
        return level == u"+" ? singleLevel.get() : literal(level);
    }

    Node *literal(QStringView level) const
    {
        const auto it = children.find(levelKey(level));
        return it == children.end() ? nullptr : it->second.get();
    }

    Node *makeChild(QStringView level)
    {
        std::unique_ptr<Node> &slot =
            level == u"+" ? singleLevel : children[level.toString()]; // owns its key
        if (!slot)
            slot = std::make_unique<Node>();
        return slot.get();
    }

    void removeChild(QStringView level)
    {
        if (level == u"+")
            singleLevel.reset();
        else
            children.erase(levelKey(level));
    }
};

TopicFilterTrie::TopicFilterTrie()
    : m_root(std::make_unique<Node>())
{ }

TopicFilterTrie::~TopicFilterTrie() = default;
TopicFilterTrie::TopicFilterTrie(TopicFilterTrie &&) noexcept = default;
TopicFilterTrie &TopicFilterTrie::operator=(TopicFilterTrie &&) noexcept = default;

bool TopicFilterTrie::insert(const QString &topicFilter)
{
    const QStringView matched = matchedPart(topicFilter);
    const QStringView path = pathOf(matched);
    Node *node = m_root.get();
    if (!path.isNull()) {
        for (const QStringView level : path.tokenize(u'/'))
            node = node->makeChild(level);
    }
    QStringList &list = endsWithMultiLevel(matched) ? node->multiLevel : node->filters;
    if (list.contains(topicFilter))
        return false;
    list.append(topicFilter);
    ++m_size;
    return true;
}

bool TopicFilterTrie::remove(const QString &topicFilter)
{
    const QStringView matched = matchedPart(topicFilter);
    const QStringView path = pathOf(matched);
    // The nodes on the path with the level leading to each, to prune those left empty.
    std::vector<std::pair<Node *, QStringView>> trail;
    Node *node = m_root.get();
    if (!path.isNull()) {
        for (const QStringView level : path.tokenize(u'/')) {
            trail.emplace_back(node, level);
            node = node->child(level);
            if (!node)
                return false;
        }
    }
    QStringList &list = endsWithMultiLevel(matched) ? node->multiLevel : node->filters;
    if (!list.removeOne(topicFilter))
        return false;
    --m_size;
    for (auto it = trail.rbegin(); it != trail.rend() && node->isEmpty(); ++it) {
        Node *parent = it->first;
        parent->removeChild(it->second);
        node = parent;
    }
    return true;
}

TopicFilterTrie::Node *TopicFilterTrie::find(QStringView path) const
{
    Node *node = m_root.get();
    if (path.isNull())
        return node;
    for (const QStringView level : path.tokenize(u'/')) {
        node = node->child(level);
        if (!node)
            return nullptr;
    }
    return node;
}

bool TopicFilterTrie::contains(const QString &topicFilter) const
{
    const QStringView matched = matchedPart(topicFilter);
    const Node *node = find(pathOf(matched));
    if (!node)
        return false;
    return (endsWithMultiLevel(matched) ? node->multiLevel : node->filters).contains(topicFilter);
}

void TopicFilterTrie::clear()
{
    m_root = std::make_unique<Node>();
    m_size = 0;
}

QStringList TopicFilterTrie::matches(QStringView topic, qsizetype *visited) const
{
    QStringList result;
    forEachMatch(
        topic, [&result](const QString &filter) { result.append(filter); }, visited);
    return result;
}

void TopicFilterTrie::forEachMatch(QStringView topic,
                                   const std::function<void(const QString &)> &visit,
                                   qsizetype *visited) const
{
    if (visited)
        *visited = 0;
    if (m_size == 0 || topic.isEmpty())
        return;
    QVarLengthArray<QStringView, 16> levels; // split by hand: tokenize() searches per level
    qsizetype start = 0;
    for (qsizetype i = 0; i < topic.size(); ++i) {
        if (topic[i] == u'/') {
            levels.append(topic.sliced(start, i - start));
            start = i + 1;
        }
    }
    levels.append(topic.sliced(start));
    const auto visitAll = [&visit](const QStringList &filters) {
        for (const QString &filter : filters)
            visit(filter);
    };
    // [MQTT-4.7.2-1] A wildcard at the first level does not match a topic starting with '$'.
    const bool dollar = topic.front() == u'$';
    // Depth first with a stack of its own: a topic may have thousands of levels.
    QVarLengthArray<std::pair<const Node *, qsizetype>, 16> stack {{m_root.get(), 0}};
    qsizetype count = 0;
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        ++count;
        const bool wildcardsMatch = depth > 0 || !dollar;
        if (wildcardsMatch) // '#' matches the parent level too: "a/#" matches "a"
            visitAll(node->multiLevel);
        if (depth == levels.size()) {
            visitAll(node->filters);
            continue;
        }
        if (const Node *literal = node->literal(levels[depth]))
            stack.emplace_back(literal, depth + 1);
        if (node->singleLevel && wildcardsMatch)
            stack.emplace_back(node->singleLevel.get(), depth + 1);
    }
    if (visited)
        *visited = count;
}

} // namespace OhMqtt
