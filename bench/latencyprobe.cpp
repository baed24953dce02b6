// LatencyProbe: a precise timer's lateness, and its percentiles.
#include "latencyprobe.h"

#include "ingesttraffic.h"

#include <algorithm>
#include <cmath>

namespace IngestBench {

LatencyProbe::LatencyProbe(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
    m_samples.reserve(100'000);
}

void LatencyProbe::start()
{
    m_lastNs = monotonicNs();
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

void LatencyProbe::tick()
{
    const qint64 now = monotonicNs();
    const double intervalMs = double(now - m_lastNs) / 1e6;
    m_lastNs = now;
    m_samples.push_back({now, std::max(0.0, intervalMs - m_timer.interval())});
}

LatencyProbe::Summary LatencyProbe::summary(qint64 fromNs, qint64 toNs) const
{
    std::vector<double> values;
    for (const Sample &sample : m_samples) {
        if (sample.atNs >= fromNs && sample.atNs <= toNs)
            values.push_back(sample.latenessMs);
    }
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto rank = [&](double percent) {
        const auto n = size_t(std::ceil(percent / 100.0 * double(values.size())));
        return values[std::clamp<size_t>(n, 1, values.size()) - 1];
    };
    return {qsizetype(values.size()), rank(50), rank(99), values.back()};
}

} // namespace IngestBench
