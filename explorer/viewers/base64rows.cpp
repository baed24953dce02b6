// Base64Rows: encoding one chunk per row.
#include "viewers/base64rows.h"

namespace OhMqttExplorer {

QString Base64Rows::rowText(qsizetype row) const
{
    const qsizetype start = row * BytesPerRow;
    const qsizetype count = std::min(BytesPerRow, m_payload.size() - start);
    return QString::fromLatin1(
        QByteArray::fromRawData(m_payload.constData() + start, count).toBase64());
}

QString Base64Rows::textForRows(qsizetype first, qsizetype last) const
{
    QString text;
    for (qsizetype row = std::max<qsizetype>(first, 0); row <= last && row < rowCount(); ++row)
        text += rowText(row);
    return text;
}

} // namespace OhMqttExplorer
