// PayloadDiff: choosing how to compare two payloads, and saying what came out.
#include "viewers/payloaddiff.h"

#include "viewers/payloadformat.h"

#include <cstring>

namespace OhMqttExplorer {

namespace {
QStringList splitLines(const QByteArray &utf8)
{
    QStringList lines = QString::fromUtf8(utf8).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast(); // a final newline ends the last line, it does not start one
    return lines;
}
} // namespace

qsizetype firstDifferingByte(QByteArrayView a, QByteArrayView b) noexcept
{
    const qsizetype common = std::min(a.size(), b.size());
    // Compare in blocks with memcmp, then find the byte inside the differing block.
    constexpr qsizetype block = 4096;
    for (qsizetype start = 0; start < common; start += block) {
        const qsizetype length = std::min(block, common - start);
        if (std::memcmp(a.data() + start, b.data() + start, size_t(length)) != 0) {
            for (qsizetype i = start; i < start + length; ++i) {
                if (a[i] != b[i])
                    return i;
            }
        }
    }
    return a.size() == b.size() ? -1 : common;
}

PayloadDiff PayloadDiff::compute(const QByteArray &older, const QByteArray &newer,
                                 const PayloadDiffLimits &limits)
{
    PayloadDiff diff;
    diff.sizeLimit = limits.maxBytes;
    diff.firstDifference = firstDifferingByte(older, newer);
    if (diff.firstDifference < 0)
        return diff;
    if (older.size() > limits.maxBytes || newer.size() > limits.maxBytes) {
        diff.outcome = Outcome::TooLarge;
        return diff;
    }
    QStringList olderLines, newerLines;
    QJsonDocument olderJson, newerJson;
    if (parsesAsJson(older, &olderJson) && parsesAsJson(newer, &newerJson)) {
        // QJsonObject keeps keys sorted, so reordered keys are no change.
        diff.comparedAsJson = true;
        olderLines = splitLines(olderJson.toJson(QJsonDocument::Indented));
        newerLines = splitLines(newerJson.toJson(QJsonDocument::Indented));
    } else if (older.isValidUtf8() && newer.isValidUtf8()) {
        olderLines = splitLines(older);
        newerLines = splitLines(newer);
    } else {
        diff.outcome = Outcome::Binary;
        return diff;
    }
    auto lines = diffLines(olderLines, newerLines, limits.lines);
    if (!lines) {
        diff.outcome = Outcome::TooDifferent;
        return diff;
    }
    diff.outcome = Outcome::Lines;
    diff.lines = std::move(*lines);
    for (const DiffLine &line : std::as_const(diff.lines)) {
        diff.addedLines += line.kind == DiffLine::Kind::Added;
        diff.removedLines += line.kind == DiffLine::Kind::Removed;
    }
    return diff;
}

QString PayloadDiff::summary() const
{
    const QString offset = groupedNumber(firstDifference);
    switch (outcome) {
    case Outcome::Identical:
        return tr("The payloads are identical");
    case Outcome::Lines:
        if (addedLines == 0 && removedLines == 0)
            return tr("Same JSON content; the bytes first differ at offset %1").arg(offset);
        return (comparedAsJson ? tr("Lines added: %1, removed: %2 (JSON, pretty-printed)")
                               : tr("Lines added: %1, removed: %2"))
            .arg(groupedNumber(addedLines), groupedNumber(removedLines));
    case Outcome::TooLarge:
        return tr("Payloads differ at byte offset %1 (a line diff stops at %2)")
            .arg(offset, byteCountText(sizeLimit));
    case Outcome::TooDifferent:
        return tr("Payloads differ at byte offset %1 (too many changes for a line diff)")
            .arg(offset);
    case Outcome::Binary:
        return tr("Payloads differ at byte offset %1 (binary, no line diff)").arg(offset);
    }
    return {};
}

} // namespace OhMqttExplorer
