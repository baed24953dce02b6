// Preferences: the explorer's app-wide settings (history depth, the history memory budget) and
// how they are kept in QSettings.
#pragma once

#include "topics/messagehistory.h"

class QSettings;

namespace OhMqttExplorer {

// Layout: "preferences/historyDepth" and "preferences/memoryBudget" (bytes). Values outside the
// bounds, or not numbers, never reach the app: load() clamps them or keeps the default.
struct Preferences
{
    static constexpr int MinimumHistoryDepth = 1;
    static constexpr int MaximumHistoryDepth = 100'000;
    static constexpr qint64 MiB = qint64(1024) * 1024;
    static constexpr qint64 MinimumMemoryBudget = 16 * MiB;
    static constexpr qint64 MaximumMemoryBudget = 64 * 1024 * MiB;

    // Messages kept per topic, in every connection.
    int historyDepth = MessageHistory::DefaultDepth;
    // Bytes of history over all open connections together; each gets an even share.
    qint64 memoryBudget = MessageHistory::DefaultMemoryBudget;

    // Within the bounds above.
    Preferences clamped() const;
    // What each of `connections` open connections may keep: the budget split evenly (all of it
    // for one connection, or when none is open).
    qint64 budgetShare(int connections) const;

    static Preferences load(const QSettings &settings);
    // Writes clamped() values. False when the settings cannot be written (the file's status).
    bool save(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace OhMqttExplorer
