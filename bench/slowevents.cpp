// SlowEventApplication: times the events the loop delivers and notes the slow ones.
#include "slowevents.h"

#include "ingesttraffic.h"

#include <QtCore/qmetaobject.h>
#include <QtCore/qscopedvaluerollback.h>
#include <QtCore/qtimer.h>

#include <time.h>

namespace IngestBench {

namespace {

QString describe(const QObject *receiver, const QEvent *event)
{
    QString what = QString::fromLatin1(receiver->metaObject()->className());
    if (const auto *timer = qobject_cast<const QTimer *>(receiver))
        what += QStringLiteral(" (%1 ms)").arg(timer->interval());
    else if (!receiver->objectName().isEmpty())
        what += QStringLiteral(" \"%1\"").arg(receiver->objectName());
    if (receiver->parent())
        what += QStringLiteral(" in %1").arg(
            QString::fromLatin1(receiver->parent()->metaObject()->className()));
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
    return what + u' ' + (type ? QString::fromLatin1(type) : QString::number(event->type()));
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

SlowEventApplication::SlowEventApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{ }

bool SlowEventApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_thresholdMs <= 0 || m_depth > 0)
        return QApplication::notify(receiver, event);
    const QScopedValueRollback nested(m_depth, m_depth + 1);
    // Described before: handling the event may delete the receiver.
    const qint64 start = monotonicNs();
    const qint64 cpuStart = threadCpuNs();
    const QString what = describe(receiver, event);
    const bool result = QApplication::notify(receiver, event);
    const double ms = double(monotonicNs() - start) / 1e6;
    if (ms >= m_thresholdMs)
        m_slowEvents.push_back({start, ms, double(threadCpuNs() - cpuStart) / 1e6, what});
    return result;
}

} // namespace IngestBench
