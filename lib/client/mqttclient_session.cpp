// MqttClientPrivate: the session store — opened per client identifier, written as the session
// changes, committed before the bytes that depend on it leave.
#include "client/mqttclient_p.h"

#include "client/connectionstate.h"
#include "client/mqtthandles_p.h"
#include "connection/logging.h"
#include "transport/transport.h"

namespace OhMqtt {

void MqttClient::setSessionDatabase(const QString &filePath,
                                    MqttSqliteSessionStore::Durability durability)
{
    Q_D(MqttClient);
    d->post([d, filePath, durability] {
        std::unique_ptr<MqttSessionStore> owned;
        if (!filePath.isEmpty())
            owned = std::make_unique<MqttSqliteSessionStore>(filePath, durability);
        d->changeSessionStore("setSessionDatabase", nullptr, std::move(owned), filePath);
    });
}

QString MqttClient::sessionDatabase() const
{
    const std::lock_guard lock(d_func()->shared.mutex);
    return d_func()->shared.sessionDatabase;
}

void MqttClient::setSessionStore(MqttSessionStore *store)
{
    Q_D(MqttClient);
    d->post([d, store] { d->changeSessionStore("setSessionStore", store, nullptr, {}); });
}

void MqttClientPrivate::changeSessionStore(const char *what, MqttSessionStore *store,
                                           std::unique_ptr<MqttSessionStore> owned,
                                           const QString &database)
{
    QString refusal;
    if (state != State::Closed)
        refusal = QStringLiteral("the client is %1, not Closed").arg(ConnectionState::name(state));
    else if (const int sent = engine.unacknowledgedPublishes())
        refusal = QStringLiteral("%1 sent messages still await acknowledgement").arg(sent);
    if (!refusal.isEmpty()) {
        reportError(MqttError(QStringLiteral("%1: %2").arg(QLatin1StringView(what), refusal)));
        return;
    }
    commitSession();
    persistence.setStore(store, std::move(owned));
    engine.setReportsSessionChanges(false);
    for (Outgoing &request : outbox) // they go into the new store when it opens
        request.sequence = 0;
    awaitingStored.clear();
    const std::lock_guard lock(shared.mutex);
    shared.sessionDatabase = database;
    shared.hasSessionStore = persistence.hasStore();
}

// At each connection attempt: the store holds the session of connectOptions().clientId(). When
// it opens, what it kept goes back into the client — sent messages into the engine's session,
// unsent ones ahead of the offline queue — and what was handed over meanwhile goes into it.
bool MqttClientPrivate::openSessionStore()
{
    if (!persistence.hasStore())
        return true;
    const QString clientId = options.clientId();
    if (persistence.isOpen() && persistence.clientId() == clientId)
        return true;
    if (persistence.isOpen()) {
        failRequests(MqttError(QStringLiteral("the client identifier changed from '%1' to '%2': "
                                              "the messages of '%1' stay in its session store")
                                   .arg(persistence.clientId(), clientId)));
        flushNotifications();
    }
    MqttError error;
    SessionPersistence::Restored restored;
    if (clientId.isEmpty()) {
        error = MqttError(QStringLiteral("clientId: a session store keeps the session of a client "
                                         "identifier; connectOptions().clientId() is empty"));
    } else if (!persistence.open(clientId, &restored, &error) && error.isNull()) {
        error = MqttError(QStringLiteral("session store: cannot open the session of '%1'")
                              .arg(clientId)); // a store of the application's that said no more
    }
    if (!error.isNull()) {
        reportError(error);
        return false;
    }
    QList<ProtocolEngine::StoredPublish> sent;
    for (const MqttStoredMessage &message : std::as_const(restored.sent)) {
        sent.append({message.packet(), message.isReleased()});
        inflight.restoredOutbound(message.packetId());
    }
    engine.restoreSession(sent, restored.incoming);
    for (const quint16 packetId : std::as_const(restored.incoming))
        inflight.restoredInbound(packetId);
    engine.setReportsSessionChanges(true);
    QList<Outgoing> queued;
    for (const MqttStoredMessage &message : std::as_const(restored.queued))
        queued.append(
            {message.packet(), {}, AliasPolicy::Never, message.sequence(), inflight.take()});
    for (Outgoing &request : outbox)
        storeOutgoing(request);
    outbox = queued + outbox;
    recountOutbox();
    qCDebug(lcSession) << "session store opened for" << clientId << "with" << restored.sent.size()
                       << "sent and" << restored.queued.size() << "unsent messages and"
                       << restored.incoming.size() << "inbound QoS 2 identifiers";
    return true;
}

// A QoS 1 or 2 PUBLISH handed over goes into the store now; it is committed, and its handle
// told, at the end of this turn of the event loop, before its bytes leave.
void MqttClientPrivate::storeOutgoing(Outgoing &request)
{
    const auto *publish = std::get_if<PublishPacket>(&request.packet);
    if (!persistence.isOpen() || !publish || publish->qos == QoS::Q0 || request.sequence != 0)
        return;
    request.sequence = persistence.add(*publish); // schedules the commit
    if (auto handle = request.handle.objectCast<MqttPublishHandle>())
        awaitingStored.push_back(std::move(handle));
}

void MqttClientPrivate::scheduleCommit()
{
    Q_Q(MqttClient);
    if (std::exchange(commitPosted, true))
        return;
    QMetaObject::invokeMethod(
        q,
        [this] {
            commitPosted = false;
            flushHeldOutput();
        },
        Qt::QueuedConnection);
}

// False when the store failed: the connection ends, without the bytes that depended on the
// writes (3.1.1: [MQTT-4.8.0-2]), and the client does not reconnect on its own.
bool MqttClientPrivate::commitSession()
{
    if (persistence.isOpen() && persistence.hasUncommitted()) {
        MqttError error;
        if (!persistence.commit(&error)) {
            const MqttError failure(
                QStringLiteral("session store: commit failed: %1").arg(error.message()),
                error.reasonCode());
            dropHeldOutput(failure);
            closeRequested = true;
            abortConnection(failure);
            return false;
        }
    }
    for (const auto &handle : std::exchange(awaitingStored, {}))
        handle->d_func()->markStored();
    return true;
}

void MqttClientPrivate::flushHeldOutput()
{
    if (!commitSession())
        return;
    for (HeldBytes &held : std::exchange(heldOutput, {})) {
        if (transport)
            writeBytes(held.bytes, held.qos0Publish, std::move(held.handle));
        else if (held.qos0Publish)
            failHandle(held.handle,
                       MqttError(QStringLiteral("PUBLISH: the connection ended "
                                                "before the message was written")));
    }
}

void MqttClientPrivate::dropHeldOutput(const MqttError &error)
{
    for (HeldBytes &held : std::exchange(heldOutput, {})) {
        if (held.qos0Publish)
            failHandle(held.handle, error);
    }
}

} // namespace OhMqtt
