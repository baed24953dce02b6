// PublishHistoryModel: the messages the publish panel sent, newest first, each with its outcome;
// bounded in entries and in payload bytes.
#pragma once

#include "publish/publishrequest.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qlist.h>

namespace OhMqttExplorer {

class PublishHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TopicColumn, QoSColumn, RetainColumn, SizeColumn, ResultColumn };
    static constexpr int ColumnCount = ResultColumn + 1;
    enum class Outcome { Pending, Acknowledged, Failed };

    static constexpr int DefaultMaximumEntries = 200;
    static constexpr qint64 DefaultMaximumBytes = 64 * 1024 * 1024;

    // The oldest entries go once either limit is passed; the newest entry always stays.
    explicit PublishHistoryModel(QObject *parent = nullptr,
                                 int maximumEntries = DefaultMaximumEntries,
                                 qint64 maximumBytes = DefaultMaximumBytes);

    // Adds an entry at row 0 (Outcome::Pending); the number identifies it for setOutcome().
    quint64 add(const PublishRequest &request, const QDateTime &sentAt);
    // Nothing happens when the entry has left the history already.
    void setOutcome(quint64 entry, Outcome outcome, const QString &text);

    const PublishRequest &request(int row) const { return m_entries.at(row).request; }
    QDateTime sentAt(int row) const { return m_entries.at(row).sentAt; }
    Outcome outcome(int row) const { return m_entries.at(row).outcome; }
    QString outcomeText(int row) const { return m_entries.at(row).outcomeText; }
    qint64 payloadBytes() const { return m_payloadBytes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        PublishRequest request;
        QDateTime sentAt;
        Outcome outcome = Outcome::Pending;
        QString outcomeText;
    };

    QVariant display(const Entry &entry, int column) const;
    void trim();

    QList<Entry> m_entries; // newest first
    quint64 m_nextEntry = 0; // entry numbers are consecutive: row = newest number - number
    int m_maximumEntries;
    qint64 m_maximumBytes;
    qint64 m_payloadBytes = 0;
};

} // namespace OhMqttExplorer
