// Fuzz target: property decoding for every scope, untyped and through each packet's typed
// property set, with a round trip of what decodes.
#include <OhMqtt/mqttproperties.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

using namespace OhMqtt;

namespace {

[[noreturn]] void codecBug(const char *what, PropertyScope scope, QByteArrayView input)
{
    std::fprintf(stderr, "fuzz_properties: %s\n  scope: %s\n  input: %s\n", what, scopeName(scope),
                 input.toByteArray().toHex(' ').constData());
    std::abort();
}

// The typed set of the scope (ConnectProperties, ..., WillProperties) must read the same bytes
// as the untyped list does, and encode to the same bytes.
template<PropertyScope Scope>
void checkTypedSet(QByteArrayView input, const PropertyList &list, const QByteArray &encoded)
{
    ByteReader reader(input, "fuzz");
    const Properties<Scope> typed = Properties<Scope>::decode(reader);
    if (!(typed.list() == list))
        codecBug("the typed property set reads other properties", Scope, input);
    QByteArray typedEncoded;
    typed.encode(typedEncoded);
    if (typedEncoded != encoded)
        codecBug("the typed property set encodes other bytes", Scope, input);
}

template<std::size_t... Index>
void checkTypedSetOf(PropertyScope scope, QByteArrayView input, const PropertyList &list,
                     const QByteArray &encoded, std::index_sequence<Index...>)
{
    ((scope == PropertyScope(Index) ? checkTypedSet<PropertyScope(Index)>(input, list, encoded)
                                    : void()),
     ...);
}

} // namespace

// Input: one byte choosing the scope, then Property Length and properties.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr std::size_t ScopeCount = std::size_t(PropertyScope::Will) + 1;
    if (size < 1)
        return 0;
    const auto scope = PropertyScope(data[0] % ScopeCount);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ByteReader reader(input, "fuzz");
    PropertyList list;
    try {
        list = PropertyList::decode(reader, scope);
    } catch (const MqttError &) {
        return 0;
    }
    QByteArray encoded;
    try {
        list.encode(encoded, scope); // what decoded must encode
        ByteReader again(encoded, "fuzz");
        if (!(PropertyList::decode(again, scope) == list) || !again.atEnd())
            codecBug("the encoding reads back as other properties", scope, input);
        // The Property Length in front is 1 to 4 bytes.
        const qsizetype lengthBytes = encoded.size() - list.encodedSize();
        if (lengthBytes < 1 || lengthBytes > 4)
            codecBug("encodedSize() is not the size encode() writes", scope, input);
        checkTypedSetOf(scope, input, list, encoded, std::make_index_sequence<ScopeCount>());
    } catch (const MqttError &error) {
        std::fprintf(stderr, "fuzz_properties: %s\n", error.what());
        codecBug("the library refuses properties it decoded", scope, input);
    }
    return 0;
}
