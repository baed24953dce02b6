// MqttInflightModel's diff, fed snapshots no client would make (reorders, scattered removals),
// checked by QAbstractItemModelTester and against the snapshot itself.
#include <OhMqtt/mqttinflightmodel.h>

#include "client/mqttinflightmodel_p.h"

#include <QtCore/qrandom.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <algorithm>

using namespace OhMqtt;
using Stage = MqttInflightMessage::Stage;

namespace {

MqttInflightMessage message(quint64 sequence, Stage stage = Stage::Queued, qint64 age = 0)
{
    MqttInflightMessage message;
    message.setSequence(sequence);
    message.setTopic(QStringLiteral("t/%1").arg(sequence));
    message.setQos(QoS::Q1);
    message.setStage(stage);
    message.setAge(age);
    return message;
}

QList<MqttInflightMessage> messages(std::initializer_list<quint64> sequences)
{
    QList<MqttInflightMessage> list;
    for (const quint64 sequence : sequences)
        list.append(message(sequence));
    return list;
}

QList<quint64> sequences(const MqttInflightModel &model)
{
    QList<quint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(MqttInflightModel::SequenceRole).toULongLong());
    return list;
}

void apply(MqttInflightModel &model, QList<MqttInflightMessage> snapshot)
{
    MqttInflightModelPrivate::get(&model)->apply(std::move(snapshot));
}

} // namespace

class tst_InflightDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOfRowsComeAndGoTogether();
    void reorderKeepsPersistentIndexes();
    void onlyTheAgeChanged();
    void randomSnapshots();
};

// Removed and inserted rows are announced in runs: one signal per contiguous run, not per row.
void tst_InflightDiff::runsOfRowsComeAndGoTogether()
{
    MqttInflightModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy count(&model, &MqttInflightModel::countChanged);
    apply(model, messages({1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(count.size(), 1);
    apply(model, messages({1, 4, 5, 8, 9, 10}));
    QCOMPARE(removed.size(), 2); // 2–3 and 6–7
    QCOMPARE(inserted.size(), 2); // 9–10
    QCOMPARE(sequences(model), (QList<quint64> {1, 4, 5, 8, 9, 10}));
    apply(model, messages({11, 1, 12, 13, 4, 5, 8, 9, 10, 14}));
    QCOMPARE(inserted.size(), 5); // 11, 12–13, 14
    QCOMPARE(removed.size(), 2);
    QCOMPARE(sequences(model), (QList<quint64> {11, 1, 12, 13, 4, 5, 8, 9, 10, 14}));
    apply(model, {});
    QCOMPARE(removed.size(), 3);
    QCOMPARE(model.count(), 0);
    QCOMPARE(count.size(), 4);
}

// Messages that change places (no client does that today) move with a layout change; a
// persistent index stays on its message.
void tst_InflightDiff::reorderKeepsPersistentIndexes()
{
    MqttInflightModel model;
    QAbstractItemModelTester tester(&model);
    apply(model, messages({1, 2, 3, 4}));
    const QPersistentModelIndex three = model.index(2);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    apply(model, messages({3, 5, 1, 2}));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(sequences(model), (QList<quint64> {3, 5, 1, 2}));
    QCOMPARE(three.row(), 0);
    QCOMPARE(three.data(MqttInflightModel::SequenceRole).toULongLong(), quint64(3));
}

// The usual update: nothing but the ages moved. One dataChanged over the rows, for the roles
// the age shows in; a change of stage names every role.
void tst_InflightDiff::onlyTheAgeChanged()
{
    MqttInflightModel model;
    QAbstractItemModelTester tester(&model);
    apply(model, {message(1, Stage::AwaitingPubAck, 10), message(2, Stage::Queued, 10)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    apply(model, {message(1, Stage::AwaitingPubAck, 20), message(2, Stage::Queued, 20)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(MqttInflightModel::AgeRole));
    QVERIFY(!changed.at(0).at(2).value<QList<int>>().contains(MqttInflightModel::StageRole));
    apply(model, {message(1, Stage::AwaitingPubAck, 20), message(2, Stage::AwaitingPubAck, 20)});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QVERIFY(changed.at(1).at(2).value<QList<int>>().isEmpty()); // all roles
    apply(model, {message(1, Stage::AwaitingPubAck, 20), message(2, Stage::AwaitingPubAck, 20)});
    QCOMPARE(changed.size(), 2); // nothing changed, nothing said
}

// Snapshots made up at random — messages gone, new ones anywhere, stages changed, sometimes
// shuffled: the rows end equal to each snapshot, and persistent indexes stay on their messages.
void tst_InflightDiff::randomSnapshots()
{
    QRandomGenerator random(20240611);
    MqttInflightModel model;
    QAbstractItemModelTester tester(&model);
    QList<MqttInflightMessage> current;
    quint64 nextSequence = 1;
    for (int round = 0; round < 300; ++round) {
        QList<MqttInflightMessage> snapshot;
        for (const MqttInflightMessage &kept : std::as_const(current)) {
            if (random.bounded(4) == 0)
                continue;
            MqttInflightMessage changed = kept;
            if (random.bounded(5) == 0)
                changed.setStage(Stage(random.bounded(5)));
            changed.setAge(kept.age() + 1);
            snapshot.append(changed);
        }
        const int fresh = random.bounded(12);
        for (int i = 0; i < fresh; ++i)
            snapshot.insert(random.bounded(snapshot.size() + 1), message(nextSequence++));
        if (random.bounded(10) == 0)
            std::shuffle(snapshot.begin(), snapshot.end(), random);
        QList<QPersistentModelIndex> persistent;
        QList<quint64> persistentSequences;
        for (int row = 0; row < model.rowCount(); row += 3) {
            persistent.append(model.index(row));
            persistentSequences.append(model.message(row).sequence());
        }
        apply(model, snapshot);
        QCOMPARE(model.count(), snapshot.size());
        for (int row = 0; row < snapshot.size(); ++row)
            QCOMPARE(model.message(row), snapshot.at(row));
        for (int i = 0; i < persistent.size(); ++i) {
            const bool stays = std::any_of(snapshot.cbegin(), snapshot.cend(), [&](const auto &m) {
                return m.sequence() == persistentSequences.at(i);
            });
            QCOMPARE(persistent.at(i).isValid(), stays);
            if (stays)
                QCOMPARE(model.message(persistent.at(i).row()).sequence(),
                         persistentSequences.at(i));
        }
        current = snapshot;
    }
}

QTEST_GUILESS_MAIN(tst_InflightDiff)
#include "tst_inflightdiff.moc"
