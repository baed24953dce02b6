// ProtocolEngine: PINGRESP — the server is alive; the response deadline is lifted.
#include "connection/protocolengine.h"

namespace OhMqtt {

void ProtocolEngine::handlePingResp()
{
    if (!m_pingOutstanding)
        return; // unasked for, harmless
    m_pingOutstanding = false;
    m_events.push_back(Engine::StopTimer {Engine::Timer::PingResponse});
}

} // namespace OhMqtt
