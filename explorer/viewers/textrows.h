// TextRows: UTF-8 text as rows, from an index of row starts built once; rows decode when painted.
#pragma once

#include "viewers/rowsource.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>

namespace OhMqttExplorer {

class TextRows : public RowSource
{
public:
    // Longer lines continue on the next row, so no single row is ever expensive to paint.
    static constexpr qsizetype MaxRowBytes = 1024;

    explicit TextRows(QByteArray utf8);

    qsizetype rowCount() const override { return m_rowStarts.size(); }
    QString rowText(qsizetype row) const override;
    bool hasRowLabels() const override { return true; }
    // The line number where a line starts; empty on the rows that continue a long line.
    QString rowLabel(qsizetype row) const override;
    qsizetype maxRowLength() const override { return m_maxRowLength; }
    // The original text of those rows: no tab expansion, long lines joined again.
    QString textForRows(qsizetype first, qsizetype last) const override;

    // 1-based line number of a row.
    qsizetype lineOfRow(qsizetype row) const;

private:
    QByteArrayView rowBytes(qsizetype row) const;
    void buildIndex();

    QByteArray m_text;
    // MQTT payloads stay below 256 MB, so 32-bit offsets are enough and halve the index.
    QList<quint32> m_rowStarts;
    // Filled only once a long line has been split; until then row n is line n + 1.
    QList<quint32> m_rowLines;
    qsizetype m_maxRowLength = 0;
};

} // namespace OhMqttExplorer
