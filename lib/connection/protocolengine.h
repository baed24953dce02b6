// ProtocolEngine: the MQTT client protocol without I/O — bytes and requests in, events out.
#pragma once

#include "connection/engineevent.h"
#include "connection/packetidmap.h"
#include "connection/packetidpool.h"
#include "connection/streamdecoder.h"
#include "packet/publishdecode.h"

#include <QtCore/qhash.h>
#include <QtCore/qset.h>

#include <optional>

namespace OhMqtt {

class MqttAuthenticator;

// One engine serves one connection at a time and may be started again after closed().
// Every call returns the events it caused, in the order the caller must act on them; the engine
// never throws, never reads the clock and owns no socket or timer (the async_mqtt rv_connection
// model). Protocol violations by the server end the connection: ConnectionFailed, then, in
// MQTT 5.0, a DISCONNECT with the matching reason code, then Close [MQTT-4.13.1-1].
class ProtocolEngine
{
public:
    using Events = Engine::Events;

    // MQTT 3.1.1 servers announce no Receive Maximum; QoS 1 and 2 PUBLISH in flight are kept to
    // this many, as libmosquitto does (mosquitto quietly drops QoS 2 messages beyond 20).
    static constexpr quint16 V311ReceiveMaximum = 20;

    ProtocolEngine();
    ~ProtocolEngine();

    ProtocolEngine(const ProtocolEngine &) = delete;
    ProtocolEngine &operator=(const ProtocolEngine &) = delete;

    // The transport is open: writes CONNECT. Version, Keep Alive, Maximum Packet Size, Receive
    // Maximum and Topic Alias Maximum of the connection come from `connect`.
    Events start(const ConnectPacket &connect);

    // Bytes from the transport, fragmented any way.
    Events receive(QByteArrayView bytes);
    // The same without a copy: a transport reads straight into receiveSpace() (about
    // `preferred` bytes, maybe fewer), then says how many it wrote there.
    StreamDecoder::Space receiveSpace(qsizetype preferred)
    {
        return m_decoder.writeSpace(preferred);
    }
    Events receiveWritten(qsizetype count);

    // A packet to send once connected: PUBLISH, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, AUTH or
    // DISCONNECT. SUBSCRIBE, UNSUBSCRIBE and PUBLISH with QoS 1 or 2 need an identifier from
    // acquirePacketId(). A packet that may not be sent gives SendRejected.
    Events send(const Packet &packet);

    // Sends DISCONNECT and asks for Close; MQTT 3.1.1 sends the packet without a reason code.
    // Here and in every acknowledgement and AUTH, a Reason String or User Properties too large for
    // the server's Maximum Packet Size are left out (optionalproperties.h).
    Events disconnect(const DisconnectPacket &packet = {});

    // Enhanced authentication (MQTT 4.12), handle_auth.cpp. auth() sends AUTH: Continue
    // authentication (0x18) during an exchange, Re-authenticate (0x19) once connected; CONNECT's
    // Authentication Method is filled in when absent. A refused AUTH gives SendRejected.
    Events auth(const AuthPacket &packet);
    // Not owned; may be null. When set, start() puts its method and initial data in CONNECT, and
    // the engine answers the server's AUTH 0x18 and checks its final data by itself.
    void setAuthenticator(MqttAuthenticator *authenticator) noexcept;
    MqttAuthenticator *authenticator() const noexcept { return m_auth.authenticator; }
    bool isReauthenticating() const noexcept { return m_auth.reauthenticating; }

    Events timerFired(Engine::Timer timer);

    // The transport closed, asked or not. Stops the timers and forgets the connection's packet
    // identifiers, except those of the session: QoS 1 and 2 PUBLISH packets not yet
    // acknowledged, and inbound QoS 2 waiting for PUBREL, are kept for a session that resumes.
    // The next CONNACK resends them (Session Present 1) or gives them back (SessionDiscarded).
    Events closed();

    // Gives back a batch of events the caller has handled, so that its capacity serves a later
    // batch: no allocation per call on the hot path.
    void recycle(Events &&spent) noexcept;

