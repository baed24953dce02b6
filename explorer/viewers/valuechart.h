// ValueChart: a topic's numbers over time — numeric payloads, or the value at a JSON path inside
// JSON payloads — keeping the last maxPoints() messages. The series redraws at most every 100 ms,
// so a topic at thousands of messages a second costs one redraw per interval.
#pragma once

#include "topics/receivedmessage.h"
#include "viewers/jsonpath.h"

#include <QtCore/qlist.h>
#include <QtCore/qpoint.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qwidget.h>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QValueAxis;

namespace OhMqttExplorer {

class ValueChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultMaxPoints = 10'000;

    explicit ValueChart(QWidget *parent = nullptr);
    ~ValueChart() override;

    // Replaces the history (oldest first, as the topic store keeps it).
    void setMessages(const ReceivedMessages &history);
    void appendMessages(const ReceivedMessages &newOnes);
    void clear();

    // "temperature", "data.values[0]", or empty for payloads that are numbers themselves.
    void setJsonPath(const QString &path);
    QString jsonPath() const;

    void setMaxPoints(qsizetype maxPoints);
    qsizetype maxPoints() const { return m_maxPoints; }

    // x: milliseconds since the epoch; y: the value. Up to date at once, before the redraw.
    const QList<QPointF> &points() const { return m_points; }
    // Why some messages gave no point ("2 of 5 messages: No key "x" in data"); empty otherwise.
    QString errorText() const;
    // Redraws now rather than at the next interval.
    void refresh();

    QLineEdit *pathEdit() const { return m_pathEdit; }
    QLineSeries *series() const { return m_series; }
    QChartView *chartView() const { return m_view; }

private:
    void readMessages(const ReceivedMessages &messages);
    void recompute();
    void trim();
    void showError();

    QLineEdit *m_pathEdit;
    QLabel *m_error;
    QChartView *m_view;
    QLineSeries *m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QTimer m_redraw;
    JsonPath m_path;
    qsizetype m_maxPoints = DefaultMaxPoints;
    // The messages behind the points (at most maxPoints), kept to re-read when the path changes.
    ReceivedMessages m_messages;
    QList<QPointF> m_points;
    QList<bool> m_hasPoint; // per message: did it give a point
    qsizetype m_failures = 0; // among m_messages
    QString m_lastFailure;
};

} // namespace OhMqttExplorer
