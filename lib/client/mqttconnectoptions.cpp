// MqttConnectOptions: the CONNECT packet the options describe.
#include <OhMqtt/mqttconnectoptions.h>

namespace OhMqtt {

ConnectPacket MqttConnectOptions::connectPacket() const
{
    ConnectPacket connect;
    connect.protocolVersion = protocolVersion;
    connect.clientId = clientId;
    connect.cleanStart = cleanStart;
    connect.keepAlive = keepAliveInterval;
    connect.username = username;
    connect.password = password;
    connect.will = will;
    connect.properties = connectProperties;
    return connect;
}

} // namespace OhMqtt
