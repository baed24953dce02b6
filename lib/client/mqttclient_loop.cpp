// MqttClient: threads and blocking use — startLoop(), calls from other threads, waitFor*, loop*.
#include <OhMqtt/mqttclient.h>

#include "client/clientmailbox.h"
#include "client/connectionstate.h"
#include "client/mqttclient_p.h"
#include "client/mqtthandles_p.h"
#include "connection/logging.h"
#include "transport/transport.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

namespace OhMqtt {

using State = MqttClient::State;

namespace {

bool isUp(State state)
{
    return state == State::Connected;
}

// No connection and none being made right now.
bool isDisconnected(State state)
{
    return state == State::Closed || state == State::ReconnectWait || state == State::Shutdown;
}

bool isShutdown(State state)
{
    return state == State::Shutdown;
}

bool never(State)
{
    return false;
}

} // namespace

// ---- calls from other threads

bool MqttClientPrivate::inClientThread() const
{
    return QThread::currentThread() == q_ptr->thread();
}

// Runs `command` now when called in the client's thread; otherwise queues it for that thread,
// where commands run in the order they were posted.
void MqttClientPrivate::post(std::function<void()> command, std::function<void()> cancel)
{
    if (inClientThread()) {
        command();
        return;
    }
    bool wakeUp = false;
    {
        const std::lock_guard lock(shared.mutex);
        shared.commands.push_back({std::move(command), std::move(cancel)});
        ++shared.commandsPosted;
        wakeUp = !std::exchange(shared.wakeUpPending, true);
    }
    if (wakeUp)
        static_cast<ClientMailbox *>(mailbox)->wakeUp();
}

void MqttClientPrivate::runCommands()
{
    std::deque<ClientShared::Command> batch;
    {
        const std::lock_guard lock(shared.mutex);
        batch.swap(shared.commands);
        shared.wakeUpPending = false;
    }
    for (const ClientShared::Command &command : batch)
        command.run();
    // Notified under the lock, so that whoever takes the lock next (the destructor, say) comes
    // after this last touch of `shared`.
    const std::lock_guard lock(shared.mutex);
    shared.commandsRun += batch.size();
    ++shared.generation;
    shared.changed.notify_all();
}

MqttClient::State MqttClientPrivate::sharedState() const
{
    const std::lock_guard lock(shared.mutex);
    return shared.state;
}

// ---- waiting

// Waits until the state satisfies `reached` (true) or `hopeless` (false), or `msecs` pass
// (-1: no limit). In the client's own thread a local event loop runs meanwhile; any other thread
// waits on a condition, as the client's thread does the work.
bool MqttClientPrivate::waitUntil(const std::function<bool(State)> &reached,
                                  const std::function<bool(State)> &hopeless,
                                  QDeadlineTimer deadline, const char *what)
{
    Q_Q(MqttClient);
    const auto done = [&](State now) { return reached(now) || hopeless(now); };
    if (inClientThread()) {
        if (!done(state)) {
            QEventLoop loop;
            QObject::connect(q, &MqttClient::stateChanged, &loop, [&](State now) {
                if (done(now))
                    loop.quit();
            });
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            if (!deadline.isForever())
                timer.start(std::chrono::ceil<std::chrono::milliseconds>(
                    deadline.remainingTimeAsDuration()));
            loop.exec();
        }
    } else {
        std::unique_lock lock(shared.mutex);
        // What was asked before waiting counts: connectToBroker() and then waitForConnected()
        // must not judge the Closed state that the call has not left yet.
        const quint64 asked = shared.commandsPosted;
        const auto settled = [&] { return shared.commandsRun >= asked && done(shared.state); };
        if (deadline.isForever())
            shared.changed.wait(lock, settled);
        else
            shared.changed.wait_for(lock, deadline.remainingTimeAsDuration(), settled);
    }
    const State now = sharedState();
    if (reached(now))
        return true;
    if (!hopeless(now)) { // a timeout; otherwise lastError already says what went wrong
        lastError = MqttError(QStringLiteral("%1: still %2 when the time ran out")
                                  .arg(QLatin1StringView(what), ConnectionState::name(now)));
    }
    return false;
}

// Another thread's loopOnce(): waits up to `msecs` for the client's next state change.
bool MqttClientPrivate::waitForAnything(int msecs)
{
    std::unique_lock lock(shared.mutex);
    const quint64 generation = shared.generation;
    const auto changed = [&] { return shared.generation != generation; };
    if (msecs < 0)
        shared.changed.wait(lock, changed);
    else if (msecs > 0)
        shared.changed.wait_for(lock, std::chrono::milliseconds(msecs), changed);
    return changed();
}

namespace {

QDeadlineTimer deadlineIn(int msecs)
{
    return msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
}

} // namespace

bool MqttClient::waitForConnected(int msecs)
{
    return waitForConnected(deadlineIn(msecs));
}

bool MqttClient::waitForConnected(QDeadlineTimer deadline)
{
    return d_func()->waitUntil(isUp, ConnectionState::isSettled, deadline, "waitForConnected");
}

bool MqttClient::waitForDisconnected(int msecs)
{
    return waitForDisconnected(deadlineIn(msecs));
}

bool MqttClient::waitForDisconnected(QDeadlineTimer deadline)
{
    return d_func()->waitUntil(isDisconnected, never, deadline, "waitForDisconnected");
}

bool MqttClient::waitForShutdown(int msecs)
{
    return waitForShutdown(deadlineIn(msecs));
}

bool MqttClient::waitForShutdown(QDeadlineTimer deadline)
{
    return d_func()->waitUntil(isShutdown, never, deadline, "waitForShutdown");
}

bool MqttClient::loopUntilConnected(int msecs)
{
    return d_func()->waitUntil(isUp, ConnectionState::isSettled, deadlineIn(msecs),
                               "loopUntilConnected");
}

bool MqttClient::loopOnce(int maxWaitMsecs)
{
    Q_D(MqttClient);
    if (!d->inClientThread()) {
        d->waitForAnything(maxWaitMsecs);
        return state() != State::Shutdown;
    }
    QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents;
    QTimer timer; // an event of its own: ends the wait at maxWaitMsecs
    if (maxWaitMsecs != 0) {
        flags |= QEventLoop::WaitForMoreEvents;
        if (maxWaitMsecs > 0) {
            timer.setSingleShot(true);
            timer.start(maxWaitMsecs);
        }
    }
    QCoreApplication::processEvents(flags);
    return state() != State::Shutdown;
}

void MqttClient::loopForever()
{
    d_func()->waitUntil(isShutdown, never, QDeadlineTimer(QDeadlineTimer::Forever), "loopForever");
}

// ---- the client's own thread

bool MqttClient::startLoop()
{
    Q_D(MqttClient);
    if (d->loopThread)
        return true;
    if (!d->inClientThread())
        return d->refuseCall(
            MqttError(QStringLiteral("startLoop: call it in the thread the client lives in")));
    if (parent())
        return d->refuseCall(MqttError(QStringLiteral("startLoop: a client with a parent cannot "
                                                      "move to a thread of its own")));
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("OhMqtt client loop"));
    // Everything the client owns (transport, timers, handles) moves along, with its pending
    // events; the thread started afterwards sees all of it through pthread_create.
    moveToThread(thread.get());
    d->subscriptions.moveToThread(thread.get()); // they live where their signals come from
    d->loopThread = std::move(thread);
    {
        const std::lock_guard lock(d->shared.mutex);
        d->shared.loopRunning = true;
    }
    d->loopThread->start();
    qCDebug(lcClient) << "the client runs in its own thread now";
    return true;
}

