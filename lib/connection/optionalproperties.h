// What a sender leaves out rather than exceed the receiver's Maximum Packet Size.
#pragma once

#include <OhMqtt/packet/packet.h>

namespace OhMqtt {

// Encodes `packet` into `out` (replacing what it held, keeping its capacity). When it exceeds
// `maximum` bytes (0: no limit) and is one of the packets that may drop them (PUBACK to PUBCOMP,
// DISCONNECT, AUTH), it is encoded again without its Reason String, then also without its User
// Properties, until it fits. The result may still be too large: the caller decides.
void encodeWithinMaximum(QByteArray &out, const Packet &packet, ProtocolVersion version,
                         quint32 maximum);

} // namespace OhMqtt
