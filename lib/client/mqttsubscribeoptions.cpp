// MqttSubscribeOptions: the shared data behind the options of one subscription.
#include <OhMqtt/mqttsubscribeoptions.h>

namespace OhMqtt {

// The fields apart from the reference count, so that equality can be defaulted.
struct MqttSubscribeOptionsFields
{
    QoS maximumQoS = QoS::Q2;
    QString shareName;
    bool noLocal = false;
    bool retainAsPublished = false;
    RetainPolicy retainPolicy = RetainPolicy::Always;
    quint32 subscriptionIdentifier = 0;
    QList<StringPair> userProperties;

    friend bool operator==(const MqttSubscribeOptionsFields &,
                           const MqttSubscribeOptionsFields &) = default;
};

class MqttSubscribeOptionsData : public QSharedData, public MqttSubscribeOptionsFields
{
};

MqttSubscribeOptions::MqttSubscribeOptions()
    : d(new MqttSubscribeOptionsData)
{ }

MqttSubscribeOptions::MqttSubscribeOptions(const MqttSubscribeOptions &other) = default;
MqttSubscribeOptions::MqttSubscribeOptions(MqttSubscribeOptions &&other) noexcept = default;
MqttSubscribeOptions &MqttSubscribeOptions::operator=(const MqttSubscribeOptions &other) = default;
MqttSubscribeOptions &
MqttSubscribeOptions::operator=(MqttSubscribeOptions &&other) noexcept = default;
MqttSubscribeOptions::~MqttSubscribeOptions() = default;

QoS MqttSubscribeOptions::maximumQoS() const noexcept
{
    return d->maximumQoS;
}

void MqttSubscribeOptions::setMaximumQoS(QoS qos)
{
    d->maximumQoS = qos;
}

QString MqttSubscribeOptions::shareName() const
{
    return d->shareName;
}

void MqttSubscribeOptions::setShareName(const QString &shareName)
{
    d->shareName = shareName;
}

bool MqttSubscribeOptions::noLocal() const noexcept
{
    return d->noLocal;
}

void MqttSubscribeOptions::setNoLocal(bool noLocal)
{
    d->noLocal = noLocal;
}

bool MqttSubscribeOptions::retainAsPublished() const noexcept
{
    return d->retainAsPublished;
}

void MqttSubscribeOptions::setRetainAsPublished(bool retainAsPublished)
{
    d->retainAsPublished = retainAsPublished;
}

RetainPolicy MqttSubscribeOptions::retainPolicy() const noexcept
{
    return d->retainPolicy;
}

void MqttSubscribeOptions::setRetainPolicy(RetainPolicy policy)
{
    d->retainPolicy = policy;
}

quint32 MqttSubscribeOptions::subscriptionIdentifier() const noexcept
{
    return d->subscriptionIdentifier;
}

void MqttSubscribeOptions::setSubscriptionIdentifier(quint32 identifier)
{
    d->subscriptionIdentifier = identifier;
}

QList<StringPair> MqttSubscribeOptions::userProperties() const
{
    return d->userProperties;
}

void MqttSubscribeOptions::setUserProperties(const QList<StringPair> &userProperties)
{
    d->userProperties = userProperties;
}

bool operator==(const MqttSubscribeOptions &a, const MqttSubscribeOptions &b)
{
    return a.d == b.d ||
        static_cast<const MqttSubscribeOptionsFields &>(*a.d) ==
        static_cast<const MqttSubscribeOptionsFields &>(*b.d);
}

namespace {

// By name too, for queued connections and lookups made with the type's name.
void registerMqttSubscribeOptionsMetaType()
{
    qRegisterMetaType<MqttSubscribeOptions>();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(registerMqttSubscribeOptionsMetaType)

} // namespace OhMqtt
