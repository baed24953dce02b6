// QuickSubscription: keeps one library subscription in step with the QML properties.
#include "quicksubscription.h"

namespace OhMqttQuick {

namespace {

QuickSubscription::State stateOf(OhMqtt::MqttSubscription::State state)
{
    using Library = OhMqtt::MqttSubscription::State;
    switch (state) {
    case Library::Pending:
        return QuickSubscription::State::Pending;
    case Library::Subscribed:
        return QuickSubscription::State::Subscribed;
    case Library::Unsubscribed:
        return QuickSubscription::State::Unsubscribed;
    case Library::Error:
        return QuickSubscription::State::Error;
    }
    return QuickSubscription::State::Error;
}

bool isActive(const OhMqtt::MqttSubscriptionPtr &subscription)
{
    return subscription &&
        (subscription->state() == OhMqtt::MqttSubscription::State::Pending ||
         subscription->state() == OhMqtt::MqttSubscription::State::Subscribed);
}

} // namespace

QuickSubscription::QuickSubscription(QObject *parent)
    : QObject(parent)
{ }

QuickSubscription::~QuickSubscription()
{
    release();
}

void QuickSubscription::setClient(OhMqtt::MqttClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (m_client) {
        // The subscription outlives its client (Unsubscribed then); this object lets it go.
        connect(m_client, &QObject::destroyed, this, [this] {
            emit clientChanged();
            scheduleUpdate();
        });
    }
    emit clientChanged();
    scheduleUpdate();
}

void QuickSubscription::setTopicFilter(const QString &topicFilter)
{
    if (m_topicFilter == topicFilter)
        return;
    m_topicFilter = topicFilter;
    emit topicFilterChanged();
    scheduleUpdate();
}

template<typename Value, typename Setter>
void QuickSubscription::changeOption(Value value, Setter setter)
{
    OhMqtt::MqttSubscribeOptions options = m_options;
    (options.*setter)(value);
    if (options == m_options)
        return;
    m_options = options;
    emit optionsChanged();
    scheduleUpdate();
}

int QuickSubscription::qos() const
{
    return int(m_options.maximumQoS());
}

// A value out of range goes to the library as it is: the subscription then fails with an error
// that names it, as it would in C++.
void QuickSubscription::setQos(int qos)
{
    changeOption(OhMqtt::QoS(qos), &OhMqtt::MqttSubscribeOptions::setMaximumQoS);
}

bool QuickSubscription::noLocal() const
{
    return m_options.noLocal();
}

void QuickSubscription::setNoLocal(bool noLocal)
{
    changeOption(noLocal, &OhMqtt::MqttSubscribeOptions::setNoLocal);
}

bool QuickSubscription::retainAsPublished() const
{
    return m_options.retainAsPublished();
}

void QuickSubscription::setRetainAsPublished(bool retainAsPublished)
{
    changeOption(retainAsPublished, &OhMqtt::MqttSubscribeOptions::setRetainAsPublished);
}

int QuickSubscription::retainPolicy() const
{
    return int(m_options.retainPolicy());
}

void QuickSubscription::setRetainPolicy(int policy)
{
    changeOption(OhMqtt::RetainPolicy(policy), &OhMqtt::MqttSubscribeOptions::setRetainPolicy);
}

int QuickSubscription::subscriptionIdentifier() const
{
    return int(m_options.subscriptionIdentifier());
}

void QuickSubscription::setSubscriptionIdentifier(int identifier)
{
    changeOption(quint32(identifier), &OhMqtt::MqttSubscribeOptions::setSubscriptionIdentifier);
}

QString QuickSubscription::shareName() const
{
    return m_options.shareName();
}

void QuickSubscription::setShareName(const QString &shareName)
{
    changeOption(shareName, &OhMqtt::MqttSubscribeOptions::setShareName);
}

void QuickSubscription::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged();
    scheduleUpdate();
}

int QuickSubscription::grantedQoS() const
{
    return m_subscription && m_state == State::Subscribed ? int(m_subscription->grantedQoS()) : -1;
}

void QuickSubscription::classBegin()
{
    m_complete = false;
}

void QuickSubscription::componentComplete()
{
    m_complete = true;
    update();
}

void QuickSubscription::scheduleUpdate()
{
    if (!m_complete || m_updateScheduled)
        return;
    m_updateScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_updateScheduled = false;
            update();
        },
        Qt::QueuedConnection);
}

void QuickSubscription::update()
{
    const bool wanted = m_client && m_enabled && !m_topicFilter.isEmpty();
    if (m_subscription) {
        const bool sameFilter = wanted && isActive(m_subscription) && m_heldClient == m_client &&
            m_heldFilter == m_topicFilter;
        if (sameFilter && m_subscription->options() == m_options)
            return;
        // Same filter and share name on the same client: subscribing again takes it over on
        // the broker without a gap; anything else ends the old one first.
        if (sameFilter && m_subscription->shareName() == m_options.shareName())
            m_subscription->disconnect(this);
        else
            release();
    }
    if (!wanted) {
        m_subscription.reset();
        setState(State::Inactive);
        emit grantedQoSChanged();
        return;
    }
    m_heldClient = m_client;
    m_heldFilter = m_topicFilter;
    follow(m_client->subscribe(m_topicFilter, m_options));
}

void QuickSubscription::release()
{
    if (!m_subscription)
        return;
    m_subscription->disconnect(this);
    if (isActive(m_subscription))
        m_subscription->unsubscribe();
    m_subscription.reset();
}

void QuickSubscription::follow(const OhMqtt::MqttSubscriptionPtr &subscription)
{
    m_subscription = subscription;
    using Library = OhMqtt::MqttSubscription;
    connect(subscription.data(), &Library::stateChanged, this, [this](Library::State state) {
        setState(stateOf(state));
        emit grantedQoSChanged();
    });
    connect(subscription.data(), &Library::grantedQoSChanged, this,
            &QuickSubscription::grantedQoSChanged);
    connect(subscription.data(), &Library::errorOccurred, this, &QuickSubscription::fail);
    connect(subscription.data(), &Library::messageReceived, this,
            [this](const OhMqtt::MqttMessage &message) {
                m_lastMessage = message;
                ++m_messageCount;
                emit messageReceived(message);
            });
    if (subscription->state() == Library::State::Error)
        fail(subscription->lastError());
    setState(stateOf(subscription->state()));
    emit grantedQoSChanged();
}

void QuickSubscription::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void QuickSubscription::fail(const OhMqtt::MqttError &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

} // namespace OhMqttQuick
