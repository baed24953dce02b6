// Fuzz target: property decoding for every scope, with a round trip of what decodes.
#include <OhMqtt/mqttproperties.h>

#include <cstdlib>

using namespace OhMqtt;

// Input: one byte choosing the scope, then Property Length and properties.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto scope = PropertyScope(data[0] % (quint8(PropertyScope::Will) + 1));
    ByteReader reader(QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)),
                      "fuzz");
    PropertyList list;
    try {
        list = PropertyList::decode(reader, scope);
    } catch (const MqttError &) {
        return 0;
    }
    QByteArray encoded;
    list.encode(encoded, scope); // what decoded must encode
    ByteReader again(encoded, "fuzz");
    if (!(PropertyList::decode(again, scope) == list) || !again.atEnd())
        std::abort();
    return 0;
}
