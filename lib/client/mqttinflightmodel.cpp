// MqttInflightModel: snapshots of the in-flight queue on a timer, applied to the rows as a diff.
#include "client/mqttinflightmodel_p.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qtimer.h>

#include <algorithm>
#include <numeric>

namespace OhMqtt {

namespace {

using Stage = MqttInflightMessage::Stage;
using Direction = MqttInflightMessage::Direction;

// What identifies a row's message from snapshot to snapshot: its sequence, unique within the
// client across both directions; failing that (never expected) direction and packet identifier.
quint64 keyOf(const MqttInflightMessage &message)
{
    if (message.sequence() != 0)
        return message.sequence();
    return (quint64(1) << 63) | (quint64(message.direction()) << 16) | message.packetId();
}

// Everything but the age, which changes with every snapshot.
bool sameButAge(const MqttInflightMessage &a, const MqttInflightMessage &b)
{
    return a.stage() == b.stage() && a.sendCount() == b.sendCount() &&
        a.packetId() == b.packetId() && a.topic() == b.topic() && a.qos() == b.qos() &&
        a.payloadSize() == b.payloadSize() && a.direction() == b.direction();
}

} // namespace

MqttInflightModelPrivate::MqttInflightModelPrivate(MqttInflightModel *q)
    : q_ptr(q)
    , timer(new QTimer(q))
{
    QObject::connect(timer, &QTimer::timeout, q, &MqttInflightModel::update);
}

void MqttInflightModelPrivate::restartTimer()
{
    if (client && interval > 0)
        timer->start(interval);
    else
        timer->stop();
}

// A new client (or none): the one time the rows start over.
void MqttInflightModelPrivate::reset(MqttClient *newClient)
{
    Q_Q(MqttInflightModel);
    if (client)
        QObject::disconnect(client, &QObject::destroyed, q, nullptr);
    const qsizetype before = rows.size();
    q->beginResetModel();
    client = newClient;
    rows = newClient ? newClient->inflightMessages() : QList<MqttInflightMessage> {};
    q->endResetModel();
    watched = newClient;
    if (newClient) {
        // From another thread the call is queued: by then another client may have been set.
        QObject::connect(newClient, &QObject::destroyed, q, [this, newClient] {
            if (watched == newClient)
                reset(nullptr);
        });
    }
    restartTimer();
    emit q->clientChanged();
    if (rows.size() != before)
        emit q->countChanged();
}

// The rows become `snapshot`: removed rows go first, in runs; then rows are put in the
// snapshot's order should it differ (rare: a message given back by a broker without a session
// moves ahead of newer ones); then new rows come in, in runs; then one dataChanged covers what
// changed, all roles when more than the age did.
void MqttInflightModelPrivate::apply(QList<MqttInflightMessage> &&snapshot)
{
    Q_Q(MqttInflightModel);
    const qsizetype before = rows.size();
    QHash<quint64, qsizetype> next;
    next.reserve(snapshot.size());
    for (qsizetype i = 0; i < snapshot.size(); ++i)
        next.insert(keyOf(snapshot.at(i)), i);
    removeGone(next);
    followOrder(next);
    insertNew(snapshot);
    updateChanged(snapshot);
    if (rows.size() != before)
        emit q->countChanged();
}

void MqttInflightModelPrivate::removeGone(const QHash<quint64, qsizetype> &next)
{
    Q_Q(MqttInflightModel);
    const auto gone = [&](qsizetype row) { return !next.contains(keyOf(rows.at(row))); };
    for (qsizetype last = rows.size() - 1; last >= 0; --last) {
        if (!gone(last))
            continue;
        qsizetype first = last;
        while (first > 0 && gone(first - 1))
            --first;
        q->beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        q->endRemoveRows();
        last = first;
    }
}

void MqttInflightModelPrivate::followOrder(const QHash<quint64, qsizetype> &next)
{
    Q_Q(MqttInflightModel);
    QList<qsizetype> target(rows.size());
    for (qsizetype row = 0; row < rows.size(); ++row)
        target[row] = next.value(keyOf(rows.at(row)));
    if (std::is_sorted(target.cbegin(), target.cend()))
        return;
    emit q->layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<qsizetype> order(rows.size()); // order[newRow] = oldRow
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return target.at(a) < target.at(b); });
    QList<qsizetype> newRowOf(rows.size());
    QList<MqttInflightMessage> sorted;
    sorted.reserve(rows.size());
    for (qsizetype newRow = 0; newRow < order.size(); ++newRow) {
        newRowOf[order.at(newRow)] = newRow;
        sorted.append(rows.at(order.at(newRow)));
    }
    rows = std::move(sorted);
    const QModelIndexList from = q->persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(q->index(int(newRowOf.at(index.row())), index.column()));
    q->changePersistentIndexList(from, to);
    emit q->layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// The rows hold the messages the snapshot kept, in its order: a row that differs from the
// snapshot at the same place starts a run of new messages, which ends at the next kept one.
void MqttInflightModelPrivate::insertNew(const QList<MqttInflightMessage> &snapshot)
{
    Q_Q(MqttInflightModel);
    qsizetype row = 0;
    while (row < snapshot.size()) {
        const bool kept = row < rows.size();
        const quint64 nextKept = kept ? keyOf(rows.at(row)) : 0;
        qsizetype end = row;
        while (end < snapshot.size() && (!kept || keyOf(snapshot.at(end)) != nextKept))
            ++end;
        if (end == row) {
            ++row;
            continue;
        }
        q->beginInsertRows({}, int(row), int(end - 1));
        rows.insert(row, end - row, MqttInflightMessage());
        std::copy(snapshot.cbegin() + row, snapshot.cbegin() + end, rows.begin() + row);
        q->endInsertRows();
        row = end;
    }
}

