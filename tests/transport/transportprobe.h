// TransportProbe: watches one Transport — every signal recorded in order, received bytes
// decoded as MQTT packets, and any signal delivered from inside a call to the transport caught.
#pragma once

#include <OhMqtt/packet/packet.h>

#include "connection/streamdecoder.h"
#include "transport/transport.h"

#include <memory>

namespace OhMqttTest {

class TransportProbe
{
public:
    explicit TransportProbe(const QString &url); // throws MqttError for a bad address

    OhMqtt::Transport *transport() const { return m_transport.get(); }
    const OhMqtt::BrokerAddress &address() const { return m_address; }

    // The calls, flagged so that a signal emitted inside one of them is caught.
    void open(const OhMqtt::TransportOptions &options);
    void close();
    void abort();
    qint64 write(const QByteArray &bytes);

    // "stage:TlsHandshake", "opened", "error", "closed": the deferred signals, in order.
    QStringList events() const { return m_events; }
    int count(const QString &event) const { return int(m_events.count(event)); }
    QList<OhMqtt::Transport::Stage> stages() const { return m_stages; }
    OhMqtt::MqttError error() const { return m_error; }
    qint64 writtenOffset() const { return m_written; }
    QByteArray receivedBytes() const { return m_receivedBytes; }
    // Packets decoded from what arrived so far, as `version` reads them.
    QList<OhMqtt::Packet> packets(OhMqtt::ProtocolVersion version) const;
    // Signals delivered while open(), write(), close() or abort() ran: the promise says none.
    QStringList reentrantSignals() const { return m_reentrant; }

private:
    void record(const QString &event);

    OhMqtt::BrokerAddress m_address;
    std::unique_ptr<OhMqtt::Transport> m_transport;
    QStringList m_events;
    QList<OhMqtt::Transport::Stage> m_stages;
    OhMqtt::MqttError m_error;
    qint64 m_written = 0;
    QByteArray m_receivedBytes;
    QStringList m_reentrant;
    bool m_insideCall = false;
};

} // namespace OhMqttTest
