// SecretStore: the shared deferred answer, so that no store answers inside the call.
#include "connection/secretstore.h"

#include <QtCore/qmetaobject.h>

namespace OhMqttExplorer {

void SecretStore::answerLater(QObject *context, SecretCallback done, SecretResult result)
{
    // Queued to `context`: Qt drops the call when `context` is destroyed first.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace OhMqttExplorer
