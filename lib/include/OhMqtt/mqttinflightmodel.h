// MqttInflightModel: a client's in-flight queue as a list model, for Qt Widgets and QML views.
#pragma once

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttinflightmessage.h>

#include <QtCore/qabstractitemmodel.h>

#include <memory>

namespace OhMqtt {

class MqttInflightModelPrivate;

/// One row per message of client()->inflightMessages(), in its order. Every updateInterval the
/// model takes a snapshot in its own thread and applies the difference as a batch: rows inserted
/// and removed in runs, dataChanged for what changed (the age of every row, mostly) — never a
/// signal per packet, and a reset only when the client changes. Rows keep their identity by
/// message (direction and sequence), so selections and persistent indexes follow a message from
/// Queued to acknowledged.
///
/// The client may live in another thread (startLoop()): the snapshot then waits for that thread
/// for a moment. Not owned: the client must outlive the model or be unset first; one destroyed
/// in the model's thread unsets itself.
class OHMQTT_EXPORT MqttInflightModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(OhMqtt::MqttClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(
        int updateInterval READ updateInterval WRITE setUpdateInterval NOTIFY updateIntervalChanged)

public:
    /// QML names in roleNames(): direction, packetId, topic, qos, payloadSize, stage, age,
    /// sendCount, sequence, message (the whole MqttInflightMessage).
    enum Role {
        DirectionRole = Qt::UserRole + 1,
        PacketIdRole,
        TopicRole,
        QosRole,
        PayloadSizeRole,
        StageRole,
        AgeRole,
        SendCountRole,
        SequenceRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit MqttInflightModel(QObject *parent = nullptr); ///< no client: no rows
    explicit MqttInflightModel(MqttClient *client, QObject *parent = nullptr); ///< on `client`
    ~MqttInflightModel() override;

    ///@{
    /// The client whose queue the model shows (not owned); changing it resets the model.
    MqttClient *client() const;
    void setClient(MqttClient *client);
    ///@}
    int count() const; ///< rowCount(), as a property for QML
    ///@{
    /// Milliseconds between snapshots, 100 by default; 0 stops them (call update() instead).
    int updateInterval() const;
    void setUpdateInterval(int msecs);
    ///@}

    /// The message in `row`, as of the last update (a default one outside the rows).
    Q_INVOKABLE OhMqtt::MqttInflightMessage message(int row) const;

    ///@{
    /// QAbstractListModel's: one row per message; Qt::DisplayRole gives a line of text
    /// (direction, packet identifier, topic, QoS, size, stage), the other roles those of Role.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    ///@}

public Q_SLOTS:
    /// Takes a snapshot now and applies the difference.
    void update();

Q_SIGNALS:
    ///@{
    /// The property of that name changed.
    void clientChanged();
    void countChanged();
    void updateIntervalChanged();
    ///@}

private:
    Q_DECLARE_PRIVATE(MqttInflightModel)
    Q_DISABLE_COPY_MOVE(MqttInflightModel)
    std::unique_ptr<MqttInflightModelPrivate> d_ptr;
};

} // namespace OhMqtt
