// Fuzz target: the broker address parser, and the ohmqtt tool's -L URL and -D property parsers.
#include "transport/brokeraddress.h"

#include "brokerurl.h"
#include "propertyoption.h"

#include <OhMqtt/mqttproperties.h>

#include <QtCore/qstringlist.h>

#include <cstdio>
#include <cstdlib>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void bug(const char *what, const QString &input, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_addresses: %s\n  input: %s\n  detail: %s\n", what,
                 input.toUtf8().toHex(' ').constData(), detail.toUtf8().constData());
    std::abort();
}

// BrokerAddress::parse() throws or gives an address whose fields keep the header's promises and
// whose toString() reads back as the same address.
void checkBrokerAddress(const QString &text)
{
    BrokerAddress address;
    try {
        address = BrokerAddress::parse(text);
    } catch (const MqttError &error) {
        if (error.message().isEmpty())
            bug("BrokerAddress::parse fails without saying why", text);
        return;
    }
    using Scheme = BrokerAddress::Scheme;
    if (address.scheme == Scheme::Unix) {
        if (address.path.isEmpty() || !address.host.isEmpty() || address.port != 0)
            bug("a unix: address with a host, a port or no path", text, address.toString());
    } else {
        if (address.host.isEmpty() || address.port == 0)
            bug("a network address without a host or a port", text, address.toString());
        if (address.isWebSocket() != address.path.startsWith(u'/'))
            bug("a path where none belongs, or a WebSocket address without one", text,
                address.toString());
        if (address.isWebSocket() && !address.webSocketUrl().isValid())
            bug("webSocketUrl() is not a valid URL", text, address.toString());
    }
    const QString shown = address.toString();
    try {
        if (!(BrokerAddress::parse(shown) == address))
            bug("toString() reads back as another address", text, shown);
    } catch (const MqttError &error) {
        bug("toString() does not read back", text, shown + u" -- "_s + error.message());
    }
}

void checkBrokerUrl(const QString &text)
{
    const Cli::BrokerUrl url = Cli::parseBrokerUrl(text);
    if (!url.error.isEmpty())
        return;
    if (url.scheme != u"mqtt" && url.scheme != u"mqtts" && url.scheme != u"ws" &&
        url.scheme != u"wss")
        bug("parseBrokerUrl accepts an unknown scheme", text, url.scheme);
    if (url.host.isEmpty())
        bug("parseBrokerUrl accepts a URL without a host", text);
    if (url.password && !url.username)
        bug("parseBrokerUrl gives a password without a user name", text);
}

// "-D <packet> <identifier> <value> [<value>]": what is accepted may appear in its packet and
// encodes there.
void checkPropertyOption(const QStringList &words, bool pub)
{
    if (words.size() < 3)
        return;
    const QStringList values = words.mid(2, Cli::isUserPropertyName(words[1]) ? 2 : 1);
    QString error;
    const auto option = Cli::parsePropertyOption(pub ? Cli::Command::Pub : Cli::Command::Sub,
                                                 u"-D"_s, words[0], words[1], values, &error);
    if (!option) {
        if (error.isEmpty())
            bug("parsePropertyOption fails without saying why", words.join(u' '));
        return;
    }
    if (!allows(option->scope, option->property.id))
        bug("parsePropertyOption accepts a property its packet may not carry [MQTT-2.2.2]",
            words.join(u' '));
    PropertyList list;
    list.append(option->property);
    QByteArray encoded;
    try {
        list.encode(encoded, option->scope);
        ByteReader reader(encoded, "fuzz");
        if (!(PropertyList::decode(reader, option->scope) == list))
            bug("an accepted -D property does not read back", words.join(u' '));
    } catch (const MqttError &problem) {
        bug("an accepted -D property does not encode", words.join(u' '), problem.message());
    }
}

} // namespace

// Input: UTF-8 text. The whole text is a broker address and an -L URL; split at '\n' it is the
// words of a -D option (packet, identifier, value or name and value), given to pub when the
// text's length is even, to sub when odd.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkBrokerAddress(text);
    checkBrokerUrl(text);
    checkPropertyOption(text.split(u'\n'), size % 2 == 0);
    return 0;
}
