// ValueChart: reading numbers from payloads and drawing them with Qt Charts.
#include "viewers/valuechart.h"

#include <QtCharts/qchart.h>
#include <QtCharts/qchartview.h>
#include <QtCharts/qdatetimeaxis.h>
#include <QtCharts/qlineseries.h>
#include <QtCharts/qvalueaxis.h>
#include <QtCore/qdatetime.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>

#include <algorithm>

namespace OhMqttExplorer {

ValueChart::ValueChart(QWidget *parent)
    : QWidget(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_view(new QChartView(this))
    , m_series(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    m_pathEdit->setPlaceholderText(tr("JSON path, e.g. temperature or data.values[0]; "
                                      "empty for numeric payloads"));
    m_pathEdit->setClearButtonEnabled(true);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette(); // legible on light and dark palettes alike
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->addSeries(m_series);
    // Compact: a chart in a low pane elides labels that do not fit, titles first.
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(5);
    m_timeAxis->setTitleText(tr("Received"));
    m_timeAxis->setTitleVisible(false);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_valueAxis);
    m_series->setPointsVisible(false);
    // The view owns the chart, the chart its series and axes. setChart() lets go of the chart
    // the view made for itself without deleting it.
    QChart *initial = m_view->chart();
    m_view->setChart(chart);
    delete initial;
    m_view->setRenderHint(QPainter::Antialiasing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pathEdit);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_redraw.setSingleShot(true);
    m_redraw.setInterval(100);
    connect(&m_redraw, &QTimer::timeout, this, &ValueChart::refresh);
    // On Enter or leaving the field, not per keystroke: re-reading parses every payload.
    connect(m_pathEdit, &QLineEdit::editingFinished, this,
            [this] { setJsonPath(m_pathEdit->text()); });
    refresh();
}

ValueChart::~ValueChart() = default;

void ValueChart::setMessages(const ReceivedMessages &history)
{
    m_messages =
        history.size() > m_maxPoints ? history.sliced(history.size() - m_maxPoints) : history;
    recompute();
}

void ValueChart::appendMessages(const ReceivedMessages &newOnes)
{
    const ReceivedMessages tail =
        newOnes.size() > m_maxPoints ? newOnes.sliced(newOnes.size() - m_maxPoints) : newOnes;
    m_messages.append(tail);
    readMessages(tail);
    trim();
    showError();
    if (!m_redraw.isActive())
        m_redraw.start();
}

void ValueChart::clear()
{
    setMessages({});
}

void ValueChart::setJsonPath(const QString &path)
{
    if (m_pathEdit->text() != path)
        m_pathEdit->setText(path);
    if (path.trimmed() == m_path.text())
        return;
    m_path = JsonPath::parse(path);
    recompute();
}

QString ValueChart::jsonPath() const
{
    return m_path.text();
}

void ValueChart::setMaxPoints(qsizetype maxPoints)
{
    m_maxPoints = std::max<qsizetype>(1, maxPoints);
    setMessages(m_messages);
}

QString ValueChart::errorText() const
{
    if (!m_path.isValid())
        return tr("Invalid path: %1").arg(m_path.errorString());
    if (m_failures == 0)
        return {};
    return tr("%n of %1 messages have no number here: %2", nullptr, int(m_failures))
        .arg(QString::number(m_messages.size()), m_lastFailure);
}

void ValueChart::readMessages(const ReceivedMessages &messages)
{
    for (const ReceivedMessage &received : messages) {
        const NumericReading reading = PayloadNumbers::read(received.message.payload(), m_path);
        m_hasPoint.append(reading.value.has_value());
        if (reading.value) {
            m_points.append(QPointF(qreal(received.receivedAtMs), *reading.value));
        } else {
            ++m_failures;
            m_lastFailure = reading.error;
        }
    }
}

void ValueChart::recompute()
{
    m_points.clear();
    m_hasPoint.clear();
    m_failures = 0;
    m_lastFailure.clear();
    if (m_path.isValid())
        readMessages(m_messages);
    showError();
    refresh();
}

void ValueChart::trim()
{
    const qsizetype excess = m_messages.size() - m_maxPoints;
    if (excess <= 0)
        return;
    const qsizetype droppedPoints =
        std::count(m_hasPoint.cbegin(), m_hasPoint.cbegin() + excess, true);
    m_failures -= excess - droppedPoints;
    m_messages.remove(0, excess);
    m_hasPoint.remove(0, excess);
    m_points.remove(0, droppedPoints);
}

void ValueChart::showError()
{
    const QString error = errorText();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ValueChart::refresh()
{
    m_redraw.stop();
    m_series->replace(m_points);
    if (m_points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addSecs(-60), now);
        m_valueAxis->setRange(0, 1);
        return;
    }
    const auto [low, high] =
        std::minmax_element(m_points.cbegin(), m_points.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    const qreal margin = std::max<qreal>((high->y() - low->y()) * 0.05, 0.5);
    m_valueAxis->setRange(low->y() - margin, high->y() + margin);
    const qint64 first = qint64(m_points.constFirst().x());
    const qint64 last = std::max(qint64(m_points.constLast().x()), first + 1000);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first),
                         QDateTime::fromMSecsSinceEpoch(last));
}

} // namespace OhMqttExplorer
