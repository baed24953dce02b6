// MqttSqliteSessionStore: session state in SQLite tables through Qt Sql, one transaction a commit.
#include <OhMqtt/mqttsqlitesessionstore.h>

#include "connection/logging.h"
#include "session/pendingoutgoing.h"
#include "session/sqlitestatement.h"

#include <OhMqtt/packet/packet.h>
#include <OhMqtt/serialization.h>

#include <QtCore/qdir.h>
#include <QtCore/qlockfile.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace OhMqtt {

namespace {

// 1 (never released) kept the sessions of several client identifiers in one file; 2 keeps one,
// whose identifier the owner table records.
constexpr int SchemaVersion = 2;

// The whole PUBLISH as MQTT 5.0 encodes it: exact for every field, properties included. The
// packet identifier lives in its own column (it changes); the blob carries a stand-in.
QByteArray encodeStored(PublishPacket packet)
{
    packet.packetId = packet.qos == QoS::Q0 ? 0 : 1;
    return encodePacket(packet, ProtocolVersion::V5);
}

PublishPacket decodeStored(const QByteArray &blob, quint16 packetId)
{
    ByteReader reader(blob, "stored PUBLISH");
    const quint8 firstByte = reader.readUint8("fixed header");
    reader.readVarInt("Remaining Length");
    Packet packet = decodePacket(firstByte, reader.readRest(), ProtocolVersion::V5);
    auto *publish = std::get_if<PublishPacket>(&packet);
    if (!publish)
        throw MqttError::malformed(u"stored packet is not a PUBLISH"_s);
    publish->packetId = packetId;
    return std::move(*publish);
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter = 0;
    return u"ohmqtt-session-store-%1"_s.arg(++counter);
}

} // namespace

class MqttSqliteSessionStorePrivate
{
public:
    // Prepared once per open(), reused; destroyed before the connection closes. The writes run
    // per message and go through SQLite's API; the reads run once a connection, through Qt Sql.
    struct Statements
    {
        SqliteStatement begin, commit, rollback;
        SqliteStatement insertOutgoing, setPacketId, setReleased, removeOutgoing;
        SqliteStatement insertIncoming, removeIncoming, clearOutgoing, clearIncoming;
        QSqlQuery selectOutgoing, outgoingPacketIds, selectIncoming;
    };

    MqttSqliteSessionStorePrivate(const QString &path, MqttSqliteSessionStore::Durability mode)
        : filePath(path)
        , durability(mode)
        , connectionName(nextConnectionName())
        , lockFile(path + u".lock"_s)
    {
        // Stale only when its process is gone, never by age: a client holds its file for days.
        lockFile.setStaleLockTime(0ms);
    }

    MqttError fileError(const QString &problem) const
    {
        return MqttError(
            u"Session store %1: %2"_s.arg(QDir::toNativeSeparators(filePath), problem));
    }
    MqttError queryError(const QString &what, const QSqlQuery &query) const
    {
        return fileError(u"%1 failed: %2"_s.arg(what, query.lastError().text()));
    }

    bool exec(const QString &sql, MqttError *error, QSqlQuery *result = nullptr);
    bool lock(MqttError *error);
    bool openDatabase(MqttError *error);
    bool checkOrCreateSchema(const QString &clientId, MqttError *error);
    bool createSchema(const QString &clientId, MqttError *error);
    bool checkOwner(const QString &clientId, MqttError *error);
    bool setDurability(MqttError *error);
    bool prepareStatements(MqttError *error);
    void close();

    bool begin();
    template<typename Binder>
    void write(SqliteStatement Statements::*statement, const char *what, Binder bindValues);
    void writePending();
    void rollback();

    QString filePath;
    MqttSqliteSessionStore::Durability durability;
    QString connectionName;
    QSqlDatabase database;
    QLockFile lockFile; // held from a successful open() until the store goes
    std::unique_ptr<Statements> statements; // non-null while open
    PendingOutgoing pending; // outbound rows and removals held until the commit
    bool inTransaction = false;
    MqttError pendingError; // the first failed write since the last commit
};

