// RowSource: the rows a RowView paints, computed one at a time so no view holds a payload's text.
#pragma once

#include <QtCore/qstring.h>

#include <optional>

namespace OhMqttExplorer {

struct RowMatch
{
    qsizetype row = 0;
    qsizetype column = 0; // in QChars of rowText(row)
    qsizetype length = 0;

    friend bool operator==(const RowMatch &, const RowMatch &) = default;
};

class RowSource
{
public:
    enum class RowKind { Normal, Added, Removed };

    virtual ~RowSource() = default;

    virtual qsizetype rowCount() const = 0;
    virtual QString rowText(qsizetype row) const = 0;
    virtual RowKind rowKind(qsizetype) const { return RowKind::Normal; }
    // Text for the gutter (a line number), or empty; the gutter shows when hasRowLabels().
    virtual bool hasRowLabels() const { return false; }
    virtual QString rowLabel(qsizetype) const { return {}; }
    // An upper bound of any row's length in characters, for horizontal scrolling.
    virtual qsizetype maxRowLength() const = 0;
    // What copying rows [first, last] puts on the clipboard; rows joined by newlines by default.
    virtual QString textForRows(qsizetype first, qsizetype last) const;
    // The first match at or after `from` (row, then column), without wrapping around.
    virtual std::optional<RowMatch> find(const QString &needle, RowMatch from,
                                         Qt::CaseSensitivity sensitivity) const;
};

} // namespace OhMqttExplorer
