// The base of the QML list models fed by a MqttSubscription: the subscription property, and the
// roles every row of a message has.
#pragma once

#include "quicksubscription.h"

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qpointer.h>
#include <QtQml/qqmlengine.h>

namespace OhMqttQuick {

class SubscriptionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(OhMqttQuick::QuickSubscription *subscription READ subscription WRITE setSubscription
                   NOTIFY subscriptionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // QML names: topic, payload (ArrayBuffer), payloadText, qos, retain, receivedAt, message;
    // a subclass adds its own after LastMessageRole.
    enum Role {
        TopicRole = Qt::UserRole + 1,
        PayloadRole,
        PayloadTextRole,
        QosRole,
        RetainRole,
        ReceivedAtRole,
        MessageRole,
        LastMessageRole = MessageRole,
    };
    Q_ENUM(Role)

    QuickSubscription *subscription() const { return m_subscription; }
    void setSubscription(QuickSubscription *subscription);
    int count() const { return rowCount(); }

    // Empties the model; the subscription goes on.
    Q_INVOKABLE void clear();

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void subscriptionChanged();
    void countChanged();

protected:
    explicit SubscriptionListModel(QObject *parent = nullptr);

    virtual void add(const OhMqtt::MqttMessage &message) = 0;
    virtual void clearRows() = 0;
    // What a message row shows for one of the roles above (also Qt::DisplayRole: the text).
    static QVariant messageData(const OhMqtt::MqttMessage &message, const QDateTime &receivedAt,
                                int role);

private:
    QPointer<QuickSubscription> m_subscription;
};

} // namespace OhMqttQuick
