// PublishPanel: compose, publish, follow the outcome, resend from the history.
#include "publish/publishpanel.h"

#include "common/fielderror.h"
#include "publish/payloadeditor.h"
#include "publish/publishhistorymodel.h"
#include "publish/publishoutcome.h"
#include "publish/publishpropertieseditor.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqtttopic.h>

#include <QtCore/qdatetime.h>
#include <QtGui/qshortcut.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qbuttongroup.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qgroupbox.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtreeview.h>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

using OhMqtt::MqttClient;

PublishPanel::PublishPanel(MqttClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_history(new PublishHistoryModel(this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createEditor());
    splitter->addWidget(createHistory());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Ctrl+Return publishes from anywhere in the panel, the payload editor included.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &PublishPanel::publish);
    }

    connect(m_client, &MqttClient::connectOptionsChanged, this,
            &PublishPanel::updateProtocolVersion);
    connect(m_client, &MqttClient::stateChanged, this, &PublishPanel::updatePublishable);
    updateProtocolVersion();
    updateTopicError();
}

PublishPanel::~PublishPanel() = default;

QWidget *PublishPanel::createEditor()
{
    auto *editor = new QWidget(this);

    m_topic = new QLineEdit(editor);
    m_topic->setObjectName(u"topicEdit"_s);
    m_topic->setPlaceholderText(tr("Topic, e.g. home/kitchen/light"));
    m_topicError = new FieldError(editor);
    m_topicError->setObjectName(u"topicError"_s);
    connect(m_topic, &QLineEdit::textChanged, this, &PublishPanel::updateTopicError);

    m_payload = new PayloadEditor(editor);
    m_payload->setObjectName(u"payloadEditor"_s);
    connect(m_payload, &PayloadEditor::changed, this, &PublishPanel::updatePublishable);

    m_qos = new QButtonGroup(editor);
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("QoS:"), editor));
    for (int qos = 0; qos <= 2; ++qos) {
        auto *button = new QRadioButton(QString::number(qos), editor);
        button->setObjectName(u"qos%1Button"_s.arg(qos));
        m_qos->addButton(button, qos);
        options->addWidget(button);
    }
    m_qos->button(0)->setChecked(true);
    m_retain = new QCheckBox(tr("Retain"), editor);
    m_retain->setObjectName(u"retainCheck"_s);
    options->addSpacing(12);
    options->addWidget(m_retain);
    options->addStretch();

    m_properties = new PublishPropertiesEditor(editor);
    m_properties->setObjectName(u"propertiesEditor"_s);
    m_propertiesBox = new QGroupBox(editor);
    auto *propertiesLayout = new QVBoxLayout(m_propertiesBox);
    propertiesLayout->addWidget(m_properties);
    connect(m_properties, &PublishPropertiesEditor::changed, this,
            &PublishPanel::updatePublishable);

    m_publishButton = new QPushButton(tr("Publish"), editor);
    m_publishButton->setObjectName(u"publishButton"_s);
    m_publishButton->setToolTip(tr("Publish the message (Ctrl+Return)"));
    connect(m_publishButton, &QPushButton::clicked, this, &PublishPanel::publish);
    m_status = new QLabel(editor);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_publishButton);
    actions->addWidget(m_status, 1);

    auto *message = new QVBoxLayout;
    message->addWidget(new QLabel(tr("Topic:"), editor));
    message->addWidget(m_topic);
    message->addWidget(m_topicError);
    message->addWidget(m_payload, 1);
    message->addLayout(options);

    auto *columns = new QHBoxLayout;
    columns->addLayout(message, 3);
    columns->addWidget(m_propertiesBox, 2);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(actions);
    return editor;
}

QWidget *PublishPanel::createHistory()
{
    auto *history = new QWidget(this);
    m_historyView = new QTreeView(history);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->setSectionResizeMode(PublishHistoryModel::TopicColumn,
                                                  QHeaderView::Stretch);

    m_resendButton = new QPushButton(tr("Resend"), history);
    m_resendButton->setObjectName(u"resendButton"_s);
    m_resendButton->setToolTip(tr("Publish the selected message again"));
    m_resendButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Sent messages:"), history));
    buttons->addStretch();
    buttons->addWidget(m_resendButton);
    auto *layout = new QVBoxLayout(history);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_historyView, 1);

    connect(m_resendButton, &QPushButton::clicked, this, &PublishPanel::resendSelected);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_resendButton->setEnabled(current.isValid());
                // Not when the history itself moved the selection (an old entry left it).
                if (current.isValid() && !m_addingToHistory)
                    loadHistoryRow(current.row());
            });
    // A click on the row already selected loads it again, over whatever was edited since.
    connect(m_historyView, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { loadHistoryRow(index.row()); });
    return history;
}

