// PendingOutgoing: pending rows by sequence, removals in order, the packet identifiers of the
// table.
#include "session/pendingoutgoing.h"

#include <algorithm>

namespace OhMqtt {

void PendingOutgoing::add(Row row)
{
    m_removals.erase(row.sequence);
    const quint64 sequence = row.sequence;
    m_rows.insert_or_assign(sequence, std::move(row));
}

bool PendingOutgoing::setPacketId(quint64 sequence, quint16 packetId)
{
    const auto it = m_rows.find(sequence);
    if (it == m_rows.end()) {
        if (sequence <= m_highestWritten)
            noteWritten(sequence, packetId);
        return false;
    }
    it->second.packetId = packetId;
    return true;
}

std::optional<quint64> PendingOutgoing::setReleased(quint16 packetId)
{
    for (auto &[sequence, row] : m_rows) {
        if (row.packetId == packetId)
            row.released = true;
    }
    const auto written = m_writtenByPacketId.find(packetId);
    if (written == m_writtenByPacketId.end())
        return std::nullopt;
    return written->second;
}

void PendingOutgoing::remove(quint64 sequence)
{
    m_rows.erase(sequence);
    forgetWritten(sequence);
    // A sequence above all the table ever held was never written: nothing to delete.
    if (sequence <= m_highestWritten)
        m_removals.insert(sequence);
}

void PendingOutgoing::clear()
{
    m_rows.clear();
    m_removals.clear();
    m_writtenByPacketId.clear();
    m_writtenPacketIds.clear();
}

void PendingOutgoing::noteWritten(quint64 sequence, quint16 packetId)
{
    m_highestWritten = std::max(m_highestWritten, sequence);
    forgetWritten(sequence);
    if (packetId == 0)
        return;
    // An identifier belongs to one message of the session at a time; a stale owner lets go.
    if (const auto owner = m_writtenByPacketId.find(packetId); owner != m_writtenByPacketId.end())
        m_writtenPacketIds.erase(owner->second);
    m_writtenByPacketId[packetId] = sequence;
    m_writtenPacketIds[sequence] = packetId;
}

void PendingOutgoing::forgetWritten(quint64 sequence)
{
    const auto it = m_writtenPacketIds.find(sequence);
    if (it == m_writtenPacketIds.end())
        return;
    m_writtenByPacketId.erase(it->second);
    m_writtenPacketIds.erase(it);
}

QList<PendingOutgoing::Row> PendingOutgoing::takeRows()
{
    QList<Row> rows;
    rows.reserve(qsizetype(m_rows.size()));
    for (auto &[sequence, row] : m_rows) {
        noteWritten(sequence, row.packetId);
        rows.append(std::move(row));
    }
    m_rows.clear();
    return rows;
}

QList<quint64> PendingOutgoing::takeRemovals()
{
    QList<quint64> removals(m_removals.cbegin(), m_removals.cend());
    m_removals.clear();
    return removals;
}

} // namespace OhMqtt
