// ScriptedBroker: a loopback QTcpServer that plays the broker packet by packet, for what a real
// broker will not do on cue (hold an acknowledgement back, refuse one message).
#pragma once

#include "cli/toolprocess.h"

#include <OhMqtt/packet/packet.h>

#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>

#include <optional>

namespace OhMqttTest {

class ScriptedBroker
{
public:
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // Waits for the tool to connect.
    bool accept(int timeoutMs = ToolTimeoutMs);
    // The next whole packet from the client, decoded as MQTT 5.0; nothing when none came in
    // time. Packets up to 127 bytes of body only, which is all the scripts need.
    std::optional<OhMqtt::Packet> next(int timeoutMs = ToolTimeoutMs);
    // next() when it is a `P`.
    template<typename P> std::optional<P> expect(int timeoutMs = ToolTimeoutMs)
    {
        const std::optional<OhMqtt::Packet> packet = next(timeoutMs);
        if (!packet || !std::holds_alternative<P>(*packet))
            return std::nullopt;
        return std::get<P>(*packet);
    }
    bool send(const OhMqtt::Packet &packet);
    void close();

private:
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_pending;
};

} // namespace OhMqttTest
