// The table of mosquitto 2.0 client options that ohmqtt refuses until it implements them.
#include "unsupportedoptions.h"

#include <algorithm>
#include <iterator>

namespace OhMqtt::Cli {

namespace {

enum class Client : quint8 { Pub = 1, Sub = 2, Both = 3 };

struct UnsupportedOption
{
    const char *name;
    Client client;
};

// From mosquitto 2.0's client_shared.c; each spelling of an option is its own row so that the
// error names the option as the user typed it.
constexpr UnsupportedOption Table[] = {
    // session
    {"-M", Client::Sub},
    // transport
    {"-A", Client::Both},
    {"--nodelay", Client::Both},
    {"--proxy", Client::Both},
    {"--keyform", Client::Both},
    {"--ciphers", Client::Both},
    {"--tls-alpn", Client::Both},
    {"--tls-engine", Client::Both},
    {"--tls-engine-kpass-sha1", Client::Both},
    {"--tls-use-os-certs", Client::Both},
    {"--psk", Client::Both},
    {"--psk-identity", Client::Both},
    // output
    {"--quiet", Client::Both},
    // sub only
    {"--pretty", Client::Sub},
    {"--random-filter", Client::Sub},
    {"--retain-as-published", Client::Sub},
};

bool appliesTo(Client client, Command command)
{
    const auto bit = command == Command::Pub ? Client::Pub : Client::Sub;
    return (static_cast<quint8>(client) & static_cast<quint8>(bit)) != 0;
}

} // namespace

bool isUnsupportedOption(Command command, QStringView argument)
{
    return std::any_of(std::begin(Table), std::end(Table), [&](const UnsupportedOption &option) {
        return appliesTo(option.client, command) && argument == QLatin1String(option.name);
    });
}

} // namespace OhMqtt::Cli
