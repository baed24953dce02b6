// SlowEventApplication: a QApplication that notes every event that keeps the GUI thread longer
// than a threshold, with what received it — to find what makes the event loop late.
#pragma once

#include <QtWidgets/qapplication.h>

#include <vector>

namespace IngestBench {

class SlowEventApplication : public QApplication
{
public:
    struct SlowEvent
    {
        qint64 atNs; // monotonicNs() when it began
        double ms;
        double cpuMs; // of the GUI thread: less than ms when other processes had the core
        QString what; // "QTimer (100 ms) Timer", "QSocketNotifier SockAct", ...
    };

    SlowEventApplication(int &argc, char **argv);

    // 0 (the default) notes nothing.
    void setThresholdMs(double ms) { m_thresholdMs = ms; }
    const std::vector<SlowEvent> &slowEvents() const { return m_slowEvents; }

    bool notify(QObject *receiver, QEvent *event) override;

private:
    double m_thresholdMs = 0;
    int m_depth = 0; // only events from the loop itself, not those sent while handling one
    std::vector<SlowEvent> m_slowEvents;
};

} // namespace IngestBench
