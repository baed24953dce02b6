// TopicBrowser: the topic tree with its filter line and a count of what is shown.
#include "topics/topicbrowser.h"

#include "topics/topicproxymodel.h"
#include "topics/topictreemodel.h"

#include <QtCore/qlocale.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtreeview.h>

namespace OhMqttExplorer {

TopicBrowser::TopicBrowser(TopicTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TopicProxyModel(model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter: text or topic filter such as sensors/+/temp"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Text matches topics and values, ignoring case. Text with + or # "
                            "that is a valid topic filter matches topics as a subscription "
                            "would."));

    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true); // lets the view lay out 100,000 rows without asking each
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TopicTreeModel::TopicColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    sizeColumns();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &TopicBrowser::applyFilter);
    connect(m_model, &TopicTreeModel::countsChanged, this, &TopicBrowser::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TopicBrowser::updateStatus);
    // Views fetch a node when they lay it out expanded; an expansion made before that (while a
    // layout is pending) would otherwise leave it empty.
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_proxy->canFetchMore(index))
            m_proxy->fetchMore(index);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit topicSelected(m_model->topicOf(m_proxy->mapToSource(current)));
            });
    updateStatus();
}

void TopicBrowser::sizeColumns()
{
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive); // never ResizeToContents: O(rows)
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int column = 0; column < TopicTreeModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, metrics.horizontalAdvance(title) + 3 * metrics.height());
    }
    header->resizeSection(TopicTreeModel::TopicColumn, metrics.averageCharWidth() * 40);
    header->resizeSection(TopicTreeModel::ValueColumn, metrics.averageCharWidth() * 32);
    header->resizeSection(TopicTreeModel::LastColumn,
                          metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) +
                              2 * metrics.height());
}

QString TopicBrowser::currentTopic() const
{
    return m_model->topicOf(m_proxy->mapToSource(m_view->currentIndex()));
}

void TopicBrowser::setFilterText(const QString &text)
{
    m_filter->setText(text); // applyFilter() follows from textChanged
}

void TopicBrowser::applyFilter(const QString &text)
{
    m_model->setFilterText(text);
    if (!text.isEmpty() && m_model->matchingNodeCount() <= m_autoExpandLimit)
        expandShown();
    updateStatus();
}

// Expands every row the filter leaves, fetching as it goes; only for small results.
void TopicBrowser::expandShown()
{
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        if (m_proxy->canFetchMore(parent))
            m_proxy->fetchMore(parent);
        if (parent.isValid())
            m_view->expand(parent);
        for (int row = 0, rows = m_proxy->rowCount(parent); row < rows; ++row) {
            const QModelIndex child = m_proxy->index(row, 0, parent);
            if (m_proxy->hasChildren(child))
                pending.append(child);
        }
    }
}

bool TopicBrowser::selectTopic(const QString &topic)
{
    const QModelIndex source = m_model->indexOfTopic(topic);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    QList<QModelIndex> ancestors;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        ancestors.prepend(up);
    for (const QModelIndex &ancestor : std::as_const(ancestors))
        m_view->expand(ancestor);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void TopicBrowser::updateStatus()
{
    const QLocale locale;
    QString status = tr("%Ln topics, %1 shown", nullptr, int(m_model->topicCount()))
                         .arg(locale.toString(m_model->shownTopicCount()));
    if (m_model->filterMode() == TopicMatcher::Mode::TopicFilter)
        status = tr("%1 (topic filter)").arg(status);
    m_status->setText(status);
}

} // namespace OhMqttExplorer
