// MqttInflightModelPrivate: the model's rows and how a snapshot becomes them; the diff is
// tested on its own through apply() (tests/inflight).
#pragma once

#include <OhMqtt/mqttinflightmodel.h>

#include <QtCore/qpointer.h>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace OhMqtt {

class MqttInflightModelPrivate
{
    Q_DECLARE_PUBLIC(MqttInflightModel)

public:
    static MqttInflightModelPrivate *get(MqttInflightModel *model) { return model->d_func(); }
    explicit MqttInflightModelPrivate(MqttInflightModel *q);

    void restartTimer();
    void reset(MqttClient *newClient);
    // The rows become `snapshot`, in batches of signals.
    void apply(QList<MqttInflightMessage> &&snapshot);
    void removeGone(const QHash<quint64, qsizetype> &next);
    void followOrder(const QHash<quint64, qsizetype> &next);
    void insertNew(const QList<MqttInflightMessage> &snapshot);
    void updateChanged(const QList<MqttInflightMessage> &snapshot);
    QString displayText(const MqttInflightMessage &message) const;

    MqttInflightModel *q_ptr;
    QPointer<MqttClient> client;
    MqttClient *watched = nullptr; // the client set last, for identity only
    QTimer *timer;
    int interval = 100;
    QList<MqttInflightMessage> rows;
};

} // namespace OhMqtt
