// WireTap: a loopback TCP relay between clients and mosquitto that decodes every packet both
// ways, so that a test sees what crossed the wire: DUP flags, Topic Aliases, packets in flight.
#pragma once

#include <OhMqtt/packet/packet.h>

#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qset.h>
#include <QtCore/qstringlist.h>
#include <QtNetwork/qtcpserver.h>

#include <memory>
#include <vector>

namespace OhMqttTest {

class WireTap : public QObject
{
    Q_OBJECT

public:
    enum class Direction { ToBroker, ToClient };

    struct Frame
    {
        int connection = 0; // 1 for the first connection through the tap, 2 for the next...
        Direction direction = Direction::ToBroker;
        OhMqtt::Packet packet;
    };

    // Relays each connection to 127.0.0.1:brokerPort. A broker that is down closes the client's
    // connection at once, as a refused connection would.
    explicit WireTap(quint16 brokerPort, QObject *parent = nullptr);
    ~WireTap() override;

    bool listen(QString *error = nullptr);
    QString url() const; // "mqtt://127.0.0.1:<port>": the address to give the client

    const QList<Frame> &frames() const { return m_frames; }
    // The packets of type P that went one way, in order.
    template<typename P> QList<P> packets(Direction direction) const
    {
        QList<P> result;
        for (const Frame &frame : m_frames) {
            if (frame.direction == direction) {
                if (const P *packet = std::get_if<P>(&frame.packet))
                    result.append(*packet);
            }
        }
        return result;
    }
    template<typename P> QList<P> sent() const { return packets<P>(Direction::ToBroker); }
    template<typename P> QList<P> received() const { return packets<P>(Direction::ToClient); }

    // The most QoS 1 and 2 PUBLISH packets the client had sent on one connection that the broker
    // had not yet answered with PUBACK, PUBCOMP or a refusing PUBREC, as the tap saw them. The
    // tap sees a PUBLISH no earlier and an answer no later than the client does, so this never
    // overstates what the client had in flight [MQTT-3.3.4-7].
    int maximumInFlight() const { return m_maximumInFlight; }
    // Bytes that did not decode, and a client's PUBLISH reusing a packet identifier still in
    // flight [MQTT-2.2.1-3]; empty when all was well.
    const QStringList &errors() const { return m_errors; }
    int connections() const { return m_connectionCount; }

Q_SIGNALS:
    void frameSeen();

private:
    struct Link;

    void accept(QTcpSocket *client);
    void parse(Link &link, Direction direction, const QByteArray &bytes);
    void record(Link &link, Direction direction, OhMqtt::Packet packet);
    void closeLink(Link &link);

    QTcpServer m_server;
    quint16 m_brokerPort = 0;
    std::vector<std::unique_ptr<Link>> m_links;
    QList<Frame> m_frames;
    QStringList m_errors;
    int m_connectionCount = 0;
    int m_maximumInFlight = 0;
};

} // namespace OhMqttTest