bool MqttSqliteSessionStorePrivate::exec(const QString &sql, MqttError *error, QSqlQuery *result)
{
    QSqlQuery query(database);
    if (!query.exec(sql)) {
        *error = queryError(sql, query);
        return false;
    }
    if (result)
        *result = std::move(query);
    return true;
}

// One live store per file, in this process or another: two would interleave their transactions
// and each resend the other's messages. A lock left by a process that died is taken over.
bool MqttSqliteSessionStorePrivate::lock(MqttError *error)
{
    if (lockFile.isLocked() || lockFile.tryLock())
        return true; // a reopen keeps its own lock
    const QString lockPath = QDir::toNativeSeparators(lockFile.fileName());
    if (lockFile.error() != QLockFile::LockFailedError) {
        *error = fileError(u"cannot create the lock file %1"_s.arg(lockPath));
        return false;
    }
    qint64 pid = 0;
    QString host, application;
    const QString holder = lockFile.getLockInfo(&pid, &host, &application)
        ? u"process %1 on %2, "_s.arg(pid).arg(host)
        : QString();
    *error = fileError(u"in use by another client (%1lock file %2)"_s.arg(holder, lockPath));
    return false;
}

bool MqttSqliteSessionStorePrivate::openDatabase(MqttError *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = fileError(u"the Qt Sql driver QSQLITE is not installed"_s);
        return false;
    }
    if (!database.isValid())
        database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    database.setDatabaseName(filePath);
    if (!database.open()) {
        *error = fileError(u"cannot open: %1"_s.arg(database.lastError().text()));
        return false;
    }
    return true;
}

// SQLite reads a file lazily: the first statements tell a damaged or foreign file.
bool MqttSqliteSessionStorePrivate::checkOrCreateSchema(const QString &clientId, MqttError *error)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = fileError(u"not a session store, or damaged: %1"_s.arg(query.lastError().text()));
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (!exec(u"PRAGMA quick_check"_s, error, &query))
        return false;
    if (!query.next() || query.value(0).toString() != "ok"_L1) {
        *error = fileError(u"damaged: %1"_s.arg(query.value(0).toString()));
        return false;
    }
    query.finish();
    if (version > SchemaVersion) {
        *error = fileError(
            u"schema version %1 is newer than this library's %2"_s.arg(version).arg(SchemaVersion));
        return false;
    }
    if (version == SchemaVersion)
        return checkOwner(clientId, error);
    if (version != 0) {
        // Nothing to migrate from: schema 1 was never released.
        const QString older = u"schema version %1 predates this library's %2 and is not read"_s;
        *error = fileError(older.arg(version).arg(SchemaVersion));
        return false;
    }
    if (!exec(u"SELECT count(*) FROM sqlite_master"_s, error, &query) || !query.next())
        return false;
    if (query.value(0).toInt() != 0) {
        *error = fileError(u"an SQLite database of something else, not a session store"_s);
        return false;
    }
    query.finish();
    return createSchema(clientId, error);
}

// The file belongs to the client identifier of its first open(): one row, for good.
bool MqttSqliteSessionStorePrivate::createSchema(const QString &clientId, MqttError *error)
{
    if (!exec(u"BEGIN"_s, error) ||
        !exec(u"CREATE TABLE owner (id INTEGER PRIMARY KEY CHECK (id = 1), "
              "client_id TEXT NOT NULL)"_s,
              error) ||
        !exec(u"CREATE TABLE outgoing (sequence INTEGER PRIMARY KEY, packet_id INTEGER NOT NULL, "
              "released INTEGER NOT NULL, packet BLOB NOT NULL)"_s,
              error) ||
        !exec(u"CREATE TABLE incoming (packet_id INTEGER PRIMARY KEY)"_s, error))
        return false;
    QSqlQuery owner(database);
    owner.prepare(u"INSERT INTO owner (id, client_id) VALUES (1, ?)"_s);
    owner.addBindValue(clientId.isNull() ? u""_s : clientId); // a null QString binds as NULL
    if (!owner.exec()) {
        *error = queryError(u"recording the client identifier"_s, owner);
        return false;
    }
    return exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion), error) &&
        exec(u"COMMIT"_s, error);
}

