// TopicFilterTrie: topic filters stored level by level, to find those a topic matches quickly.
#pragma once

#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <functional>
#include <memory>

namespace OhMqtt {

// Finding the filters that match a topic costs about the topic's depth times the wildcard
// branches on its path, however many filters there are; a linear scan over matchTopicFilter()
// costs one match per filter. The answers are the same (tests/topics compares them).
class TopicFilterTrie
{
public:
    TopicFilterTrie();
    ~TopicFilterTrie();
    TopicFilterTrie(TopicFilterTrie &&) noexcept;
    TopicFilterTrie &operator=(TopicFilterTrie &&) noexcept;

    // `topicFilter` is a valid filter as sent: a shared one, "$share/<name>/<filter>", matches as
    // <filter> does [MQTT-4.8.2]. False when it was there already.
    bool insert(const QString &topicFilter);
    // False when it was not there.
    bool remove(const QString &topicFilter);
    bool contains(const QString &topicFilter) const;
    qsizetype size() const noexcept { return m_size; }
    void clear();

    // The filters that match `topic`, a valid topic name, in no particular order. `visited`, when
    // given, counts the nodes the search looked at: what a match costs.
    QStringList matches(QStringView topic, qsizetype *visited = nullptr) const;
    // The same, one filter at a time, without allocating for topics of up to 16 levels: this is
    // what routes every incoming message. `visit` must not change the trie.
    void forEachMatch(QStringView topic, const std::function<void(const QString &)> &visit,
                      qsizetype *visited = nullptr) const;

private:
    struct Node;
    Node *find(QStringView matchedFilter) const;

    std::unique_ptr<Node> m_root;
    qsizetype m_size = 0;
};

} // namespace OhMqtt
