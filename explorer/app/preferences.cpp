// Preferences: clamping, the budget's split over connections, and QSettings storage.
#include "app/preferences.h"

#include <QtCore/qsettings.h>

#include <algorithm>

namespace OhMqttExplorer {

namespace {

const QString HistoryDepthKey = QStringLiteral("preferences/historyDepth");
const QString MemoryBudgetKey = QStringLiteral("preferences/memoryBudget");

// A hand-edited value that is not a number keeps the default.
qint64 storedNumber(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? value : fallback;
}

} // namespace

Preferences Preferences::clamped() const
{
    Preferences result = *this;
    result.historyDepth = std::clamp(historyDepth, MinimumHistoryDepth, MaximumHistoryDepth);
    result.memoryBudget = std::clamp(memoryBudget, MinimumMemoryBudget, MaximumMemoryBudget);
    return result;
}

qint64 Preferences::budgetShare(int connections) const
{
    return memoryBudget / qMax(1, connections);
}

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences loaded;
    // Clamped as 64-bit numbers first: a huge depth must not wrap around into the bounds.
    loaded.historyDepth =
        int(std::clamp(storedNumber(settings, HistoryDepthKey, defaults.historyDepth),
                       qint64(MinimumHistoryDepth), qint64(MaximumHistoryDepth)));
    loaded.memoryBudget = storedNumber(settings, MemoryBudgetKey, defaults.memoryBudget);
    return loaded.clamped();
}

bool Preferences::save(QSettings &settings) const
{
    const Preferences values = clamped();
    settings.setValue(HistoryDepthKey, values.historyDepth);
    settings.setValue(MemoryBudgetKey, values.memoryBudget);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace OhMqttExplorer
