// TerminationWatcher: turns SIGINT and SIGTERM into a Qt signal, for a clean MQTT disconnect.
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

namespace OhMqtt::Cli {

// The handler only sets a lock-free flag (all a signal handler may safely do); a short timer
// in the event loop looks at the flag. No pipe or QSocketNotifier is needed for a tool whose
// reaction time to Ctrl+C may be a few tens of milliseconds.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested(int signalNumber); // emitted once

private:
    void poll();

    QTimer m_timer;
};

} // namespace OhMqtt::Cli
