// LazyTimer: deadlines moved on every restart, the QTimer re-armed only when it fires early.
#include "client/lazytimer.h"

namespace OhMqtt {

using namespace std::chrono_literals;
using std::chrono::steady_clock;

LazyTimer::LazyTimer(QObject *parent, std::function<void()> expired, Clock clock)
    : m_timer(new QTimer(parent))
    , m_expired(std::move(expired))
    , m_clock(clock ? std::move(clock) : Clock([] { return steady_clock::now(); }))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a Keep Alive of 1 s may not fire 50 ms late
    QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { onTimeout(); });
}

void LazyTimer::start(std::chrono::milliseconds interval)
{
    const auto now = m_clock();
    m_deadline = now + interval;
    // Firing early costs one re-arm; firing late would miss the deadline.
    if (!m_timer->isActive() || m_deadline < m_firesAt)
        arm(now, interval);
}

void LazyTimer::stop()
{
    m_timer->stop();
    m_deadline = {};
}

std::chrono::milliseconds LazyTimer::remaining() const
{
    if (!m_timer->isActive())
        return 0ms;
    return std::max(0ms, untilDeadline(m_clock()));
}

std::chrono::milliseconds LazyTimer::untilDeadline(steady_clock::time_point now) const
{
    return std::chrono::ceil<std::chrono::milliseconds>(m_deadline - now);
}

void LazyTimer::arm(steady_clock::time_point now, std::chrono::milliseconds interval)
{
    m_firesAt = now + interval;
    m_timer->start(interval);
    ++m_armCount;
}

void LazyTimer::onTimeout()
{
    const auto now = m_clock();
    const auto left = untilDeadline(now);
    if (left > 0ms) {
        arm(now, left);
        return;
    }
    m_expired();
}

} // namespace OhMqtt
