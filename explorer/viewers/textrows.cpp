// TextRows: the row index, and decoding one row for display.
#include "viewers/textrows.h"

#include <cstring>

namespace OhMqttExplorer {

namespace {
constexpr int tabWidth = 4;

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

// Tabs expand to the next tab stop; other control characters show as their Unicode pictures.
QString displayText(QString text)
{
    if (!text.contains(u'\t')) {
        for (QChar &c : text) {
            if (c.unicode() < 0x20)
                c = QChar(0x2400 + c.unicode());
        }
        return text;
    }
    QString shown;
    shown.reserve(text.size() + 16);
    for (const QChar c : std::as_const(text)) {
        if (c == u'\t')
            shown += QString(tabWidth - shown.size() % tabWidth, u' ');
        else if (c.unicode() < 0x20)
            shown += QChar(0x2400 + c.unicode());
        else
            shown += c;
    }
    return shown;
}
} // namespace

TextRows::TextRows(QByteArray utf8)
    : m_text(std::move(utf8))
{
    buildIndex();
}

void TextRows::buildIndex()
{
    const char *data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype line = 1;
    qsizetype longest = 0;
    qsizetype start = 0;
    m_rowStarts.append(0);
    while (start < size) {
        const qsizetype window = std::min(MaxRowBytes, size - start);
        const void *newline = std::memchr(data + start, '\n', size_t(window));
        qsizetype next;
        bool continues = false;
        if (newline) {
            next = static_cast<const char *>(newline) - data + 1;
        } else if (start + window < size) {
            // Split a long line, never inside a UTF-8 sequence.
            next = start + window;
            for (int back = 0; back < 3 && next > start + 1 && isContinuationByte(data[next]);
                 ++back)
                --next;
            continues = true;
        } else {
            next = size;
        }
        longest = std::max(longest, next - start);
        if (next >= size)
            break;
        if (continues && m_rowLines.isEmpty()) {
            m_rowLines.reserve(m_rowStarts.capacity());
            for (qsizetype row = 0; row < m_rowStarts.size(); ++row)
                m_rowLines.append(quint32(row + 1));
        }
        if (!continues)
            ++line;
        m_rowStarts.append(quint32(next));
        if (!m_rowLines.isEmpty())
            m_rowLines.append(quint32(line));
        start = next;
    }
    // Tabs widen a row; one scan for any tab at all keeps the bound honest.
    const bool hasTabs = std::memchr(data, '\t', size_t(size)) != nullptr;
    m_maxRowLength = hasTabs ? longest * tabWidth : longest;
}

QByteArrayView TextRows::rowBytes(qsizetype row) const
{
    const qsizetype start = m_rowStarts.at(row);
    const qsizetype end = row + 1 < m_rowStarts.size() ? m_rowStarts.at(row + 1) : m_text.size();
    return QByteArrayView(m_text.constData() + start, end - start);
}

QString TextRows::rowText(qsizetype row) const
{
    QByteArrayView bytes = rowBytes(row);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return displayText(QString::fromUtf8(bytes));
}

qsizetype TextRows::lineOfRow(qsizetype row) const
{
    return m_rowLines.isEmpty() ? row + 1 : qsizetype(m_rowLines.at(row));
}

QString TextRows::rowLabel(qsizetype row) const
{
    if (row > 0 && lineOfRow(row) == lineOfRow(row - 1))
        return {};
    return QString::number(lineOfRow(row));
}

QString TextRows::textForRows(qsizetype first, qsizetype last) const
{
    if (first > last || first >= rowCount())
        return {};
    last = std::min(last, rowCount() - 1);
    const qsizetype start = m_rowStarts.at(first);
    QByteArrayView bytes = rowBytes(last);
    const qsizetype end = (bytes.data() - m_text.constData()) + bytes.size();
    QByteArrayView all(m_text.constData() + start, end - start);
    if (all.endsWith('\n'))
        all.chop(1);
    return QString::fromUtf8(all);
}

} // namespace OhMqttExplorer
