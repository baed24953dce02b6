// ClientMailbox: a queued, data-free call into the client's thread.
#include "client/clientmailbox.h"

#include <QtCore/qmetaobject.h>

namespace OhMqtt {

ClientMailbox::ClientMailbox(std::function<void()> deliver, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
{ }

void ClientMailbox::wakeUp()
{
    // By name, so that Qt builds the queued call inside QtCore: no functor object of ours
    // travels between the threads.
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void ClientMailbox::deliver()
{
    m_deliver();
}

} // namespace OhMqtt
