// MqttScriptedBroker: an in-process broker on loopback whose replies a test scripts, for what a
// real broker will not do on cue.
#pragma once

#include <OhMqttTest/ohmqtttest_export.h>

#include <OhMqtt/packet/packet.h>

#include <QtCore/qobject.h>

#include <functional>
#include <memory>
#include <optional>

namespace OhMqtt {

class MqttScriptedBrokerPrivate;

/// A broker played by the test: a QTcpServer on a free port of 127.0.0.1 that decodes the
/// client's packets with the library's codec, records them, and answers as scripted. For the
/// cases a real broker will not produce on request: a refusal with a given reason code, a
/// dropped or silent connection, a late CONNACK, unanswered PINGREQs, a SUBACK refusing a
/// filter, a packet the client must reject. Use MqttTestBroker for everything else.
///
/// \code
/// OhMqtt::MqttScriptedBroker broker;
/// broker.refuseConnections(OhMqtt::ReasonCode::NotAuthorized);
/// OhMqtt::MqttConnectOptions options;
/// options.setAddress(broker.url());
/// QVERIFY(client.connectToBroker(options));
/// QVERIFY(!client.waitForConnected(5000));
/// QCOMPARE(client.connectResult().reasonCode(), OhMqtt::ReasonCode::NotAuthorized);
/// \endcode
///
/// Without a script it behaves as a minimal broker: it accepts every CONNECT, grants every
/// SUBSCRIBE at the QoS asked for, acknowledges UNSUBSCRIBE, PUBLISH (PUBACK or PUBREC) and
/// PUBREL (PUBCOMP), and answers PINGREQ. It routes no messages. Each connection speaks the
/// protocol version of its CONNECT (3.1.1 or 5.0). A connection whose first packet is not
/// CONNECT, or that sends bytes that do not decode, is closed ([MQTT-3.1.0-1], [MQTT-4.13.1-1]).
/// The script applies to every connection; send() and the other direct calls go to the latest.
///
/// No exception leaves it. It lives in the test's thread and works on its event loop: the wait
/// functions spin it, with a bounded timeout.
class OHMQTTTEST_EXPORT MqttScriptedBroker : public QObject
{
    Q_OBJECT

public:
    /// Replaces the scripted reply to one packet type: called with each packet of that type the
    /// client sends (after it is recorded); it answers with send(), sendBytes() or
    /// closeConnection(), or not at all.
    using Handler = std::function<void(const Packet &packet)>;

    /// Listens on 127.0.0.1 at a free port; isListening() says whether that worked.
    explicit MqttScriptedBroker(QObject *parent = nullptr);
    ~MqttScriptedBroker() override; ///< closes every connection

    bool isListening() const; ///< the server listens; else errorString() says why
    QString errorString() const; ///< why listening failed, or the last send() that could not
    quint16 port() const; ///< the port on 127.0.0.1
    QString url() const; ///< "mqtt://127.0.0.1:<port>", for MqttConnectOptions

    /// @name The reply to CONNECT
    /// Each call replaces the earlier one; the default is acceptConnections().
    ///@{
    /// CONNACK with Success, this Session Present flag and these properties (MQTT 5.0).
    void acceptConnections(bool sessionPresent = false, const ConnAckProperties &properties = {});
    /// CONNACK with this reason code; in MQTT 3.1.1 the return code of the same meaning
    /// (NotAuthorized is 5). The connection is closed after it, as a server must
    /// ([MQTT-3.2.2-5] / [MQTT-3.2.2-7]).
    void refuseConnections(ReasonCode reasonCode, const ConnAckProperties &properties = {});
    /// Exactly this CONNACK, whatever it says; the connection stays open, also after a refusal
    /// (a broker that breaks [MQTT-3.2.2-7]).
    void setConnAck(const ConnAckPacket &connAck);
    /// These bytes instead of a CONNACK: a malformed packet, or a CONNACK followed by more.
    void setConnectReplyBytes(const QByteArray &bytes);
    /// Closes the connection on CONNECT, without a reply.
    void dropConnections();
    /// Never answers, and never closes the connection, whatever the client sends (also what is
    /// not MQTT, such as a TLS handshake): the client's connect timeout is what ends it.
    void ignoreConnections();
    ///@}

