// Natural ordering of names: "sensor2" before "sensor10", case only breaking ties.
#include "topics/naturalcompare.h"

namespace OhMqttExplorer {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The end of the digit run that starts at `i`.
qsizetype digitRunEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && isDigit(s[i]))
        ++i;
    return i;
}

// Compares two digit runs by value, without converting them (they may be longer than any
// integer type).
int compareNumbers(QStringView a, QStringView b)
{
    qsizetype i = 0;
    while (i < a.size() - 1 && a[i] == u'0')
        ++i;
    qsizetype j = 0;
    while (j < b.size() - 1 && b[j] == u'0')
        ++j;
    a = a.sliced(i);
    b = b.sliced(j);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

int naturalCompare(QStringView a, QStringView b) noexcept
{
    qsizetype i = 0;
    qsizetype j = 0;
    int tieBreak = 0; // the first difference in case or leading zeros
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            const qsizetype aEnd = digitRunEnd(a, i);
            const qsizetype bEnd = digitRunEnd(b, j);
            if (const int byValue = compareNumbers(a.sliced(i, aEnd - i), b.sliced(j, bEnd - j)))
                return byValue;
            if (tieBreak == 0 && aEnd - i != bEnd - j)
                tieBreak = aEnd - i < bEnd - j ? -1 : 1; // fewer leading zeros first
            i = aEnd;
            j = bEnd;
            continue;
        }
        const QChar ca = a[i++];
        const QChar cb = b[j++];
        if (ca == cb)
            continue;
        const QChar fa = ca.toCaseFolded();
        const QChar fb = cb.toCaseFolded();
        if (fa != fb)
            return fa.unicode() < fb.unicode() ? -1 : 1;
        if (tieBreak == 0)
            tieBreak = ca.unicode() < cb.unicode() ? -1 : 1;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return tieBreak;
}

} // namespace OhMqttExplorer
