// DiffRows: prefixes and kinds per diff line.
#include "viewers/diffrows.h"

namespace OhMqttExplorer {

DiffRows::DiffRows(QList<DiffLine> lines)
    : m_lines(std::move(lines))
{
    for (const DiffLine &line : std::as_const(m_lines))
        m_maxRowLength = std::max(m_maxRowLength, line.text.size() + 2);
}

QString DiffRows::rowText(qsizetype row) const
{
    const DiffLine &line = m_lines.at(row);
    switch (line.kind) {
    case DiffLine::Kind::Added:
        return QStringLiteral("+ ") + line.text;
    case DiffLine::Kind::Removed:
        return QStringLiteral("- ") + line.text;
    case DiffLine::Kind::Same:
        break;
    }
    return QStringLiteral("  ") + line.text;
}

RowSource::RowKind DiffRows::rowKind(qsizetype row) const
{
    switch (m_lines.at(row).kind) {
    case DiffLine::Kind::Added:
        return RowKind::Added;
    case DiffLine::Kind::Removed:
        return RowKind::Removed;
    case DiffLine::Kind::Same:
        break;
    }
    return RowKind::Normal;
}

qsizetype DiffRows::firstChangedRow() const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).kind != DiffLine::Kind::Same)
            return row;
    }
    return -1;
}

} // namespace OhMqttExplorer
