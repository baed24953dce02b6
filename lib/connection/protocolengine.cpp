// ProtocolEngine: connection lifecycle, inbound dispatch, keepalive and the error path.
#include "connection/protocolengine.h"

#include "connection/logging.h"
#include "connection/optionalproperties.h"

#include <utility>

namespace OhMqtt {

using namespace std::chrono_literals;
using Engine::State;

namespace {

QString exceptionText(const std::exception &e)
{
    return QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what()));
}

// The reason code a client sends when `code` ends the connection: codes meant for servers only
// become Protocol Error.
ReasonCode disconnectReasonFor(ReasonCode code)
{
    if (!isError(code))
        return ReasonCode::UnspecifiedError;
    return clientMaySendDisconnectReason(code) ? code : ReasonCode::ProtocolError;
}

} // namespace

bool clientMaySendDisconnectReason(ReasonCode code) noexcept
{
    switch (code) {
    case ReasonCode::Success:
    case ReasonCode::DisconnectWithWillMessage:
    case ReasonCode::UnspecifiedError:
    case ReasonCode::MalformedPacket:
    case ReasonCode::ProtocolError:
    case ReasonCode::ImplementationSpecificError:
    case ReasonCode::TopicNameInvalid:
    case ReasonCode::ReceiveMaximumExceeded:
    case ReasonCode::TopicAliasInvalid:
    case ReasonCode::PacketTooLarge:
    case ReasonCode::MessageRateTooHigh:
    case ReasonCode::QuotaExceeded:
    case ReasonCode::AdministrativeAction:
    case ReasonCode::PayloadFormatInvalid:
        return true;
    default:
        return false;
    }
}

ProtocolEngine::ProtocolEngine() = default;
ProtocolEngine::~ProtocolEngine() = default;

ProtocolEngine::Events ProtocolEngine::start(const ConnectPacket &connect)
{
    if (m_state != State::Idle) {
        m_events.push_back(Engine::SendRejected {
            PacketType::Connect, 0,
            MqttError(QStringLiteral("CONNECT: the engine already has a connection"))});
        return take();
    }
    const bool v5 = connect.protocolVersion == ProtocolVersion::V5;
    m_version = connect.protocolVersion;
    m_decoder.reset();
    m_inboundTopic = {};
    m_decoder.setMaximumPacketSize(v5 ? connect.properties.maximumPacketSize().value_or(0) : 0);
    m_keepAlive = std::chrono::seconds(connect.keepAlive);
    m_client = {};
    m_client.cleanStart = connect.cleanStart;
    if (v5) {
        m_client.authenticating = connect.properties.authenticationMethod().has_value();
        m_client.sessionExpiry = connect.properties.sessionExpiryInterval().value_or(0);
        m_client.receiveMaximum = connect.properties.receiveMaximum().value_or(65535);
        m_client.topicAliasMaximum = connect.properties.topicAliasMaximum().value_or(0);
    }
    m_server = {};
    if (!v5) // no Receive Maximum to learn; brokers drop what exceeds theirs without a word
        m_server.receiveMaximum = V311ReceiveMaximum;
    m_connAck = {};
    m_closeReason = ReasonCode::UnspecifiedError;
    m_pingOutstanding = false;
    forgetTopicAliases();
    if (connect.cleanStart) {
        m_inboundQos2.clear();
        reportSessionChange(Engine::SessionChanged::Change::InboundCleared);
    }

    m_state = State::ConnectSent;
    try {
        write(beginAuthentication(connect)); // handle_auth.cpp: Authentication Method
    } catch (const MqttError &error) {
        fail(error, false);
    }
    return take();
}

ProtocolEngine::Events ProtocolEngine::receive(QByteArrayView bytes)
{
    decodeReceived([&] {
        m_decoder.feed(bytes);
        decodeAvailable();
    });
    return take();
}

ProtocolEngine::Events ProtocolEngine::receiveWritten(qsizetype count)
{
    if (isOpen()) // after Close, whatever still arrives is dropped
        m_decoder.commit(count);
    decodeReceived([&] { decodeAvailable(); });
    return take();
}

bool ProtocolEngine::isOpen() const noexcept
{
    return m_state == State::ConnectSent || m_state == State::Connected;
}