bool MqttSqliteSessionStorePrivate::checkOwner(const QString &clientId, MqttError *error)
{
    QSqlQuery query(database);
    if (!query.exec(u"SELECT client_id FROM owner"_s) || !query.next()) {
        const QString reason = query.lastError().isValid() ? query.lastError().text()
                                                           : u"no client identifier recorded"_s;
        *error = fileError(u"not a session store of this library (%1)"_s.arg(reason));
        return false;
    }
    const QString owner = query.value(0).toString();
    if (owner != clientId) {
        *error = fileError(u"holds the session of client id '%1', not '%2'"_s.arg(owner, clientId));
        return false;
    }
    return true;
}

bool MqttSqliteSessionStorePrivate::setDurability(MqttError *error)
{
    const bool fast = durability == MqttSqliteSessionStore::Durability::Fast;
    const QString mode = fast ? u"wal"_s : u"delete"_s;
    QSqlQuery query;
    if (!exec(u"PRAGMA journal_mode = %1"_s.arg(mode), error, &query))
        return false;
    if (!query.next() || query.value(0).toString().toLower() != mode) {
        *error = fileError(u"cannot set journal_mode to %1"_s.arg(mode));
        return false;
    }
    query.finish();
    return exec(fast ? u"PRAGMA synchronous = NORMAL"_s : u"PRAGMA synchronous = FULL"_s, error);
}

bool MqttSqliteSessionStorePrivate::prepareStatements(MqttError *error)
{
    sqlite3 *connection = sqliteHandle(database);
    if (!connection) {
        *error = fileError(u"the QSQLITE driver gives no SQLite connection"_s);
        return false;
    }
    auto s = std::make_unique<Statements>();
    const std::pair<SqliteStatement *, QByteArrayView> writes[] = {
        {&s->begin, "BEGIN"},
        {&s->commit, "COMMIT"},
        {&s->rollback, "ROLLBACK"},
        {&s->insertOutgoing,
         "INSERT OR REPLACE INTO outgoing (sequence, packet_id, released, packet) "
         "VALUES (?, ?, ?, ?)"},
        {&s->setPacketId, "UPDATE outgoing SET packet_id = ? WHERE sequence = ?"},
        {&s->setReleased, "UPDATE outgoing SET released = 1 WHERE sequence = ?"},
        // The removals of a commit come in runs of consecutive sequences: one range each.
        {&s->removeOutgoing, "DELETE FROM outgoing WHERE sequence BETWEEN ? AND ?"},
        {&s->insertIncoming, "INSERT OR IGNORE INTO incoming (packet_id) VALUES (?)"},
        {&s->removeIncoming, "DELETE FROM incoming WHERE packet_id = ?"},
        {&s->clearOutgoing, "DELETE FROM outgoing"},
        {&s->clearIncoming, "DELETE FROM incoming"},
    };
    for (const auto &[statement, text] : writes) {
        if (!statement->prepare(connection, text)) {
            *error = fileError(
                u"not a session store of this library (%1)"_s.arg(statement->errorText()));
            return false;
        }
    }
    const std::pair<QSqlQuery *, QString> reads[] = {
        {&s->outgoingPacketIds, u"SELECT sequence, packet_id FROM outgoing"_s},
        {&s->selectOutgoing,
         u"SELECT sequence, packet_id, released, packet FROM outgoing ORDER BY sequence"_s},
        {&s->selectIncoming, u"SELECT packet_id FROM incoming ORDER BY packet_id"_s},
    };
    for (const auto &[query, text] : reads) {
        *query = QSqlQuery(database);
        if (!query->prepare(text)) {
            *error = fileError(
                u"not a session store of this library (%1)"_s.arg(query->lastError().text()));
            return false;
        }
    }
    if (!s->outgoingPacketIds.exec()) {
        *error = queryError(u"reading the outbound messages"_s, s->outgoingPacketIds);
        return false;
    }
    pending.clear();
    while (s->outgoingPacketIds.next()) {
        pending.noteWritten(quint64(s->outgoingPacketIds.value(0).toLongLong()),
                            quint16(s->outgoingPacketIds.value(1).toUInt()));
    }
    s->outgoingPacketIds.finish();
    statements = std::move(s);
    return true;
}