    // Outbound QoS 1 and 2 PUBLISH packets not yet acknowledged, kept across connections.
    int unacknowledgedPublishes() const noexcept { return int(m_sessionOrder.size()); }
    // A read-only view of the session, for MqttClient::inflightMessages(): `visit(packet, ack)`
    // for each of them in the order first sent, `ack` being what completes its current step
    // (PubAck; PubRec; PubComp once PUBREC came).
    template<typename Visit> void forEachUnacknowledged(Visit &&visit) const
    {
        for (const quint16 packetId : m_sessionOrder) {
            if (const PublishPacket *packet = m_sessionPublishes.find(packetId))
                visit(*packet, m_awaiting.value(packetId).ack);
        }
    }
    // Inbound QoS 2 packet identifiers awaiting PUBREL, kept across connections.
    const QSet<quint16> &inboundAwaitingRelease() const noexcept { return m_inboundQos2; }
    // Between connections: forgets them, as the caller has given up on them.
    void forgetSession() noexcept;
    // Before the first connection (state Idle, no session yet): the session a store kept —
    // outbound PUBLISH packets already sent (with their identifiers, in the order first sent;
    // `released` when PUBREC came) and inbound QoS 2 identifiers awaiting PUBREL. The next
    // CONNACK resends or gives them back as with any session.
    struct StoredPublish
    {
        PublishPacket packet;
        bool released = false;
    };
    void restoreSession(const QList<StoredPublish> &publishes, const QList<quint16> &inbound);
    // SessionChanged events, for a caller that keeps the session in a store. Off by default.
    void setReportsSessionChanges(bool report) noexcept { m_reportSessionChanges = report; }

    // A free identifier [MQTT-2.2.1-3] [MQTT-4.3.2-1] [MQTT-4.3.3-1], or nothing when all are in
    // use. It stays taken until its acknowledgement flow completes (PacketIdReleased), send()
    // rejects it, or releasePacketId().
    std::optional<quint16> acquirePacketId() noexcept;
    void releasePacketId(quint16 packetId) noexcept;

    // How long to wait for PINGRESP; zero (the default) waits half the Keep Alive interval, so
    // that a peer silent since time t is given up at t + 1.5 × Keep Alive at the latest: PINGREQ
    // goes out once nothing was sent or nothing was received for one interval (the spirit of
    // MQTT 3.1.2.10, which gives the server 1.5 × Keep Alive).
    void setPingResponseTimeout(std::chrono::milliseconds timeout) noexcept;
    std::chrono::milliseconds pingResponseTimeout() const noexcept;

    Engine::State state() const noexcept { return m_state; }
    ProtocolVersion protocolVersion() const noexcept { return m_version; }
    const ConnAckPacket &connAck() const noexcept { return m_connAck; }
    // The Keep Alive in force: the client's, or the Server Keep Alive [MQTT-3.2.2-21].
    std::chrono::milliseconds keepAliveInterval() const noexcept { return m_keepAlive; }
    // How many more QoS 1 and 2 PUBLISH packets the server's Receive Maximum allows now.
    int sendQuota() const noexcept;
    // Read-only views for the limits suite: what the receive buffer holds, and how many of the
    // server's Topic Aliases are mapped (never more than our Topic Alias Maximum).
    const StreamDecoder &decoder() const noexcept { return m_decoder; }
    qsizetype inboundTopicAliasCount() const noexcept { return m_inboundAliases.size(); }

private:
    struct Awaiting
    {
        PacketType ack {}; // the packet that completes the flow
        int count = 0; // reason codes expected in SUBACK or UNSUBACK
    };

    // protocolengine.cpp
    bool isOpen() const noexcept; // CONNECT sent, not yet closing
    template<typename Decode> void decodeReceived(Decode &&decode);
    void decodeAvailable();
    void dispatch(Packet &&packet);
    void write(const Packet &packet, quint16 packetId = 0);
    void fail(const MqttError &error, bool sendDisconnect = true, bool abort = false);
    void endConnection(ReasonCode reason, bool abort = false);
    void stopTimers();
    void sendPing();
    void release(quint16 packetId);
    void endPublishFlow(quint16 packetId, Packet &&lastPacket);
    Events take();

    // engine_send.cpp
    void sendChecked(const Packet &packet);
    void checkPublish(const PublishPacket &publish) const;
    void checkSubscribe(const SubscribePacket &subscribe) const;
    void checkNewFlow(quint16 packetId, const char *packetName) const;
    void reject(const Packet &packet, const MqttError &error);

    // engine_session.cpp: the outbound half of the session, across connections
    void rememberPublish(const PublishPacket &publish);
    void forgetPublish(quint16 packetId);
    void keepSessionAcrossClose();
    void resumeSession();
    void resend(quint16 packetId);
    void rememberRelease(quint16 packetId);
    QList<quint16> resendOrder() const;
    void resendNext();
    void discardSession();
    void reportSessionChange(Engine::SessionChanged::Change change, quint16 packetId = 0);

    // engine_topicalias.cpp: Topic Aliases both ways, for one Network Connection
    void resolveTopicAlias(PublishPacket &publish);
    void checkOutboundTopicAlias(const PublishPacket &publish) const;
    void rememberOutboundTopicAlias(const PublishPacket &publish);
    void forgetTopicAliases() noexcept;

