// MqttSessionStore: the interface's out-of-line destructor, which anchors its vtable.
#include <OhMqtt/mqttsessionstore.h>

namespace OhMqtt {

MqttSessionStore::~MqttSessionStore() = default;

} // namespace OhMqtt
