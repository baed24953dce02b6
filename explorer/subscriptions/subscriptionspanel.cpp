// SubscriptionsPanel: the live subscriptions table, its dialog and the default switches.
#include "subscriptions/subscriptionspanel.h"

#include "subscriptions/subscriptiondialog.h"
#include "subscriptions/subscriptionsmodel.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qtreeview.h>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

SubscriptionsPanel::SubscriptionsPanel(OhMqtt::MqttClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new SubscriptionsModel(client, this))
    , m_allTopics(new QCheckBox(tr("All topics (#)"), this))
    , m_systemTopics(new QCheckBox(tr("Broker statistics ($SYS/#)"), this))
    , m_view(new QTreeView(this))
    , m_addButton(new QPushButton(tr("Add…"), this))
    , m_editButton(new QPushButton(tr("Edit…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
{
    m_allTopics->setObjectName(u"allTopicsCheck"_s);
    m_systemTopics->setObjectName(u"systemTopicsCheck"_s);
    m_view->setObjectName(u"subscriptionsView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_addButton->setObjectName(u"addButton"_s);
    m_editButton->setObjectName(u"editButton"_s);
    m_removeButton->setObjectName(u"removeButton"_s);

    auto *switches = new QHBoxLayout;
    switches->addWidget(m_allTopics);
    switches->addWidget(m_systemTopics);
    switches->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(switches);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_allTopics, &QCheckBox::toggled, this,
            [this](bool on) { setDefault(AllTopicsFilter, on); });
    connect(m_systemTopics, &QCheckBox::toggled, this,
            [this](bool on) { setDefault(SystemTopicsFilter, on); });
    connect(m_addButton, &QPushButton::clicked, this, &SubscriptionsPanel::addSubscription);
    connect(m_editButton, &QPushButton::clicked, this, &SubscriptionsPanel::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &SubscriptionsPanel::removeSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &SubscriptionsPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubscriptionsPanel::updateButtons);
    connect(m_model, &SubscriptionsModel::subscriptionsChanged, this, [this] {
        syncSwitches();
        updateButtons();
        Q_EMIT subscriptionsChanged();
    });

    setDefaults(true, false);
    updateButtons();
}

SubscriptionsPanel::~SubscriptionsPanel() = default;

QStringList SubscriptionsPanel::activeTopicFilters() const
{
    return m_model->activeTopicFilters();
}

bool SubscriptionsPanel::allTopicsSubscribed() const
{
    return m_model->find(AllTopicsFilter) >= 0;
}

bool SubscriptionsPanel::systemTopicsSubscribed() const
{
    return m_model->find(SystemTopicsFilter) >= 0;
}

OhMqtt::MqttSubscribeOptions SubscriptionsPanel::defaultOptions(OhMqtt::ProtocolVersion version)
{
    OhMqtt::MqttSubscribeOptions options;
    options.setMaximumQoS(OhMqtt::QoS::Q2);
    // MQTT 5.0: the RETAIN flag as the publisher set it, so the tree can tell which topics hold
    // a retained message also for live updates [MQTT-3.3.1-13]. MQTT 3.1.1 has no such option.
    options.setRetainAsPublished(version == OhMqtt::ProtocolVersion::V5);
    return options;
}

void SubscriptionsPanel::setDefaults(bool allTopics, bool systemTopics)
{
    setDefault(AllTopicsFilter, allTopics);
    setDefault(SystemTopicsFilter, systemTopics);
}

int SubscriptionsPanel::subscribe(const QString &topicFilter,
                                  const OhMqtt::MqttSubscribeOptions &options)
{
    return m_model->subscribe(topicFilter, options);
}

void SubscriptionsPanel::addSubscription()
{
    SubscriptionDialog *dialog = createDialog();
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_model->subscribe(dialog->topicFilter(), dialog->options()); });
    dialog->open();
}

void SubscriptionsPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    SubscriptionDialog *dialog = createDialog();
    dialog->setSubscription(m_model->topicFilter(row), m_model->options(row));
    // The row may move or go while the dialog is open.
    const QPersistentModelIndex edited = m_model->index(row, 0);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edited] {
        if (edited.isValid())
            m_model->change(edited.row(), dialog->topicFilter(), dialog->options());
        else
            m_model->subscribe(dialog->topicFilter(), dialog->options());
    });
    dialog->open();
}

void SubscriptionsPanel::removeSelected()
{
    if (const int row = selectedRow(); row >= 0)
        m_model->unsubscribe(row);
}

SubscriptionDialog *SubscriptionsPanel::createDialog()
{
    SubscriptionDialog::Capabilities capabilities;
    capabilities.mqtt5 =
        m_client->connectOptions().protocolVersion() == OhMqtt::ProtocolVersion::V5;
    // Before the first CONNACK nothing is known; the library fails a subscription the broker
    // then turns out not to support, and the table shows why.
    const OhMqtt::MqttConnectResult broker = m_client->connectResult();
    capabilities.subscriptionIdentifiers =
        capabilities.mqtt5 && (broker.isNull() || broker.isSubscriptionIdentifierAvailable());
    auto *dialog = new SubscriptionDialog(capabilities, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

int SubscriptionsPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SubscriptionsPanel::setDefault(QLatin1StringView filter, bool subscribed)
{
    const int row = m_model->find(filter);
    if (subscribed && row < 0)
        m_model->subscribe(filter, defaultOptions(m_client->connectOptions().protocolVersion()));
    else if (!subscribed && row >= 0)
        m_model->unsubscribe(row);
    syncSwitches();
}

void SubscriptionsPanel::syncSwitches()
{
    const QSignalBlocker allBlocker(m_allTopics);
    const QSignalBlocker systemBlocker(m_systemTopics);
    m_allTopics->setChecked(allTopicsSubscribed());
    m_systemTopics->setChecked(systemTopicsSubscribed());
}

void SubscriptionsPanel::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

} // namespace OhMqttExplorer
