// LocalTransport: connect to the socket path, read in chunks, count written bytes, report the end.
#include "transport/localtransport.h"

#include <QtNetwork/qlocalsocket.h>

namespace OhMqtt {

LocalTransport::LocalTransport(QObject *parent)
    : Transport(QLatin1StringView("Unix socket"), parent)
    , m_socket(new QLocalSocket(this))
{
    // A Unix socket connects inside connectToServer(): the base defers opened() and the rest.
    connect(m_socket, &QLocalSocket::connected, this, [this] { reportOpened(); });
    connect(m_socket, &QLocalSocket::readyRead, this, [this] { receiveFrom(m_socket); });
    connect(m_socket, &QLocalSocket::bytesWritten, this,
            [this](qint64 bytes) { reportWritten(writtenOffset() + bytes); });
    connect(m_socket, &QLocalSocket::errorOccurred, this, &LocalTransport::reportSocketError);
    connect(m_socket, &QLocalSocket::stateChanged, this,
            [this](QLocalSocket::LocalSocketState state) {
                if (state != QLocalSocket::UnconnectedState)
                    return;
                reportSocketError();
                reportClosed();
            });
}

LocalTransport::~LocalTransport()
{
    m_socket->disconnect(this);
}

void LocalTransport::openConnection(const BrokerAddress &address, const TransportOptions &)
{
    m_socket->connectToServer(address.path);
}

qint64 LocalTransport::writeBytes(const QByteArray &bytes)
{
    return m_socket->write(bytes);
}

void LocalTransport::closeConnection()
{
    m_socket->disconnectFromServer();
}

void LocalTransport::abortConnection()
{
    m_socket->abort();
}

void LocalTransport::reportSocketError()
{
    if (m_socket->error() != QLocalSocket::UnknownSocketError)
        reportError(m_socket->errorString());
}

} // namespace OhMqtt