QString PublishPanel::topic() const
{
    return m_topic->text();
}

void PublishPanel::setTopic(const QString &topic)
{
    m_topic->setText(topic);
}

PublishRequest PublishPanel::request() const
{
    PublishRequest request;
    request.topic = m_topic->text();
    request.payload = m_payload->payload();
    request.payloadMode = m_payload->mode();
    if (request.payloadMode == PayloadMode::File)
        request.fileName = m_payload->fileName();
    request.qos = OhMqtt::QoS(m_qos->checkedId());
    request.retain = m_retain->isChecked();
    if (isMqtt5()) {
        request.properties = m_properties->properties();
        request.aliasPolicy = m_properties->aliasPolicy();
    }
    return request;
}

void PublishPanel::setRequest(const PublishRequest &request)
{
    m_topic->setText(request.topic);
    m_payload->setPayload(request.payloadMode, request.payload, request.fileName);
    m_qos->button(int(request.qos))->setChecked(true);
    m_retain->setChecked(request.retain);
    m_properties->setProperties(request.properties);
    m_properties->setAliasPolicy(request.aliasPolicy);
}

void PublishPanel::publish()
{
    m_payload->checkNow();
    if (!canPublish())
        return;
    send(request());
}

bool PublishPanel::publishRequest(const PublishRequest &request)
{
    if (m_client->state() == MqttClient::State::Shutdown) {
        showStatus(tr("Cannot publish: the connection is shut down."));
        return false;
    }
    if (!OhMqtt::isValidTopic(request.topic)) {
        showStatus(tr("Invalid topic: %1").arg(OhMqtt::topicError(request.topic).message()));
        return false;
    }
    send(request);
    return true;
}

void PublishPanel::focusPayload()
{
    m_payload->focusEditor(Qt::OtherFocusReason);
}

void PublishPanel::resendSelected()
{
    const QModelIndex current = m_historyView->selectionModel()->currentIndex();
    if (current.isValid())
        send(m_history->request(current.row()));
}

bool PublishPanel::isMqtt5() const
{
    return m_client->connectOptions().protocolVersion() == OhMqtt::ProtocolVersion::V5;
}

bool PublishPanel::canPublish() const
{
    return m_client->state() != MqttClient::State::Shutdown &&
        OhMqtt::isValidTopic(m_topic->text()) && m_payload->isValid() &&
        (!isMqtt5() || m_properties->isValid());
}

void PublishPanel::updateTopicError()
{
    const QString topic = m_topic->text();
    // An empty field is not an error yet, only not publishable.
    m_topicError->setError(topic.isEmpty() || OhMqtt::isValidTopic(topic)
                               ? QString()
                               : tr("Invalid topic: %1").arg(OhMqtt::topicError(topic).message()));
    updatePublishable();
}

void PublishPanel::updatePublishable()
{
    m_publishButton->setEnabled(canPublish());
}

void PublishPanel::updateProtocolVersion()
{
    const bool mqtt5 = isMqtt5();
    m_propertiesBox->setEnabled(mqtt5);
    m_propertiesBox->setTitle(mqtt5 ? tr("MQTT 5.0 properties")
                                    : tr("MQTT 5.0 properties (not sent: MQTT 3.1.1 connection)"));
    updatePublishable();
}

void PublishPanel::send(PublishRequest request)
{
    if (!isMqtt5()) {
        request.properties = {};
        request.aliasPolicy = OhMqtt::AliasPolicy::Never;
    }
    const OhMqtt::MqttPublishHandlePtr handle =
        m_client->publish(request.topic, request.payload, request.qos, request.retain,
                          request.properties, request.aliasPolicy);
    m_addingToHistory = true;
    const quint64 entry = m_history->add(request, QDateTime::currentDateTime());
    m_addingToHistory = false;
    m_latestEntry = entry;
    showStatus(m_client->isConnected()
                   ? tr("Publishing to %1…").arg(request.topic)
                   : tr("Waiting for the connection to publish to %1…").arg(request.topic));
    handle->onFinished(this, [this, handle, entry] {
        const QString outcome = PublishOutcome::describe(*handle);
        m_history->setOutcome(entry,
                              handle->isAcknowledged() ? PublishHistoryModel::Outcome::Acknowledged
                                                       : PublishHistoryModel::Outcome::Failed,
                              outcome);
        if (entry == m_latestEntry)
            showStatus(outcome);
    });
    Q_EMIT published(request);
}

void PublishPanel::loadHistoryRow(int row)
{
    if (row >= 0 && row < m_history->rowCount())
        setRequest(m_history->request(row));
}

void PublishPanel::showStatus(const QString &text)
{
    m_status->setText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), text));
}

} // namespace OhMqttExplorer
