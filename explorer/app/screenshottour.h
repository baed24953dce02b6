// ScreenshotTour: drives a main window through its main views and saves a PNG of each, for the
// documentation (ohmqtt-explorer --screenshots DIR, with a broker fed by ohmqtt-demo).
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <functional>

namespace OhMqttExplorer {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString directory, QObject *parent = nullptr);

    // Waits `settleMs` for traffic to arrive, then takes the pictures and emits finished().
    void start(int settleMs);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Step
    {
        QString file;
        std::function<void()> prepare;
    };

    void next();

    MainWindow *m_window;
    QString m_directory;
    QList<Step> m_steps;
    int m_failures = 0;
    qsizetype m_current = -1; // the step whose picture is next
};

} // namespace OhMqttExplorer