    /// @name Replies to later packets
    ///@{
    /// Off: the broker answers nothing by itself, not even CONNECT; the test plays each step with
    /// takePacket() and send(), as mosquitto's own test scripts do. On by default.
    void setAutomaticReplies(bool enabled);
    /// Every scripted reply (to CONNECT and the rest) goes out this many milliseconds after the
    /// packet it answers came in; 0, the default, at once.
    void setReplyDelay(int msecs);
    /// Answer PINGREQ with PINGRESP (the default) or leave it unanswered, for keep-alive tests.
    void setAnswerPings(bool answer);
    /// The reason codes of every SUBACK, one per filter in order (the last repeats for filters
    /// beyond the list); empty, the default, grants each filter the QoS it asked for. MQTT 3.1.1
    /// has one refusal, Failure (0x80): every code of 0x80 or more goes out as that.
    void setSubscribeReasonCodes(const QList<ReasonCode> &reasonCodes);
    /// The reason code of PUBACK and PUBREC (MQTT 5.0; Success by default). An error code ends a
    /// QoS 2 exchange at PUBREC, as a server does.
    void setPublishReasonCode(ReasonCode reasonCode);
    /// Acknowledge PUBLISH and PUBREL (the default) or not, for retransmission tests.
    void setAnswerPublishes(bool answer);
    /// Replaces the reply to packets of `type` with `handler`; a null handler restores the
    /// scripted reply.
    void setHandler(PacketType type, Handler handler);
    ///@}

    /// @name The latest connection
    ///@{
    /// Encodes `packet` in the connection's protocol version and writes it; false when no client
    /// is connected or the packet cannot be encoded (errorString() says why).
    bool send(const Packet &packet);
    /// Writes `bytes` as they are; false when no client is connected.
    bool sendBytes(const QByteArray &bytes);
    /// Closes the connection without DISCONNECT: a broker that went away.
    void closeConnection();
    bool isClientConnected() const; ///< a client is connected now
    /// The protocol version of the latest CONNECT; MQTT 5.0 before any.
    ProtocolVersion protocolVersion() const;
    ///@}

    /// @name What the clients sent
    ///@{
    QList<Packet> receivedPackets() const; ///< every packet decoded, in order, all connections
    int receivedCount(PacketType type) const; ///< how many packets of `type` came in
    QByteArray receivedBytes() const; ///< every byte received, all connections
    int connectionCount() const; ///< connections accepted so far
    /// The oldest packet not taken yet, waiting up to `timeoutMsecs` for one; none when none came
    /// in time. receivedPackets() keeps them all.
    std::optional<Packet> takePacket(int timeoutMsecs = 5000);
    /// takePacket(), when it is a `P`; none (with a warning naming what came) otherwise.
    template<typename P> std::optional<P> takePacket(int timeoutMsecs = 5000)
    {
        std::optional<Packet> packet = takePacket(timeoutMsecs);
        if (!packet)
            return std::nullopt;
        if (!std::holds_alternative<P>(*packet)) {
            warnUnexpected(*packet);
            return std::nullopt;
        }
        return std::get<P>(std::move(*packet));
    }
    /// Spins the event loop until `count` packets of `type` came in, in all (not only from now),
    /// or `timeoutMsecs` pass; true when they did.
    bool waitForPackets(PacketType type, int count = 1, int timeoutMsecs = 5000);
    /// Spins the event loop until `count` connections were accepted in all; true when they were.
    bool waitForConnections(int count = 1, int timeoutMsecs = 5000);
    /// Spins the event loop until no client is connected; true when none is.
    bool waitForClientClosed(int timeoutMsecs = 5000);
    ///@}

Q_SIGNALS:
    void clientConnected(); ///< a connection was accepted (before its CONNECT)
    void clientDisconnected(); ///< a connection closed, by either side
    /// A packet decoded from a client, before the script answers it.
    void packetReceived(const OhMqtt::Packet &packet);

private:
    static void warnUnexpected(const Packet &packet);
    bool waitFor(const std::function<bool()> &condition, int timeoutMsecs);

    friend class MqttScriptedBrokerPrivate;
    std::unique_ptr<MqttScriptedBrokerPrivate> d;
};

} // namespace OhMqtt
