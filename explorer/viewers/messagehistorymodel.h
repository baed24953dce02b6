// MessageHistoryModel: one topic's messages, newest first — time, size, QoS/retain markers and a
// short preview. Appending adds rows at the top; past historyLimit() the oldest rows go.
#pragma once

#include "topics/receivedmessage.h"

#include <QtCore/qabstractitemmodel.h>

namespace OhMqttExplorer {

class MessageHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SizeColumn, FlagsColumn, PreviewColumn, ColumnCount };
    static constexpr qsizetype DefaultHistoryLimit = 10'000;
    // The preview decodes at most this many bytes of a payload.
    static constexpr qsizetype PreviewBytes = 80;

    explicit MessageHistoryModel(QObject *parent = nullptr);
    ~MessageHistoryModel() override;

    // Oldest first, as the topic store keeps them.
    void setMessages(const ReceivedMessages &history);
    void appendMessages(const ReceivedMessages &newOnes);
    void clear();
    const ReceivedMessages &messages() const { return m_messages; }

    void setHistoryLimit(qsizetype limit);
    qsizetype historyLimit() const { return m_limit; }

    // Row 0 is the newest message.
    const ReceivedMessage &messageAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString previewOf(const QByteArray &payload);

private:
    void dropOldest();

    ReceivedMessages m_messages; // oldest first; row r is m_messages[size - 1 - r]
    qsizetype m_limit = DefaultHistoryLimit;
};

} // namespace OhMqttExplorer