void MqttSqliteSessionStorePrivate::close()
{
    rollback();
    pendingError = MqttError();
    pending.clear();
    statements.reset(); // finalized before the connection closes
    if (database.isValid())
        database.close();
}

void MqttSqliteSessionStorePrivate::rollback()
{
    if (inTransaction && statements)
        statements->rollback.run();
    inTransaction = false;
}

bool MqttSqliteSessionStorePrivate::begin()
{
    if (!statements || !pendingError.isNull())
        return false;
    if (!inTransaction) {
        if (!statements->begin.run()) {
            pendingError =
                fileError(u"cannot begin a transaction: %1"_s.arg(statements->begin.errorText()));
            return false;
        }
        inTransaction = true;
    }
    return true;
}

// One write of the current transaction (`bindValues` binds its parameters), which it begins if
// none is open. After a failed write the others of the transaction are skipped: commit() fails.
template<typename Binder>
void MqttSqliteSessionStorePrivate::write(SqliteStatement Statements::*statement, const char *what,
                                          Binder bindValues)
{
    if (!begin())
        return;
    SqliteStatement &query = (*statements).*statement;
    bindValues(query);
    if (!query.run())
        pendingError =
            fileError(u"%1 failed: %2"_s.arg(QLatin1StringView(what), query.errorText()));
}

void MqttSqliteSessionStorePrivate::writePending()
{
    if (pending.isEmpty())
        return;
    for (const PendingOutgoing::Row &row : pending.takeRows()) {
        write(&Statements::insertOutgoing, "adding an outbound message", [&](SqliteStatement &s) {
            s.bind(1, qint64(row.sequence)).bind(2, row.packetId).bind(3, row.released ? 1 : 0);
            s.bind(4, QByteArrayView(row.packet));
        });
    }
    const QList<quint64> removals = pending.takeRemovals(); // ascending
    for (qsizetype first = 0; first < removals.size();) {
        qsizetype last = first;
        while (last + 1 < removals.size() && removals[last + 1] == removals[last] + 1)
            ++last;
        write(&Statements::removeOutgoing, "removing outbound messages", [&](SqliteStatement &s) {
            s.bind(1, qint64(removals[first])).bind(2, qint64(removals[last]));
        });
        first = last + 1;
    }
}

using Statements = MqttSqliteSessionStorePrivate::Statements;

MqttSqliteSessionStore::MqttSqliteSessionStore(const QString &filePath, Durability durability)
    : d(std::make_unique<MqttSqliteSessionStorePrivate>(filePath, durability))
{ }

MqttSqliteSessionStore::~MqttSqliteSessionStore()
{
    d->close();
    const bool added = d->database.isValid();
    // The connection is removed only when no QSqlDatabase refers to it any more.
    d->database = QSqlDatabase();
    if (added)
        QSqlDatabase::removeDatabase(d->connectionName);
    d->lockFile.unlock(); // last: another store may take the file once it is closed
}

QString MqttSqliteSessionStore::filePath() const
{
    return d->filePath;
}

MqttSqliteSessionStore::Durability MqttSqliteSessionStore::durability() const noexcept
{
    return d->durability;
}

bool MqttSqliteSessionStore::open(const QString &clientId, MqttError *error)
{
    MqttError problem;
    d->close();
    const bool opened = d->lock(&problem) && d->openDatabase(&problem) &&
        d->checkOrCreateSchema(clientId, &problem) && d->setDurability(&problem) &&
        d->prepareStatements(&problem);
    if (!opened) {
        d->close();
        d->lockFile.unlock(); // a store that failed to open leaves the file to others
    }
    if (error)
        *error = problem;
    return opened;
}

void MqttSqliteSessionStore::clear()
{
    d->pending.clear();
    d->write(&Statements::clearOutgoing, "clearing the outbound messages",
             [](SqliteStatement &) {});
    d->write(&Statements::clearIncoming, "clearing the inbound packet identifiers",
             [](SqliteStatement &) {});
}

