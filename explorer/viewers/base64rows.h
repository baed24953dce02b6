// Base64Rows: the payload's Base64, encoded one row at a time; rows cover 57 bytes (76 characters),
// a multiple of 3, so the rows concatenate to exactly the Base64 of the whole payload.
#pragma once

#include "viewers/rowsource.h"

#include <QtCore/qbytearray.h>

namespace OhMqttExplorer {

class Base64Rows : public RowSource
{
public:
    static constexpr qsizetype BytesPerRow = 57;
    static_assert(BytesPerRow % 3 == 0, "rows must not need padding except the last");

    explicit Base64Rows(QByteArray payload)
        : m_payload(std::move(payload))
    { }

    qsizetype rowCount() const override
    {
        return (m_payload.size() + BytesPerRow - 1) / BytesPerRow;
    }
    QString rowText(qsizetype row) const override;
    qsizetype maxRowLength() const override { return BytesPerRow / 3 * 4; }
    // Rows joined without line breaks: the copy decodes as one Base64 string.
    QString textForRows(qsizetype first, qsizetype last) const override;

private:
    QByteArray m_payload;
};

} // namespace OhMqttExplorer
