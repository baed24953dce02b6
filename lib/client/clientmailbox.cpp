// ClientMailbox: a pipe and a QSocketNotifier — a data-free wake-up of the client's thread.
#include "client/clientmailbox.h"

#include <QtCore/qsocketnotifier.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace OhMqtt {

ClientMailbox::ClientMailbox(std::function<void()> deliver, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        qFatal("OhMqtt: cannot create the client's wake-up pipe (errno %d)", errno);
    m_readFd = fds[0];
    m_writeFd = fds[1];
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ClientMailbox::onReadable);
}

ClientMailbox::~ClientMailbox()
{
    delete m_notifier; // before its descriptor goes
    ::close(m_readFd);
    ::close(m_writeFd);
}

void ClientMailbox::wakeUp()
{
    const char byte = 1;
    // A full pipe already holds a wake-up: EAGAIN is as good as success.
    while (::write(m_writeFd, &byte, 1) < 0 && errno == EINTR) { }
}

void ClientMailbox::onReadable()
{
    char buffer[64];
    while (::read(m_readFd, buffer, sizeof buffer) > 0) { }
    m_deliver();
}

} // namespace OhMqtt
