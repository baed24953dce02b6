// Decoding a received PUBLISH the fast way: a topic seen just before is not decoded again, and
// a payload may keep the buffer it was read into.
#pragma once

#include <OhMqtt/packet/publishpacket.h>

namespace OhMqtt {

// The last Topic Name a connection received: a stream of messages to one topic (the common case)
// then costs no UTF-8 check, conversion, wildcard scan or allocation per message.
struct TopicCache
{
    QByteArray utf8;
    QString topic;
};

// As PublishPacket::decode(), with `cache` (may be null) and, when `buffer` is given, a body that
// ends it (the buffer holds that packet and nothing after it): the payload then becomes
// `*buffer`, starting at the payload, without a copy.
PublishPacket decodePublish(quint8 flags, QByteArrayView body, ProtocolVersion version,
                            TopicCache *cache, QByteArray *buffer = nullptr);

} // namespace OhMqtt
