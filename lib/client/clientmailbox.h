// ClientMailbox: wakes the client's thread to run the calls other threads queued for it.
#pragma once

#include <QtCore/qobject.h>

#include <functional>

namespace OhMqtt {

// Lives in the client's thread (a child of the client, so startLoop() moves it along).
// wakeUp() posts a call of deliver() that carries no data: the calls themselves wait in a queue
// guarded by a std::mutex, which ThreadSanitizer can follow (it cannot follow Qt's event queue,
// as Debian's Qt is not instrumented).
class ClientMailbox : public QObject
{
    Q_OBJECT

public:
    ClientMailbox(std::function<void()> deliver, QObject *parent);

    void wakeUp(); // any thread
    Q_INVOKABLE void deliver(); // the owner's thread

private:
    std::function<void()> m_deliver;
};

} // namespace OhMqtt
