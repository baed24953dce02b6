// Session persistence at the packet level: MqttClient with a session store over the
// setTransport() seam, the test playing the broker, a client made again playing the restart.
#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttmemorysessionstore.h>
#include <OhMqtt/mqttsqlitesessionstore.h>

#include "support/clienttesting.h"
#include "support/seambroker.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <functional>

using namespace OhMqtt;
using namespace OhMqttTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = SeamWaitMs;
const QString ClientId = u"persistence-client"_s;

enum class Kind { Memory, Sqlite };

constexpr std::pair<ProtocolVersion, const char *> Versions[] = {
    {ProtocolVersion::V5, "5.0"},
    {ProtocolVersion::V311, "3.1.1"},
};

// Calls `row` for every store kind and protocol version, with a name for the pair.
void forKindsAndVersions(const std::function<void(const char *, Kind, ProtocolVersion)> &row)
{
    for (const auto &[kind, kindName] :
         {std::pair(Kind::Sqlite, "sqlite"), std::pair(Kind::Memory, "memory")}) {
        for (const auto &[version, versionName] : Versions) {
            const QByteArray name = QByteArray(kindName) + ' ' + versionName;
            row(name.constData(), kind, version);
        }
    }
}

MqttConnectOptions seamOptions(ProtocolVersion version, bool cleanStart = false)
{
    MqttConnectOptions options;
    options.setAddress(u"mqtt://seam.invalid"_s);
    options.setClientId(ClientId);
    options.setProtocolVersion(version);
    options.setCleanStart(cleanStart);
    if (version == ProtocolVersion::V5) { // a broker keeps a 5.0 session only with an expiry
        ConnectProperties properties;
        properties.setSessionExpiryInterval(3600);
        options.setConnectProperties(properties);
    }
    return options;
}

template<typename Ack> Ack ack(quint16 packetId)
{
    Ack packet;
    packet.packetId = packetId;
    return packet;
}

PublishPacket inbound(quint16 packetId, bool dup = false)
{
    PublishPacket publish;
    publish.topic = u"in/%1"_s.arg(packetId);
    publish.payload = "inbound";
    publish.qos = QoS::Q2;
    publish.packetId = packetId;
    publish.dup = dup;
    return publish;
}

// What a session store holds for ClientId.
struct Snapshot
{
    bool opened = false;
    QList<MqttStoredMessage> outgoing;
    QList<quint16> incoming;
};

const MqttStoredMessage *findPayload(const QList<MqttStoredMessage> &messages,
                                     const QByteArray &payload)
{
    for (const MqttStoredMessage &message : messages) {
        if (message.payload() == payload)
            return &message;
    }
    return nullptr;
}

// The file as a client made after a crash would find it: only what was committed, read through a
// store of its own. The store of a running client locks its file, so this reads a copy (with its
// journal or write-ahead log, as a crash would leave them).
Snapshot readDatabase(const QString &path)
{
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(u"copy.db"_s);
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix)) {
            qWarning() << "cannot copy" << path + suffix;
            return {};
        }
    }
    MqttSqliteSessionStore store(copy);
    MqttError error;
    if (!store.open(ClientId, &error)) {
        qWarning() << "cannot read the session database:" << error;
        return {};
    }
    return {true, store.outgoing(), store.incoming()};
}

// The store a test runs against: an SQLite file in a temporary directory, or a memory store
// that outlives the clients given it (a restart within the process).
class StoreUnderTest
{
public:
    explicit StoreUnderTest(Kind kind)
        : m_kind(kind)
        , m_path(m_dir.filePath(u"session.db"_s))
    { }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_path; }
    void attach(MqttClient &client)
    {
        if (m_kind == Kind::Sqlite)
            client.setSessionDatabase(m_path);
        else
            client.setSessionStore(&m_memory);
    }
    Snapshot snapshot()
    {
        if (m_kind == Kind::Sqlite)
            return readDatabase(m_path);
        return {true, m_memory.outgoing(), m_memory.incoming()};
    }

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    QString m_path;
    MqttMemorySessionStore m_memory;
};

// A memory store that notes at each commit what it then held and how many bytes the seam had
// received from the client: a commit noted at N bytes came before the packet starting at N.
class RecordingStore : public MqttSessionStore
{
public:
    struct Commit
    {
        qint64 received = -1;
        QList<MqttStoredMessage> outgoing;
        QList<quint16> incoming;
    };

    std::function<qint64()> position;
    QList<Commit> commits;

    // The first commit from `from` on that `holds`, or -1.
    qsizetype firstCommit(const std::function<bool(const Commit &)> &holds,
                          qsizetype from = 0) const
    {
        for (qsizetype index = from; index < commits.size(); ++index) {
            if (holds(commits.at(index)))
                return index;
        }
        return -1;
    }