void MqttSqliteSessionStore::addOutgoing(const MqttStoredMessage &message)
{
    if (!d->statements || !d->pendingError.isNull())
        return;
    QByteArray blob;
    try {
        blob = encodeStored(message.packet());
    } catch (const MqttError &problem) {
        d->pendingError = d->fileError(
            u"message %1 cannot be stored: %2"_s.arg(message.sequence()).arg(problem.message()));
        return;
    }
    d->pending.add({message.sequence(), message.packetId(), message.isReleased(), blob});
}

void MqttSqliteSessionStore::setPacketId(quint64 sequence, quint16 packetId)
{
    if (d->pending.setPacketId(sequence, packetId))
        return;
    d->write(&Statements::setPacketId, "setting a packet identifier",
             [&](SqliteStatement &s) { s.bind(1, packetId).bind(2, qint64(sequence)); });
}

void MqttSqliteSessionStore::setReleased(quint16 packetId)
{
    const std::optional<quint64> written = d->pending.setReleased(packetId);
    if (written) {
        d->write(&Statements::setReleased, "marking a message released",
                 [&](SqliteStatement &s) { s.bind(1, qint64(*written)); });
    }
}

void MqttSqliteSessionStore::removeOutgoing(quint64 sequence)
{
    d->pending.remove(sequence);
}

QList<MqttStoredMessage> MqttSqliteSessionStore::outgoing() const
{
    QList<MqttStoredMessage> messages;
    if (!d->statements)
        return messages;
    d->writePending(); // read in the transaction, with what it holds back
    QSqlQuery &query = d->statements->selectOutgoing;
    if (!query.exec())
        qCWarning(lcSession).noquote()
            << d->queryError(u"reading outbound messages"_s, query).message();
    while (query.next()) {
        const quint64 sequence = quint64(query.value(0).toLongLong());
        try {
            MqttStoredMessage message(
                sequence,
                decodeStored(query.value(3).toByteArray(), quint16(query.value(1).toUInt())));
            message.setReleased(query.value(2).toBool());
            messages.append(message);
        } catch (const MqttError &problem) {
            // One damaged row should not hide the others.
            qCWarning(lcSession).noquote()
                << d->fileError(u"message %1 skipped: %2"_s.arg(sequence).arg(problem.message()))
                       .message();
        }
    }
    query.finish();
    return messages;
}

void MqttSqliteSessionStore::addIncoming(quint16 packetId)
{
    d->write(&Statements::insertIncoming, "adding an inbound packet identifier",
             [&](SqliteStatement &s) { s.bind(1, packetId); });
}

void MqttSqliteSessionStore::removeIncoming(quint16 packetId)
{
    d->write(&Statements::removeIncoming, "removing an inbound packet identifier",
             [&](SqliteStatement &s) { s.bind(1, packetId); });
}

QList<quint16> MqttSqliteSessionStore::incoming() const
{
    QList<quint16> packetIds;
    if (!d->statements)
        return packetIds;
    QSqlQuery &query = d->statements->selectIncoming;
    if (!query.exec())
        qCWarning(lcSession).noquote()
            << d->queryError(u"reading inbound packet identifiers"_s, query).message();
    while (query.next())
        packetIds.append(quint16(query.value(0).toUInt()));
    query.finish();
    return packetIds;
}

bool MqttSqliteSessionStore::commit(MqttError *error)
{
    MqttError problem;
    if (d->statements)
        d->writePending();
    if (!d->statements) {
        problem = d->fileError(u"not open"_s);
    } else if (!d->pendingError.isNull()) {
        problem = d->pendingError;
    } else if (d->inTransaction && !d->statements->commit.run()) {
        problem = d->fileError(u"commit failed: %1"_s.arg(d->statements->commit.errorText()));
    } else {
        d->inTransaction = false;
    }
    if (!problem.isNull())
        d->rollback();
    d->pendingError = MqttError();
    if (error)
        *error = problem;
    return problem.isNull();
}

} // namespace OhMqtt
