// Fuzz target: arbitrary bytes through the stream decoder and packet decoder, with a round trip.
#include <OhMqtt/packet/packet.h>

#include "connection/streamdecoder.h"

#include <cstdio>
#include <cstdlib>

using namespace OhMqtt;

namespace {

// Only the first decode of the untrusted input may fail quietly; from there on the bytes are the
// library's own, and a refusal or a difference is a codec bug.
// `input` is the accepted frame's first byte and body (without the Remaining Length).
[[noreturn]] void codecBug(const char *what, const QByteArray &input, const QByteArray &encoded,
                           const MqttError *error)
{
    std::fprintf(stderr, "fuzz_stream: %s\n  input: %s\n  encoded: %s\n  error: %s\n", what,
                 input.toHex(' ').constData(), encoded.toHex(' ').constData(),
                 error ? error->what() : "-");
    std::abort();
}

// A packet the codec accepted must encode, and its encoding must decode to the same packet.
void checkRoundTrip(const Packet &packet, ProtocolVersion version, const QByteArray &input)
{
    QByteArray encoded;
    try {
        encodePacket(encoded, packet, version);
    } catch (const MqttError &error) {
        codecBug("the encoder refuses a packet the decoder accepted", input, encoded, &error);
    }
    try {
        StreamDecoder again;
        again.feed(encoded);
        const auto reread = again.next();
        if (!reread || again.bufferedBytes() != 0)
            codecBug("the encoding is not exactly one frame", input, encoded, nullptr);
        const Packet decodedAgain = decodePacket(reread->firstByte, reread->body, version);
        if (!(decodedAgain == packet))
            codecBug("the encoding decodes to a different packet", input, encoded, nullptr);
    } catch (const MqttError &error) {
        codecBug("the decoder refuses the encoder's bytes", input, encoded, &error);
    }
}

} // namespace

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
                    continue; // the decoder refuses untrusted bytes: fine
                }
                // Catches its own errors.
                checkRoundTrip(packet, version, char(raw->firstByte) + raw->body.toByteArray());
            }
        }
    } catch (const MqttError &) {
        // Framing errors end the stream, as they end a connection.
    }
    return 0;
}