    bool open(const QString &clientId, MqttError *error) override
    {
        return m_inner.open(clientId, error);
    }
    void clear() override { m_inner.clear(); }
    void addOutgoing(const MqttStoredMessage &message) override { m_inner.addOutgoing(message); }
    void setPacketId(quint64 sequence, quint16 packetId) override
    {
        m_inner.setPacketId(sequence, packetId);
    }
    void setReleased(quint16 packetId) override { m_inner.setReleased(packetId); }
    void removeOutgoing(quint64 sequence) override { m_inner.removeOutgoing(sequence); }
    QList<MqttStoredMessage> outgoing() const override { return m_inner.outgoing(); }
    void addIncoming(quint16 packetId) override { m_inner.addIncoming(packetId); }
    void removeIncoming(quint16 packetId) override { m_inner.removeIncoming(packetId); }
    QList<quint16> incoming() const override { return m_inner.incoming(); }
    bool commit(MqttError *error) override
    {
        commits.append({position ? position() : -1, m_inner.outgoing(), m_inner.incoming()});
        return m_inner.commit(error);
    }

private:
    MqttMemorySessionStore m_inner;
};

bool holdsPacketId(const RecordingStore::Commit &commit, quint16 packetId,
                   const QByteArray &payload)
{
    const MqttStoredMessage *message = findPayload(commit.outgoing, payload);
    return message && message->packetId() == packetId;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class tst_Persistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishIsStoredBeforeItLeaves_data();
    void publishIsStoredBeforeItLeaves();
    void commitPrecedesThePublish_data();
    void commitPrecedesThePublish();
    void inboundQos2CommittedBeforePubRecAndDelivery_data();
    void inboundQos2CommittedBeforePubRecAndDelivery();
    void releaseCommittedBeforePubRel_data();
    void releaseCommittedBeforePubRel();
    void restartResendsTheSession_data();
    void restartResendsTheSession();
    void acknowledgementsInOneReadEndTheirOwnFlows();
    void offlineQueueSurvivesRestart_data();
    void offlineQueueSurvivesRestart();
    void inboundQos2ExactlyOnceAcrossRestart_data();
    void inboundQos2ExactlyOnceAcrossRestart();
    void emptyClientIdIsRefused_data();
    void emptyClientIdIsRefused();
    void damagedFileFailsTheConnection();
    void storeChangeRefusedWhileInUse();
    void databaseInUseIsRefused();
    void burstOfPublishesIsOneCommit_data();
    void burstOfPublishesIsOneCommit();
};

void tst_Persistence::publishIsStoredBeforeItLeaves_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    forKindsAndVersions([](const char *name, Kind kind, ProtocolVersion version) {
        for (const QoS qos : {QoS::Q1, QoS::Q2})
            QTest::addRow("%s QoS %d", name, int(qos)) << kind << version << qos;
    });
}

// MqttPublishHandle::stored() comes before the PUBLISH reaches the broker; the store then holds the
// message with the packet identifier it went out with (released once PUBREC came), and after
// PUBACK or PUBCOMP no longer (MQTT 4.1: the session ends with the flow).
void tst_Persistence::publishIsStoredBeforeItLeaves()
{
    QFETCH(Kind, kind);
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    StoreUnderTest store(kind);
    QVERIFY(store.isValid());
    {
        MqttClient client;
        store.attach(client);
        SeamBroker seam(version);
        QVERIFY(seam.connect(client, seamOptions(version)));

        const MqttPublishHandlePtr handle = client.publish(u"p/1"_s, "one", qos);
        QVERIFY(!handle->isStored()); // committed with this turn's batch, not inside publish()
        qint64 receivedAtStored = -1;
        QSignalSpy storedSpy(handle.get(), &MqttPublishHandle::stored);
        connect(handle.get(), &MqttPublishHandle::stored, this,
                [&] { receivedAtStored = seam.received(); });
        const auto sent = seam.next<PublishPacket>();
        QVERIFY(sent.has_value());
        QCOMPARE(storedSpy.size(), 1);
        QVERIFY(handle->isStored());
        QVERIFY(receivedAtStored >= 0);
        QVERIFY2(receivedAtStored <= seam.packetStart(),
                 qPrintable(u"stored() at %1 bytes, the PUBLISH began at %2"_s.arg(receivedAtStored)
                                .arg(seam.packetStart())));
        QCOMPARE(sent->qos, qos);
        QVERIFY(sent->packetId != 0);
        QCOMPARE(handle->packetId(), sent->packetId);

        Snapshot held = store.snapshot();
        QVERIFY(held.opened);
        QCOMPARE(held.outgoing.size(), 1);
        QCOMPARE(held.outgoing.at(0).packetId(), sent->packetId);
        QCOMPARE(held.outgoing.at(0).payload(), QByteArray("one"));
        QCOMPARE(held.outgoing.at(0).topic(), u"p/1"_s);
        QCOMPARE(held.outgoing.at(0).qos(), qos);
        QVERIFY(!held.outgoing.at(0).isReleased());

        if (qos == QoS::Q1) {
            seam.send(ack<PubAckPacket>(sent->packetId));
        } else {
            seam.send(ack<PubRecPacket>(sent->packetId));
            const auto pubRel = seam.next<PubRelPacket>();
            QVERIFY(pubRel.has_value());
            QCOMPARE(pubRel->packetId, sent->packetId);
            held = store.snapshot();
            QCOMPARE(held.outgoing.size(), 1);
            QVERIFY(held.outgoing.at(0).isReleased()); // PUBREL, not PUBLISH, goes out again
            seam.send(ack<PubCompPacket>(sent->packetId));
        }
        QVERIFY(handle->waitForAcknowledged(WaitMs));
        // Committed in the same turn of the event loop, not only when something else is sent.
        QTRY_VERIFY_WITH_TIMEOUT(store.snapshot().outgoing.isEmpty(), WaitMs);
    }
    const Snapshot after = store.snapshot();
    QVERIFY(after.opened);
    QVERIFY(after.outgoing.isEmpty());
    QVERIFY(after.incoming.isEmpty());
}