bool MqttClient::isLoopRunning() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.loopRunning;
}

// Stops what the client runs in its thread: timers, the transport, queued calls. The caller is
// going away, so nothing is reported.
void MqttClientPrivate::teardown()
{
    Q_Q(MqttClient);
    link->detach(); // MqttSubscription::unsubscribe() no longer reaches the client
    connectTimer->stop();
    reconnectTimer->stop();
    closingTimer->stop();
    for (const auto &timer : engineTimers)
        timer->stop();
    if (transport) { // while the private part still exists to hear from it
        QObject::disconnect(transport, nullptr, q, nullptr);
        delete transport;
        transport = nullptr;
    }
    std::deque<ClientShared::Command> dropped;
    {
        const std::lock_guard lock(shared.mutex);
        dropped.swap(shared.commands);
        shared.commandsRun = shared.commandsPosted; // nobody waits for them
    }
    // Handles outlive the client when someone holds them: they end now, failed, so that no
    // waiter or onFinished() is left hanging.
    for (const ClientShared::Command &command : dropped) {
        if (command.cancel)
            command.cancel();
    }
    failEverything(MqttError(QStringLiteral("the client was destroyed")));
    commitSession(); // what the session store holds stays for the next client
    persistence.release(); // in the thread that made and used it
}

// ~MqttClient: with startLoop(), the loop thread stops the client's I/O and hands the object back
// to the destroying thread; then the thread ends.
void MqttClientPrivate::stopLoopForDestruction()
{
    Q_Q(MqttClient);
    if (!loopThread) {
        teardown();
        return;
    }
    QThread *here = QThread::currentThread();
    if (here == loopThread.get()) { // deleteLater() in the loop thread: it ends after this
        teardown();
        QThread *thread = loopThread.release();
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->quit();
        return;
    }
    std::mutex mutex;
    std::condition_variable handedBack;
    bool done = false;
    post([&] {
        teardown();
        q->moveToThread(here);
        const std::lock_guard lock(mutex);
        done = true;
        handedBack.notify_all();
    });
    {
        std::unique_lock lock(mutex);
        handedBack.wait(lock, [&] { return done; });
    }
    loopThread->quit();
    loopThread->wait();
    loopThread.reset();
    {
        const std::lock_guard lock(shared.mutex);
        shared.loopRunning = false;
    }
    // QThread::wait() orders the loop thread's end before us, but in Qt's uninstrumented code;
    // the lock makes that visible to ThreadSanitizer before `shared` is destroyed.
    const std::lock_guard lock(shared.mutex);
}

} // namespace OhMqtt
