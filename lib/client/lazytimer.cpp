// LazyTimer: deadlines moved on every restart, the QTimer re-armed only when it fires early.
#include "client/lazytimer.h"

namespace OhMqtt {

using namespace std::chrono_literals;

LazyTimer::LazyTimer(QObject *parent, std::function<void()> expired)
    : m_timer(new QTimer(parent))
    , m_expired(std::move(expired))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a Keep Alive of 1 s may not fire 50 ms late
    QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { onTimeout(); });
}

void LazyTimer::start(std::chrono::milliseconds interval)
{
    m_deadline.setRemainingTime(interval, Qt::PreciseTimer);
    // Firing early costs one re-arm; firing late would miss the deadline.
    if (!m_timer->isActive() || m_deadline < m_firesAt)
        arm(interval);
}

void LazyTimer::stop()
{
    m_timer->stop();
    m_deadline = QDeadlineTimer();
}

std::chrono::milliseconds LazyTimer::remaining() const
{
    if (!m_timer->isActive())
        return 0ms;
    return std::max(
        0ms, std::chrono::ceil<std::chrono::milliseconds>(m_deadline.remainingTimeAsDuration()));
}

void LazyTimer::arm(std::chrono::milliseconds interval)
{
    m_firesAt.setRemainingTime(interval, Qt::PreciseTimer);
    m_timer->start(interval);
    ++m_armCount;
}

void LazyTimer::onTimeout()
{
    const auto left =
        std::chrono::ceil<std::chrono::milliseconds>(m_deadline.remainingTimeAsDuration());
    if (left > 0ms) {
        arm(left);
        return;
    }
    m_expired();
}

} // namespace OhMqtt