void tst_Persistence::commitPrecedesThePublish_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    for (const auto &[version, versionName] : Versions) {
        for (const QoS qos : {QoS::Q1, QoS::Q2})
            QTest::addRow("%s QoS %d", versionName, int(qos)) << version << qos;
    }
}

// The commit that holds a message with its packet identifier comes before the PUBLISH's first
// byte reaches the broker: a crash cannot lose a message the broker may already have.
void tst_Persistence::commitPrecedesThePublish()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    RecordingStore store;
    MqttClient client;
    client.setSessionStore(&store);
    SeamBroker seam(version);
    store.position = [&seam] { return seam.received(); };
    // The client commits once more when destroyed, after the seam: unhook first.
    const auto unhook = qScopeGuard([&store] { store.position = {}; });
    QVERIFY(seam.connect(client, seamOptions(version)));

    client.publish(u"w/1"_s, "written first", qos);
    const auto sent = seam.next<PublishPacket>();
    QVERIFY(sent.has_value());
    const qsizetype covering = store.firstCommit([&](const RecordingStore::Commit &commit) {
        return holdsPacketId(commit, sent->packetId, "written first");
    });
    QVERIFY2(covering >= 0, "no commit holds the message with its packet identifier");
    QVERIFY2(store.commits.at(covering).received <= seam.packetStart(),
             qPrintable(u"committed at %1 bytes, the PUBLISH began at %2"_s
                            .arg(store.commits.at(covering).received)
                            .arg(seam.packetStart())));
}

void tst_Persistence::inboundQos2CommittedBeforePubRecAndDelivery_data()
{
    addVersionRows();
}

// An inbound QoS 2 packet identifier is committed before PUBREC leaves and before the message is
// delivered, so that no crash can deliver it twice [MQTT-4.3.3-10]; its removal at PUBREL is
// committed before PUBCOMP leaves, so that a crash cannot take the broker's next message with
// that identifier for a duplicate [MQTT-4.3.3-12].
void tst_Persistence::inboundQos2CommittedBeforePubRecAndDelivery()
{
    QFETCH(ProtocolVersion, version);
    RecordingStore store;
    MqttClient client;
    client.setSessionStore(&store);
    SeamBroker seam(version);
    store.position = [&seam] { return seam.received(); };
    // The client commits once more when destroyed, after the seam: unhook first.
    const auto unhook = qScopeGuard([&store] { store.position = {}; });
    QVERIFY(seam.connect(client, seamOptions(version)));

    qsizetype commitsAtDelivery = -1;
    int deliveries = 0;
    connect(&client, &MqttClient::messageReceived, this, [&] {
        commitsAtDelivery = store.commits.size();
        ++deliveries;
    });
    seam.send(inbound(7));
    const auto pubRec = seam.next<PubRecPacket>();
    QVERIFY(pubRec.has_value());
    QCOMPARE(pubRec->packetId, quint16(7));
    QCOMPARE(deliveries, 1);
    const qsizetype covering = store.firstCommit(
        [](const RecordingStore::Commit &commit) { return commit.incoming.contains(7); });
    QVERIFY2(covering >= 0, "no commit holds the inbound packet identifier 7");
    QVERIFY2(store.commits.at(covering).received <= seam.packetStart(),
             qPrintable(u"committed at %1 bytes, PUBREC began at %2"_s
                            .arg(store.commits.at(covering).received)
                            .arg(seam.packetStart())));
    QVERIFY2(covering < commitsAtDelivery,
             qPrintable(
                 u"commit %1, delivered after %2 commits"_s.arg(covering).arg(commitsAtDelivery)));

    seam.send(ack<PubRelPacket>(7));
    const auto pubComp = seam.next<PubCompPacket>();
    QVERIFY(pubComp.has_value());
    QCOMPARE(pubComp->packetId, quint16(7));
    const qsizetype released = store.firstCommit(
        [](const RecordingStore::Commit &commit) { return !commit.incoming.contains(7); },
        covering + 1);
    QVERIFY2(released > covering, "no commit removes the inbound packet identifier 7");
    QVERIFY2(store.commits.at(released).received <= seam.packetStart(),
             qPrintable(u"committed at %1 bytes, PUBCOMP began at %2"_s
                            .arg(store.commits.at(released).received)
                            .arg(seam.packetStart())));
    QCOMPARE(deliveries, 1);
}

