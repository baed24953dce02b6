// LazyTimer: a single-shot timer that is cheap to restart on every packet — it moves a deadline
// and re-arms its QTimer only when that fires early.
#pragma once

#include <QtCore/qtimer.h>

#include <chrono>
#include <functional>

namespace OhMqtt {

// The engine asks to restart Keep Alive on every write and the peer-silence timer on every read
// (the hot path). QTimer::start() there would re-register a timer with the event dispatcher each
// time; start() here only moves a deadline when the QTimer would fire no later than it. When the
// QTimer fires before the deadline it is armed again for the rest; at the deadline, `expired`.
class LazyTimer
{
public:
    // What start() and a firing QTimer read the time from: the monotonic clock unless a test
    // passes a virtual one, which then alone decides whether the deadline has come.
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    LazyTimer(QObject *parent, std::function<void()> expired, Clock clock = {});

    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const noexcept { return m_timer->isActive(); }
    // Time left until the deadline; zero when not running.
    std::chrono::milliseconds remaining() const;
    // How many times the QTimer was (re)armed, for tests of the lazy part.
    quint64 armCount() const noexcept { return m_armCount; }

private:
    void arm(std::chrono::steady_clock::time_point now, std::chrono::milliseconds interval);
    void onTimeout();
    std::chrono::milliseconds untilDeadline(std::chrono::steady_clock::time_point now) const;

    QTimer *m_timer; // owned by the parent
    std::function<void()> m_expired;
    Clock m_clock;
    std::chrono::steady_clock::time_point m_deadline; // when `expired` is due
    std::chrono::steady_clock::time_point m_firesAt; // when m_timer fires
    quint64 m_armCount = 0;
};

} // namespace OhMqtt
