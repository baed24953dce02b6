// HexRows: one hexdump row at a time.
#include "viewers/hexrows.h"

namespace OhMqttExplorer {

namespace {
constexpr char16_t hexDigits[] = u"0123456789abcdef";
constexpr int offsetDigits = 8; // MQTT payloads stay below 256 MB
} // namespace

qsizetype HexRows::maxRowLength() const
{
    return offsetDigits + 2 + BytesPerRow * 3 + 1 + 1 + BytesPerRow + 2;
}

QString HexRows::rowText(qsizetype row) const
{
    const qsizetype start = row * BytesPerRow;
    const qsizetype count = std::min(BytesPerRow, m_payload.size() - start);
    QString text;
    text.reserve(maxRowLength());
    for (int shift = (offsetDigits - 1) * 4; shift >= 0; shift -= 4)
        text += QChar(hexDigits[(quint64(start) >> shift) & 0xF]);
    text += u"  ";
    for (qsizetype i = 0; i < BytesPerRow; ++i) {
        if (i == BytesPerRow / 2)
            text += u' ';
        if (i < count) {
            const auto byte = uchar(m_payload.at(start + i));
            text += QChar(hexDigits[byte >> 4]);
            text += QChar(hexDigits[byte & 0xF]);
            text += u' ';
        } else {
            text += u"   "; // keeps the ASCII column aligned on the last row
        }
    }
    text += u" |";
    for (qsizetype i = 0; i < count; ++i) {
        const auto byte = uchar(m_payload.at(start + i));
        text += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
    }
    text += u'|';
    return text;
}

} // namespace OhMqttExplorer