void tst_Persistence::releaseCommittedBeforePubRel_data()
{
    addVersionRows();
}

// PUBREC received: the message is marked released, and committed so, before PUBREL leaves; after
// a crash PUBREL goes out again, never the PUBLISH [MQTT-4.3.3-5] [MQTT-4.3.3-6].
void tst_Persistence::releaseCommittedBeforePubRel()
{
    QFETCH(ProtocolVersion, version);
    RecordingStore store;
    MqttClient client;
    client.setSessionStore(&store);
    SeamBroker seam(version);
    store.position = [&seam] { return seam.received(); };
    // The client commits once more when destroyed, after the seam: unhook first.
    const auto unhook = qScopeGuard([&store] { store.position = {}; });
    QVERIFY(seam.connect(client, seamOptions(version)));

    const MqttPublishHandlePtr handle = client.publish(u"w/2"_s, "exactly once", QoS::Q2);
    const auto sent = seam.next<PublishPacket>();
    QVERIFY(sent.has_value());
    const qsizetype before = store.commits.size();
    seam.send(ack<PubRecPacket>(sent->packetId));
    const auto pubRel = seam.next<PubRelPacket>();
    QVERIFY(pubRel.has_value());
    QCOMPARE(pubRel->packetId, sent->packetId);
    const qsizetype released = store.firstCommit(
        [](const RecordingStore::Commit &commit) {
            const MqttStoredMessage *message = findPayload(commit.outgoing, "exactly once");
            return message && message->isReleased();
        },
        before);
    QVERIFY2(released >= 0, "no commit marks the message released");
    QVERIFY2(store.commits.at(released).received <= seam.packetStart(),
             qPrintable(u"committed at %1 bytes, PUBREL began at %2"_s
                            .arg(store.commits.at(released).received)
                            .arg(seam.packetStart())));
    seam.send(ack<PubCompPacket>(sent->packetId));
    QVERIFY(handle->waitForAcknowledged(WaitMs));
}

void tst_Persistence::restartResendsTheSession_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("cleanStart");
    QTest::addColumn<bool>("sessionPresent");
    forKindsAndVersions([](const char *name, Kind kind, ProtocolVersion version) {
        QTest::addRow("%s resumed", name) << kind << version << false << true;
        QTest::addRow("%s no session", name) << kind << version << false << false;
        QTest::addRow("%s clean start", name) << kind << version << true << false;
    });
}

