// PINGREQ and PINGRESP: a fixed header and nothing else (sections 3.12 and 3.13).
#include <OhMqtt/packet/pingpacket.h>

#include "packetcodec.h"

namespace OhMqtt {

using namespace Codec;

template<PacketType T> void PingPacket<T>::encode(QByteArray &out, ProtocolVersion) const
{
    beginPacket(out, T, 0, 0);
}

template<PacketType T>
PingPacket<T> PingPacket<T>::decode(quint8 flags, QByteArrayView body, ProtocolVersion)
{
    checkFlags(T, flags, 0);
    expectEnd(ByteReader(body, packetName(T)));
    return {};
}

template struct PingPacket<PacketType::PingReq>;
template struct PingPacket<PacketType::PingResp>;

} // namespace OhMqtt
