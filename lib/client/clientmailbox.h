// ClientMailbox: wakes the client's thread to run the calls other threads queued for it.
#pragma once

#include <QtCore/qobject.h>

#include <functional>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace OhMqtt {

// Lives in the client's thread (a child of the client, so startLoop() moves it along). The calls
// themselves wait in a queue under a std::mutex; wakeUp() only writes a byte to a pipe that a
// QSocketNotifier in the client's thread watches. Nothing crosses threads through Qt's event
// queue, whose QMutex ThreadSanitizer cannot see (Debian's Qt is not instrumented), while it does
// see a pipe's write and read.
class ClientMailbox : public QObject
{
    Q_OBJECT

public:
    ClientMailbox(std::function<void()> deliver, QObject *parent);
    ~ClientMailbox() override;

    void wakeUp(); // any thread

private:
    void onReadable();

    std::function<void()> m_deliver;
    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace OhMqtt