// Client A publishes at QoS 1 and 2; the broker answers the QoS 2 message with PUBREC only; A is
// destroyed. Client B with the same store and client identifier connects, with Clean Start as
// its options say. Session Present: the QoS 1 PUBLISH goes out again with DUP and its packet
// identifier, then PUBREL for the QoS 2 one, in the order first sent and before anything new
// [MQTT-4.4.0-1] [MQTT-4.6.0-1] [MQTT-3.3.1-1]. No session (MQTT 3.2.2.1.1, and Clean Start:
// MQTT 3.1.2.4): the session state is discarded; the QoS 1 message goes out as a new one, DUP 0
// [MQTT-4.3.2-2], and the QoS 2 message past PUBREC is dropped, as sending it again could
// deliver it twice (onSessionDiscarded(): a handle, had B one, would fail). Once acknowledged,
// nothing is left in the store.
void tst_Persistence::restartResendsTheSession()
{
    QFETCH(bool, cleanStart);
    QFETCH(bool, sessionPresent);
    QFETCH(Kind, kind);
    QFETCH(ProtocolVersion, version);
    StoreUnderTest store(kind);
    QVERIFY(store.isValid());
    const MqttConnectOptions options = seamOptions(version, cleanStart);
    quint16 qos1Id = 0;
    quint16 qos2Id = 0;
    {
        MqttClient a;
        store.attach(a);
        SeamBroker seam(version);
        QVERIFY(seam.connect(a, options));
        a.publish(u"r/1"_s, "one", QoS::Q1);
        a.publish(u"r/2"_s, "two", QoS::Q2);
        const auto sent1 = seam.next<PublishPacket>();
        const auto sent2 = seam.next<PublishPacket>();
        QVERIFY(sent1 && sent2);
        QCOMPARE(sent1->payload, QByteArray("one"));
        QCOMPARE(sent2->payload, QByteArray("two"));
        qos1Id = sent1->packetId;
        qos2Id = sent2->packetId;
        seam.send(ack<PubRecPacket>(qos2Id));
        QVERIFY(seam.next<PubRelPacket>().has_value());
    }
    const Snapshot kept = store.snapshot();
    QCOMPARE(kept.outgoing.size(), 2);
    QCOMPARE(kept.outgoing.at(0).packetId(), qos1Id);
    QVERIFY(!kept.outgoing.at(0).isReleased());
    QCOMPARE(kept.outgoing.at(1).packetId(), qos2Id);
    QVERIFY(kept.outgoing.at(1).isReleased());

    MqttClient b;
    store.attach(b);
    SeamBroker seam(version);
    const MqttPublishHandlePtr later = b.publish(u"r/3"_s, "three", QoS::Q1);
    ConnectPacket connect;
    QVERIFY(seam.connect(b, options, connAckWithSession(sessionPresent), &connect));
    QCOMPARE(connect.cleanStart, cleanStart);
    QCOMPARE(connect.clientId, ClientId);

    const auto first = seam.next<PublishPacket>();
    QVERIFY(first.has_value());
    QCOMPARE(first->payload, QByteArray("one"));
    QCOMPARE(first->qos, QoS::Q1);
    if (sessionPresent) {
        QVERIFY(first->dup);
        QCOMPARE(first->packetId, qos1Id);
        const auto pubRel = seam.next<PubRelPacket>();
        QVERIFY(pubRel.has_value());
        QCOMPARE(pubRel->packetId, qos2Id);
    } else {
        QVERIFY(!first->dup); // a new message now
        QVERIFY(first->packetId != 0);
    }
    // Without a session the QoS 2 message is gone: no PUBREL, no PUBLISH, before the new one.
    const auto fresh = seam.next<PublishPacket>();
    QVERIFY(fresh.has_value());
    QCOMPARE(fresh->payload, QByteArray("three"));
    QVERIFY(!fresh->dup);
    QCOMPARE(fresh->packetId, later->packetId());

    seam.send(ack<PubAckPacket>(first->packetId));
    if (sessionPresent)
        seam.send(ack<PubCompPacket>(qos2Id));
    seam.send(ack<PubAckPacket>(fresh->packetId));
    QVERIFY(later->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(store.snapshot().outgoing.isEmpty(), WaitMs);
}

// The broker acknowledges two resent flows in one read while new messages wait for the quota:
// each acknowledgement ends its own flow, and the identifiers it frees go to the new messages
// only after the whole read [MQTT-2.2.1-3] — not to a new message whose handle and stored row
// the second acknowledgement would then end in its place (it was found losing messages across
// crashes).
void tst_Persistence::acknowledgementsInOneReadEndTheirOwnFlows()
{
    StoreUnderTest store(Kind::Memory);
    const MqttConnectOptions options = seamOptions(ProtocolVersion::V5, false);
    ConnAckPacket limited = connAckWithSession(true);
    limited.properties.setReceiveMaximum(2);
    QList<quint16> oldIds;
    {
        MqttClient a;
        store.attach(a);
        SeamBroker seam;
        QVERIFY(seam.connect(a, options, limited));
        a.publish(u"o/1"_s, "old1", QoS::Q1);
        a.publish(u"o/2"_s, "old2", QoS::Q1);
        for (int i = 0; i < 2; ++i) {
            const auto sent = seam.next<PublishPacket>();
            QVERIFY(sent);
            oldIds.append(sent->packetId);
        }
    }
    MqttClient b;
    store.attach(b);
    SeamBroker seam;
    const MqttPublishHandlePtr newA = b.publish(u"n/a"_s, "newA", QoS::Q1);
    const MqttPublishHandlePtr newB = b.publish(u"n/b"_s, "newB", QoS::Q1);
    QVERIFY(seam.connect(b, options, limited));
    for (const quint16 id : std::as_const(oldIds)) {
        const auto resent = seam.next<PublishPacket>();
        QVERIFY(resent && resent->dup);
        QCOMPARE(resent->packetId, id);
    }
    seam.brokerEnd().write(encodePacket(ack<PubAckPacket>(oldIds.at(0)), ProtocolVersion::V5) +
                           encodePacket(ack<PubAckPacket>(oldIds.at(1)), ProtocolVersion::V5));
    const auto sentA = seam.next<PublishPacket>();
    const auto sentB = seam.next<PublishPacket>();
    QVERIFY(sentA && sentB);
    QCOMPARE(sentA->payload, QByteArray("newA"));
    QCOMPARE(sentB->payload, QByteArray("newB"));
    QVERIFY(!newA->isDone()); // the broker has acknowledged neither yet
    QVERIFY(!newB->isDone());
    QTRY_COMPARE_WITH_TIMEOUT(store.snapshot().outgoing.size(), 2, WaitMs);
    QCOMPARE(store.snapshot().outgoing.at(0).payload(), QByteArray("newA"));
    QCOMPARE(store.snapshot().outgoing.at(1).payload(), QByteArray("newB"));
    seam.send(ack<PubAckPacket>(sentA->packetId));
    seam.send(ack<PubAckPacket>(sentB->packetId));
    QVERIFY(newA->waitForAcknowledged(WaitMs));
    QVERIFY(newB->waitForAcknowledged(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(store.snapshot().outgoing.isEmpty(), WaitMs);
}

void tst_Persistence::offlineQueueSurvivesRestart_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("beforeConnect");
    forKindsAndVersions([](const char *name, Kind kind, ProtocolVersion version) {
        QTest::addRow("%s before connect", name) << kind << version << true;
        QTest::addRow("%s awaiting CONNACK", name) << kind << version << false;
    });
}

// Messages published without a connection (before the first connectToBroker(), which opens the
// store, or while CONNACK never comes) are stored, and a client made again with the same store
// sends them, in order, as new messages.
void tst_Persistence::offlineQueueSurvivesRestart()
{
    QFETCH(bool, beforeConnect);
    QFETCH(Kind, kind);
    QFETCH(ProtocolVersion, version);
    StoreUnderTest store(kind);
    QVERIFY(store.isValid());
    const MqttConnectOptions options = seamOptions(version);
    {
        MqttClient a;
        store.attach(a);
        SeamBroker seam(version);
        QList<MqttPublishHandlePtr> handles;
        if (beforeConnect) {
            handles = {a.publish(u"o/1"_s, "first", QoS::Q1),
                       a.publish(u"o/2"_s, "second", QoS::Q2)};
        }
        QVERIFY(seam.open(a, options)); // CONNECT, never answered
        if (!beforeConnect) {
            handles = {a.publish(u"o/1"_s, "first", QoS::Q1),
                       a.publish(u"o/2"_s, "second", QoS::Q2)};
        }
        QTRY_VERIFY_WITH_TIMEOUT(handles.at(0)->isStored() && handles.at(1)->isStored(), WaitMs);
        QCOMPARE(a.state(), MqttClient::State::ConnectSent);
        QCOMPARE(handles.at(0)->packetId(), quint16(0)); // not sent
    }
    const Snapshot kept = store.snapshot();
    QCOMPARE(kept.outgoing.size(), 2);
    QCOMPARE(kept.outgoing.at(0).payload(), QByteArray("first"));
    QCOMPARE(kept.outgoing.at(0).packetId(), quint16(0));
    QCOMPARE(kept.outgoing.at(1).payload(), QByteArray("second"));

    MqttClient b;
    store.attach(b);
    SeamBroker seam(version);
    QVERIFY(seam.connect(b, options));
    const auto first = seam.next<PublishPacket>();
    const auto second = seam.next<PublishPacket>();
    QVERIFY(first && second);
    QCOMPARE(first->payload, QByteArray("first"));
    QCOMPARE(first->qos, QoS::Q1);
    QVERIFY(!first->dup);
    QCOMPARE(second->payload, QByteArray("second"));
    QCOMPARE(second->qos, QoS::Q2);
    QVERIFY(!second->dup);
    seam.send(ack<PubAckPacket>(first->packetId));
    seam.send(ack<PubRecPacket>(second->packetId));
    QVERIFY(seam.next<PubRelPacket>().has_value());
    seam.send(ack<PubCompPacket>(second->packetId));
    QTRY_VERIFY_WITH_TIMEOUT(store.snapshot().outgoing.isEmpty(), WaitMs);
}

void tst_Persistence::inboundQos2ExactlyOnceAcrossRestart_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("sessionPresent");
    forKindsAndVersions([](const char *name, Kind kind, ProtocolVersion version) {
        QTest::addRow("%s resumed", name) << kind << version << true;
        QTest::addRow("%s no session", name) << kind << version << false;
    });
}

// Client A receives a QoS 2 PUBLISH, delivers it, answers PUBREC, and is gone before PUBREL.
// Client B with the same store, Session Present: the broker's resend (DUP) is acknowledged with
// PUBREC and not delivered again [MQTT-4.3.3-10]; PUBREL gets PUBCOMP and the identifier leaves
// the store. No session: the identifier is forgotten, and a PUBLISH with it is a new message.
void tst_Persistence::inboundQos2ExactlyOnceAcrossRestart()
{
    QFETCH(bool, sessionPresent);
    QFETCH(Kind, kind);
    QFETCH(ProtocolVersion, version);
    StoreUnderTest store(kind);
    QVERIFY(store.isValid());
    const MqttConnectOptions options = seamOptions(version);
    {
        MqttClient a;
        store.attach(a);
        SeamBroker seam(version);
        QVERIFY(seam.connect(a, options));
        QSignalSpy delivered(&a, &MqttClient::messageReceived);
        seam.send(inbound(7));
        const auto pubRec = seam.next<PubRecPacket>();
        QVERIFY(pubRec.has_value());
        QCOMPARE(pubRec->packetId, quint16(7));
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.at(0).at(0).value<MqttMessage>().topic(), u"in/7"_s);
        QCOMPARE(store.snapshot().incoming, QList<quint16>({7}));
    }
    QCOMPARE(store.snapshot().incoming, QList<quint16>({7}));

    MqttClient b;
    store.attach(b);
    SeamBroker seam(version);
    QSignalSpy delivered(&b, &MqttClient::messageReceived);
    QVERIFY(seam.connect(b, options, connAckWithSession(sessionPresent)));
    // No session: the store forgets the identifier too, or a later restart would take the
    // broker's next message with identifier 7 for the old one.
    if (sessionPresent)
        QCOMPARE(store.snapshot().incoming, QList<quint16>({7}));
    else
        QTRY_VERIFY_WITH_TIMEOUT(store.snapshot().incoming.isEmpty(), WaitMs);
    seam.send(inbound(7, sessionPresent));
    const auto pubRec = seam.next<PubRecPacket>();
    QVERIFY(pubRec.has_value());
    QCOMPARE(pubRec->packetId, quint16(7));
    QCOMPARE(delivered.size(), sessionPresent ? 0 : 1);

    seam.send(ack<PubRelPacket>(7));
    const auto pubComp = seam.next<PubCompPacket>();
    QVERIFY(pubComp.has_value());
    QCOMPARE(pubComp->packetId, quint16(7));
    QCOMPARE(pubComp->reasonCode, ReasonCode::Success); // the identifier was known
    QCOMPARE(delivered.size(), sessionPresent ? 0 : 1);
    QVERIFY(store.snapshot().incoming.isEmpty());
}

