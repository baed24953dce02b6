// DevicePair: two connected in-memory QIODevices, a byte stream in each direction, for running
// a client over MqttClient::setTransport() with the test playing the broker.
#pragma once

#include <QtCore/qiodevice.h>
#include <QtCore/qpointer.h>

namespace OhMqttTest {

class PipeEnd : public QIODevice
{
    Q_OBJECT

public:
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffer.size() + QIODevice::bytesAvailable(); }
    // Makes write() fail, as a socket does once the connection is gone.
    void setRefuseWrites(bool refuse) { m_refuseWrites = refuse; }
    void connectTo(PipeEnd *peer) { m_peer = peer; }
    // Closing one end ends the other's input, as a socket's peer sees the connection end.
    void close() override
    {
        QIODevice::close();
        if (m_peer) {
            QMetaObject::invokeMethod(
                m_peer, [peer = m_peer] { emit peer->readChannelFinished(); },
                Qt::QueuedConnection);
        }
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_buffer.size()));
        std::copy_n(m_buffer.constData(), count, data);
        m_buffer.remove(0, count);
        return count;
    }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_refuseWrites || !m_peer || !m_peer->isOpen())
            return -1;
        m_peer->m_buffer.append(data, size);
        // From the event loop, as a socket reports arriving bytes.
        QMetaObject::invokeMethod(
            m_peer, [peer = m_peer] { emit peer->readyRead(); }, Qt::QueuedConnection);
        return size;
    }

private:
    QPointer<PipeEnd> m_peer;
    QByteArray m_buffer;
    bool m_refuseWrites = false;
};

// Both ends open for reading and writing.
struct DevicePair
{
    DevicePair()
    {
        client.connectTo(&broker);
        broker.connectTo(&client);
        client.open(QIODevice::ReadWrite);
        broker.open(QIODevice::ReadWrite);
    }
    PipeEnd client;
    PipeEnd broker;
};

} // namespace OhMqttTest
