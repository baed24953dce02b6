// MqttConnectResult: CONNACK read with the specification's defaults [MQTT-3.2.2.3].
#include <OhMqtt/mqttconnectresult.h>

namespace OhMqtt {

class MqttConnectResultData : public QSharedData
{
public:
    ConnAckPacket packet;
};

MqttConnectResult::MqttConnectResult() = default;

MqttConnectResult::MqttConnectResult(const ConnAckPacket &connAck)
    : d(new MqttConnectResultData)
{
    d->packet = connAck;
}

MqttConnectResult::MqttConnectResult(const MqttConnectResult &other) = default;
MqttConnectResult::MqttConnectResult(MqttConnectResult &&other) noexcept = default;
MqttConnectResult &MqttConnectResult::operator=(const MqttConnectResult &other) = default;
MqttConnectResult &MqttConnectResult::operator=(MqttConnectResult &&other) noexcept = default;
MqttConnectResult::~MqttConnectResult() = default;

namespace {

const ConnAckProperties &propertiesOf(const MqttConnectResultData *d)
{
    static const ConnAckProperties none;
    return d ? d->packet.properties : none;
}

} // namespace

bool MqttConnectResult::isNull() const noexcept
{
    return !d;
}

bool MqttConnectResult::isAccepted() const noexcept
{
    return d && d->packet.reasonCode == ReasonCode::Success;
}

ReasonCode MqttConnectResult::reasonCode() const noexcept
{
    return d ? d->packet.reasonCode : ReasonCode::UnspecifiedError;
}

bool MqttConnectResult::isSessionPresent() const noexcept
{
    return d && d->packet.sessionPresent;
}

QString MqttConnectResult::assignedClientIdentifier() const
{
    return propertiesOf(d.constData()).assignedClientIdentifier().value_or(QString());
}

int MqttConnectResult::serverKeepAlive() const noexcept
{
    const std::optional<quint16> value = propertiesOf(d.constData()).serverKeepAlive();
    return value ? int(*value) : -1;
}

qint64 MqttConnectResult::sessionExpiryInterval() const noexcept
{
    const std::optional<quint32> value = propertiesOf(d.constData()).sessionExpiryInterval();
    return value ? qint64(*value) : -1;
}

int MqttConnectResult::receiveMaximum() const noexcept
{
    return propertiesOf(d.constData()).receiveMaximum().value_or(65'535);
}

QoS MqttConnectResult::maximumQoS() const noexcept
{
    return QoS(propertiesOf(d.constData()).maximumQoS().value_or(quint8(QoS::Q2)));
}

bool MqttConnectResult::isRetainAvailable() const noexcept
{
    return propertiesOf(d.constData()).retainAvailable().value_or(true);
}

quint32 MqttConnectResult::maximumPacketSize() const noexcept
{
    return propertiesOf(d.constData()).maximumPacketSize().value_or(0);
}

int MqttConnectResult::topicAliasMaximum() const noexcept
{
    return propertiesOf(d.constData()).topicAliasMaximum().value_or(0);
}

bool MqttConnectResult::isWildcardSubscriptionAvailable() const noexcept
{
    return propertiesOf(d.constData()).wildcardSubscriptionAvailable().value_or(true);
}

bool MqttConnectResult::isSubscriptionIdentifierAvailable() const noexcept
{
    return propertiesOf(d.constData()).subscriptionIdentifierAvailable().value_or(true);
}

bool MqttConnectResult::isSharedSubscriptionAvailable() const noexcept
{
    return propertiesOf(d.constData()).sharedSubscriptionAvailable().value_or(true);
}

QString MqttConnectResult::responseInformation() const
{
    return propertiesOf(d.constData()).responseInformation().value_or(QString());
}

QString MqttConnectResult::serverReference() const
{
    return propertiesOf(d.constData()).serverReference().value_or(QString());
}

QString MqttConnectResult::reasonString() const
{
    return propertiesOf(d.constData()).reasonString().value_or(QString());
}

QList<StringPair> MqttConnectResult::userProperties() const
{
    return propertiesOf(d.constData()).userProperties();
}

ConnAckPacket MqttConnectResult::packet() const
{
    return d ? d->packet : ConnAckPacket {};
}

bool operator==(const MqttConnectResult &a, const MqttConnectResult &b)
{
    return a.d == b.d || (a.d && b.d && a.d->packet == b.d->packet);
}

} // namespace OhMqtt
