// DiffRows: a line diff as rows — "+ " added, "- " removed, "  " unchanged — with their tints.
#pragma once

#include "viewers/linediff.h"
#include "viewers/rowsource.h"

namespace OhMqttExplorer {

class DiffRows : public RowSource
{
public:
    explicit DiffRows(QList<DiffLine> lines);

    qsizetype rowCount() const override { return m_lines.size(); }
    QString rowText(qsizetype row) const override;
    RowKind rowKind(qsizetype row) const override;
    qsizetype maxRowLength() const override { return m_maxRowLength; }
    // The first added or removed row, or -1.
    qsizetype firstChangedRow() const;

private:
    QList<DiffLine> m_lines;
    qsizetype m_maxRowLength = 0;
};

} // namespace OhMqttExplorer
