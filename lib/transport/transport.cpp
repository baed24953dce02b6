// Transport: the promises every adapter shares (deferred signals, one error, one end) and the
// factory.
#include "transport/transport.h"

#include "transport/localtransport.h"
#include "transport/logging.h"
#include "transport/tcptransport.h"
#include "transport/tlstransport.h"
#include "transport/websockettransport.h"

#include <QtCore/qpointer.h>

#include <limits>

namespace OhMqtt {

QSslConfiguration TransportOptions::sslConfiguration() const
{
    return tlsConfiguration.value_or(QSslConfiguration::defaultConfiguration());
}

Transport::Transport(QLatin1StringView kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{ }

Transport::~Transport() = default;

void Transport::open(const BrokerAddress &address, const TransportOptions &options)
{
    Q_ASSERT_X(!m_opened, "Transport::open", "a transport carries one connection");
    m_opened = true;
    m_description = QStringLiteral("%1 connection to %2").arg(m_kind, address.toString());
    qCDebug(lcTransport).noquote() << "opening" << m_description;
    openConnection(address, options);
}

qint64 Transport::write(const QByteArray &bytes)
{
    const qint64 count = writeBytes(bytes);
    if (count < 0 || (count == 0 && !bytes.isEmpty()))
        return -1; // not queued: the socket is not open, or refused them
    m_queued += count;
    return m_queued;
}

void Transport::close()
{
    qCDebug(lcTransport).noquote() << "closing" << m_description;
    m_ending = true;
    closeConnection();
}

void Transport::abort()
{
    qCDebug(lcTransport).noquote() << "aborting" << m_description;
    m_ending = true;
    abortConnection();
}

// Queued to this object: dropped with it, delivered in the order posted, never re-entrant.
template<class Emit> void Transport::post(Emit emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void Transport::reportStage(Stage stage)
{
    if (m_ending)
        return;
    qCDebug(lcTransport).noquote() << m_description << "stage" << stage;
    post([this, stage] {
        if (!m_ending)
            emit stageChanged(stage);
    });
}

void Transport::reportOpened()
{
    if (m_ending)
        return;
    qCDebug(lcTransport).noquote() << m_description << "open";
    post([this] {
        if (!m_ending)
            emit opened();
    });
}

void Transport::reportError(const QString &problem)
{
    if (m_errorReported || m_closedDelivered)
        return;
    m_errorReported = true;
    m_ending = true;
    m_pendingError = MqttError(QStringLiteral("%1: %2").arg(m_description, problem));
    qCDebug(lcTransport).noquote() << *m_pendingError;
    post([this] { deliverEnd(); });
}

void Transport::reportClosed()
{
    if (m_closedReported)
        return;
    m_closedReported = true;
    m_ending = true;
    qCDebug(lcTransport).noquote() << m_description << "closed";
    post([this] { deliverEnd(); });
}

// The owner may delete the transport in either slot.
void Transport::deliverEnd()
{
    const QPointer<Transport> alive(this);
    // What the connection carried before it ended comes first, however large.
    if (QIODevice *device = std::exchange(m_unreadDevice, nullptr)) {
        readTurn(device, std::numeric_limits<qint64>::max());
        if (!alive)
            return;
    }
    if (std::optional<MqttError> error = std::exchange(m_pendingError, std::nullopt)) {
        emit errorOccurred(*error);
        if (!alive)
            return;
    }
    if (m_closedReported && !m_closedDelivered) {
        m_closedDelivered = true;
        emit closed();
    }
}

void Transport::reportReceived(QByteArrayView bytes)
{
    emit received(bytes);
}

// A burst the socket has buffered (megabytes of small messages from a busy broker) would
// otherwise be parsed and delivered in one turn, and the application's timers, input and
// painting would wait for all of it.
void Transport::receiveFrom(QIODevice *device)
{
    if (m_unreadDevice == device)
        return; // a turn is already scheduled; it reads in order
    readTurn(device, ReadPerTurn);
}

Transport::ReadSpace Transport::readSpace()
{
    constexpr qsizetype ReadChunk = 64 * 1024;
    if (m_readTarget)
        return m_readTarget(ReadChunk);
    m_readBuffer.resize(ReadChunk);
    return {m_readBuffer.data(), m_readBuffer.size()};
}

void Transport::readTurn(QIODevice *device, qint64 limit)
{
    const QPointer<Transport> alive(this);
    const QPointer<QIODevice> source(device);
    qint64 read = 0;
    while (source && source->isOpen() && source->bytesAvailable() > 0) { // a closed one warns
        if (read >= limit) {
            m_unreadDevice = source;
            post([this] { readRest(); });
            return;
        }
        const ReadSpace space = readSpace();
        const qint64 count = source->read(space.data, space.size);
        if (count <= 0)
            break;
        read += count;
        if (m_readTarget)
            emit receivedInPlace(count);
        else
            emit received(QByteArrayView(space.data, count));
        if (!alive)
            return; // the owner deleted the transport in its slot
    }
}

void Transport::readRest()
{
    if (QIODevice *device = std::exchange(m_unreadDevice, nullptr))
        readTurn(device, ReadPerTurn);
}

void Transport::reportWritten(qint64 offset)
{
    if (offset <= m_written)
        return;
    m_written = offset;
    emit written(offset);
}

Transport *createTransport(const BrokerAddress &address, QObject *parent)
{
    switch (address.scheme) {
    case BrokerAddress::Scheme::Mqtt:
        return new TcpTransport(parent);
    case BrokerAddress::Scheme::Mqtts:
        return new TlsTransport(parent);
    case BrokerAddress::Scheme::Ws:
    case BrokerAddress::Scheme::Wss:
        return new WebSocketTransport(parent);
    case BrokerAddress::Scheme::Unix:
        return new LocalTransport(parent);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace OhMqtt
