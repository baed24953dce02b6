// TcpTransport: MQTT's byte stream over a QTcpSocket — the one class of the client that touches a
// socket.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace OhMqtt {

// Signals other than received() and written() are delivered from the event loop, never from
// inside a call to this class, so the owner may close or delete the transport in its slots.
class TcpTransport : public QObject
{
    Q_OBJECT

public:
    explicit TcpTransport(QObject *parent = nullptr);
    ~TcpTransport() override;

    void open(const QString &host, quint16 port, bool noDelay);
    // Queues bytes and returns the stream offset they end at; written() reaches it once they
    // are handed to the operating system.
    qint64 write(const QByteArray &bytes);
    // Closes after the queued bytes are written.
    void close();
    // Closes at once, dropping what is queued.
    void abort();

Q_SIGNALS:
    void opened();
    void received(QByteArrayView bytes);
    void written(qint64 offset);
    void errorOccurred(const OhMqtt::MqttError &error);
    // Once per open(), whether or not the connection was ever established.
    void closed();

private:
    void readAvailable();
    void reportError();

    QTcpSocket *m_socket;
    QString m_peer; // "host:port", for messages
    QByteArray m_readBuffer;
    qint64 m_queued = 0;
    qint64 m_written = 0;
    bool m_open = false;
    bool m_errorReported = false; // one error per connection
    bool m_noDelay = true;
};

} // namespace OhMqtt
