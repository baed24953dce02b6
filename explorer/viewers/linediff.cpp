// LineDiff: the greedy forward search of Myers (1986) over line ids, then a backtrack through the
// saved frontier of each round.
#include "viewers/linediff.h"

#include <QtCore/qhash.h>

#include <vector>

namespace OhMqttExplorer {

namespace {
using Ids = std::vector<int>;

// Equal lines get equal ids, so the search compares integers.
void assignIds(const QStringList &lines, qsizetype from, qsizetype to, QHash<QString, int> &ids,
               Ids &out)
{
    out.reserve(size_t(to - from));
    for (qsizetype i = from; i < to; ++i) {
        auto id = ids.constFind(lines.at(i));
        if (id == ids.constEnd())
            id = ids.insert(lines.at(i), int(ids.size()));
        out.push_back(id.value());
    }
}

// The edit script between a and b as (kind, index into a or b), or nullopt past the limits.
struct Edit
{
    DiffLine::Kind kind;
    qsizetype index; // into a for Same and Removed, into b for Added
};

std::optional<std::vector<Edit>> myers(const Ids &a, const Ids &b, const LineDiffLimits &limits)
{
    const qsizetype n = qsizetype(a.size());
    const qsizetype m = qsizetype(b.size());
    const qsizetype maxD = std::min(n + m, limits.maxEditDistance);
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(size_t(2 * offset + 1), 0);
    // trace[d] is the frontier v[-d-1 .. d+1] as it stood before round d.
    std::vector<std::vector<qsizetype>> trace;
    qint64 work = 0;
    auto at = [&](qsizetype k) -> qsizetype & { return v[size_t(k + offset)]; };

    for (qsizetype d = 0; d <= maxD; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x =
                (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            qsizetype y = x - k;
            const qsizetype snakeStart = x;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            work += 1 + (x - snakeStart);
            at(k) = x;
            if (x >= n && y >= m) {
                // Walk back from (n, m) through the saved frontiers.
                std::vector<Edit> edits;
                qsizetype bx = n, by = m;
                for (qsizetype e = d; e >= 0; --e) {
                    const auto &frontier = trace[size_t(e)];
                    auto was = [&](qsizetype kk) { return frontier[size_t(kk + e + 1)]; };
                    const qsizetype kk = bx - by;
                    const qsizetype prevK =
                        (kk == -e || (kk != e && was(kk - 1) < was(kk + 1))) ? kk + 1 : kk - 1;
                    const qsizetype prevX = was(prevK);
                    const qsizetype prevY = prevX - prevK;
                    while (bx > prevX && by > prevY) {
                        --bx;
                        --by;
                        edits.push_back({DiffLine::Kind::Same, bx});
                    }
                    if (e > 0) {
                        if (bx == prevX)
                            edits.push_back({DiffLine::Kind::Added, prevY});
                        else
                            edits.push_back({DiffLine::Kind::Removed, prevX});
                    }
                    bx = prevX;
                    by = prevY;
                }
                return std::vector<Edit>(edits.rbegin(), edits.rend());
            }
            if (work > limits.maxWork)
                return std::nullopt;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<QList<DiffLine>> diffLines(const QStringList &older, const QStringList &newer,
                                         const LineDiffLimits &limits)
{
    // The common beginning and end need no search; typical payload changes are small.
    qsizetype prefix = 0;
    while (prefix < older.size() && prefix < newer.size() && older[prefix] == newer[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < older.size() - prefix && suffix < newer.size() - prefix &&
           older[older.size() - 1 - suffix] == newer[newer.size() - 1 - suffix])
        ++suffix;
    const qsizetype olderEnd = older.size() - suffix;
    const qsizetype newerEnd = newer.size() - suffix;
    if (olderEnd - prefix > limits.maxLines || newerEnd - prefix > limits.maxLines)
        return std::nullopt;

    QHash<QString, int> ids;
    Ids a, b;
    assignIds(older, prefix, olderEnd, ids, a);
    assignIds(newer, prefix, newerEnd, ids, b);
    const auto edits = myers(a, b, limits);
    if (!edits)
        return std::nullopt;

    QList<DiffLine> lines;
    lines.reserve(prefix + qsizetype(edits->size()) + suffix);
    for (qsizetype i = 0; i < prefix; ++i)
        lines.append({DiffLine::Kind::Same, older[i]});
    for (const Edit &edit : *edits) {
        const QString &text = edit.kind == DiffLine::Kind::Added ? newer[prefix + edit.index]
                                                                 : older[prefix + edit.index];
        lines.append({edit.kind, text});
    }
    for (qsizetype i = olderEnd; i < older.size(); ++i)
        lines.append({DiffLine::Kind::Same, older[i]});
    return lines;
}

} // namespace OhMqttExplorer
