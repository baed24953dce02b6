#include "app/screenshottour.h"

#include "app/connectiontab.h"
#include "app/mainwindow.h"
#include "topics/topicbrowser.h"
#include "viewers/messagedetail.h"

#include <QtCore/qdir.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtreeview.h>

namespace OhMqttExplorer {

namespace {

// Each step's changes get this long to be painted (batches are 100 ms, charts redraw at 10 Hz).
constexpr int PaintDelayMs = 600;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
{
    const auto tab = [this] { return m_window->currentConnection(); };
    const auto show = [tab](const QString &topic, int panel, int detailTab) {
        return [tab, topic, panel, detailTab] {
            ConnectionTab *connection = tab();
            if (!connection)
                return;
            connection->browser()->selectTopic(topic);
            connection->panels()->setCurrentIndex(panel);
            connection->detail()->tabs()->setCurrentIndex(detailTab);
        };
    };
    m_steps = {
        {QStringLiteral("explorer-tree-json.png"),
         show(QStringLiteral("demo/site/north/floor1/room2/sensor"), 1, 0)},
        {QStringLiteral("explorer-chart.png"),
         show(QStringLiteral("demo/site/north/floor1/room2/temperature"), 0, 2)},
        {QStringLiteral("explorer-image.png"),
         show(QStringLiteral("demo/camera/1/snapshot"), 2, 1)},
        {QStringLiteral("explorer-filter.png"),
         [tab] {
             if (ConnectionTab *connection = tab()) {
                 connection->browser()->setFilterText(QStringLiteral("+/site/+/floor2/#"));
                 connection->panels()->setCurrentIndex(3);
             }
         }},
    };
}

void ScreenshotTour::start(int settleMs)
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(settleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    const int index = m_current;
    if (index >= 0) {
        const QString path = QDir(m_directory).filePath(m_steps.at(index).file);
        if (!m_window->grab().save(path))
            ++m_failures;
    }
    if (++m_current >= m_steps.size()) {
        emit finished(m_failures == 0 ? 0 : 1);
        return;
    }
    m_steps.at(m_current).prepare();
    QTimer::singleShot(PaintDelayMs, this, &ScreenshotTour::next);
}

} // namespace OhMqttExplorer