template<typename Decode> void ProtocolEngine::decodeReceived(Decode &&decode)
{
    if (!isOpen())
        return; // after Close, whatever still arrives is ignored
    try {
        decode();
        // Any bytes prove the peer alive; the caller moves its deadline, cheaply.
        if (m_state == State::Connected && m_keepAlive > 0ms)
            m_events.push_back(Engine::StartTimer {Engine::Timer::PeerSilence, m_keepAlive});
    } catch (const MqttError &error) {
        fail(error);
    } catch (const std::exception &e) {
        fail(MqttError(exceptionText(e), ReasonCode::ImplementationSpecificError));
    }
}

void ProtocolEngine::decodeAvailable()
{
    while (isOpen()) {
        std::optional<RawPacket> raw = m_decoder.next();
        if (!raw)
            break;
        // A large PUBLISH read into its own buffer keeps it as its payload: no copy.
        if (raw->packetType() == PacketType::Publish)
            dispatch(decodePublish(raw->flags(), raw->body, m_version, &m_inboundTopic,
                                   raw->ownBuffer.isNull() ? nullptr : &raw->ownBuffer));
        else
            dispatch(decodePacket(raw->firstByte, raw->body, m_version));
    }
}

void ProtocolEngine::dispatch(Packet &&packet)
{
    const PacketType type = packetType(packet);
    qCDebug(lcPacket) << "received" << packet;
    // [MQTT-3.2.0-1] the server sends CONNACK before anything but AUTH
    if (m_state == State::ConnectSent && type != PacketType::ConnAck && type != PacketType::Auth)
        throw MqttError::protocol(
            QStringLiteral("%1 received before CONNACK [MQTT-3.2.0-1]").arg(packetTypeName(type)));

    switch (type) {
    case PacketType::ConnAck:
        return handleConnAck(std::get<ConnAckPacket>(std::move(packet)));
    case PacketType::Publish:
        return handlePublish(std::get<PublishPacket>(std::move(packet)));
    case PacketType::PubAck:
        return handlePubAck(std::get<PubAckPacket>(std::move(packet)));
    case PacketType::PubRec:
        return handlePubRec(std::get<PubRecPacket>(std::move(packet)));
    case PacketType::PubRel:
        return handlePubRel(std::get<PubRelPacket>(std::move(packet)));
    case PacketType::PubComp:
        return handlePubComp(std::get<PubCompPacket>(std::move(packet)));
    case PacketType::SubAck:
        return handleSubAck(std::get<SubAckPacket>(std::move(packet)));
    case PacketType::UnsubAck:
        return handleUnsubAck(std::get<UnsubAckPacket>(std::move(packet)));
    case PacketType::PingResp:
        return handlePingResp();
    case PacketType::Disconnect:
        return handleDisconnect(std::get<DisconnectPacket>(std::move(packet)));
    case PacketType::Auth:
        return handleAuth(std::get<AuthPacket>(std::move(packet)));
    case PacketType::Connect:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
    case PacketType::PingReq:
        break;
    }
    throw MqttError::protocol(
        QStringLiteral("the server sent %1, which only a client sends").arg(packetTypeName(type)));
}

// Encodes and queues one packet. Sending counts as activity for Keep Alive [MQTT-3.1.2-20].
// A Reason String or User Property that would make it too large for the server is left out
// (optionalproperties.cpp).
void ProtocolEngine::write(const Packet &packet, quint16 packetId)
{
    QByteArray bytes = takeSpareBuffer();
    encodeWithinMaximum(bytes, packet, m_version, m_server.maximumPacketSize);
    const PacketType type = packetType(packet);
    if (m_server.maximumPacketSize != 0 && quint64(bytes.size()) > m_server.maximumPacketSize) {
        throw MqttError(QStringLiteral("%1 of %2 bytes exceeds the server's Maximum Packet Size of "
                                       "%3 bytes [MQTT-3.2.2-15]")
                            .arg(packetTypeName(type))
                            .arg(bytes.size())
                            .arg(m_server.maximumPacketSize),
                        ReasonCode::PacketTooLarge);
    }
    qCDebug(lcPacket) << "sending" << packet << bytes.size() << "bytes"; // never the bytes
    m_events.push_back(Engine::SendBytes {std::move(bytes), type, packetId});
    if (m_state == State::Connected && m_keepAlive > 0ms)
        m_events.push_back(Engine::StartTimer {Engine::Timer::KeepAlive, m_keepAlive});
}

