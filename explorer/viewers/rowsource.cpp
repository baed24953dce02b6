// RowSource: default copying and searching, one row at a time.
#include "viewers/rowsource.h"

namespace OhMqttExplorer {

QString RowSource::textForRows(qsizetype first, qsizetype last) const
{
    QString text;
    for (qsizetype row = first; row <= last && row < rowCount(); ++row) {
        if (row > first)
            text += u'\n';
        text += rowText(row);
    }
    return text;
}

std::optional<RowMatch> RowSource::find(const QString &needle, RowMatch from,
                                        Qt::CaseSensitivity sensitivity) const
{
    if (needle.isEmpty())
        return std::nullopt;
    for (qsizetype row = from.row; row < rowCount(); ++row) {
        const qsizetype start = row == from.row ? from.column : 0;
        const qsizetype column = rowText(row).indexOf(needle, start, sensitivity);
        if (column >= 0)
            return RowMatch {row, column, needle.size()};
    }
    return std::nullopt;
}

} // namespace OhMqttExplorer
