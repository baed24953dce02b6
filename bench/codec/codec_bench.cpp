// Micro-benchmarks of the packet codec and the topic matching: nanoseconds and heap allocations
// per operation (Google Benchmark; `allocs/op` counts malloc, calloc and realloc).
//   build/bench/bench/codec/bench_codec [--benchmark_filter=Publish]
#include "allocationcounter.h"

#include "client/topicfiltertrie.h"
#include "connection/streamdecoder.h"

#include <OhMqtt/packet/packet.h>

#include <benchmark/benchmark.h>

using namespace OhMqtt;

namespace {

// Runs `operation` in the benchmark loop and reports its heap allocations per operation; an
// iteration does `operationsPerIteration` of them.
template<typename Operation>
void measure(benchmark::State &state, Operation operation, int operationsPerIteration = 1)
{
    const std::uint64_t before = OhMqttBench::allocationCount();
    for (auto _ : state)
        operation();
    const double allocations = double(OhMqttBench::allocationCount() - before);
    state.counters["allocs/op"] = allocations / double(state.iterations()) / operationsPerIteration;
}

PublishPacket publish(qsizetype size, bool withProperties)
{
    PublishPacket packet;
    packet.topic = QStringLiteral("sensors/building-1/floor-2/room-17/temperature");
    packet.payload = QByteArray(size, 'x');
    packet.qos = QoS::Q1;
    packet.packetId = 4711;
    if (withProperties) {
        packet.properties.setPayloadFormatIndicator(true);
        packet.properties.setMessageExpiryInterval(3600);
        packet.properties.setContentType(QStringLiteral("application/json"));
        packet.properties.setResponseTopic(QStringLiteral("replies/client-42"));
        packet.properties.setCorrelationData(QByteArrayLiteral("request-0001"));
        packet.properties.addUserProperty(QStringLiteral("origin"), QStringLiteral("bench"));
    }
    return packet;
}

// (payload bytes, properties) for the PUBLISH benchmarks.
void publishArguments(benchmark::internal::Benchmark *benchmark)
{
    for (const int size : {16, 1024, 65536})
        for (const int properties : {0, 1})
            benchmark->Args({size, properties});
    benchmark->ArgNames({"bytes", "properties"});
}

void encodePublish(benchmark::State &state)
{
    const PublishPacket packet = publish(state.range(0), state.range(1) != 0);
    QByteArray out; // as the connection's write buffer: reused, its capacity kept
    measure(state, [&] {
        out.resize(0);
        packet.encode(out, ProtocolVersion::V5);
        benchmark::DoNotOptimize(out.constData());
    });
    state.SetBytesProcessed(state.iterations() * out.size());
}
BENCHMARK(encodePublish)->Apply(publishArguments);

void decodePublish(benchmark::State &state)
{
    const QByteArray bytes =
        encodePacket(publish(state.range(0), state.range(1) != 0), ProtocolVersion::V5);
    StreamDecoder decoder;
    decoder.feed(bytes);
    const RawPacket raw = *decoder.next();
    measure(state, [&] {
        PublishPacket packet = PublishPacket::decode(raw.flags(), raw.body, ProtocolVersion::V5);
        benchmark::DoNotOptimize(packet.payload.constData());
    });
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(decodePublish)->Apply(publishArguments);

ConnAckPacket richConnAck()
{
    ConnAckPacket connAck;
    connAck.sessionPresent = true;
    auto &properties = connAck.properties;
    properties.setSessionExpiryInterval(86400);
    properties.setReceiveMaximum(1000);
    properties.setMaximumQoS(quint8(1));
    properties.setRetainAvailable(true);
    properties.setMaximumPacketSize(1 << 20);
    properties.setAssignedClientIdentifier(QStringLiteral("auto-5F0A9C1E-2B7D-4E55"));
    properties.setTopicAliasMaximum(100);
    properties.setReasonString(QStringLiteral("welcome"));
    properties.setWildcardSubscriptionAvailable(true);
    properties.setSubscriptionIdentifierAvailable(true);
    properties.setSharedSubscriptionAvailable(true);
    properties.setServerKeepAlive(60);
    properties.setResponseInformation(QStringLiteral("responses/"));
    properties.setServerReference(QStringLiteral("mqtt://backup.example:1883"));
    for (int i = 0; i < 8; ++i)
        properties.addUserProperty(QStringLiteral("key-%1").arg(i), QStringLiteral("value"));
    return connAck;
}

void decodeConnAckWithManyProperties(benchmark::State &state)
{
    const QByteArray bytes = encodePacket(richConnAck(), ProtocolVersion::V5);
    StreamDecoder decoder;
    decoder.feed(bytes);
    const RawPacket raw = *decoder.next();
    measure(state, [&] {
        ConnAckPacket packet = ConnAckPacket::decode(raw.flags(), raw.body, ProtocolVersion::V5);
        benchmark::DoNotOptimize(&packet);
    });
}
BENCHMARK(decodeConnAckWithManyProperties);

// 10,000 small PUBLISH packets in one buffer, as one large socket read brings them: split into
// packets and each decoded. Reported per packet.
void streamOfSmallPackets(benchmark::State &state)
{
    constexpr int Packets = 10'000;
    QByteArray stream;
    const PublishPacket packet = publish(16, false);
    for (int i = 0; i < Packets; ++i)
        packet.encode(stream, ProtocolVersion::V5);
    StreamDecoder decoder;
    measure(
        state,
        [&] {
            decoder.feed(stream);
            while (const auto raw = decoder.next()) {
                PublishPacket decoded =
                    PublishPacket::decode(raw->flags(), raw->body, ProtocolVersion::V5);
                benchmark::DoNotOptimize(decoded.payload.constData());
            }
        },
        Packets);
    state.SetItemsProcessed(state.iterations() * Packets);
}
BENCHMARK(streamOfSmallPackets)->Unit(benchmark::kMicrosecond);

// One topic matched against 10,000 subscriptions: exact filters, `+` and `#`, as a client with
// many subscriptions routes each incoming message.
void matchTopicAgainstTenThousandFilters(benchmark::State &state)
{
    TopicFilterTrie trie;
    for (int building = 0; building < 100; ++building) {
        for (int room = 0; room < 98; ++room)
            trie.insert(QStringLiteral("site/b%1/r%2/temperature").arg(building).arg(room));
        trie.insert(QStringLiteral("site/b%1/+/humidity").arg(building));
        trie.insert(QStringLiteral("site/b%1/#").arg(building));
    }
    const QString topic = QStringLiteral("site/b42/r17/temperature");
    measure(state, [&] {
        const QStringList matches = trie.matches(topic);
        benchmark::DoNotOptimize(matches.constData());
    });
    state.counters["filters"] = double(trie.size());
}
BENCHMARK(matchTopicAgainstTenThousandFilters);

} // namespace

BENCHMARK_MAIN();
