// Reads the tool's packets off a loopback socket and writes the script's answers, with bounded
// waits.
#include "cli/scriptedbroker.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtNetwork/qhostaddress.h>

namespace OhMqttTest {

using namespace OhMqtt;

bool ScriptedBroker::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool ScriptedBroker::accept(int timeoutMs)
{
    if (!m_server.waitForNewConnection(timeoutMs))
        return false;
    m_socket = m_server.nextPendingConnection();
    return m_socket != nullptr;
}

std::optional<Packet> ScriptedBroker::next(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket) {
        if (m_pending.size() >= 2 && quint8(m_pending.at(1)) < 0x80 &&
            m_pending.size() >= 2 + quint8(m_pending.at(1))) {
            const qsizetype length = quint8(m_pending.at(1));
            const Packet packet = decodePacket(quint8(m_pending.at(0)), m_pending.mid(2, length),
                                               ProtocolVersion::V5);
            m_pending.remove(0, 2 + length);
            return packet;
        }
        if (deadline.hasExpired() || !m_socket->waitForReadyRead(int(deadline.remainingTime())))
            return std::nullopt;
        m_pending += m_socket->readAll();
    }
    return std::nullopt;
}

bool ScriptedBroker::send(const Packet &packet)
{
    if (!m_socket)
        return false;
    m_socket->write(encodePacket(packet, ProtocolVersion::V5));
    return m_socket->waitForBytesWritten(ToolTimeoutMs);
}

void ScriptedBroker::close()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

} // namespace OhMqttTest
