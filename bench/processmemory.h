// Resident memory of a process, from /proc/<pid>/status.
#pragma once

#include <QtCore/qglobal.h>

namespace OhMqttBench {

struct ProcessMemory
{
    double residentMiB = -1; // VmRSS, now
    double peakMiB = -1; // VmHWM, the most it was resident
};

// Of this process when `pid` is 0; -1 for what cannot be read.
ProcessMemory processMemory(qint64 pid = 0);

} // namespace OhMqttBench
