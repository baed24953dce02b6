// WireTap: relays bytes unchanged and decodes a copy of them, frame by frame, with the library's
// public packet codec.
#include "broker/wiretap.h"

#include <QtNetwork/qtcpsocket.h>

#include <algorithm>
#include <utility>

using namespace OhMqtt;

namespace OhMqttTest {

struct WireTap::Link
{
    int number = 0;
    QTcpSocket *client = nullptr; // a child of the server
    std::unique_ptr<QTcpSocket> broker;
    QByteArray forBroker; // what the client wrote before the broker's connection was up
    QByteArray undecoded[2]; // by Direction: bytes of a frame not complete yet
    bool broken[2] = {}; // by Direction: a frame did not decode, the rest is only relayed
    ProtocolVersion version = ProtocolVersion::V5; // from the CONNECT packet
    QSet<quint16> inFlight; // the client's QoS 1 and 2 PUBLISH without their answer
    bool closed = false;
};

WireTap::WireTap(quint16 brokerPort, QObject *parent)
    : QObject(parent)
    , m_brokerPort(brokerPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            accept(client);
    });
}

// The sockets must not call back into a tap that is going away.
WireTap::~WireTap()
{
    for (const std::unique_ptr<Link> &link : m_links) {
        QObject::disconnect(link->broker.get(), nullptr, this, nullptr);
        if (link->client)
            QObject::disconnect(link->client, nullptr, this, nullptr);
    }
}

bool WireTap::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error =
            QStringLiteral("WireTap: cannot listen on 127.0.0.1: %1").arg(m_server.errorString());
    return false;
}

QString WireTap::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_server.serverPort());
}

void WireTap::accept(QTcpSocket *client)
{
    auto owned = std::make_unique<Link>();
    Link *link = owned.get();
    m_links.push_back(std::move(owned));
    link->number = ++m_connectionCount;
    link->client = client;
    link->broker = std::make_unique<QTcpSocket>();
    QTcpSocket *broker = link->broker.get();

    connect(client, &QTcpSocket::readyRead, this, [this, link] {
        const QByteArray bytes = link->client->readAll();
        if (link->broker->state() == QAbstractSocket::ConnectedState)
            link->broker->write(bytes);
        else
            link->forBroker += bytes;
        parse(*link, Direction::ToBroker, bytes);
    });
    connect(broker, &QTcpSocket::connected, this, [link] {
        if (!link->forBroker.isEmpty())
            link->broker->write(std::exchange(link->forBroker, {}));
    });
    connect(broker, &QTcpSocket::readyRead, this, [this, link] {
        const QByteArray bytes = link->broker->readAll();
        link->client->write(bytes);
        parse(*link, Direction::ToClient, bytes);
    });
    connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(*link); });
    connect(broker, &QTcpSocket::disconnected, this, [this, link] { closeLink(*link); });
    connect(broker, &QTcpSocket::errorOccurred, this, [this, link] { closeLink(*link); });
    broker->connectToHost(QHostAddress::LocalHost, m_brokerPort);
}

// One side has gone: what it still had to say goes to the other, which is then closed once its
// own bytes are out.
void WireTap::closeLink(Link &link)
{
    if (std::exchange(link.closed, true))
        return;
    const QByteArray fromClient = link.client->readAll();
    if (!fromClient.isEmpty() && link.broker->state() == QAbstractSocket::ConnectedState) {
        link.broker->write(fromClient);
        parse(link, Direction::ToBroker, fromClient);
    }
    const QByteArray fromBroker = link.broker->readAll();
    if (!fromBroker.isEmpty()) {
        link.client->write(fromBroker);
        parse(link, Direction::ToClient, fromBroker);
    }
    link.client->disconnectFromHost();
    link.broker->disconnectFromHost();
}

// Splits the stream into packets by their fixed header (Remaining Length is a Variable Byte
// Integer of at most four bytes, [MQTT-1.5.5]) and decodes each.
void WireTap::parse(Link &link, Direction direction, const QByteArray &bytes)
{
    const int side = int(direction);
    if (link.broken[side])
        return;
    QByteArray &buffer = link.undecoded[side];
    buffer += bytes;
    while (buffer.size() >= 2) {
        qsizetype position = 1;
        quint32 length = 0;
        bool lengthComplete = false;
        for (int shift = 0; position < buffer.size() && position <= 4; shift += 7) {
            const auto byte = quint8(buffer.at(position++));
            length |= quint32(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                lengthComplete = true;
                break;
            }
        }
        if (!lengthComplete) {
            if (position > 4) {
                m_errors << QStringLiteral("connection %1: Remaining Length longer than four bytes")
                                .arg(link.number);
                link.broken[side] = true;
            }
            return;
        }
        if (quint64(buffer.size()) < quint64(position) + length)
            return;
        const auto firstByte = quint8(buffer.at(0));
        const QByteArray body = buffer.mid(position, length);
        buffer.remove(0, position + length);
        try {
            record(link, direction, decodePacket(firstByte, body, link.version));
        } catch (const MqttError &error) {
            m_errors << QStringLiteral("connection %1: %2").arg(link.number).arg(error.message());
            link.broken[side] = true;
            return;
        }
    }
}

void WireTap::record(Link &link, Direction direction, Packet packet)
{
    if (const auto *connect = std::get_if<ConnectPacket>(&packet))
        link.version = connect->protocolVersion;
    if (direction == Direction::ToBroker) {
        const auto *publish = std::get_if<PublishPacket>(&packet);
        if (publish && publish->qos != QoS::Q0) {
            if (link.inFlight.contains(publish->packetId) && !publish->dup) {
                m_errors << QStringLiteral("connection %1: PUBLISH packet identifier %2 is "
                                           "still in flight [MQTT-2.2.1-3]")
                                .arg(link.number)
                                .arg(publish->packetId);
            }
            link.inFlight.insert(publish->packetId);
            m_maximumInFlight = std::max(m_maximumInFlight, int(link.inFlight.size()));
        }
    } else if (const auto *pubAck = std::get_if<PubAckPacket>(&packet)) {
        link.inFlight.remove(pubAck->packetId);
    } else if (const auto *pubRec = std::get_if<PubRecPacket>(&packet)) {
        if (isError(pubRec->reasonCode)) // a refusal ends the flow (MQTT 4.9)
            link.inFlight.remove(pubRec->packetId);
    } else if (const auto *pubComp = std::get_if<PubCompPacket>(&packet)) {
        link.inFlight.remove(pubComp->packetId);
    }
    m_frames.append({link.number, direction, std::move(packet)});
    emit frameSeen();
}

} // namespace OhMqttTest
