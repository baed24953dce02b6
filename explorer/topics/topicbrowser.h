// TopicBrowser: the topic tree with its filter line and a count of what is shown; the
// explorer's main view of a connection.
#pragma once

#include <QtWidgets/qwidget.h>

class QLabel;
class QLineEdit;
class QTreeView;

namespace OhMqttExplorer {

class TopicProxyModel;
class TopicTreeModel;

class TopicBrowser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultAutoExpandLimit = 200;

    // The model is not owned; it must outlive the browser.
    explicit TopicBrowser(TopicTreeModel *model, QWidget *parent = nullptr);

    TopicTreeModel *model() const noexcept { return m_model; }
    TopicProxyModel *proxyModel() const noexcept { return m_proxy; }
    QTreeView *view() const noexcept { return m_view; }
    QLineEdit *filterEdit() const noexcept { return m_filter; }

    // The full topic of the current row; empty without one.
    QString currentTopic() const;
    // A filter that matches at most this many nodes expands the tree down to all of them.
    int autoExpandLimit() const noexcept { return m_autoExpandLimit; }
    void setAutoExpandLimit(int topics) { m_autoExpandLimit = topics; }

public Q_SLOTS:
    // Makes the topic the current row, expanding its ancestors and scrolling to it; false when
    // the topic is unknown or the filter hides it.
    bool selectTopic(const QString &topic);
    void setFilterText(const QString &text);

Q_SIGNALS:
    // The current row changed (by the user or selectTopic()); empty when there is none.
    void topicSelected(const QString &topic);

private:
    void applyFilter(const QString &text);
    void expandShown();
    void updateStatus();
    void sizeColumns();

    TopicTreeModel *m_model;
    TopicProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_status;
    int m_autoExpandLimit = DefaultAutoExpandLimit;
};

} // namespace OhMqttExplorer
