// PublishPropertiesEditor: the MQTT 5.0 properties of a PUBLISH — Payload Format Indicator,
// Message Expiry Interval, Content Type, Response Topic, Correlation Data, User Properties — and
// the client's Topic Alias policy for it.
#pragma once

#include <OhMqtt/mqttproperties.h>
#include <OhMqtt/mqttspec.h>

#include <QtWidgets/qwidget.h>

class QComboBox;
class QLineEdit;

namespace OhMqttExplorer {

class FieldError;
class UserPropertiesEditor;

class PublishPropertiesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PublishPropertiesEditor(QWidget *parent = nullptr);

    // Only what the user filled in: an empty field sends no property.
    OhMqtt::PublishProperties properties() const;
    void setProperties(const OhMqtt::PublishProperties &properties);

    OhMqtt::AliasPolicy aliasPolicy() const;
    void setAliasPolicy(OhMqtt::AliasPolicy policy);

    // False while a field holds something that cannot be sent (shown beside it).
    bool isValid() const;

Q_SIGNALS:
    void changed();

private:
    enum class CorrelationFormat { Text, Hex };

    void validate();
    void onCorrelationFormatChanged();
    std::optional<QByteArray> correlationData(CorrelationFormat format) const;
    void showCorrelationData(const QByteArray &data);

    QComboBox *m_payloadFormat;
    QLineEdit *m_messageExpiry;
    FieldError *m_messageExpiryError;
    QLineEdit *m_contentType;
    QLineEdit *m_responseTopic;
    FieldError *m_responseTopicError;
    QLineEdit *m_correlationData;
    QComboBox *m_correlationFormat;
    FieldError *m_correlationDataError;
    UserPropertiesEditor *m_userProperties;
    QComboBox *m_aliasPolicy;
    CorrelationFormat m_shownCorrelationFormat = CorrelationFormat::Text;
};

} // namespace OhMqttExplorer
