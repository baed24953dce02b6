// MessageDetail: the history list drives the payload, diff and properties; the chart follows the
// whole history.
#include "viewers/messagedetail.h"

#include "viewers/diffview.h"
#include "viewers/messagehistorymodel.h"
#include "viewers/messagepropertiesview.h"
#include "viewers/payloadformat.h"
#include "viewers/payloadview.h"
#include "viewers/valuechart.h"

#include <QtCore/qmimedata.h>
#include <QtGui/qaction.h>
#include <QtGui/qclipboard.h>
#include <QtGui/qguiapplication.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

namespace OhMqttExplorer {

using namespace Qt::StringLiterals;

MessageDetail::MessageDetail(QWidget *parent)
    : QWidget(parent)
    , m_topicLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_model(new MessageHistoryModel(this))
    , m_history(new QTreeView(this))
    , m_payload(new PayloadView(this))
    , m_tabs(new QTabWidget(this))
    , m_diff(new DiffView(this))
    , m_properties(new MessagePropertiesView(this))
    , m_chart(new ValueChart(this))
    , m_copyTopic(new QAction(tr("Copy topic"), this))
    , m_copyPayload(new QAction(tr("Copy payload"), this))
    , m_editInPublish(new QAction(tr("Edit in Publish"), this))
    , m_publishAgain(new QAction(tr("Publish Again"), this))
{
    m_copyTopic->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyPayload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *action : {m_copyTopic, m_copyPayload}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_copyTopic, &QAction::triggered, this, &MessageDetail::copyTopic);
    connect(m_copyPayload, &QAction::triggered, this, &MessageDetail::copyPayload);
    m_editInPublish->setObjectName(u"editInPublishAction"_s);
    m_editInPublish->setToolTip(
        tr("Put this message into the publish panel: topic, payload, QoS, retain and properties, "
           "to change before sending"));
    m_publishAgain->setObjectName(u"publishAgainAction"_s);
    m_publishAgain->setToolTip(tr("Publish this message again now, unchanged"));
    connect(m_editInPublish, &QAction::triggered, this, &MessageDetail::editCurrentInPublish);
    connect(m_publishAgain, &QAction::triggered, this, &MessageDetail::publishCurrentAgain);

    auto *copyTopicButton = new QToolButton(this);
    copyTopicButton->setDefaultAction(m_copyTopic);
    auto *copyPayloadButton = new QToolButton(this);
    copyPayloadButton->setDefaultAction(m_copyPayload);
    auto *editInPublishButton = new QToolButton(this);
    editInPublishButton->setObjectName(u"editInPublishButton"_s);
    editInPublishButton->setDefaultAction(m_editInPublish);
    auto *publishAgainButton = new QToolButton(this);
    publishAgainButton->setObjectName(u"publishAgainButton"_s);
    publishAgainButton->setDefaultAction(m_publishAgain);
    m_topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topicLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_topicLabel->font();
    bold.setBold(true);
    m_topicLabel->setFont(bold);
    // A long topic must not widen the whole window.
    m_topicLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *header = new QHBoxLayout;
    header->addWidget(m_topicLabel, 1);
    header->addWidget(m_countLabel);
    header->addWidget(copyTopicButton);
    header->addWidget(copyPayloadButton);
    header->addWidget(editInPublishButton);
    header->addWidget(publishAgainButton);

    m_history->setModel(m_model);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAllColumnsShowFocus(true);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->header()->setStretchLastSection(true);
    m_history->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_history, &QTreeView::customContextMenuRequested, this,
            &MessageDetail::showHistoryMenu);
    // Widths from sample texts, not from the rows: measuring rows is O(n) per resize.
    const QFontMetrics metrics(m_history->font());
    const int padding = 2 * metrics.horizontalAdvance(u'M');
    m_history->header()->resizeSection(MessageHistoryModel::TimeColumn,
                                       metrics.horizontalAdvance(u"00:00:00.000"_s) + padding);
    m_history->header()->resizeSection(MessageHistoryModel::SizeColumn,
                                       metrics.horizontalAdvance(u"1,048,576 B"_s) + padding);
    m_history->header()->resizeSection(MessageHistoryModel::FlagsColumn,
                                       metrics.horizontalAdvance(u"Q2 R D"_s) + padding);

    m_tabs->addTab(m_diff, tr("Diff"));
    m_tabs->addTab(m_properties, tr("Properties"));
    m_tabs->addTab(m_chart, tr("Chart"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_payload);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_history);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageDetail::showCurrent);
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(FollowIntervalMs);
    connect(&m_followTimer, &QTimer::timeout, this, [this] { selectRow(0); });
    connect(m_payload, &PayloadView::plotRequested, this, [this](const QString &path) {
        m_chart->setJsonPath(path);
        m_tabs->setCurrentWidget(m_chart);
    });
    clear();
}

