// MqttClient: inflightMessages() — the in-flight queue as a snapshot, from any thread.
#include "client/mqttclient_p.h"

#include <algorithm>

namespace OhMqtt {

namespace {

using Stage = MqttInflightMessage::Stage;
using Direction = MqttInflightMessage::Direction;

Stage stageAwaiting(PacketType ack)
{
    switch (ack) {
    case PacketType::PubRec:
        return Stage::AwaitingPubRec;
    case PacketType::PubComp:
        return Stage::AwaitingPubComp;
    default:
        return Stage::AwaitingPubAck;
    }
}

MqttInflightMessage outboundMessage(const PublishPacket &packet, Stage stage,
                                    const InflightTracker::Track &track, qint64 now)
{
    MqttInflightMessage message;
    message.setSequence(track.sequence);
    message.setPacketId(packet.packetId);
    message.setTopic(packet.topic);
    message.setQos(packet.qos);
    message.setPayloadSize(packet.payload.size());
    message.setStage(stage);
    message.setAge(now - track.since);
    message.setSendCount(track.sendCount);
    return message;
}

} // namespace

QList<MqttInflightMessage> MqttClient::inflightMessages() const
{
    // A snapshot changes nothing; post() is only non-const because it queues.
    auto *d = const_cast<MqttClientPrivate *>(d_func());
    if (d->inClientThread())
        return d->inflightSnapshot();
    // As the client's other calls from other threads: a command in the client's queue, and a
    // condition to wait on. `cancel` answers when the client is destroyed before it runs.
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    QList<MqttInflightMessage> messages;
    const auto answer = [&](QList<MqttInflightMessage> snapshot) {
        const std::lock_guard lock(mutex);
        messages = std::move(snapshot);
        done = true;
        answered.notify_all();
    };
    d->post([&] { answer(d->inflightSnapshot()); }, [&] { answer({}); });
    std::unique_lock lock(mutex);
    answered.wait(lock, [&] { return done; });
    return messages;
}

QList<MqttInflightMessage> MqttClientPrivate::inflightSnapshot() const
{
    const qint64 now = InflightTracker::now();
    const QSet<quint16> &inboundIds = engine.inboundAwaitingRelease();
    QList<MqttInflightMessage> messages;
    messages.reserve(engine.unacknowledgedPublishes() + outboxPublishes + inboundIds.size());
    engine.forEachUnacknowledged([&](const PublishPacket &packet, PacketType ack) {
        const InflightTracker::Track *track = inflight.outbound(packet.packetId);
        messages.append(outboundMessage(packet, stageAwaiting(ack),
                                        track ? *track : InflightTracker::Track {0, now, 1}, now));
    });
    for (const Outgoing &request : outbox) {
        if (const auto *publish = std::get_if<PublishPacket>(&request.packet))
            messages.append(outboundMessage(*publish, Stage::Queued, request.track, now));
    }
    const qsizetype firstInbound = messages.size();
    for (const quint16 packetId : inboundIds) {
        MqttInflightMessage message;
        message.setDirection(Direction::Inbound);
        message.setPacketId(packetId);
        message.setQos(QoS::Q2);
        message.setStage(Stage::AwaitingPubRel);
        if (const InflightTracker::Inbound *inbound = inflight.inbound(packetId)) {
            message.setSequence(inbound->track.sequence);
            message.setTopic(inbound->topic);
            message.setPayloadSize(inbound->payloadSize);
            message.setAge(inbound->payloadSize < 0 ? -1 : now - inbound->track.since);
            message.setSendCount(inbound->track.sendCount);
        } else {
            message.setPayloadSize(-1);
            message.setAge(-1);
        }
        messages.append(std::move(message));
    }
    std::sort(messages.begin() + firstInbound, messages.end(),
              [](const MqttInflightMessage &a, const MqttInflightMessage &b) {
                  return a.sequence() < b.sequence();
              });
    return messages;
}

// An inbound QoS 2 message, as it is delivered: the engine keeps only its identifier. One whose
// PUBREL came in the same read is no longer in flight.
void MqttClientPrivate::trackDelivery(const PublishPacket &publish)
{
    if (publish.qos == QoS::Q2 && engine.inboundAwaitingRelease().contains(publish.packetId))
        inflight.delivered(publish);
}

} // namespace OhMqtt