// Ends the connection because of `error`: the reason first, then (MQTT 5.0) DISCONNECT, then
// Close [MQTT-4.13.1-1]. MQTT 3.1.1 has no way to say why: it only closes, which also keeps the
// Will Message alive as a DISCONNECT would not (3.1.1: [MQTT-4.8.0-1]).
void ProtocolEngine::fail(const MqttError &error, bool sendDisconnect, bool abort)
{
    if (m_state == State::Idle || m_state == State::Closing)
        return;
    qCDebug(lcConnection) << "closing the connection:" << error;
    m_state = State::Closing;
    m_events.push_back(Engine::ConnectionFailed {error});
    if (sendDisconnect && m_version == ProtocolVersion::V5) {
        DisconnectPacket disconnect;
        disconnect.reasonCode = disconnectReasonFor(error.reasonCode());
        try {
            write(disconnect);
        } catch (const MqttError &) {
            // the connection ends either way
        }
    }
    endConnection(error.reasonCode(), abort);
}

void ProtocolEngine::endConnection(ReasonCode reason, bool abort)
{
    stopTimers();
    m_closeReason = reason;
    m_state = State::Closing;
    m_events.push_back(Engine::Close {abort});
}

void ProtocolEngine::stopTimers()
{
    m_pingOutstanding = false;
    for (int timer = 0; timer < Engine::TimerCount; ++timer)
        m_events.push_back(Engine::StopTimer {Engine::Timer(timer)});
}

ProtocolEngine::Events ProtocolEngine::timerFired(Engine::Timer timer)
{
    if (m_state != State::Connected)
        return take();
    switch (timer) {
    case Engine::Timer::KeepAlive: // [MQTT-3.1.2-20] nothing sent for one interval
    case Engine::Timer::PeerSilence: // nothing received for one interval: is the peer there?
        if (m_keepAlive == 0ms)
            break;
        if (!m_pingOutstanding) {
            sendPing();
            if (timer == Engine::Timer::KeepAlive)
                break; // writing PINGREQ re-armed it
        }
        // While a PINGREQ is out its deadline decides; keep the rhythm meanwhile.
        if (m_state == State::Connected)
            m_events.push_back(Engine::StartTimer {timer, m_keepAlive});
        break;
    case Engine::Timer::PingResponse:
        // The peer is unresponsive: close at once without DISCONNECT, as 0x8D is a server's code
        // and a peer that reads nothing might never take the bytes of a graceful close.
        if (m_pingOutstanding) {
            const auto keepAlive = std::chrono::duration_cast<std::chrono::seconds>(m_keepAlive);
            const MqttError error(QStringLiteral("no PINGRESP within %1 ms of PINGREQ: the server "
                                                 "is unresponsive (Keep Alive %2 s)")
                                      .arg(pingResponseTimeout().count())
                                      .arg(keepAlive.count()),
                                  ReasonCode::KeepAliveTimeout);
            fail(error, false, true);
        }
        break;
    }
    return take();
}

void ProtocolEngine::sendPing()
{
    try {
        write(PingReqPacket {});
    } catch (const MqttError &error) {
        fail(error);
        return;
    }
    m_pingOutstanding = true;
    if (const auto timeout = pingResponseTimeout(); timeout > 0ms)
        m_events.push_back(Engine::StartTimer {Engine::Timer::PingResponse, timeout});
}

ProtocolEngine::Events ProtocolEngine::closed()
{
    if (m_state == State::Idle)
        return take();
    if (m_state != State::Closing) {
        qCDebug(lcConnection) << "the transport closed before the connection ended";
        stopTimers();
        m_closeReason = ReasonCode::UnspecifiedError;
    }
    m_state = State::Idle;
    m_decoder.reset();
    keepSessionAcrossClose(); // engine_session.cpp; for the whole session (3.1.1: [MQTT-4.1.0-1])
    m_pingOutstanding = false;
    forgetTopicAliases();
    m_events.push_back(Engine::Disconnected {m_closeReason});
    return take();
}

