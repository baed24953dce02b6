// Decoding a PUBLISH whose payload keeps the buffer it was read into.
#pragma once

#include <OhMqtt/packet/publishpacket.h>

namespace OhMqtt {

// As PublishPacket::decode(), for a body that ends its `buffer` (which holds that packet and
// nothing after it): the payload becomes `buffer`, starting at the payload, without a copy.
PublishPacket decodePublishSharing(quint8 flags, QByteArrayView body, ProtocolVersion version,
                                   QByteArray &&buffer);

} // namespace OhMqtt
