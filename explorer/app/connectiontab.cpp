#include "app/connectiontab.h"

#include "app/messageexport.h"
#include "app/retainedcleaner.h"
#include "app/trafficmeter.h"
#include "inflight/inflightview.h"
#include "publish/publishpanel.h"
#include "publish/publishrequest.h"
#include "publish/republish.h"
#include "record/recordpanel.h"
#include "record/replayer.h"
#include "subscriptions/subscriptionspanel.h"
#include "topics/messagehistory.h"
#include "topics/topicbrowser.h"
#include "topics/topictreemodel.h"
#include "viewers/messagedetail.h"
#include "viewers/messagehistorymodel.h"

#include <OhMqtt/mqtttopic.h>

#include <QtGui/qclipboard.h>
#include <QtGui/qguiapplication.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qscrollarea.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtreeview.h>

using namespace OhMqtt;

namespace OhMqttExplorer {

namespace {

// "sensors/#" for a subtree: the topic itself and everything below it [MQTT-4.7.1-2].
QString subtreeFilter(const QString &topic)
{
    return topic.isEmpty() ? QStringLiteral("#") : topic + QStringLiteral("/#");
}

QString formattedBytes(qint64 bytes, int precision = 0)
{
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

bool sameMessage(const ReceivedMessage &a, const ReceivedMessage &b)
{
    return a.receivedAtMs == b.receivedAtMs && a.message == b.message;
}

} // namespace

ConnectionTab::ConnectionTab(const MqttConnectOptions &options, const QString &title,
                             QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_title(title)
    , m_traffic(new TrafficMeter(this))
    , m_topics(new TopicTreeModel(this))
    , m_cleaner(new RetainedCleaner(&m_client, this))
    , m_browser(nullptr)
    , m_detail(new MessageDetail(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_panels(new QTabWidget(this))
    , m_publish(nullptr)
    , m_publishArea(nullptr)
    , m_subscriptions(nullptr)
    , m_inflight(new InflightView(&m_client, this))
    , m_record(new RecordPanel(&m_client, this))
    , m_appBudget(m_topics->history()->memoryBudget())
{
    // The panels read the protocol version from the client: set the options before they exist.
    m_client.setConnectOptions(m_options);
    m_browser = new TopicBrowser(m_topics, this);
    m_detail->historyModel()->setHistoryLimit(m_topics->history()->depth());
    m_publish = new PublishPanel(&m_client, this);
    m_subscriptions = new SubscriptionsPanel(&m_client, this);

    m_panels->setObjectName(QStringLiteral("panels"));
    // In scroll areas: a tall panel scrolls instead of squeezing the message detail above it.
    const auto scrolling = [this](QWidget *panel) {
        auto *area = new QScrollArea(this);
        area->setWidget(panel);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_publishArea = scrolling(m_publish);
    m_panels->addTab(m_publishArea, tr("Publish"));
    m_panels->addTab(scrolling(m_subscriptions), tr("Subscriptions"));
    m_panels->addTab(m_inflight, tr("In flight"));
    m_panels->addTab(scrolling(m_record), tr("Record / replay"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_detail);
    right->addWidget(m_panels);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 1);
    right->setSizes({600, 300});
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({540, 860}); // the tree wide enough for its values

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(&m_client, &MqttClient::messageReceived, this, [this](const MqttMessage &message) {
        m_topics->addMessage(message);
        m_traffic->countIn(message.payload().size());
    });
    connect(m_publish, &PublishPanel::published, this,
            [this](const PublishRequest &request) { m_traffic->countOut(request.payload.size()); });
    connect(m_record->replayer(), &Replayer::progressChanged, this,
            [this, handed = qsizetype(0)](qsizetype position, qsizetype) mutable {
                // Payload sizes are not known here; the message rate is what matters.
                if (position > handed)
                    m_traffic->countOut(0, position - handed);
                handed = position; // 0 when a replay starts
            });
    connect(m_browser, &TopicBrowser::topicSelected, this, &ConnectionTab::showTopic);
    connect(m_topics->history(), &MessageHistory::historyChanged, this,
            &ConnectionTab::onHistoryChanged);
    connect(m_topics->history(), &MessageHistory::historyEvicted, this,
            [this](qint64 messages, qint64) { reportEviction(messages); });
    connect(m_topics->history(), &MessageHistory::bytesUsedChanged, this,
            &ConnectionTab::statusChanged);
    connect(m_topics->history(), &MessageHistory::cleared, this, [this] {
        m_detail->clear();
        m_lastShown.reset();
    });
    connect(m_topics, &TopicTreeModel::countsChanged, this, &ConnectionTab::statusChanged);
    connect(&m_client, &MqttClient::stateChanged, this, &ConnectionTab::statusChanged);
    connect(&m_client, &MqttClient::errorOccurred, this, [this](const MqttError &error) {
        emit message(error.message());
        emit statusChanged();
    });
    connect(m_traffic, &TrafficMeter::ratesChanged, this, &ConnectionTab::statusChanged);
    connect(m_record, &RecordPanel::message, this, &ConnectionTab::message);
    connect(m_detail, &MessageDetail::statusMessage, this, &ConnectionTab::message);
    connect(m_detail, &MessageDetail::editInPublishRequested, this, &ConnectionTab::editInPublish);
    connect(m_detail, &MessageDetail::publishAgainRequested, this, &ConnectionTab::publishAgain);

    QTreeView *view = m_browser->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTreeView::customContextMenuRequested, this, &ConnectionTab::showTreeMenu);
}

ConnectionTab::~ConnectionTab()
{
    // The views and panels (all inside the splitter) hold handles, subscriptions and models of
    // the client: they go before it.
    delete m_splitter;
}

bool ConnectionTab::connectToBroker()
{
    return m_client.connectToBroker(m_options);
}

void ConnectionTab::disconnectFromBroker()
{
    m_client.disconnectFromBroker();
}

void ConnectionTab::showTopic(const QString &topic)
{
    m_shownTopic = topic;
    if (topic.isEmpty()) {
        m_detail->clear();
        m_lastShown.reset();
        return;
    }
    showHistoryOf(topic);
    m_publish->setTopic(topic);
    m_record->setTopicFilter(subtreeFilter(topic));
}

void ConnectionTab::showHistoryOf(const QString &topic)
{
    const ReceivedMessages history = m_topics->history()->messages(topic);
    m_detail->setMessages(topic, history);
    m_lastShown = history.isEmpty() ? std::nullopt : std::optional(history.constLast());
}

void ConnectionTab::onHistoryChanged(const QString &topic)
{
    if (topic != m_shownTopic)
        return;
    const ReceivedMessages history = m_topics->history()->messages(topic);
    if (history.isEmpty())
        return;
    // What came after the newest message shown; all of it again when that one is gone.
    qsizetype known = -1;
    if (m_lastShown) {
        for (qsizetype i = history.size() - 1; i >= 0; --i) {
            if (sameMessage(history.at(i), *m_lastShown)) {
                known = i;
                break;
            }
        }
    }
    if (known < 0)
        m_detail->setMessages(topic, history);
    else if (known + 1 < history.size())
        m_detail->appendMessages(history.mid(known + 1));
    m_lastShown = history.constLast();
}

QString ConnectionTab::stateText() const
{
    const QString address = m_options.address();
    switch (m_client.state()) {
    case MqttClient::State::Connected:
        return tr("Connected to %1 as %2").arg(address, m_client.clientId());
    case MqttClient::State::Connecting:
    case MqttClient::State::TlsHandshake:
    case MqttClient::State::WebSocketHandshake:
    case MqttClient::State::ConnectSent:
        return tr("Connecting to %1…").arg(address);
    case MqttClient::State::ReconnectWait:
        return tr("Reconnecting to %1: %2").arg(address, m_client.lastError().message());
    case MqttClient::State::Closing:
        return tr("Disconnecting…");
    case MqttClient::State::Closed:
    case MqttClient::State::Shutdown:
        break;
    }
    const MqttError error = m_client.lastError();
    return error.isNull() ? tr("Disconnected") : tr("Disconnected: %1").arg(error.message());
}

QString ConnectionTab::memoryText() const
{
    const MessageHistory *history = m_topics->history();
    const QString text =
        tr("%Ln topics · history %1 of %2", nullptr, int(m_topics->topicCount()))
            .arg(formattedBytes(history->bytesUsed(), 1), formattedBytes(history->memoryBudget()));
    if (!isBudgetShared())
        return text;
    return tr("%1 (this connection's share of %2)").arg(text, formattedBytes(m_appBudget));
}

void ConnectionTab::setHistoryLimits(int depth, qint64 budgetShare, qint64 appBudget)
{
    m_appBudget = appBudget;
    MessageHistory *history = m_topics->history();
    const int before = history->depth();
    history->setDepth(depth);
    history->setMemoryBudget(budgetShare); // evicts at once when lowered
    // The detail pane keeps rows of its own: no more than the history does.
    m_detail->historyModel()->setHistoryLimit(history->depth());
    if (history->depth() < before && !m_shownTopic.isEmpty())
        showHistoryOf(m_shownTopic);
    emit statusChanged(); // the share's wording may change with the same budget
}

bool ConnectionTab::isBudgetShared() const
{
    return m_topics->history()->memoryBudget() < m_appBudget;
}

void ConnectionTab::reportEviction(qint64 messages)
{
    const QString budget = formattedBytes(m_topics->history()->memoryBudget());
    if (!isBudgetShared()) {
        emit message(tr("The oldest history (%Ln messages) was dropped to stay within %1", nullptr,
                        int(messages))
                         .arg(budget));
        return;
    }
    // Another tab's status may be showing: name the connection.
    emit message(tr("%1: the oldest history (%Ln messages) was dropped to stay within this "
                    "connection's share (%2) of %3",
                    nullptr, int(messages))
                     .arg(m_title, budget, formattedBytes(m_appBudget)));
}

QStringList ConnectionTab::retainedTopicsBelow(const QString &topic) const
{
    QStringList topics;
    QList<QModelIndex> pending {m_topics->indexOfTopic(topic)};
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeLast();
        if (!index.isValid())
            continue;
        if (index.data(TopicTreeModel::RetainedRole).toBool())
            topics.append(index.data(TopicTreeModel::FullTopicRole).toString());
        if (m_topics->canFetchMore(index))
            m_topics->fetchMore(index);
        for (int row = 0; row < m_topics->rowCount(index); ++row)
            pending.append(m_topics->index(row, 0, index));
    }
    topics.sort();
    return topics;
}

ReceivedMessages ConnectionTab::messagesBelow(const QString &topic) const
{
    ReceivedMessages messages;
    QList<QModelIndex> pending {m_topics->indexOfTopic(topic)};
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeFirst();
        if (!index.isValid())
            continue;
        messages +=
            m_topics->history()->messages(index.data(TopicTreeModel::FullTopicRole).toString());
        if (m_topics->canFetchMore(index))
            m_topics->fetchMore(index);
        for (int row = 0; row < m_topics->rowCount(index); ++row)
            pending.append(m_topics->index(row, 0, index));
    }
    return messages;
}

void ConnectionTab::deleteRetained(const QString &topic)
{
    m_topics->flush();
    const QStringList topics = retainedTopicsBelow(topic);
    if (topics.isEmpty()) {
        QMessageBox::information(this, tr("Delete retained messages"),
                                 tr("No retained message is known at or below %1.").arg(topic));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete retained messages"),
        tr("Delete the retained messages of %n topics at and below %1 on the broker?\n\n"
           "Every client loses them, not only this one.",
           nullptr, int(topics.size()))
            .arg(topic),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    connect(
        m_cleaner, &RetainedCleaner::finished, this,
        [this](int cleared, int failed, const QString &firstError) {
            emit message(failed == 0
                             ? tr("Deleted %n retained messages", nullptr, cleared)
                             : tr("Deleted %n retained messages; %1 failed: %2", nullptr, cleared)
                                   .arg(QString::number(failed), firstError));
        },
        Qt::SingleShotConnection);
    m_cleaner->clear(topics);
}

void ConnectionTab::exportSubtree(const QString &topic)
{
    m_topics->flush();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(subtreeFilter(topic)), QString(),
                                     tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const ReceivedMessages messages = messagesBelow(topic);
    QString error;
    if (!MessageExport::writeFile(messages, path, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    emit message(tr("Exported %n messages to %1", nullptr, int(messages.size())).arg(path));
}

void ConnectionTab::clearTree()
{
    m_topics->clear();
    m_detail->clear();
    m_lastShown.reset();
    emit statusChanged();
}

void ConnectionTab::focusFilter()
{
    m_browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    m_browser->filterEdit()->selectAll();
}

void ConnectionTab::showPublishPanel()
{
    m_panels->setCurrentWidget(m_publishArea);
    // The panels may have been dragged shut under the message detail.
    if (auto *split = qobject_cast<QSplitter *>(m_panels->parentWidget())) {
        QList<int> sizes = split->sizes();
        const int index = split->indexOf(m_panels);
        if (index >= 0 && sizes.at(index) == 0) {
            int total = 0;
            for (const int size : std::as_const(sizes))
                total += size;
            for (int &size : sizes)
                size = total / int(sizes.size());
            split->setSizes(sizes);
        }
    }
    m_publish->focusPayload();
    if (QWidget *focused = m_publish->focusWidget())
        m_publishArea->ensureWidgetVisible(focused);
}

void ConnectionTab::publishToTopic(const QString &topic)
{
    m_publish->setTopic(topic);
    showPublishPanel();
}

void ConnectionTab::editInPublish(const MqttMessage &message)
{
    m_publish->setRequest(republishRequest(message));
    showPublishPanel();
}

void ConnectionTab::publishAgain(const MqttMessage &message)
{
    m_publish->publishRequest(republishRequest(message));
    m_panels->setCurrentWidget(m_publishArea);
}

// Not blocking (popup, not exec): the menu is a child, found and driven like any popup.
void ConnectionTab::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_browser->view()->indexAt(position);
    const QString topic = index.data(TopicTreeModel::FullTopicRole).toString();
    if (topic.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("topicMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Copy topic"), this,
                    [topic] { QGuiApplication::clipboard()->setText(topic); });
    menu->addAction(tr("Copy subtree filter (%1)").arg(subtreeFilter(topic)), this,
                    [topic] { QGuiApplication::clipboard()->setText(subtreeFilter(topic)); });
    menu->addSeparator();
    menu->addAction(tr("Publish to this topic…"), this, [this, topic] { publishToTopic(topic); });
    menu->addAction(tr("Record this subtree…"), this, [this, topic] {
        m_record->setTopicFilter(subtreeFilter(topic));
        m_panels->setCurrentIndex(3);
    });
    menu->addAction(tr("Export subtree…"), this, [this, topic] { exportSubtree(topic); });
    menu->addSeparator();
    menu->addAction(tr("Delete retained messages…"), this,
                    [this, topic] { deleteRetained(topic); });
    menu->addAction(tr("Remove from the tree"), this, [this, topic] {
        m_topics->removeSubtree(topic);
        emit statusChanged();
    });
    menu->popup(m_browser->view()->viewport()->mapToGlobal(position));
}

} // namespace OhMqttExplorer
