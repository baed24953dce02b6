// Screenshot: the window grabbed once the dashboard says it is ready.
#include "screenshot.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmetaobject.h>
#include <QtGui/qimage.h>
#include <QtQuick/qquickwindow.h>

namespace OhMqttDashboard {

namespace {
constexpr int SettleMs = 3000; // a few rounds of demo data, so charts show a line
constexpr int LimitMs = 20000;
} // namespace

Screenshot::Screenshot(QQuickWindow *window, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &Screenshot::take);
    m_limit.setSingleShot(true);
    m_limit.setInterval(LimitMs);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        qWarning("ohmqtt-dashboard: no data after %d ms; saving the screenshot as it is", LimitMs);
        take();
    });
    m_limit.start();
    const QMetaObject *meta = window->metaObject();
    const QMetaProperty ready = meta->property(meta->indexOfProperty("ready"));
    const QMetaMethod check = metaObject()->method(metaObject()->indexOfMethod("check()"));
    if (ready.hasNotifySignal())
        connect(window, ready.notifySignal(), this, check);
    QMetaObject::invokeMethod(this, &Screenshot::check, Qt::QueuedConnection);
}

void Screenshot::check()
{
    if (m_window && m_window->property("ready").toBool() && !m_settle.isActive())
        m_settle.start();
}

void Screenshot::take()
{
    m_limit.stop();
    m_settle.stop();
    const bool saved = m_window && m_window->grabWindow().save(m_path, "PNG");
    if (!saved)
        qWarning("ohmqtt-dashboard: could not save the screenshot to %s", qPrintable(m_path));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace OhMqttDashboard
