// TcpTransport: connect, set TCP_NODELAY, read in chunks, count written bytes, report the end.
#include "transport/tcptransport.h"

#include <QtNetwork/qtcpsocket.h>

namespace OhMqtt {

TcpTransport::TcpTransport(QObject *parent)
    : TcpTransport(new QTcpSocket, QLatin1StringView("TCP"), parent)
{ }

TcpTransport::TcpTransport(QTcpSocket *socket, QLatin1StringView kind, QObject *parent)
    : Transport(kind, parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, m_noDelay ? 1 : 0);
        onConnected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { receiveFrom(m_socket); });
    connect(m_socket, &QTcpSocket::bytesWritten, this,
            [this](qint64 bytes) { reportWritten(writtenOffset() + bytes); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::reportSocketError);
    connect(m_socket, &QTcpSocket::stateChanged, this,
            [this](QAbstractSocket::SocketState state) { onStateChanged(state); });
}

// The socket dies with this object; it must not call back into a half-destroyed one.
TcpTransport::~TcpTransport()
{
    m_socket->disconnect(this);
}

void TcpTransport::openConnection(const BrokerAddress &address, const TransportOptions &options)
{
    m_noDelay = options.tcpNoDelay;
    connectSocket(address, options);
}

void TcpTransport::connectSocket(const BrokerAddress &address, const TransportOptions &)
{
    m_socket->connectToHost(address.host, address.port);
}

void TcpTransport::onConnected()
{
    reportOpened();
}

qint64 TcpTransport::writeBytes(const QByteArray &bytes)
{
    return m_socket->write(bytes);
}

void TcpTransport::closeConnection()
{
    m_socket->disconnectFromHost();
}

void TcpTransport::abortConnection()
{
    m_socket->abort();
}

// A failed connect changes the state before it reports the error, so the end reports the
// socket's error (if any) before closed().
void TcpTransport::onStateChanged(int state)
{
    if (state != QAbstractSocket::UnconnectedState)
        return;
    reportSocketError();
    reportClosed();
}

void TcpTransport::reportSocketError()
{
    if (m_socket->error() != QAbstractSocket::UnknownSocketError)
        reportError(m_socket->errorString());
}

} // namespace OhMqtt
