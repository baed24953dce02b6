// HexRows: offset, hex bytes and ASCII columns, 16 bytes a row, each row formatted when painted.
#pragma once

#include "viewers/rowsource.h"

#include <QtCore/qbytearray.h>

namespace OhMqttExplorer {

class HexRows : public RowSource
{
public:
    static constexpr qsizetype BytesPerRow = 16;

    explicit HexRows(QByteArray payload)
        : m_payload(std::move(payload))
    { }

    qsizetype rowCount() const override
    {
        return (m_payload.size() + BytesPerRow - 1) / BytesPerRow;
    }
    // "00000010  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 03  |Hello world.....|"
    QString rowText(qsizetype row) const override;
    qsizetype maxRowLength() const override;

private:
    QByteArray m_payload;
};

} // namespace OhMqttExplorer
