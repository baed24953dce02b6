// Installs SIGINT/SIGTERM handlers that set a flag, and polls the flag from the event loop.
#include "terminationwatcher.h"

#include <atomic>
#include <csignal>

namespace OhMqtt::Cli {

namespace {

constexpr int PollIntervalMs = 50;

std::atomic<int> receivedSignal {0};
static_assert(std::atomic<int>::is_always_lock_free, "a signal handler needs a lock-free flag");

void recordSignal(int signalNumber)
{
    receivedSignal.store(signalNumber, std::memory_order_relaxed);
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    receivedSignal.store(0);
    std::signal(SIGINT, recordSignal);
    std::signal(SIGTERM, recordSignal);
    connect(&m_timer, &QTimer::timeout, this, &TerminationWatcher::poll);
    m_timer.start(PollIntervalMs);
}

TerminationWatcher::~TerminationWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void TerminationWatcher::poll()
{
    const int signalNumber = receivedSignal.load(std::memory_order_relaxed);
    if (signalNumber == 0)
        return;
    m_timer.stop();
    emit terminationRequested(signalNumber);
}

} // namespace OhMqtt::Cli
