// OutboundAliases: which topic gets which Topic Alias toward the broker, for one connection
// (MQTT 3.3.2.3.4), as the publish's AliasPolicy asks.
#pragma once

#include <OhMqtt/mqttspec.h>

#include <QtCore/qhash.h>
#include <QtCore/qstring.h>

namespace OhMqtt {

class OutboundAliases
{
public:
    struct Lookup
    {
        quint16 alias = 0; // 0: send the topic without an alias
        bool existed = false; // the broker knows it: send the alias alone
    };

    // A new connection: no alias is known to the broker [MQTT-3.3.2-7]; it accepts aliases up
    // to its Topic Alias Maximum (0: none).
    void reset(quint16 maximum) noexcept;
    // The alias for `topic`: the known one, else a new one while any is left (TRY and ALWAYS).
    Lookup lookup(const QString &topic, AliasPolicy policy);
    // Takes back the alias just assigned to `topic`: the PUBLISH that was to carry it did not go
    // out, so the broker does not know it.
    void forget(const QString &topic);
    quint16 maximum() const noexcept { return m_maximum; }

private:
    QHash<QString, quint16> m_aliases;
    quint16 m_maximum = 0;
    quint16 m_next = 1;
};

} // namespace OhMqtt
