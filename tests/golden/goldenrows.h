// The expected value of every golden vector in tests/data/golden, built by hand from its fields.
#pragma once

#include <OhMqtt/packet/packet.h>

#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

#include <variant>

namespace OhMqttTest::Golden {

// One .hex file holding a whole control packet, and the packet its "# field:" lines describe.
struct PacketRow
{
    QString file; // without ".hex"
    OhMqtt::ProtocolVersion version;
    OhMqtt::Packet packet;
};

// One .hex file holding a serialization primitive: a UTF-8 Encoded String or a Variable Byte
// Integer.
struct PrimitiveRow
{
    QString file;
    std::variant<QString, quint32> value;
};

QList<PacketRow> packetRows();
QList<PrimitiveRow> primitiveRows();

} // namespace OhMqttTest::Golden
