// MqttClient: enhanced authentication — the authenticator, and AUTH sent on the caller's request.
#include <OhMqtt/mqttauthenticator.h>
#include <OhMqtt/mqttclient.h>

#include "client/mqttclient_p.h"

namespace OhMqtt {

// The engine uses the authenticator from the next CONNECT or AUTH on, in the client's thread.
void MqttClient::setAuthenticator(MqttAuthenticator *authenticator)
{
    Q_D(MqttClient);
    d->authenticator.store(authenticator);
    d->post([d, authenticator] { d->engine.setAuthenticator(authenticator); });
}

MqttAuthenticator *MqttClient::authenticator() const
{
    return d_func()->authenticator.load();
}

// No handle to fail: a refused AUTH (not connected, no method, wrong reason code...) is reported
// like the connection's errors, and the connection goes on.
void MqttClient::authenticate(const AuthProperties &properties, ReasonCode reasonCode)
{
    Q_D(MqttClient);
    AuthPacket packet;
    packet.reasonCode = reasonCode;
    packet.properties = properties;
    d->post([d, packet] {
        Engine::Events events = d->engine.auth(packet);
        std::optional<MqttError> refusal;
        for (const Engine::Event &event : events) {
            if (const auto *rejected = std::get_if<Engine::SendRejected>(&event))
                refusal = rejected->error;
        }
        d->process(std::move(events));
        if (refusal)
            d->reportError(*refusal);
    });
}

} // namespace OhMqtt
