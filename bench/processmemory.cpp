// Resident memory of a process, from /proc/<pid>/status.
#include "processmemory.h"

#include <QtCore/qfile.h>

namespace OhMqttBench {

namespace {

// "VmRSS:	  123456 kB" → MiB
double kibibytesLine(const QByteArray &line)
{
    const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
    return value.left(value.indexOf(' ')).toDouble() / 1024.0;
}

} // namespace

ProcessMemory processMemory(qint64 pid)
{
    ProcessMemory memory;
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            memory.residentMiB = kibibytesLine(line);
        else if (line.startsWith("VmHWM:"))
            memory.peakMiB = kibibytesLine(line);
    }
    return memory;
}

} // namespace OhMqttBench
