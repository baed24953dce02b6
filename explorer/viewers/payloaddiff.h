// PayloadDiff: what changed between two payloads of a topic — lines of text, or of pretty-printed
// JSON when both parse, so a changed key shows as its own line; past the limits, where the bytes
// first differ.
#pragma once

#include "viewers/linediff.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qcoreapplication.h>

namespace OhMqttExplorer {

struct PayloadDiffLimits
{
    // Larger payloads are not split into lines at all.
    qsizetype maxBytes = 1024 * 1024;
    LineDiffLimits lines;
};

struct PayloadDiff
{
    Q_DECLARE_TR_FUNCTIONS(OhMqttExplorer::PayloadDiff)

public:
    enum class Outcome {
        Identical,
        Lines, // `lines` holds the line diff
        TooLarge, // a payload is past maxBytes
        TooDifferent, // the line diff went past its limits
        Binary, // a payload is neither JSON nor UTF-8 text
    };

    Outcome outcome = Outcome::Identical;
    bool comparedAsJson = false;
    QList<DiffLine> lines;
    qsizetype addedLines = 0;
    qsizetype removedLines = 0;
    // The first byte offset where the payloads differ, or -1 when identical.
    qsizetype firstDifference = -1;
    qsizetype sizeLimit = 0; // the limits' maxBytes, for the summary

    static PayloadDiff compute(const QByteArray &older, const QByteArray &newer,
                               const PayloadDiffLimits &limits = {});
    // One sentence for the user: "2 lines added, 1 removed (JSON)" or
    // "Payloads differ at byte offset 1,024 (...)".
    QString summary() const;
};

// The first offset where a and b differ (the shorter one's size when one is a prefix), or -1.
qsizetype firstDifferingByte(QByteArrayView a, QByteArrayView b) noexcept;

} // namespace OhMqttExplorer
