// DeviceTransport: an open device is a connection; its end (closed, or input finished) is the
// connection's end.
#include "transport/devicetransport.h"

namespace OhMqtt {

DeviceTransport::DeviceTransport(QIODevice *device, QObject *parent)
    : Transport(QLatin1StringView("device"), parent)
    , m_device(device)
{ }

DeviceTransport::~DeviceTransport()
{
    if (m_device)
        m_device->disconnect(this);
}

void DeviceTransport::openConnection(const BrokerAddress &, const TransportOptions &)
{
    if (!m_device || !m_device->isOpen() || !m_device->isReadable() || !m_device->isWritable()) {
        reportError(QStringLiteral("the device given to setTransport() is not open for reading "
                                   "and writing"));
        reportClosed();
        return;
    }
    connect(m_device, &QIODevice::readyRead, this, [this] { receiveFrom(m_device); });
    connect(m_device, &QIODevice::aboutToClose, this, [this] { reportClosed(); });
    connect(m_device, &QIODevice::readChannelFinished, this, [this] { reportClosed(); });
    connect(m_device, &QObject::destroyed, this, [this] {
        reportError(QStringLiteral("the device was destroyed"));
        reportClosed();
    });
    reportOpened();
    if (m_device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            this, [this] { receiveFrom(m_device); }, Qt::QueuedConnection);
}

qint64 DeviceTransport::writeBytes(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable())
        return -1;
    const qint64 count = m_device->write(bytes);
    // A device need not say when bytes leave it: once it took them, they count as written.
    if (count > 0) {
        const qint64 offset = queuedOffset() + count;
        QMetaObject::invokeMethod(
            this, [this, offset] { reportWritten(offset); }, Qt::QueuedConnection);
    }
    return count;
}

void DeviceTransport::closeConnection()
{
    if (m_device)
        m_device->close(); // aboutToClose() reports the end
    reportClosed();
}

void DeviceTransport::abortConnection()
{
    closeConnection();
}

} // namespace OhMqtt