MessageDetail::~MessageDetail() = default;

void MessageDetail::setMessages(const QString &topic, const ReceivedMessages &history)
{
    m_topic = topic;
    m_topicLabel->setText(topic);
    m_topicLabel->setToolTip(topic);
    m_model->setMessages(history);
    m_chart->setMessages(history);
    showCount();
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        showCurrent();
}

void MessageDetail::appendMessages(const ReceivedMessages &newOnes)
{
    if (newOnes.isEmpty())
        return;
    const bool followNewest = m_followTimer.isActive() || currentRow() <= 0;
    m_model->appendMessages(newOnes);
    m_chart->appendMessages(newOnes);
    showCount();
    // Showing a payload costs more than storing it: a busy topic shows its newest message at
    // most once per interval.
    if ((followNewest || currentRow() < 0) && !m_followTimer.isActive())
        m_followTimer.start();
}

void MessageDetail::clear()
{
    setMessages({}, {});
}

std::optional<ReceivedMessage> MessageDetail::currentMessage() const
{
    const int row = currentRow();
    return row >= 0 ? std::optional(m_model->messageAt(row)) : std::nullopt;
}

int MessageDetail::currentRow() const
{
    const QModelIndex current = m_history->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MessageDetail::selectRow(int row)
{
    // The caller's choice replaces a pending jump to the newest.
    m_followTimer.stop();
    const QModelIndex index = m_model->index(row, 0);
    m_history->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MessageDetail::showCurrent()
{
    // A row the user picked while a jump to the newest was pending wins over the jump.
    m_followTimer.stop();
    const int row = currentRow();
    if (row < 0) {
        m_payload->clear();
        m_properties->clear();
        m_diff->clear();
    } else {
        const ReceivedMessage &received = m_model->messageAt(row);
        m_payload->setPayload(received.message.payload());
        m_properties->setMessage(received);
        if (row + 1 < m_model->rowCount())
            m_diff->setPayloads(m_model->messageAt(row + 1).message.payload(),
                                received.message.payload());
        else
            m_diff->setNoPrevious();
    }
    for (QAction *action : {m_copyPayload, m_editInPublish, m_publishAgain})
        action->setEnabled(row >= 0);
    emit currentMessageChanged();
}

void MessageDetail::showCount()
{
    m_copyTopic->setEnabled(!m_topic.isEmpty());
    m_countLabel->setText(tr("%Ln messages", nullptr, m_model->rowCount()));
}

// Not blocking (popup, not exec): the menu is a child, found and driven like any popup.
void MessageDetail::showHistoryMenu(const QPoint &position)
{
    const QModelIndex index = m_history->indexAt(position);
    if (!index.isValid())
        return;
    selectRow(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(u"historyMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_editInPublish);
    menu->addAction(m_publishAgain);
    menu->addSeparator();
    menu->addAction(m_copyPayload);
    menu->addAction(m_copyTopic);
    menu->popup(m_history->viewport()->mapToGlobal(position));
}

void MessageDetail::editCurrentInPublish()
{
    if (const auto current = currentMessage())
        emit editInPublishRequested(current->message);
}

void MessageDetail::publishCurrentAgain()
{
    if (const auto current = currentMessage())
        emit publishAgainRequested(current->message);
}

void MessageDetail::copyTopic()
{
    if (m_topic.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_topic);
    emit statusMessage(tr("Copied the topic"));
}

void MessageDetail::copyPayload()
{
    const auto current = currentMessage();
    if (!current)
        return;
    const QByteArray &payload = current->message.payload();
    // Text for text editors, the exact bytes for applications that take them.
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("application/octet-stream"), payload);
    mime->setText(payload.isValidUtf8() ? QString::fromUtf8(payload)
                                        : QString::fromLatin1(payload.toHex(' ')));
    QGuiApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %1 of payload").arg(byteCountText(payload.size())));
}

} // namespace OhMqttExplorer
