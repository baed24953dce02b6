// The hidden --screenshot mode: waits until the dashboard shows data, saves the window as a PNG
// and quits (for docs/screenshots and scripts/screenshots.sh).
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

class QQuickWindow;

namespace OhMqttDashboard {

class Screenshot : public QObject
{
    Q_OBJECT

public:
    // Watches the window's `ready` property; saves to `path` once it is true (plus a moment for
    // charts to draw a line), or after a time limit with whatever is shown. Exits the event loop
    // with 0 when saved, 1 when not.
    Screenshot(QQuickWindow *window, QString path, QObject *parent = nullptr);

private Q_SLOTS:
    // Connected by name: the `ready` property's notify signal is known only at run time.
    void check();

private:
    void take();

    QPointer<QQuickWindow> m_window;
    QString m_path;
    QTimer m_settle;
    QTimer m_limit;
};

} // namespace OhMqttDashboard
