// QuickHandle: forwards a library handle's state to QML.
#include "quickhandle.h"

namespace OhMqttQuick {

QuickHandle::QuickHandle(QSharedPointer<OhMqtt::MqttHandle> handle, QObject *parent)
    : QObject(parent)
    , m_handle(std::move(handle))
{
    // Also for a handle that has ended already: QML connects to finished() after the call that
    // made it returns, so the signal comes from the event loop in either case.
    m_handle->onFinished(this, [this] { finishLater(); });
}

QuickHandle::QuickHandle(OhMqtt::MqttError refusal, QObject *parent)
    : QObject(parent)
    , m_refusal(std::move(refusal))
{
    finishLater();
}

void QuickHandle::finishLater()
{
    QMetaObject::invokeMethod(this, &QuickHandle::finished, Qt::QueuedConnection);
}

QuickHandle::~QuickHandle() = default;

bool QuickHandle::isDone() const
{
    return !m_handle || m_handle->isDone();
}

bool QuickHandle::isAcknowledged() const
{
    return m_handle && m_handle->isAcknowledged();
}

bool QuickHandle::isFailed() const
{
    return !m_handle || m_handle->isFailed();
}

OhMqtt::MqttError QuickHandle::error() const
{
    return m_handle ? m_handle->error() : m_refusal;
}

int QuickHandle::packetId() const
{
    if (const auto *publish = qobject_cast<const OhMqtt::MqttPublishHandle *>(m_handle.data()))
        return publish->packetId();
    return 0;
}

} // namespace OhMqttQuick
