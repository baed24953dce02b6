// PendingOutgoing: the outbound rows a SQLite session store holds back until its commit.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>

#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace OhMqtt {

// A message's row is written once, at the commit that follows its addOutgoing(), already with the
// packet identifier that setPacketId() gave it meanwhile; the rows of acknowledged messages leave
// in one statement at the next. The end state is the one the calls made one by one would give:
// the commit writes both in one transaction, and nothing on the wire depends on a row before it.
// It also knows which row of the table has which packet identifier: marking a message released
// then updates its row by sequence (the primary key), not by a scan for the identifier.
class PendingOutgoing
{
public:
    struct Row
    {
        quint64 sequence = 0;
        quint16 packetId = 0;
        bool released = false;
        QByteArray packet;
    };

    // Replaces a pending row of the same sequence, and a removal of it (INSERT OR REPLACE).
    void add(Row row);
    // False when the row is not pending: the caller updates the table.
    bool setPacketId(quint64 sequence, quint16 packetId);
    // Marks the pending rows with that identifier, and gives the table's row to update, if any.
    std::optional<quint64> setReleased(quint16 packetId);
    // A pending row is dropped; a removal is noted only when the table may hold the sequence.
    void remove(quint64 sequence);
    void clear();

    // A row the table holds, read at open() or written by a flush.
    void noteWritten(quint64 sequence, quint16 packetId);

    bool isEmpty() const noexcept { return m_rows.empty() && m_removals.empty(); }
    QList<Row> takeRows();
    QList<quint64> takeRemovals();

private:
    void forgetWritten(quint64 sequence);

    std::map<quint64, Row> m_rows; // by sequence
    std::set<quint64> m_removals;
    quint64 m_highestWritten = 0; // what the table holds at most
    // The table's rows that have a packet identifier (0 is none), both ways.
    std::unordered_map<quint16, quint64> m_writtenByPacketId;
    std::unordered_map<quint64, quint16> m_writtenPacketIds;
};

} // namespace OhMqtt