void tst_Persistence::emptyClientIdIsRefused_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("sqlite") << Kind::Sqlite;
    QTest::newRow("memory") << Kind::Memory;
}

// A store keeps the session of one client identifier: with none, connectToBroker() refuses at
// once and opens nothing.
void tst_Persistence::emptyClientIdIsRefused()
{
    QFETCH(Kind, kind);
    StoreUnderTest store(kind);
    QVERIFY(store.isValid());
    MqttClient client;
    store.attach(client);
    SeamBroker seam;
    client.setTransport(&seam.clientEnd());
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    MqttConnectOptions options = seamOptions(ProtocolVersion::V5, true);
    options.setClientId(QString());
    QVERIFY(!client.connectToBroker(options));
    QVERIFY2(client.lastError().message().contains(u"clientId"_s),
             qPrintable(client.lastError().message()));
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, WaitMs);
    QCOMPARE(client.state(), MqttClient::State::Closed);
    QCOMPARE(seam.received(), 0);
    QVERIFY(!QFile::exists(store.path()));
}

// A file that is not a session store fails the connection attempt before any I/O: errorOccurred,
// Closed, and lastError() naming the file.
void tst_Persistence::damagedFileFailsTheConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"damaged.db"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(4096, '\x5a').prepend("garbage, not SQLite")) > 0);
    }
    MqttClient client;
    client.setSessionDatabase(path);
    QCOMPARE(client.sessionDatabase(), path);
    SeamBroker seam;
    client.setTransport(&seam.clientEnd());
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QSignalSpy stateSpy(&client, &MqttClient::stateChanged);
    QVERIFY(client.connectToBroker(seamOptions(ProtocolVersion::V5))); // the attempt fails
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), WaitMs);
    QCOMPARE(client.state(), MqttClient::State::Closed);
    const QString message = client.lastError().message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!states(stateSpy).contains(MqttClient::State::ConnectSent));
    QCOMPARE(seam.received(), 0); // no CONNECT
    QVERIFY(!client.waitForConnected(0));
}

