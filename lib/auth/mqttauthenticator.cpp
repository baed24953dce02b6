// MqttAuthenticator: the out-of-line parts of the interface, so its vtable has one home.
#include <OhMqtt/mqttauthenticator.h>

namespace OhMqtt {

MqttAuthenticator::MqttAuthenticator() = default;
MqttAuthenticator::~MqttAuthenticator() = default;

} // namespace OhMqtt
