// MessageRate: messages per second as an exponentially decaying average, cheap enough to keep
// one per topic (a float and a time stamp).
#pragma once

#include <QtCore/qglobal.h>

#include <cmath>

namespace OhMqttExplorer {

struct MessageRate
{
    float perSecond = 0; // as of stampMs
    qint64 stampMs = 0; // on a monotonic clock

    // The rate at `nowMs`: the average decays by e every `timeConstantMs` without messages.
    double at(qint64 nowMs, double timeConstantMs) const
    {
        if (perSecond == 0)
            return 0;
        return perSecond * std::exp(-double(nowMs - stampMs) / timeConstantMs);
    }

    // `count` messages arrived at `nowMs`. With messages arriving steadily at r per second the
    // average settles at r.
    void add(int count, qint64 nowMs, double timeConstantMs)
    {
        perSecond = float(at(nowMs, timeConstantMs) + count * 1000.0 / timeConstantMs);
        stampMs = nowMs;
    }
};

} // namespace OhMqttExplorer