// setSessionDatabase() and setSessionStore() while connected, or with sent messages not yet
// acknowledged, report an error and keep the store in use.
void tst_Persistence::storeChangeRefusedWhileInUse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"in-use.db"_s);
    const QString other = dir.filePath(u"other.db"_s);
    MqttMemorySessionStore memory;
    MqttClient client;
    client.setSessionDatabase(path);
    SeamBroker seam;
    QVERIFY(seam.connect(client, seamOptions(ProtocolVersion::V5)));

    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    client.setSessionDatabase(other);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, WaitMs);
    QVERIFY2(client.lastError().message().contains(u"setSessionDatabase"_s),
             qPrintable(client.lastError().message()));
    client.setSessionStore(&memory);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, WaitMs);
    QVERIFY2(client.lastError().message().contains(u"setSessionStore"_s),
             qPrintable(client.lastError().message()));
    QCOMPARE(client.sessionDatabase(), path);

    // Still the first store: a message goes there.
    const MqttPublishHandlePtr handle = client.publish(u"u/1"_s, "kept", QoS::Q1);
    const auto sent = seam.next<PublishPacket>();
    QVERIFY(sent.has_value());
    const Snapshot held = readDatabase(path);
    QCOMPARE(held.outgoing.size(), 1);
    QCOMPARE(held.outgoing.at(0).packetId(), sent->packetId);
    QVERIFY(!QFile::exists(other));
    QVERIFY(memory.outgoing().isEmpty());

    // Closed, but the message awaits its PUBACK: still refused.
    client.disconnectFromBroker();
    QVERIFY(client.waitForDisconnected(WaitMs));
    client.setSessionStore(&memory);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 3, WaitMs);
    QVERIFY2(client.lastError().message().contains(u"await acknowledgement"_s),
             qPrintable(client.lastError().message()));
    QCOMPARE(client.sessionDatabase(), path);
    QVERIFY(!handle->isDone());
}

