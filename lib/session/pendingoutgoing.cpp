// PendingOutgoing: pending rows by sequence, removals as a list for one DELETE.
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
    if (it == m_rows.end())
        return false;
    it->second.packetId = packetId;
    return true;
}

void PendingOutgoing::setReleased(quint16 packetId)
{
    for (auto &[sequence, row] : m_rows) {
        if (row.packetId == packetId)
            row.released = true;
    }
}

void PendingOutgoing::remove(quint64 sequence)
{
    m_rows.erase(sequence);
    // A sequence above all the table ever held was never written: nothing to delete.
    if (sequence <= m_highestWritten)
        m_removals.insert(sequence);
}

void PendingOutgoing::clear()
{
    m_rows.clear();
    m_removals.clear();
}

void PendingOutgoing::noteHighestWritten(quint64 sequence)
{
    m_highestWritten = std::max(m_highestWritten, sequence);
}

QList<PendingOutgoing::Row> PendingOutgoing::takeRows()
{
    QList<Row> rows;
    rows.reserve(qsizetype(m_rows.size()));
    for (auto &[sequence, row] : m_rows) {
        noteHighestWritten(sequence);
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
