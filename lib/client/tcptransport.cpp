// TcpTransport: connect, read in chunks, count written bytes, and report the end exactly once.
#include "client/tcptransport.h"

#include "connection/logging.h"

#include <QtNetwork/qtcpsocket.h>

namespace OhMqtt {

namespace {
constexpr qsizetype ReadChunk = 64 * 1024;
} // namespace

TcpTransport::TcpTransport(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, m_noDelay ? 1 : 0);
        qCDebug(lcClient) << "TCP connected to" << m_peer;
        emit opened();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpTransport::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
        m_written += bytes;
        emit written(m_written);
    });
    // Queued: QTcpSocket may report these from inside write() or disconnectFromHost(). A failed
    // connect changes the state before it reports the error, so the end reports both in order.
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::reportError,
            Qt::QueuedConnection);
    connect(
        m_socket, &QTcpSocket::stateChanged, this,
        [this](QAbstractSocket::SocketState state) {
            if (state != QAbstractSocket::UnconnectedState || !m_open)
                return;
            reportError();
            m_open = false;
            emit closed();
        },
        Qt::QueuedConnection);
}

TcpTransport::~TcpTransport() = default;

void TcpTransport::open(const QString &host, quint16 port, bool noDelay)
{
    m_peer = QStringLiteral("%1:%2").arg(host).arg(port);
    m_noDelay = noDelay;
    m_queued = m_written = 0;
    m_open = true;
    m_errorReported = false;
    m_socket->connectToHost(host, port);
}

qint64 TcpTransport::write(const QByteArray &bytes)
{
    const qint64 count = m_socket->write(bytes);
    if (count > 0)
        m_queued += count;
    return m_queued;
}

void TcpTransport::close()
{
    m_socket->disconnectFromHost();
}

void TcpTransport::abort()
{
    m_socket->abort();
}

void TcpTransport::reportError()
{
    if (m_errorReported || !m_open || m_socket->error() == QAbstractSocket::UnknownSocketError)
        return;
    m_errorReported = true;
    emit errorOccurred(
        MqttError(QStringLiteral("TCP connection to %1: %2").arg(m_peer, m_socket->errorString())));
}

void TcpTransport::readAvailable()
{
    m_readBuffer.resize(ReadChunk);
    while (m_socket->bytesAvailable() > 0) {
        const qint64 count = m_socket->read(m_readBuffer.data(), m_readBuffer.size());
        if (count <= 0)
            break;
        emit received(QByteArrayView(m_readBuffer.constData(), count));
    }
}

} // namespace OhMqtt
