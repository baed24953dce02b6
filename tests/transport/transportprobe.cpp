// TransportProbe: the recording side of the transport tests.
#include "transportprobe.h"

#include <QtCore/qmetaobject.h>

using namespace OhMqtt;

namespace OhMqttTest {

TransportProbe::TransportProbe(const QString &url)
    : m_address(BrokerAddress::parse(url))
    , m_transport(createTransport(m_address))
{
    Transport *t = m_transport.get();
    QObject::connect(t, &Transport::stageChanged, t, [this](Transport::Stage stage) {
        m_stages.append(stage);
        record(QStringLiteral("stage:") +
               QLatin1StringView(QMetaEnum::fromType<Transport::Stage>().valueToKey(int(stage))));
    });
    QObject::connect(t, &Transport::opened, t, [this] { record(QStringLiteral("opened")); });
    QObject::connect(t, &Transport::errorOccurred, t, [this](const MqttError &error) {
        m_error = error;
        record(QStringLiteral("error"));
    });
    QObject::connect(t, &Transport::closed, t, [this] { record(QStringLiteral("closed")); });
    QObject::connect(t, &Transport::written, t, [this](qint64 offset) {
        if (m_insideCall)
            m_reentrant.append(QStringLiteral("written"));
        if (offset <= m_written)
            m_reentrant.append(QStringLiteral("written went backwards"));
        m_written = offset;
    });
    QObject::connect(t, &Transport::received, t,
                     [this](QByteArrayView bytes) { m_receivedBytes += bytes; });
}

void TransportProbe::record(const QString &event)
{
    if (m_insideCall)
        m_reentrant.append(event);
    m_events.append(event);
}

void TransportProbe::open(const TransportOptions &options)
{
    m_insideCall = true;
    m_transport->open(m_address, options);
    m_insideCall = false;
}

qint64 TransportProbe::write(const QByteArray &bytes)
{
    m_insideCall = true;
    const qint64 end = m_transport->write(bytes);
    m_insideCall = false;
    return end;
}

void TransportProbe::close()
{
    m_insideCall = true;
    m_transport->close();
    m_insideCall = false;
}

void TransportProbe::abort()
{
    m_insideCall = true;
    m_transport->abort();
    m_insideCall = false;
}

QList<Packet> TransportProbe::packets(ProtocolVersion version) const
{
    StreamDecoder decoder;
    decoder.feed(m_receivedBytes);
    QList<Packet> result;
    while (const std::optional<RawPacket> raw = decoder.next())
        result.append(decodePacket(raw->firstByte, raw->body, version));
    return result;
}

} // namespace OhMqttTest