// Two running clients on one session would each resend and forget the other's messages:
// mqttclient.h promises that a store "in use by a running client" fails the connection.
void tst_Persistence::databaseInUseIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.db"_s);
    MqttClient first;
    first.setSessionDatabase(path);
    SeamBroker firstSeam;
    QVERIFY(firstSeam.connect(first, seamOptions(ProtocolVersion::V5)));

    MqttClient second;
    second.setSessionDatabase(path);
    SeamBroker secondSeam;
    second.setTransport(&secondSeam.clientEnd());
    QSignalSpy errors(&second, &MqttClient::errorOccurred);
    QVERIFY(second.connectToBroker(seamOptions(ProtocolVersion::V5)));
    // Whichever comes first: the refusal, or the CONNECT of a client that was not refused.
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty() || secondSeam.received() > 0, WaitMs);
    QVERIFY2(!errors.isEmpty(), "the second client connected with the session in use");
    QCOMPARE(second.state(), MqttClient::State::Closed);
    QCOMPARE(secondSeam.received(), 0);
}

void tst_Persistence::burstOfPublishesIsOneCommit_data()
{
    addVersionRows();
}

// 1,000 QoS 1 publishes made in one go in the client's thread: one commit holds them all, before
// the first PUBLISH leaves; every PUBLISH of the first window (the broker's Receive Maximum)
// goes out after that one commit.
void tst_Persistence::burstOfPublishesIsOneCommit()
{
    QFETCH(ProtocolVersion, version);
    constexpr int Count = 1000;
    RecordingStore store;
    MqttClient client;
    client.setSessionStore(&store);
    SeamBroker seam(version);
    store.position = [&seam] { return seam.received(); };
    // The client commits once more when destroyed, after the seam: unhook first.
    const auto unhook = qScopeGuard([&store] { store.position = {}; });
    QVERIFY(seam.connect(client, seamOptions(version)));
    const qsizetype before = store.commits.size();

    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < Count; ++i)
        handles.append(client.publish(u"b/%1"_s.arg(i), QByteArray::number(i), QoS::Q1));
    const auto first = seam.next<PublishPacket>();
    QVERIFY(first.has_value());
    QCOMPARE(first->payload, QByteArray("0"));
    QCOMPARE(store.commits.size(), before + 1);
    const RecordingStore::Commit commit = store.commits.at(before);
    QVERIFY(commit.received <= seam.packetStart());
    QCOMPARE(commit.outgoing.size(), Count);
    int window = 0; // sent at once, within the broker's Receive Maximum
    for (const MqttStoredMessage &message : commit.outgoing)
        window += message.packetId() != 0 ? 1 : 0;
    if (version == ProtocolVersion::V5)
        QCOMPARE(window, Count); // the CONNACK set no Receive Maximum: 65,535
    QVERIFY(window > 0);
    for (int i = 1; i < window; ++i) {
        const auto sent = seam.next<PublishPacket>();
        QVERIFY(sent.has_value());
        QCOMPARE(sent->payload, QByteArray::number(i));
    }
    QCOMPARE(store.commits.size(), before + 1); // no other commit before the window's last
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY(handle->isStored());
}

QTEST_GUILESS_MAIN(tst_Persistence)
#include "tst_persistence.moc"
