// LineDiff: Myers' O((N+M)D) difference of two lists of lines, with bounded time and memory.
#pragma once

#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>

#include <optional>

namespace OhMqttExplorer {

struct DiffLine
{
    enum class Kind : quint8 { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

struct LineDiffLimits
{
    // Lines per side once the common beginning and end are set aside.
    qsizetype maxLines = 50'000;
    // Added plus removed lines; the search keeps O(D²) state.
    qsizetype maxEditDistance = 1'000;
    // Steps of the search in all, so a pathological input cannot stall the GUI thread.
    qint64 maxWork = 20'000'000;
};

// The lines of both sides in order, each marked; nullopt when a limit is exceeded.
std::optional<QList<DiffLine>> diffLines(const QStringList &older, const QStringList &newer,
                                         const LineDiffLimits &limits = {});

} // namespace OhMqttExplorer
