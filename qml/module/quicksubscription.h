// MqttSubscription for QML: a declarative subscription that follows its properties — set a
// client and a topic filter and it subscribes; change them and it subscribes again; disable or
// destroy it and it unsubscribes.
#pragma once

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttsubscription.h>

#include <QtCore/qpointer.h>
#include <QtQml/qqmlengine.h>
#include <QtQml/qqmlparserstatus.h>

namespace OhMqttQuick {

// Unqualified in the properties and signals below: moc links the namespace of a qualified type
// name to the class, and Qt 6.4's QML then registers that namespace's enums unscoped and warns
// of every clash between them.
using MqttClient = OhMqtt::MqttClient;
using MqttMessage = OhMqtt::MqttMessage;
using MqttError = OhMqtt::MqttError;

// Holds one library MqttSubscription at a time (see mqttsubscription.h for its life). The
// client is not owned. Property changes made together are applied once, in the next turn of
// the event loop.
class QuickSubscription : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MqttSubscription)
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(MqttClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString topicFilter READ topicFilter WRITE setTopicFilter NOTIFY topicFilterChanged)
    Q_PROPERTY(int qos READ qos WRITE setQos NOTIFY optionsChanged)
    Q_PROPERTY(bool noLocal READ noLocal WRITE setNoLocal NOTIFY optionsChanged)
    Q_PROPERTY(bool retainAsPublished READ retainAsPublished WRITE setRetainAsPublished NOTIFY
                   optionsChanged)
    // Mqtt.RetainPolicy.Always, .Once or .Never. An int: an OhMqtt enum property here would make
    // Qt 6.4's QML register the namespace's enums unscoped too, warning of every name clash.
    Q_PROPERTY(int retainPolicy READ retainPolicy WRITE setRetainPolicy NOTIFY optionsChanged)
    Q_PROPERTY(int subscriptionIdentifier READ subscriptionIdentifier WRITE
                   setSubscriptionIdentifier NOTIFY optionsChanged)
    Q_PROPERTY(QString shareName READ shareName WRITE setShareName NOTIFY optionsChanged)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int grantedQoS READ grantedQoS NOTIFY grantedQoSChanged)
    Q_PROPERTY(MqttMessage lastMessage READ lastMessage NOTIFY messageReceived)
    Q_PROPERTY(int messageCount READ messageCount NOTIFY messageReceived)
    Q_PROPERTY(MqttError lastError READ lastError NOTIFY errorOccurred)

public:
    // The library's states, and Inactive: no client, no topic filter, or not enabled.
    enum class State { Inactive, Pending, Subscribed, Unsubscribed, Error };
    Q_ENUM(State)

    explicit QuickSubscription(QObject *parent = nullptr);
    ~QuickSubscription() override;

    MqttClient *client() const { return m_client; }
    void setClient(MqttClient *client);
    QString topicFilter() const { return m_topicFilter; }
    void setTopicFilter(const QString &topicFilter);
    int qos() const;
    void setQos(int qos);
    bool noLocal() const;
    void setNoLocal(bool noLocal);
    bool retainAsPublished() const;
    void setRetainAsPublished(bool retainAsPublished);
    int retainPolicy() const;
    void setRetainPolicy(int policy);
    int subscriptionIdentifier() const;
    void setSubscriptionIdentifier(int identifier);
    QString shareName() const;
    void setShareName(const QString &shareName);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    State state() const { return m_state; }
    int grantedQoS() const;
    MqttMessage lastMessage() const { return m_lastMessage; }
    int messageCount() const { return m_messageCount; }
    MqttError lastError() const { return m_lastError; }
    // The library's subscription now held; null while Inactive.
    OhMqtt::MqttSubscriptionPtr subscription() const { return m_subscription; }

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void clientChanged();
    void topicFilterChanged();
    void optionsChanged();
    void enabledChanged();
    void stateChanged();
    void grantedQoSChanged();
    void messageReceived(const MqttMessage &message);
    void errorOccurred(const MqttError &error);

private:
    template<typename Value, typename Setter> void changeOption(Value value, Setter setter);
    void scheduleUpdate();
    void update();
    void release();
    void follow(const OhMqtt::MqttSubscriptionPtr &subscription);
    void setState(State state);
    void fail(const MqttError &error);

    QPointer<MqttClient> m_client;
    QString m_topicFilter;
    OhMqtt::MqttSubscribeOptions m_options;
    bool m_enabled = true;
    bool m_complete = true; // false between classBegin() and componentComplete()
    bool m_updateScheduled = false;
    OhMqtt::MqttSubscriptionPtr m_subscription;
    QPointer<MqttClient> m_heldClient; // what m_subscription was made with
    QString m_heldFilter;
    State m_state = State::Inactive;
    MqttMessage m_lastMessage;
    int m_messageCount = 0;
    MqttError m_lastError;
};

} // namespace OhMqttQuick