std::optional<quint16> ProtocolEngine::acquirePacketId() noexcept
{
    return m_packetIds.acquire();
}

void ProtocolEngine::releasePacketId(quint16 packetId) noexcept
{
    if (!m_awaiting.contains(packetId)) // a flow in progress keeps its identifier
        m_packetIds.release(packetId);
}

void ProtocolEngine::release(quint16 packetId)
{
    m_packetIds.release(packetId);
    m_events.push_back(Engine::PacketIdReleased {packetId});
}

// A QoS 1 or 2 PUBLISH flow is over: its quota and identifier are free, and the caller learns how
// it ended.
void ProtocolEngine::endPublishFlow(quint16 packetId, Packet &&lastPacket)
{
    --m_publishesInFlight;
    forgetPublish(packetId);
    resendNext(); // a resumed flow waiting for the quota takes it first
    m_events.push_back(Engine::PacketReceived {std::move(lastPacket)});
    release(packetId);
}

ProtocolEngine::Awaiting ProtocolEngine::takeAwaiting(quint16 packetId, PacketType ack,
                                                      const char *packetName)
{
    const Awaiting *const found = m_awaiting.find(packetId);
    if (!found || found->ack != ack) {
        throw MqttError::protocol(
            QStringLiteral("%1 for packet identifier %2, which no request is waiting for")
                .arg(QLatin1StringView(packetName))
                .arg(packetId));
    }
    return m_awaiting.take(packetId);
}

void ProtocolEngine::setPingResponseTimeout(std::chrono::milliseconds timeout) noexcept
{
    m_pingResponseTimeout = timeout;
}

std::chrono::milliseconds ProtocolEngine::pingResponseTimeout() const noexcept
{
    if (m_pingResponseTimeout > 0ms)
        return m_pingResponseTimeout;
    return m_keepAlive > 1ms ? m_keepAlive / 2 : m_keepAlive;
}

// Starts at the server's Receive Maximum [MQTT-4.9.0-1]; each QoS 1 or 2 flow holds one.
int ProtocolEngine::sendQuota() const noexcept
{
    return int(m_server.receiveMaximum) - m_publishesInFlight;
}

ProtocolEngine::Events ProtocolEngine::take()
{
    Events next;
    if (!m_spareEvents.empty()) {
        next = std::move(m_spareEvents.back());
        m_spareEvents.pop_back();
    }
    return std::exchange(m_events, std::move(next));
}

QByteArray ProtocolEngine::takeSpareBuffer() noexcept
{
    if (m_spareBuffers.empty())
        return {};
    QByteArray bytes = std::move(m_spareBuffers.back());
    m_spareBuffers.pop_back();
    bytes.truncate(0); // unshared: the capacity stays
    return bytes;
}

void ProtocolEngine::recycle(Events &&spent) noexcept
{
    // Kept: small buffers nobody else holds (a socket's write buffer copies what it is given).
    // One still shared would be copied on its next write anyway (implicit sharing keeps the
    // holder's bytes); a large payload's memory is not kept for later.
    constexpr std::size_t MaxSpareBuffers = 1024;
    constexpr qsizetype MaxSpareBufferCapacity = 4096;
    for (Engine::Event &event : spent) {
        auto *send = std::get_if<Engine::SendBytes>(&event);
        if (!send || m_spareBuffers.size() >= MaxSpareBuffers)
            continue;
        QByteArray &bytes = send->bytes;
        if (bytes.capacity() == 0 || bytes.capacity() > MaxSpareBufferCapacity ||
            !bytes.isDetached())
            continue;
        try {
            m_spareBuffers.push_back(std::move(bytes));
        } catch (const std::bad_alloc &) {
            break; // only a lost optimisation
        }
    }
    // A few suffice: batches are handed out and given back in nested order.
    constexpr std::size_t MaxSpares = 4;
    if (spent.capacity() == 0 || m_spareEvents.size() >= MaxSpares)
        return;
    spent.clear();
    try {
        m_spareEvents.push_back(std::move(spent));
    } catch (const std::bad_alloc &) {
        // Only a lost optimisation.
    }
}

} // namespace OhMqtt
