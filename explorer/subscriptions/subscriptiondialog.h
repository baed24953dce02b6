// SubscriptionDialog: a subscription's topic filter and every option — maximum QoS, No Local,
// Retain As Published, Retain Handling, Subscription Identifier, share name, User Properties.
#pragma once

#include <OhMqtt/mqttspec.h>
#include <OhMqtt/mqttsubscribeoptions.h>

#include <QtWidgets/qdialog.h>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace OhMqttExplorer {

class FieldError;
class UserPropertiesEditor;

class SubscriptionDialog : public QDialog
{
    Q_OBJECT

public:
    // What the connection supports: on MQTT 3.1.1 only the filter, the maximum QoS and a share
    // name apply; Subscription Identifiers only when the broker's CONNACK allows them.
    struct Capabilities
    {
        bool mqtt5 = true;
        bool subscriptionIdentifiers = true;
    };

    explicit SubscriptionDialog(Capabilities capabilities, QWidget *parent = nullptr);

    // Fills the fields, to edit a subscription.
    void setSubscription(const QString &topicFilter, const OhMqtt::MqttSubscribeOptions &options);

    // Without "$share/<name>/": a shared filter typed whole is split into filter and share name.
    QString topicFilter() const;
    // Only the options the connection supports; the share name included.
    OhMqtt::MqttSubscribeOptions options() const;
    bool isValid() const;

private:
    void validate();
    // The filter field split into (share name, filter) when it holds "$share/<name>/<filter>".
    std::pair<QString, QString> splitFilterField() const;
    QString shareName() const;

    Capabilities m_capabilities;
    QLineEdit *m_filter;
    FieldError *m_filterError;
    QLineEdit *m_shareName;
    FieldError *m_shareNameError;
    QButtonGroup *m_maximumQoS;
    QGroupBox *m_mqtt5Options;
    QCheckBox *m_noLocal;
    QCheckBox *m_retainAsPublished;
    QComboBox *m_retainHandling;
    QSpinBox *m_subscriptionIdentifier;
    UserPropertiesEditor *m_userProperties;
    QDialogButtonBox *m_buttons;
};

} // namespace OhMqttExplorer
