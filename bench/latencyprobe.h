// LatencyProbe: how late the event loop runs a precise timer, sample by sample, for the
// percentiles of any time window.
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

#include <vector>

namespace IngestBench {

// Each tick records how much longer than the interval it came after the previous one (never
// less than 0): the time an event waited behind whatever the loop was busy with.
class LatencyProbe : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        qint64 atNs; // monotonicNs() of the tick
        double latenessMs;
    };
    struct Summary
    {
        qsizetype count = 0;
        double p50 = 0;
        double p99 = 0;
        double max = 0;
    };

    explicit LatencyProbe(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();
    const std::vector<Sample> &samples() const { return m_samples; }
    // Over the ticks in [fromNs, toNs]; nearest-rank percentiles.
    Summary summary(qint64 fromNs, qint64 toNs) const;

private:
    void tick();

    QTimer m_timer;
    qint64 m_lastNs = 0;
    std::vector<Sample> m_samples;
};

} // namespace IngestBench
