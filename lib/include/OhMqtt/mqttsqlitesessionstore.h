// MqttSqliteSessionStore: session state in an SQLite file, so that it outlives the process.
#pragma once

#include <OhMqtt/mqttsessionstore.h>

#include <memory>

namespace OhMqtt {

class MqttSqliteSessionStorePrivate;

/// One SQLite file (through Qt Sql's QSQLITE driver) holds the session of one client identifier:
/// the file is created on the first open(), which records the identifier in it for good, and
/// open() with another identifier fails. Use one file per client identifier. A file that is not
/// SQLite, is damaged, or holds other tables or another schema version also makes open() fail
/// with an error naming the file.
///
/// One live store uses a file at a time, in one process or several: open() takes a lock file
/// beside it (filePath() + ".lock", a QLockFile) and fails while another store holds it, naming
/// that store's process. The lock goes with the store, or with a failed open(); reopening keeps
/// it. The lock of a process that died, even by SIGKILL, is taken over by the next open() on the
/// same host; one left by another host (a network file system) stays until it is removed.
///
/// Durability says what a commit() that returned true survives:
/// - Durable (journal_mode=DELETE, synchronous=FULL): a crash of the process and a power loss
///   or operating system crash. Each commit waits for the disk.
/// - Fast (journal_mode=WAL, synchronous=NORMAL): a crash of the process. A power loss or an
///   operating system crash may lose the last committed transactions (never corrupts the file).
///   Commits do not wait for the disk, so they cost far less.
///
/// Sequence numbers are stored as SQLite's signed 64-bit integers: keep them below 2^63.
///
/// Writes since the last commit() are rolled back when the store is destroyed, reopened, or the
/// process ends: they are not stored. The store belongs to the thread that created it (a Qt Sql
/// connection does) and must be used and destroyed there.
class OHMQTT_EXPORT MqttSqliteSessionStore : public MqttSessionStore
{
public:
    /// What a successful commit() survives; see the class description.
    enum class Durability { Durable, Fast };

    /// A store on this file; nothing is opened or created before open().
    explicit MqttSqliteSessionStore(const QString &filePath,
                                    Durability durability = Durability::Durable);
    ~MqttSqliteSessionStore() override;

    QString filePath() const; ///< as given
    Durability durability() const noexcept; ///< as given

    /// Creates the file, or opens it, for `clientId`; fails for a file of another client
    /// identifier, a damaged or foreign file, or one another store holds.
    bool open(const QString &clientId, MqttError *error) override;
    void clear() override;
    void addOutgoing(const MqttStoredMessage &message) override;
    void setPacketId(quint64 sequence, quint16 packetId) override;
    void setReleased(quint16 packetId) override;
    void removeOutgoing(quint64 sequence) override;
    QList<MqttStoredMessage> outgoing() const override;
    void addIncoming(quint16 packetId) override;
    void removeIncoming(quint16 packetId) override;
    QList<quint16> incoming() const override;
    bool commit(MqttError *error) override;

private:
    std::unique_ptr<MqttSqliteSessionStorePrivate> d;
};

} // namespace OhMqtt
