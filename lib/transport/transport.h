// Transport: MQTT's byte stream, one interface over TCP, TLS, WebSocket and Unix-socket adapters.
#pragma once

#include "transport/brokeraddress.h"

#include <OhMqtt/mqtterror.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qiodevice.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtNetwork/qsslerror.h>

#include <functional>
#include <optional>

namespace OhMqtt {

// What a transport needs to know besides the address; the client fills it in from
// MqttConnectOptions (see there for the meaning of each field).
struct TransportOptions
{
    bool tcpNoDelay = true; // TCP_NODELAY; for every transport that runs over TCP
    // Unset: QSslConfiguration::defaultConfiguration() — the system's CA certificates, and
    // the broker's certificate verified (QSslSocket::AutoVerifyPeer acts as VerifyPeer for a
    // client).
    std::optional<QSslConfiguration> tlsConfiguration;
    QString tlsHostname; // the name the broker's certificate must carry; empty: the host
    QList<QSslError::SslError> tlsIgnoredErrors; // verification errors the caller accepts

    QSslConfiguration sslConfiguration() const;
};

// Delivery: every signal except received(), receivedInPlace() and written() is delivered from
// the event loop, never from inside a call to the transport, so the owner may close or delete the
// transport in its slots. The received signals come straight from the socket's readyRead(), and
// written() from its bytesWritten(), which Qt's sockets emit from the event loop too: never from
// inside write(). A large burst is received over several turns of the event loop, all of it
// before closed().
//
// Life of one object: open() once; then stageChanged() for each handshake the transport has
// (TlsHandshake for mqtts://, WebSocketHandshake for ws://, both for wss://), then opened() —
// or errorOccurred() at most once; and always exactly one closed() at the end, after the last
// other signal, whether or not the connection was ever established. After close() or abort()
// no stageChanged() or opened() follows. Create a new transport for the next connection.
class Transport : public QObject
{
    Q_OBJECT

public:
    // The handshakes between the connected socket and opened().
    enum class Stage { TlsHandshake, WebSocketHandshake };
    Q_ENUM(Stage)

    ~Transport() override;

    // Starts connecting. Does no I/O that can fail synchronously: failures arrive as
    // errorOccurred() and closed().
    void open(const BrokerAddress &address, const TransportOptions &options);
    // Queues bytes and returns the stream offset they end at (the count of bytes queued since
    // open()); written() reaches that offset once they are handed to the operating system (for
    // TLS: to the TLS layer). -1 when the bytes could not be queued (nothing was).
    qint64 write(const QByteArray &bytes);
    // Closes after the queued bytes are written (WebSocket: with a close frame).
    void close();
    // Where reads land. Unset: in a buffer of the transport's, delivered with received(). Set
    // (the client gives the engine's decoder): reads go straight into the space `target`
    // returns, about `preferred` bytes or fewer, and receivedInPlace() says how many.
    struct ReadSpace
    {
        char *data;
        qsizetype size;
    };
    using ReadTarget = std::function<ReadSpace(qsizetype preferred)>;
    void setReadTarget(ReadTarget target) { m_readTarget = std::move(target); }
    // Closes at once, dropping what is queued.
    void abort();

    // The most bytes received() delivers in one turn of the event loop.
    static constexpr qint64 ReadPerTurn = 64 * 1024;

    // "TCP connection to 127.0.0.1:1883", "WebSocket connection to ws://h:80/mqtt", ...
    QString description() const { return m_description; }

Q_SIGNALS:
    void stageChanged(OhMqtt::Transport::Stage stage);
    void opened();
    void received(QByteArrayView bytes);
    void receivedInPlace(qsizetype count); // written at the last space of the read target
    void written(qint64 offset);
    void errorOccurred(const OhMqtt::MqttError &error);
    void closed();

protected:
    // `kind` names the transport in messages: "TCP", "TLS", "WebSocket", "Unix socket".
    Transport(QLatin1StringView kind, QObject *parent);

    // What each adapter implements; the base keeps the promises documented above.
    virtual void openConnection(const BrokerAddress &address, const TransportOptions &options) = 0;
    // Returns the number of bytes accepted, or -1.
    virtual qint64 writeBytes(const QByteArray &bytes) = 0;
    virtual void closeConnection() = 0;
    virtual void abortConnection() = 0;

    // For the adapters, callable from anywhere, also from inside their socket's calls: the base
    // defers the signals to the event loop and drops what no longer applies.
    void reportStage(Stage stage);
    void reportOpened();
    // "<description>: <problem>"; the first one wins. An error reported after reportClosed()
    // but before closed() is delivered still comes first: sockets often change their state
    // before they report why.
    void reportError(const QString &problem);
    void reportClosed(); // the first call counts
    // Emitted at once.
    void reportReceived(QByteArrayView bytes);
    // Reads what `device` has, in chunks, at most ReadPerTurn bytes per event-loop turn: the
    // rest is read in later turns that this schedules (a socket emits readyRead() again only
    // when more arrives), and all of it before closed() is delivered.
    void receiveFrom(QIODevice *device);
    void reportWritten(qint64 offset); // ignored unless past the last offset reported
    qint64 queuedOffset() const noexcept { return m_queued; }
    qint64 writtenOffset() const noexcept { return m_written; }

private:
    template<class Emit> void post(Emit emitter);
    void deliverEnd(); // the pending error, then closed()
    void readTurn(QIODevice *device, qint64 limit);
    void readRest(); // the scheduled turn
    ReadSpace readSpace();

    QLatin1StringView m_kind;
    QString m_description;
    QByteArray m_readBuffer;
    ReadTarget m_readTarget;
    QPointer<QIODevice> m_unreadDevice; // set while a later turn is scheduled to read it
    qint64 m_queued = 0;
    qint64 m_written = 0;
    bool m_opened = false; // open() was called
    bool m_ending = false; // close() or abort() was called, or an error or the end reported
    bool m_errorReported = false;
    bool m_closedReported = false;
    bool m_closedDelivered = false;
    std::optional<MqttError> m_pendingError;
};

// The adapter for the address's scheme: TCP (mqtt://), TLS (mqtts://), WebSocket (ws://,
// wss://) or Unix socket (unix:).
Transport *createTransport(const BrokerAddress &address, QObject *parent = nullptr);

} // namespace OhMqtt
