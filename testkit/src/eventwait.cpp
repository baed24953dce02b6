// spinUntil: a local event loop per wake-up, bounded by a deadline timer.
#include "eventwait.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qtimer.h>

#include <algorithm>

namespace OhMqtt::TestKit {

bool spinUntil(const std::function<bool()> &condition, int timeoutMsecs,
               const std::function<void(QEventLoop *loop)> &connectWakeUps)
{
    const QDeadlineTimer deadline(timeoutMsecs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connectWakeUps(&loop);
        timer.start(int(std::max<qint64>(1, deadline.remainingTime())));
        loop.exec();
    }
    return true;
}

} // namespace OhMqtt::TestKit
