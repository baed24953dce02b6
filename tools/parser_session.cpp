// The options that shape CONNECT and the session: -i -I -u -P -V -k -c -x, the will, and -D.
#include "parser.h"
#include "propertyoption.h"

#include <OhMqtt/mqtttopic.h>

#include <limits>

namespace OhMqtt::Cli {

namespace {

constexpr quint32 NeverExpires = std::numeric_limits<quint32>::max();

} // namespace

bool Parser::setClientId(const QString &option)
{
    if (!m_clientIdPrefix.isEmpty())
        return fail(QStringLiteral("-i and -I cannot be used together"));
    if (!takeNonEmpty(option, "a client id", &options().clientId))
        return false;
    m_clientIdGiven = true;
    return true;
}

bool Parser::setClientIdPrefix(const QString &option)
{
    if (m_clientIdGiven)
        return fail(QStringLiteral("-i and -I cannot be used together"));
    return takeNonEmpty(option, "a client id prefix", &m_clientIdPrefix);
}

bool Parser::setUsername(const QString &option)
{
    QString username;
    if (!takeValue(option, &username))
        return false;
    options().username = username;
    return true;
}

bool Parser::setPassword(const QString &option)
{
    QString password;
    if (!takeValue(option, &password))
        return false;
    options().password = password.toUtf8();
    return true;
}

bool Parser::setProtocolVersion(const QString &option)
{
    QString version;
    if (!takeValue(option, &version))
        return false;
    if (version == u"5" || version == u"mqttv5") {
        options().protocolVersion = ProtocolVersion::V5;
    } else if (version == u"311" || version == u"mqttv311") {
        options().protocolVersion = ProtocolVersion::V311;
    } else if (version == u"31" || version == u"mqttv31") {
        return fail(
            QStringLiteral("MQTT 3.1 (%1 %2) is not supported; use 311 or 5").arg(option, version));
    } else {
        return fail(QStringLiteral("invalid protocol version '%1', it must be 5, mqttv5, 311 or "
                                   "mqttv311")
                        .arg(version));
    }
    return true;
}

bool Parser::setKeepAlive(const QString &option)
{
    // mosquitto's lower bound: shorter intervals only make a slow link look dead.
    int seconds = 0;
    if (!takeInteger(option, "keepalive", 5, 65535, &seconds))
        return false;
    options().keepAliveSeconds = quint16(seconds);
    return true;
}

bool Parser::disableCleanSession(const QString &)
{
    options().cleanStart = false;
    return true;
}

// As mosquitto: 0 to 4294967295 seconds, and -1 or "∞" for a session that never expires.
bool Parser::setSessionExpiry(const QString &option)
{
    QString text;
    if (!takeValue(option, &text))
        return false;
    if (!m_sessionExpiryOrigin.isEmpty() && m_sessionExpiryOrigin != option) {
        return fail(QStringLiteral("%1 and %2 both set the session expiry interval")
                        .arg(m_sessionExpiryOrigin, option));
    }
    bool ok = false;
    quint32 seconds = text.toUInt(&ok);
    if (text == u"-1" || text == u"∞") {
        seconds = NeverExpires;
        ok = true;
    }
    if (!ok) {
        return fail(QStringLiteral("invalid session expiry interval '%1', it must be 0 to "
                                   "4294967295 seconds, or -1 or ∞ for never")
                        .arg(text));
    }
    options().connectProperties.setSessionExpiryInterval(seconds);
    m_sessionExpiryOrigin = option;
    return true;
}

bool Parser::setDatabase(const QString &option)
{
    return takeNonEmpty(option, "a file path", &options().database);
}

bool Parser::setDatabaseFast(const QString &)
{
    options().databaseFast = true;
    return true;
}

bool Parser::setWillTopic(const QString &option)
{
    QString topic;
    if (!takeValue(option, &topic))
        return false;
    if (!isValidTopic(topic))
        return fail(
            QStringLiteral("invalid will topic '%1', does it contain '+' or '#'?").arg(topic));
    m_willTopic = topic;
    return true;
}

bool Parser::setWillPayload(const QString &option)
{
    QString payload;
    if (!takeValue(option, &payload))
        return false;
    m_willPayload = payload.toUtf8();
    return true;
}

bool Parser::setWillQos(const QString &option)
{
    int qos = 0;
    if (!takeInteger(option, "will QoS", 0, 2, &qos))
        return false;
    m_willQos = QoS(qos);
    return true;
}

bool Parser::setWillRetain(const QString &)
{
    m_willRetain = true;
    return true;
}

// -D packet identifier value, or -D packet user-property name value.
bool Parser::addProperty(const QString &option)
{
    if (m_index + 3 >= m_arguments.size())
        return fail(QStringLiteral("option %1 needs a packet, a property and a value").arg(option));
    const QString packet = m_arguments.at(++m_index);
    const QString identifier = m_arguments.at(++m_index);
    QStringList values {m_arguments.at(++m_index)};
    if (isUserPropertyName(identifier)) {
        if (m_index + 1 >= m_arguments.size()) {
            return fail(QStringLiteral("option %1 %2 %3 needs a name and a value")
                            .arg(option, packet, identifier));
        }
        values << m_arguments.at(++m_index);
    }
    QString error;
    const std::optional<PropertyOption> parsed =
        parsePropertyOption(command(), option, packet, identifier, values, &error);
    if (!parsed)
        return fail(error);

    const PropertyId id = parsed->property.id;
    const QString origin = QStringLiteral("%1 %2 %3").arg(option, packet, identifier);
    PropertyList *list = nullptr;
    switch (parsed->scope) {
    case PropertyScope::Connect:
        list = &options().connectProperties.list();
        if (id == PropertyId::SessionExpiryInterval && !m_sessionExpiryOrigin.isEmpty()) {
            return fail(QStringLiteral("%1 and %2 both set the session expiry interval")
                            .arg(m_sessionExpiryOrigin, origin));
        }
        if (id == PropertyId::SessionExpiryInterval)
            m_sessionExpiryOrigin = origin;
        break;
    case PropertyScope::Publish:
        list = &options().publishProperties.list();
        break;
    case PropertyScope::Subscribe:
        list = &options().subscribeProperties.list();
        break;
    case PropertyScope::Disconnect:
        list = &options().disconnectProperties.list();
        break;
    default:
        list = &m_willProperties.list();
        break;
    }
    if (!repeatable(parsed->scope, id) && list->find(id))
        return fail(QStringLiteral("%1 is given twice").arg(origin));
    list->append(parsed->property);
    if (m_propertyOption.isEmpty())
        m_propertyOption = option;
    return true;
}

// mosquitto refuses a will payload or retain flag without a will topic; so does ohmqtt, and
// also a will QoS or will properties, rather than dropping them.
bool Parser::finishWill()
{
    if (!m_willTopic) {
        const char *orphan = m_willPayload ? "--will-payload"
            : m_willQos                    ? "--will-qos"
            : m_willRetain                 ? "--will-retain"
            : !m_willProperties.isEmpty()  ? "-D will"
                                           : nullptr;
        if (orphan)
            return fail(QStringLiteral("%1 needs --will-topic").arg(QLatin1String(orphan)));
        return true;
    }
    WillMessage will;
    will.topic = *m_willTopic;
    will.payload = m_willPayload.value_or(QByteArray()); // mosquitto: a zero-length will
    will.qos = m_willQos.value_or(QoS::Q0);
    will.retain = m_willRetain;
    will.properties = m_willProperties;
    options().will = will;
    return true;
}

bool Parser::finishSession(qint64 processId)
{
    Options &o = options();
    if (o.protocolVersion == ProtocolVersion::V311) {
        // mosquitto switches to MQTT 5.0 for a -D given after -V 311, and quietly drops -x.
        if (!m_propertyOption.isEmpty())
            return fail(QStringLiteral("%1 sets MQTT 5.0 properties; it cannot be used with "
                                       "-V 311")
                            .arg(m_propertyOption));
        if (!m_sessionExpiryOrigin.isEmpty())
            return fail(QStringLiteral("-x sets the MQTT 5.0 session expiry interval; it cannot "
                                       "be used with -V 311"));
        if (o.password && !o.username)
            return fail(QStringLiteral("MQTT 3.1.1 sends a password only with a user name; give "
                                       "-u with -P [MQTT-3.1.2-22]"));
    }
    if (!m_clientIdPrefix.isEmpty())
        o.clientId = m_clientIdPrefix + QString::number(processId); // mosquitto: "%s%d"
    else if (!m_clientIdGiven)
        o.clientId = QStringLiteral("ohmqtt-%1-%2").arg(commandName(command())).arg(processId);

    // A session is found again by its client id: one made up here could not be resumed.
    if (!o.database.isEmpty() && (o.cleanStart || !m_clientIdGiven))
        return fail(QStringLiteral("--db keeps the session of a client id across runs; give -c "
                                   "and -i"));
    if (o.databaseFast && o.database.isEmpty())
        return fail(QStringLiteral("--db-fast needs --db"));
    if (!o.cleanStart && !m_clientIdGiven)
        return fail(QStringLiteral("-c keeps the session of a client id; give the id with -i"));
    ConnectProperties &connect = o.connectProperties;
    if (o.protocolVersion == ProtocolVersion::V5 && !o.cleanStart &&
        !connect.sessionExpiryInterval())
        connect.setSessionExpiryInterval(NeverExpires); // as mosquitto: -c alone never expires
    if (connect.sessionExpiryInterval() == NeverExpires && !m_clientIdGiven)
        return fail(QStringLiteral("a session that never expires needs a client id given with "
                                   "-i"));
    // MQTT 5.0 section 3.14.2.2.2: a session that ended at once cannot be extended at the end.
    if (o.disconnectProperties.sessionExpiryInterval().value_or(0) != 0 &&
        connect.sessionExpiryInterval().value_or(0) == 0) {
        return fail(QStringLiteral("-D disconnect session-expiry-interval must be 0 when the "
                                   "session expiry interval of CONNECT is 0 (MQTT 5.0 section "
                                   "3.14.2.2.2)"));
    }
    return true;
}

} // namespace OhMqtt::Cli