void MqttInflightModelPrivate::updateChanged(const QList<MqttInflightMessage> &snapshot)
{
    Q_Q(MqttInflightModel);
    qsizetype first = -1;
    qsizetype last = -1;
    bool moreThanAge = false;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        MqttInflightMessage &current = rows[row];
        const MqttInflightMessage &now = snapshot.at(row);
        const bool same = sameButAge(current, now);
        if (same && current.age() == now.age())
            continue;
        moreThanAge = moreThanAge || !same;
        if (first < 0)
            first = row;
        last = row;
        current = now;
    }
    if (first < 0)
        return;
    const QList<int> roles = moreThanAge
        ? QList<int> {}
        : QList<int> {MqttInflightModel::AgeRole, Qt::DisplayRole, MqttInflightModel::MessageRole};
    emit q->dataChanged(q->index(int(first)), q->index(int(last)), roles);
}

QString MqttInflightModelPrivate::displayText(const MqttInflightMessage &message) const
{
    const bool outbound = message.direction() == Direction::Outbound;
    QString text = outbound ? MqttInflightModel::tr("out") : MqttInflightModel::tr("in");
    if (message.packetId() != 0)
        text += QStringLiteral(" #%1").arg(message.packetId());
    text += u' ' +
        (message.topic().isEmpty() ? MqttInflightModel::tr("(topic unknown)") : message.topic());
    text += MqttInflightModel::tr(", QoS %1").arg(int(message.qos()));
    if (message.payloadSize() >= 0)
        text += MqttInflightModel::tr(", %1 B").arg(message.payloadSize());
    switch (message.stage()) {
    case Stage::Queued:
        text += MqttInflightModel::tr(", queued");
        break;
    case Stage::AwaitingPubAck:
        text += MqttInflightModel::tr(", awaiting PUBACK");
        break;
    case Stage::AwaitingPubRec:
        text += MqttInflightModel::tr(", awaiting PUBREC");
        break;
    case Stage::AwaitingPubComp:
        text += MqttInflightModel::tr(", awaiting PUBCOMP");
        break;
    case Stage::AwaitingPubRel:
        text += MqttInflightModel::tr(", awaiting PUBREL");
        break;
    }
    if (message.sendCount() > 0) {
        text += (outbound ? MqttInflightModel::tr(", sent %1×")
                          : MqttInflightModel::tr(", received %1×"))
                    .arg(message.sendCount());
    }
    if (message.age() >= 0)
        text += MqttInflightModel::tr(", %1 ms").arg(message.age());
    return text;
}

MqttInflightModel::MqttInflightModel(QObject *parent)
    : MqttInflightModel(nullptr, parent)
{ }

MqttInflightModel::MqttInflightModel(MqttClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , d_ptr(std::make_unique<MqttInflightModelPrivate>(this))
{
    if (client)
        d_func()->reset(client);
}

MqttInflightModel::~MqttInflightModel() = default;

MqttClient *MqttInflightModel::client() const
{
    return d_func()->client;
}

void MqttInflightModel::setClient(MqttClient *client)
{
    Q_D(MqttInflightModel);
    if (d->client != client)
        d->reset(client);
}

int MqttInflightModel::count() const
{
    return int(d_func()->rows.size());
}

int MqttInflightModel::updateInterval() const
{
    return d_func()->interval;
}

void MqttInflightModel::setUpdateInterval(int msecs)
{
    Q_D(MqttInflightModel);
    msecs = qMax(msecs, 0);
    if (d->interval == msecs)
        return;
    d->interval = msecs;
    d->restartTimer();
    emit updateIntervalChanged();
}

MqttInflightMessage MqttInflightModel::message(int row) const
{
    Q_D(const MqttInflightModel);
    return row >= 0 && row < d->rows.size() ? d->rows.at(row) : MqttInflightMessage();
}

void MqttInflightModel::update()
{
    Q_D(MqttInflightModel);
    if (d->client)
        d->apply(d->client->inflightMessages());
}

int MqttInflightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d_func()->rows.size());
}

QVariant MqttInflightModel::data(const QModelIndex &index, int role) const
{
    Q_D(const MqttInflightModel);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MqttInflightMessage &message = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d->displayText(message);
    case DirectionRole:
        return QVariant::fromValue(message.direction());
    case PacketIdRole:
        return message.packetId();
    case TopicRole:
        return message.topic();
    case QosRole:
        return QVariant::fromValue(message.qos());
    case PayloadSizeRole:
        return message.payloadSize();
    case StageRole:
        return QVariant::fromValue(message.stage());
    case AgeRole:
        return message.age();
    case SendCountRole:
        return message.sendCount();
    case SequenceRole:
        return message.sequence();
    case MessageRole:
        return QVariant::fromValue(message);
    default:
        return {};
    }
}

QHash<int, QByteArray> MqttInflightModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<Role, const char *> ours[] = {
        {DirectionRole, "direction"},
        {PacketIdRole, "packetId"},
        {TopicRole, "topic"},
        {QosRole, "qos"},
        {PayloadSizeRole, "payloadSize"},
        {StageRole, "stage"},
        {AgeRole, "age"},
        {SendCountRole, "sendCount"},
        {SequenceRole, "sequence"},
        {MessageRole, "message"},
    };
    for (const auto &[role, name] : ours)
        names.insert(role, name);
    return names;
}

} // namespace OhMqtt
