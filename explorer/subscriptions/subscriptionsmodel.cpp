// SubscriptionsModel: the connection's subscriptions, live.
#include "subscriptions/subscriptionsmodel.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qstringlist.h>

namespace OhMqttExplorer {

using OhMqtt::MqttSubscription;
using State = MqttSubscription::State;

namespace {

bool isActive(State state)
{
    return state == State::Pending || state == State::Subscribed;
}

} // namespace

SubscriptionsModel::SubscriptionsModel(OhMqtt::MqttClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

SubscriptionsModel::~SubscriptionsModel()
{
    for (const Row &row : std::as_const(m_rows))
        forget(row.subscription);
}

int SubscriptionsModel::subscribe(const QString &topicFilter,
                                  const OhMqtt::MqttSubscribeOptions &options)
{
    if (const int existing = find(topicFilter, options.shareName()); existing >= 0)
        return change(existing, topicFilter, options);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row {topicFilter, makeSubscription(topicFilter, options)});
    endInsertRows();
    Q_EMIT subscriptionsChanged();
    return row;
}

int SubscriptionsModel::change(int row, const QString &topicFilter,
                               const OhMqtt::MqttSubscribeOptions &options)
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    const OhMqtt::MqttSubscriptionPtr old = m_rows.at(row).subscription;
    forget(old);
    const bool samePair =
        m_rows.at(row).topicFilter == topicFilter && old->shareName() == options.shareName();
    // The same pair needs no UNSUBSCRIBE: the new SUBSCRIBE replaces it on the broker, without
    // a moment in which messages are lost.
    if (!samePair && isActive(old->state()))
        old->unsubscribe();
    // Another row holding the new pair is taken over by the library's new subscription.
    if (const int other = find(topicFilter, options.shareName()); other >= 0 && other != row) {
        forget(m_rows.at(other).subscription);
        removeRow(other);
        if (other < row)
            --row;
    }
    m_rows[row] = Row {topicFilter, makeSubscription(topicFilter, options)};
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT subscriptionsChanged();
    return row;
}

void SubscriptionsModel::unsubscribe(int row)
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    const OhMqtt::MqttSubscriptionPtr subscription = m_rows.at(row).subscription;
    forget(subscription);
    if (isActive(subscription->state()))
        subscription->unsubscribe();
    removeRow(row);
    Q_EMIT subscriptionsChanged();
}

int SubscriptionsModel::find(const QString &topicFilter, const QString &shareName) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &candidate = m_rows.at(row);
        if (candidate.topicFilter == topicFilter &&
            candidate.subscription->shareName() == shareName)
            return row;
    }
    return -1;
}

OhMqtt::MqttSubscribeOptions SubscriptionsModel::options(int row) const
{
    return m_rows.at(row).subscription->options();
}

QStringList SubscriptionsModel::activeTopicFilters() const
{
    QStringList filters;
    for (const Row &row : m_rows) {
        if (isActive(row.subscription->state()))
            filters.append(row.topicFilter);
    }
    return filters;
}

OhMqtt::MqttSubscriptionPtr
SubscriptionsModel::makeSubscription(const QString &topicFilter,
                                     const OhMqtt::MqttSubscribeOptions &options)
{
    OhMqtt::MqttSubscriptionPtr subscription = m_client->subscribe(topicFilter, options);
    const MqttSubscription *raw = subscription.get();
    connect(raw, &MqttSubscription::stateChanged, this,
            [this, raw] { onSubscriptionChanged(raw, true); });
    connect(raw, &MqttSubscription::grantedQoSChanged, this,
            [this, raw] { onSubscriptionChanged(raw, false); });
    connect(raw, &MqttSubscription::errorOccurred, this,
            [this, raw] { onSubscriptionChanged(raw, false); });
    return subscription;
}

void SubscriptionsModel::forget(const OhMqtt::MqttSubscriptionPtr &subscription)
{
    disconnect(subscription.get(), nullptr, this, nullptr);
}

void SubscriptionsModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

// A linear search: a connection has tens of subscriptions, and they change state rarely.
void SubscriptionsModel::onSubscriptionChanged(const MqttSubscription *subscription,
                                               bool stateChanged)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).subscription.get() != subscription)
            continue;
        Q_EMIT dataChanged(index(row, GrantedQoSColumn), index(row, StateColumn));
        if (stateChanged)
            Q_EMIT subscriptionsChanged();
        return;
    }
}

int SubscriptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && row.subscription->state() == State::Error)
            return row.subscription->lastError().message();
        if (index.column() == OptionsColumn)
            return optionsSummary(row.subscription->options());
        return {};
    default:
        return {};
    }
}

QVariant SubscriptionsModel::display(const Row &row, int column) const
{
    const MqttSubscription &subscription = *row.subscription;
    switch (column) {
    case FilterColumn:
        return row.topicFilter;
    case ShareNameColumn:
        return subscription.shareName();
    case RequestedQoSColumn:
        return int(subscription.options().maximumQoS());
    case GrantedQoSColumn:
        // Only a granted subscription has a granted QoS; while Pending again after a lost
        // session, the last grant no longer holds.
        if (subscription.state() == State::Subscribed)
            return int(subscription.grantedQoS());
        return QString();
    case OptionsColumn:
        return optionsSummary(subscription.options());
    case StateColumn:
        if (subscription.state() == State::Error)
            return tr("Error: %1").arg(subscription.lastError().message());
        return stateName(subscription.state());
    }
    return {};
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FilterColumn:
        return tr("Filter");
    case ShareNameColumn:
        return tr("Share");
    case RequestedQoSColumn:
        return tr("QoS");
    case GrantedQoSColumn:
        return tr("Granted");
    case OptionsColumn:
        return tr("Options");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QString SubscriptionsModel::optionsSummary(const OhMqtt::MqttSubscribeOptions &options)
{
    QStringList parts;
    if (options.noLocal())
        parts.append(tr("no local"));
    if (options.retainAsPublished())
        parts.append(tr("retain as published"));
    switch (options.retainPolicy()) {
    case OhMqtt::RetainPolicy::Always:
        break;
    case OhMqtt::RetainPolicy::Once:
        parts.append(tr("retained: only if new"));
        break;
    case OhMqtt::RetainPolicy::Never:
        parts.append(tr("retained: never"));
        break;
    }
    if (options.subscriptionIdentifier() != 0)
        parts.append(tr("id %1").arg(options.subscriptionIdentifier()));
    if (const auto count = options.userProperties().size(); count > 0)
        parts.append(tr("user properties: %1").arg(count));
    return parts.join(tr(", ", "between the parts of a subscription's options summary"));
}

QString SubscriptionsModel::stateName(State state)
{
    switch (state) {
    case State::Unsubscribed:
        return tr("Unsubscribed");
    case State::Pending:
        return tr("Pending");
    case State::Subscribed:
        return tr("Subscribed");
    case State::Error:
        return tr("Error");
    }
    return {};
}

} // namespace OhMqttExplorer
