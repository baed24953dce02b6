// MqttSubscribeResult: SUBACK for one topic filter.
#include <OhMqtt/mqttsubscriberesult.h>

namespace OhMqtt {

class MqttSubscribeResultData : public QSharedData
{
public:
    SubAckPacket packet;
};

MqttSubscribeResult::MqttSubscribeResult() = default;

MqttSubscribeResult::MqttSubscribeResult(const SubAckPacket &subAck)
    : d(new MqttSubscribeResultData)
{
    d->packet = subAck;
}

MqttSubscribeResult::MqttSubscribeResult(const MqttSubscribeResult &other) = default;
MqttSubscribeResult::MqttSubscribeResult(MqttSubscribeResult &&other) noexcept = default;
MqttSubscribeResult &MqttSubscribeResult::operator=(const MqttSubscribeResult &other) = default;
MqttSubscribeResult &MqttSubscribeResult::operator=(MqttSubscribeResult &&other) noexcept = default;
MqttSubscribeResult::~MqttSubscribeResult() = default;

bool MqttSubscribeResult::isNull() const noexcept
{
    return !d;
}

ReasonCode MqttSubscribeResult::reasonCode() const noexcept
{
    // The client sends one filter per SUBSCRIBE, so SUBACK carries one code [MQTT-3.9.3-1].
    return d && !d->packet.reasonCodes.isEmpty() ? d->packet.reasonCodes.constFirst()
                                                 : ReasonCode::UnspecifiedError;
}

bool MqttSubscribeResult::isGranted() const noexcept
{
    return d && !isError(reasonCode());
}

QoS MqttSubscribeResult::grantedQoS() const noexcept
{
    return isGranted() ? QoS(quint8(reasonCode())) : QoS::Q0;
}

QString MqttSubscribeResult::reasonString() const
{
    return d ? d->packet.properties.reasonString().value_or(QString()) : QString();
}

QList<StringPair> MqttSubscribeResult::userProperties() const
{
    return d ? d->packet.properties.userProperties() : QList<StringPair> {};
}

SubAckPacket MqttSubscribeResult::packet() const
{
    return d ? d->packet : SubAckPacket {};
}

bool operator==(const MqttSubscribeResult &a, const MqttSubscribeResult &b)
{
    return a.d == b.d || (a.d && b.d && a.d->packet == b.d->packet);
}

} // namespace OhMqtt