    // handle_<packet>.cpp, one per packet the server may send
    void handleConnAck(ConnAckPacket &&connAck);
    void applyServerLimits(const ConnAckProperties &properties);
    void handlePublish(PublishPacket &&publish);
    void handlePubAck(PubAckPacket &&pubAck);
    void handlePubRec(PubRecPacket &&pubRec);
    void handlePubRel(PubRelPacket &&pubRel);
    void handlePubComp(PubCompPacket &&pubComp);
    void handleSubAck(SubAckPacket &&subAck);
    void handleUnsubAck(UnsubAckPacket &&unsubAck);
    void handlePingResp();
    void handleDisconnect(DisconnectPacket &&disconnect);
    void handleAuth(AuthPacket &&auth);

    // handle_auth.cpp: enhanced authentication
    ConnectPacket beginAuthentication(const ConnectPacket &connect);
    bool acceptConnAckAuthentication(const ConnAckProperties &properties);
    void continueAuthentication(AuthPacket &&auth);
    void finishReauthentication(AuthPacket &&auth);
    void sendAuth(AuthPacket packet);
    void failAuthentication(const MqttError &error);

    Awaiting takeAwaiting(quint16 packetId, PacketType ack, const char *packetName);

    QByteArray takeSpareBuffer() noexcept;

    Events m_events;
    std::vector<Events> m_spareEvents; // emptied batches, their capacity kept (recycle())
    // Small packets' buffers that came back unshared (recycle()): encoding the next PUBACK or
    // PUBLISH into one costs no allocation.
    std::vector<QByteArray> m_spareBuffers;
    Engine::State m_state = Engine::State::Idle;
    ProtocolVersion m_version = ProtocolVersion::V5;
    StreamDecoder m_decoder;
    TopicCache m_inboundTopic; // the last Topic Name received on this connection
    ConnAckPacket m_connAck;
    ReasonCode m_closeReason = ReasonCode::UnspecifiedError;

    // Keep Alive [MQTT-3.1.2-20]
    std::chrono::milliseconds m_keepAlive {0};
    std::chrono::milliseconds m_pingResponseTimeout {0};
    bool m_pingOutstanding = false;

    // What the client announced in CONNECT
    struct ClientSettings
    {
        bool cleanStart = false;
        bool authenticating = false; // an Authentication Method was sent
        quint32 sessionExpiry = 0; // Session Expiry Interval of CONNECT (MQTT 3.14.2.2.2)
        quint16 receiveMaximum = 65535;
        quint16 topicAliasMaximum = 0;
    } m_client;

    // Enhanced authentication (MQTT 4.12): the method CONNECT carried, if any
    struct Authentication
    {
        MqttAuthenticator *authenticator = nullptr;
        std::optional<QString> method;
        bool reauthenticating = false; // AUTH 0x19 sent, no AUTH 0x00 yet
    } m_auth;

    // What the server announced in CONNACK (MQTT 5.0); the defaults apply otherwise
    struct ServerLimits
    {
        quint32 maximumPacketSize = 0; // 0: no limit
        quint16 receiveMaximum = 65535;
        quint16 topicAliasMaximum = 0;
        QoS maximumQoS = QoS::Q2;
        bool retainAvailable = true;
        bool subscriptionIdsAvailable = true;
        bool sharedSubscriptionsAvailable = true;
        bool wildcardSubscriptionsAvailable = true;
    } m_server;

    // Outbound flows: identifiers in use, and what each one waits for
    PacketIdPool m_packetIds;
    PacketIdMap<Awaiting> m_awaiting;
    int m_publishesInFlight = 0;

    // Session: the QoS 1 and 2 PUBLISH packets not yet acknowledged, in the order first sent
    // [MQTT-4.6.0-1], as they are resent (full topic, no Topic Alias); their stage is in
    // m_awaiting (PubComp: PUBREC came, PUBREL is what gets resent)
    QList<quint16> m_sessionOrder;
    PacketIdMap<PublishPacket> m_sessionPublishes;
    // Those whose PUBREC came, in the order it came: their PUBRELs go again in that order
    // [MQTT-4.6.0-4]
    QList<quint16> m_releaseOrder;
    // Resumed flows beyond the server's Receive Maximum, resent as others complete
    QList<quint16> m_resendPending;

    // Inbound: QoS 2 identifiers waiting for PUBREL, and the server's topic aliases
    QSet<quint16> m_inboundQos2;
    bool m_reportSessionChanges = false;
    QHash<quint16, QString> m_inboundAliases;
    // Outbound: the topic each alias we sent stands for, on this connection only
    QHash<quint16, QString> m_outboundAliases;
};

// May a client send this reason code in DISCONNECT? (the table of MQTT 3.14.2.1)
bool clientMaySendDisconnectReason(ReasonCode code) noexcept;

} // namespace OhMqtt
