// Natural ordering of names: "sensor2" before "sensor10", case only breaking ties.
#pragma once

#include <QtCore/qstringview.h>

namespace OhMqttExplorer {

// Negative, zero or positive as `a` sorts before, with or after `b`: runs of digits compare by
// their numeric value (leading zeros break ties), letters without regard to case, and then, for
// names equal that way, case and leading zeros decide so that only equal names compare equal.
int naturalCompare(QStringView a, QStringView b) noexcept;

} // namespace OhMqttExplorer
