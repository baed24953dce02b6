// The session stores against one table of behaviours: memory, SQLite durable, SQLite fast.
#include "storetesting.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qdir.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtemporarydir.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlquery.h>
#include <QtTest/qtest.h>

using namespace Qt::StringLiterals;
using namespace OhMqtt;
using namespace StoreTesting;

Q_DECLARE_METATYPE(StoreTesting::Kind)

class tst_SessionStore : public QObject
{
    Q_OBJECT

private:
    // Each test opens a fresh file in its own temporary directory.
    std::unique_ptr<MqttSessionStore> openStore(Kind kind, const QString &clientId = u"client"_s)
    {
        auto store = makeStore(kind, m_path);
        MqttError error;
        if (!store->open(clientId, &error))
            qWarning() << error;
        return store;
    }
    static void allKinds()
    {
        QTest::addColumn<Kind>("kind");
        for (Kind kind : {Kind::Memory, Kind::Durable, Kind::Fast})
            QTest::newRow(kindName(kind)) << kind;
    }
    static void sqliteKinds()
    {
        QTest::addColumn<Kind>("kind");
        for (Kind kind : {Kind::Durable, Kind::Fast})
            QTest::newRow(kindName(kind)) << kind;
    }
    static bool commit(MqttSessionStore &store)
    {
        MqttError error;
        const bool committed = store.commit(&error);
        if (!committed)
            qWarning() << error;
        return committed;
    }
    static QList<quint64> sequences(const MqttSessionStore &store)
    {
        QList<quint64> result;
        for (const MqttStoredMessage &message : store.outgoing())
            result.append(message.sequence());
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"session.db"_s);
    }

    void storedMessageIsAValue()
    {
        MqttStoredMessage a = message(7);
        MqttStoredMessage b = a;
        QCOMPARE(a, b);
        b.setPacketId(42);
        QCOMPARE(a.packetId(), quint16(0));
        QCOMPARE(b.packetId(), quint16(42));
        QCOMPARE(b.packet().packetId, quint16(42));
        QVERIFY(!(a == b));
        b = a;
        b.setReleased(true);
        QVERIFY(!(a == b));
        const QMetaObject &meta = MqttStoredMessage::staticMetaObject;
        const QMetaProperty topic = meta.property(meta.indexOfProperty("topic"));
        QCOMPARE(topic.readOnGadget(&a).toString(), u"store/7"_s);
        const QMetaProperty sequence = meta.property(meta.indexOfProperty("sequence"));
        QCOMPARE(sequence.readOnGadget(&a).toULongLong(), 7u);
    }

    void listsOutgoingInSequenceOrder_data() { allKinds(); }
    void listsOutgoingInSequenceOrder()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        for (int index : {3, 1, 2})
            store->addOutgoing(message(index));
        QVERIFY(commit(*store));
        const QList<MqttStoredMessage> stored = store->outgoing();
        QCOMPARE(stored.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(stored.at(i), message(i + 1)); // topic, payload, QoS, retain, properties
    }

    void addingTheSameSequenceReplaces_data() { allKinds(); }
    void addingTheSameSequenceReplaces()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        store->addOutgoing(message(1));
        store->addOutgoing(MqttStoredMessage(1, packet(9)));
        QCOMPARE(store->outgoing(), QList<MqttStoredMessage>({MqttStoredMessage(1, packet(9))}));
    }

    void setsPacketIdAndReleased_data() { allKinds(); }
    void setsPacketIdAndReleased()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        for (int index : {1, 2, 3})
            store->addOutgoing(message(index));
        store->setPacketId(2, 500);
        store->setPacketId(3, 501);
        store->setReleased(501);
        QVERIFY(commit(*store));
        const QList<MqttStoredMessage> stored = store->outgoing();
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).packetId(), quint16(0));
        QCOMPARE(stored.at(1).packetId(), quint16(500));
        QCOMPARE(stored.at(2).packetId(), quint16(501));
        QCOMPARE(stored.at(1).isReleased(), false);
        QCOMPARE(stored.at(2).isReleased(), true);
        QCOMPARE(stored.at(2).payload(), packet(3).payload);
    }

    // A message whose row is already committed is released in the table: whether its packet
    // identifier came before the commit, after it, or from the file at a reopen.
    void releasesCommittedMessages_data() { sqliteKinds(); }
    void releasesCommittedMessages()
    {
        QFETCH(Kind, kind);
        const auto released = [](const MqttSessionStore &store) {
            QList<quint64> result;
            for (const MqttStoredMessage &message : store.outgoing()) {
                if (message.isReleased())
                    result.append(message.sequence());
            }
            return result;
        };
        {
            auto store = openStore(kind);
            for (int index : {1, 2, 3, 4})
                store->addOutgoing(message(index));
            store->setPacketId(1, 11);
            store->setPacketId(4, 14);
            QVERIFY(commit(*store));
            store->setPacketId(2, 12); // after its row was written
            store->setReleased(11);
            store->setReleased(12);
            store->setReleased(99); // no such message: nothing happens
            QVERIFY(commit(*store));
            QCOMPARE(released(*store), QList<quint64>({1, 2}));
        }
        auto store = openStore(kind);
        QCOMPARE(released(*store), QList<quint64>({1, 2}));
        store->setReleased(14); // known from the file only
        QVERIFY(commit(*store));
        QCOMPARE(released(*store), QList<quint64>({1, 2, 4}));
        store->removeOutgoing(4);
        store->setPacketId(3, 14); // the identifier is free again, now for message 3
        store->setReleased(14);
        QVERIFY(commit(*store));
        QCOMPARE(released(*store), QList<quint64>({1, 2, 3}));
    }

    void removesOutgoing_data() { allKinds(); }
    void removesOutgoing()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        for (int index : {1, 2, 3})
            store->addOutgoing(message(index));
        store->removeOutgoing(2);
        store->removeOutgoing(99); // unknown: nothing happens
        QVERIFY(commit(*store));
        QCOMPARE(sequences(*store), QList<quint64>({1, 3}));
    }

    // Committed rows leave in runs of consecutive sequences: the gaps between runs stay.
    void removesCommittedOutgoingInRuns_data() { allKinds(); }
    void removesCommittedOutgoingInRuns()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        for (int index = 1; index <= 9; ++index)
            store->addOutgoing(message(index));
        QVERIFY(commit(*store));
        for (quint64 sequence : {2, 3, 5, 8, 9, 7})
            store->removeOutgoing(sequence);
        QVERIFY(commit(*store));
        QCOMPARE(sequences(*store), QList<quint64>({1, 4, 6}));
    }

    void keepsIncomingIdentifiers_data() { allKinds(); }
    void keepsIncomingIdentifiers()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        for (quint16 id : {30, 10, 20, 10})
            store->addIncoming(id);
        QVERIFY(commit(*store));
        QCOMPARE(store->incoming(), QList<quint16>({10, 20, 30}));
        store->removeIncoming(20);
        QVERIFY(commit(*store));
        QCOMPARE(store->incoming(), QList<quint16>({10, 30}));
    }

    void clearForgetsTheSession_data() { allKinds(); }
    void clearForgetsTheSession()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        store->addOutgoing(message(1));
        store->addIncoming(5);
        QVERIFY(commit(*store));
        store->clear();
        QVERIFY(commit(*store));
        QVERIFY(store->outgoing().isEmpty());
        QVERIFY(store->incoming().isEmpty());
    }

    // The memory store keeps a session per client identifier; an SQLite file belongs to one.
    void sessionsAreKeptPerClientId()
    {
        auto store = openStore(Kind::Memory, u"a"_s);
        store->addOutgoing(message(1));
        store->addIncoming(5);
        QVERIFY(commit(*store));
        QVERIFY(store->open(u"b"_s, nullptr));
        QVERIFY(store->outgoing().isEmpty());
        QVERIFY(store->incoming().isEmpty());
        store->addOutgoing(message(2));
        store->clear(); // b's session only
        QVERIFY(commit(*store));
        QVERIFY(store->open(u"a"_s, nullptr));
        QCOMPARE(sequences(*store), QList<quint64>({1}));
        QCOMPARE(store->incoming(), QList<quint16>({5}));
    }

    void fileBelongsToOneClientId_data() { sqliteKinds(); }
    void fileBelongsToOneClientId()
    {
        QFETCH(Kind, kind);
        const QString foreign =
            u"Session store %1: holds the session of client id 'a', not 'b'"_s.arg(
                QDir::toNativeSeparators(m_path));
        MqttError error;
        {
            auto store = makeStore(kind, m_path);
            QVERIFY(store->open(u"a"_s, &error)); // records 'a', nothing committed
        }
        {
            auto store = makeStore(kind, m_path);
            QVERIFY(!store->open(u"b"_s, &error));
            QCOMPARE(error.message(), foreign);
            QCOMPARE(error.reasonCode(), ReasonCode::UnspecifiedError);
            store->addOutgoing(message(2)); // a failed open() leaves the store closed
            QVERIFY(!store->commit(nullptr));
        }
        auto store = openStore(kind, u"a"_s);
        store->addOutgoing(message(1));
        QVERIFY(commit(*store));
        QVERIFY(!store->open(u"b"_s, &error)); // the same object, once open as 'a'
        QCOMPARE(error.message(), foreign);
        QVERIFY(store->outgoing().isEmpty());
        QVERIFY(makeStore(kind, m_path)->open(u"a"_s, &error)); // the failure left the file
        QVERIFY(store->open(u"a"_s, &error));
        QCOMPARE(sequences(*store), QList<quint64>({1}));
    }

    // A null client identifier and an empty one are the same, and may own a file.
    void emptyClientIdOwnsAFile_data() { sqliteKinds(); }
    void emptyClientIdOwnsAFile()
    {
        QFETCH(Kind, kind);
        {
            auto store = makeStore(kind, m_path);
            QVERIFY(store->open(QString(), nullptr));
            store->addOutgoing(message(1));
            QVERIFY(commit(*store));
        }
        auto store = makeStore(kind, m_path);
        MqttError error;
        QVERIFY(!store->open(u"a"_s, &error));
        QVERIFY2(error.message().contains(u"client id '', not 'a'"_s), qPrintable(error.message()));
        QVERIFY(store->open(u""_s, nullptr));
        QCOMPARE(sequences(*store), QList<quint64>({1}));
    }

    // Two live stores on one file would interleave their transactions.
    void secondStoreOfAFileFailsToOpen_data() { sqliteKinds(); }
    void secondStoreOfAFileFailsToOpen()
    {
        QFETCH(Kind, kind);
        auto first = openStore(kind);
        first->addOutgoing(message(1));
        QVERIFY(commit(*first));
        auto second = makeStore(kind, m_path);
        MqttError error;
        QVERIFY(!second->open(u"client"_s, &error));
        const QString inUse = u"Session store %1: in use by another client (process %2 on "_s.arg(
            QDir::toNativeSeparators(m_path), QString::number(QCoreApplication::applicationPid()));
        QVERIFY2(error.message().startsWith(inUse), qPrintable(error.message()));
        QCOMPARE(error.reasonCode(), ReasonCode::UnspecifiedError);
        QVERIFY(second->outgoing().isEmpty());
        QVERIFY(first->open(u"client"_s, &error)); // a reopen keeps its own lock
        QCOMPARE(sequences(*first), QList<quint64>({1}));
        QVERIFY(!second->open(u"client"_s, &error));
        first.reset(); // the lock goes with the store
        QVERIFY2(second->open(u"client"_s, &error), qPrintable(error.message()));
        QCOMPARE(sequences(*second), QList<quint64>({1}));
    }

    // A store open in another process holds the file; once that process is killed, its lock is
    // stale and open() takes it over.
    void fileInUseByAnotherProcessFailsToOpen_data() { sqliteKinds(); }
    void fileInUseByAnotherProcessFailsToOpen()
    {
        QFETCH(Kind, kind);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QLatin1StringView(HoldingChildFlag), m_path, QLatin1StringView(kindName(kind))});
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning,
                                 30'000);
        QCOMPARE(child.readLine(), QByteArray("open\n"));
        auto store = makeStore(kind, m_path);
        MqttError error;
        QVERIFY(!store->open(u"client"_s, &error));
        const QString inUse = u"in use by another client (process %1 on "_s.arg(child.processId());
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(inUse), qPrintable(error.message()));
        child.kill();
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(store->open(u"client"_s, &error), qPrintable(error.message()));
    }

    // However old its lock file, a live holder keeps the file: a client holds it for days. The
    // lock file is a copy that no process has flock()ed: on Linux the holder's flock() alone
    // would keep Qt from removing a lock it judged stale by age, and hide the rule.
    void oldLockOfALiveProcessHolds()
    {
        auto holder = openStore(Kind::Durable);
        const QString other = m_dir->filePath(u"other.db"_s);
        QVERIFY(QFile::copy(m_path + u".lock"_s, other + u".lock"_s));
        QFile lockFile(other + u".lock"_s);
        QVERIFY(lockFile.open(QIODevice::ReadOnly));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        auto store = makeStore(Kind::Durable, other);
        MqttError error;
        QVERIFY(!store->open(u"client"_s, &error));
        const QString inUse =
            u"in use by another client (process %1 on "_s.arg(QCoreApplication::applicationPid());
        QVERIFY2(error.message().contains(inUse), qPrintable(error.message()));
    }

    void writesBeforeOpenDoNothing_data() { allKinds(); }
    void writesBeforeOpenDoNothing()
    {
        QFETCH(Kind, kind);
        auto store = makeStore(kind, m_path);
        store->addOutgoing(message(1));
        store->addIncoming(1);
        QVERIFY(store->outgoing().isEmpty());
        QVERIFY(store->incoming().isEmpty());
        QVERIFY(store->open(u"client"_s, nullptr));
        QVERIFY(store->outgoing().isEmpty());
    }

    // Destroying the store rolls back what was written since the last commit().
    void reopenKeepsOnlyWhatWasCommitted_data() { sqliteKinds(); }
    void reopenKeepsOnlyWhatWasCommitted()
    {
        QFETCH(Kind, kind);
        {
            auto store = openStore(kind);
            store->addOutgoing(message(1));
            store->addOutgoing(message(2));
            store->setPacketId(2, 7);
            store->setReleased(7);
            store->addIncoming(40);
            QVERIFY(commit(*store));
            store->addOutgoing(message(3));
            store->removeOutgoing(1);
            store->addIncoming(41);
            store->clear();
        }
        auto store = openStore(kind);
        QList<MqttStoredMessage> expected = {message(1), message(2)};
        expected[1].setPacketId(7);
        expected[1].setReleased(true);
        QCOMPARE(store->outgoing(), expected);
        QCOMPARE(store->incoming(), QList<quint16>({40}));
    }

    void reopenInTheOtherModeKeepsTheSession()
    {
        {
            auto store = openStore(Kind::Fast);
            store->addOutgoing(message(1));
            QVERIFY(commit(*store));
        }
        auto store = openStore(Kind::Durable);
        QCOMPARE(store->outgoing(), QList<MqttStoredMessage>({message(1)}));
    }

    // A write that cannot be stored fails the commit, and the whole transaction with it.
    void failedWriteFailsTheTransaction_data() { sqliteKinds(); }
    void failedWriteFailsTheTransaction()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        store->addOutgoing(message(1));
        PublishPacket wildcard = packet(2);
        wildcard.topic = u"a/#"_s; // not a Topic Name: cannot be encoded
        store->addOutgoing(MqttStoredMessage(2, wildcard));
        store->addIncoming(3);
        MqttError error;
        QVERIFY(!store->commit(&error));
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
        QVERIFY(store->outgoing().isEmpty());
        QVERIFY(store->incoming().isEmpty());
        store->addOutgoing(message(4)); // the next transaction is independent
        QVERIFY(commit(*store));
        QCOMPARE(sequences(*store), QList<quint64>({4}));
    }

    // SQLite's own refusal (here the file's write lock, held by another connection past the
    // driver's busy timeout) fails the commit with SQLite's reason and the file's name, and the
    // transaction leaves nothing behind.
    void refusedWriteFailsTheCommit_data() { sqliteKinds(); }
    void refusedWriteFailsTheCommit()
    {
        QFETCH(Kind, kind);
        auto store = openStore(kind);
        store->addOutgoing(message(1));
        QVERIFY(commit(*store));
        {
            auto holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock-holder"_s);
            holder.setDatabaseName(m_path);
            holder.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
            store->addOutgoing(message(2));
            store->removeOutgoing(1);
            MqttError error;
            QVERIFY(!store->commit(&error));
            QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"locked"_s), qPrintable(error.message()));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"lock-holder"_s);
        QCOMPARE(sequences(*store), QList<quint64>({1}));
        store->addOutgoing(message(3)); // the next transaction is independent
        QVERIFY(commit(*store));
        QCOMPARE(sequences(*store), QList<quint64>({1, 3}));
    }

    void damagedFileFailsToOpen_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        const QByteArray garbage = QByteArray(4096, '\x5A') + "not a database";
        for (Kind kind : {Kind::Durable, Kind::Fast}) {
            QTest::addRow("%s garbage", kindName(kind)) << kind << garbage << u"damaged"_s;
            QTest::addRow("%s text", kindName(kind))
                << kind << QByteArray("hello\n") << u"damaged"_s;
        }
    }
    void damagedFileFailsToOpen()
    {
        QFETCH(Kind, kind);
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        auto store = makeStore(kind, m_path);
        MqttError error;
        QVERIFY(!store->open(u"client"_s, &error));
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
        store->addOutgoing(message(1)); // a closed store ignores writes, and does not crash
        QVERIFY(store->outgoing().isEmpty());
        QVERIFY(!store->commit(&error));
    }

    // A valid header over damaged pages: SQLite would read it lazily, open() checks it at once.
    void damagedPagesFailToOpen_data() { sqliteKinds(); }
    void damagedPagesFailToOpen()
    {
        QFETCH(Kind, kind);
        {
            auto store = openStore(kind);
            for (int i = 1; i <= 100; ++i)
                store->addOutgoing(message(i, 512));
            QVERIFY(commit(*store));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QVERIFY(file.seek(2 * 4096));
        file.write(QByteArray(4 * 4096, '\xA5'));
        file.close();
        auto store = makeStore(kind, m_path);
        MqttError error;
        QVERIFY(!store->open(u"client"_s, &error));
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
        qInfo() << error.message();
    }

    void foreignDatabaseFailsToOpen_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        for (Kind kind : {Kind::Durable, Kind::Fast}) {
            QTest::addRow("%s other tables", kindName(kind))
                << kind << u"CREATE TABLE notes (text TEXT)"_s << u"not a session store"_s;
            QTest::addRow("%s newer schema", kindName(kind))
                << kind << u"PRAGMA user_version = 3"_s << u"schema version 3 is newer"_s;
            QTest::addRow("%s our version, no tables", kindName(kind))
                << kind << u"PRAGMA user_version = 2"_s << u"not a session store"_s;
            QTest::addRow("%s our version, no owner", kindName(kind))
                << kind << u"CREATE TABLE owner (client_id TEXT); PRAGMA user_version = 2"_s
                << u"no client identifier recorded"_s;
            // Schema 1 kept several client identifiers in one file; it was never released.
            QTest::addRow("%s schema 1", kindName(kind))
                << kind
                << u"CREATE TABLE outgoing (client_id TEXT NOT NULL, sequence INTEGER NOT NULL, "
                   "packet_id INTEGER NOT NULL, released INTEGER NOT NULL, packet BLOB NOT NULL, "
                   "PRIMARY KEY (client_id, sequence)); "
                   "CREATE TABLE incoming (client_id TEXT NOT NULL, packet_id INTEGER NOT NULL, "
                   "PRIMARY KEY (client_id, packet_id)); "
                   "PRAGMA user_version = 1"_s
                << u"schema version 1 predates this library's 2"_s;
        }
    }
    void foreignDatabaseFailsToOpen()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : sql.split(u"; "_s)) // QSQLITE runs one at a time
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto store = makeStore(kind, m_path);
        MqttError error;
        QVERIFY(!store->open(u"client"_s, &error));
        QVERIFY2(error.message().contains(m_path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    }

    // The journal mode is a property of the file, so another connection sees it.
    void journalModeFollowsDurability_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("durable") << Kind::Durable << u"delete"_s;
        QTest::newRow("fast") << Kind::Fast << u"wal"_s;
    }
    void journalModeFollowsDurability()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, journalMode);
        auto store = openStore(kind);
        store->addOutgoing(message(1));
        QVERIFY(commit(*store));
        QCOMPARE(QFile::exists(m_path + u"-wal"_s), kind == Kind::Fast);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"observer"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString().toLower(), journalMode);
        }
        QSqlDatabase::removeDatabase(u"observer"_s);
    }

    // The child commits some messages, writes more, and dies by SIGKILL mid-transaction, leaving
    // its lock file behind for open() to take over.
    void crashKeepsExactlyTheCommittedMessages_data() { sqliteKinds(); }
    void crashKeepsExactlyTheCommittedMessages()
    {
        QFETCH(Kind, kind);
        constexpr int committed = 50;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QLatin1StringView(CrashChildFlag), m_path, QLatin1StringView(kindName(kind)),
                     QString::number(committed), u"3000"_s});
        QVERIFY(child.waitForFinished(120'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        auto store = openStore(kind, u"crash"_s);
        const QList<MqttStoredMessage> stored = store->outgoing();
        QCOMPARE(stored.size(), committed);
        for (int i = 0; i < committed; ++i)
            QCOMPARE(stored.at(i), message(i + 1, 1024));
        QVERIFY(store->incoming().isEmpty());
    }

    // Printed, not asserted: what a commit per message costs against one commit for all.
    void measuresBatching_data() { allKinds(); }
    void measuresBatching()
    {
        QFETCH(Kind, kind);
        // A durable commit waits for the disk: 100 of them say as much as 1,000, in less time.
        const int count = kind == Kind::Durable ? 100 : 1000;
        auto store = openStore(kind);
        QElapsedTimer timer;
        timer.start();
        for (int i = 1; i <= count; ++i) {
            store->addOutgoing(message(i, 256));
            QVERIFY(commit(*store));
        }
        const qint64 each = timer.elapsed();
        store->clear();
        QVERIFY(commit(*store));
        timer.restart();
        for (int i = 1; i <= count; ++i)
            store->addOutgoing(message(i, 256));
        QVERIFY(commit(*store));
        const qint64 batched = timer.elapsed();
        QCOMPARE(store->outgoing().size(), count);
        qInfo("%s: %d x (addOutgoing + commit) %lld ms; %d x addOutgoing + 1 commit %lld ms",
              kindName(kind), count, each, count, batched);
    }
};

int runSessionStoreTests(int argc, char **argv)
{
    tst_SessionStore tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_sessionstore.moc"
