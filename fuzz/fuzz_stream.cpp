// Fuzz target: arbitrary bytes through the stream decoder and packet decoder, with a round trip.
#include <OhMqtt/packet/packet.h>

#include "connection/streamdecoder.h"

#include <cstdlib>

using namespace OhMqtt;

// Input: one byte choosing the protocol version and fragment size, then the byte stream.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const ProtocolVersion version = (data[0] & 1) ? ProtocolVersion::V311 : ProtocolVersion::V5;
    const qsizetype fragment = 1 + (data[0] >> 1);
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    StreamDecoder decoder(64 * 1024);
    try {
        for (qsizetype offset = 0; offset < stream.size(); offset += fragment) {
            decoder.feed(stream.sliced(offset, qMin(fragment, stream.size() - offset)));
            while (auto raw = decoder.next()) {
                Packet packet;
                try {
                    packet = decodePacket(raw->firstByte, raw->body, version);
                } catch (const MqttError &) {
                    continue;
                }
                // A packet the codec accepted and can encode must decode to itself.
                QByteArray encoded;
                try {
                    encodePacket(encoded, packet, version);
                } catch (const MqttError &) {
                    continue;
                }
                StreamDecoder again;
                again.feed(encoded);
                const auto reread = again.next();
                if (!reread || again.bufferedBytes() != 0)
                    std::abort();
                const Packet decodedAgain = decodePacket(reread->firstByte, reread->body, version);
                if (!(decodedAgain == packet))
                    std::abort();
            }
        }
    } catch (const MqttError &) {
        // Framing errors end the stream, as they end a connection.
    }
    return 0;
}
