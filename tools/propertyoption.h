// PropertyOption: one -D / --property option, "command identifier value", read as mosquitto does.
#pragma once

#include "options.h"

#include <OhMqtt/mqttproperties.h>

#include <QtCore/qstringlist.h>

#include <optional>

namespace OhMqtt::Cli {

// The properties -D may give, by mosquitto's names, and where they go:
//   connect     session-expiry-interval, receive-maximum, maximum-packet-size,
//               topic-alias-maximum, request-problem-information,
//               request-response-information, user-property
//   publish     (pub) payload-format-indicator, message-expiry-interval, content-type,
//               response-topic, correlation-data, user-property
//   subscribe   (sub) subscription-identifier, user-property
//   disconnect  session-expiry-interval, reason-string, user-property
//   will        payload-format-indicator, message-expiry-interval, content-type,
//               response-topic, correlation-data, will-delay-interval, user-property
// Everything else mosquitto knows is refused by name: a property the packet may not carry, one
// a client must not send, and the few ohmqtt does not send yet (topic-alias,
// authentication-method, authentication-data, server-reference). Names are case-insensitive.
struct PropertyOption
{
    PropertyScope scope; // Connect, Publish, Subscribe, Disconnect or Will
    Property property;
};

// mosquitto's name of the property, e.g. "content-type" (also the key of mosquitto_sub's JSON
// output); nullptr for a value that names no property.
const char *propertyOptionName(PropertyId id) noexcept;

// True for "user-property", which takes a name and a value where the others take one value.
bool isUserPropertyName(QStringView identifier);

// `values` holds one value, or the name and value of a user-property. On failure, `*error`
// names the option, the packet, the property and the reason.
std::optional<PropertyOption> parsePropertyOption(Command command, const QString &option,
                                                  const QString &packet, const QString &identifier,
                                                  const QStringList &values, QString *error);

} // namespace OhMqtt::Cli
