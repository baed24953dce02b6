// Parser: the state of one parseArguments() run; its handlers are split by topic over parser_*.cpp.
#pragma once

#include "options.h"

#include <optional>

namespace OhMqtt::Cli {

// A hand parser rather than QCommandLineParser: mosquitto takes each option as a whole
// argument (no "-rv" bundling), lets "-h" mean host, processes arguments in order so that
// "-L" after "-p" wins, and stops at the first error; QCommandLineParser does none of these.
class Parser
{
public:
    Parser(Command command, const QStringList &arguments);

    ParseResult run(qint64 processId);

private:
    enum class Client : quint8 { Pub = 1, Sub = 2, Both = 3 };
    using Handler = bool (Parser::*)(const QString &option);
    struct Spec
    {
        const char *shortName;
        const char *longName; // nullptr when mosquitto has none
        Client client;
        Handler handler;
    };
    static const Spec Specs[];
    // The longest a QTimer waits: 24 days, whose milliseconds still fit an int.
    static constexpr int MaximumTimerSeconds = 24 * 24 * 3600;

    Command command() const { return m_result.options.command; }
    Options &options() { return m_result.options; }
    const Spec *find(const QString &argument) const;
    bool fail(const QString &message);
    bool takeValue(const QString &option, QString *value);
    // A value that must not be empty; `what` names it in the error ("a host name").
    bool takeNonEmpty(const QString &option, const char *what, QString *value);
    // An integer from `minimum` to `maximum`; `what` names it in the error ("port").
    bool takeInteger(const QString &option, const char *what, int minimum, int maximum, int *value);

    // options.cpp: topics, QoS, and the options both commands share
    bool addTopic(const QString &option);
    bool setQos(const QString &option);
    bool setDebug(const QString &option);
    bool showHelp(const QString &option);
    bool showVersion(const QString &option);
    bool addTopicText(const QString &topic, const QString &origin);

    // parser_pub.cpp: what pub sends, and how often
    bool setMessage(const QString &option);
    bool setNullMessage(const QString &option);
    bool setFile(const QString &option);
    bool setStdinLines(const QString &option);
    bool setStdinWhole(const QString &option);
    bool setMaxInflight(const QString &option);
    bool setRetain(const QString &option);
    bool setRepeatCount(const QString &option);
    bool setRepeatDelay(const QString &option);
    bool setPayloadSource(PayloadSource source);
    bool finishPublish();

    // parser_sub.cpp: what sub prints, and when it stops
    bool setVerbose(const QString &option);
    bool setFormat(const QString &option);
    bool setNoEndOfLine(const QString &option);
    bool setSkipRetained(const QString &option);
    bool setRetainedOnly(const QString &option);
    bool setRemoveRetained(const QString &option);
    bool addFilterOut(const QString &option);
    bool addUnsubscribe(const QString &option);
    bool setExitAfterSubscribe(const QString &option);
    bool setCount(const QString &option);
    bool setTimeout(const QString &option);
    // A valid topic filter appended to `filters`; `what` names it in the error.
    bool takeTopicFilter(const QString &option, const char *what, QStringList *filters);
    bool finishSubscribe();

    // parser_broker.cpp: where the broker is and how to reach it
    bool setHost(const QString &option);
    bool setPort(const QString &option);
    bool setUrl(const QString &option);
    bool setUnixSocket(const QString &option);
    bool setCaFile(const QString &option);
    bool setCaPath(const QString &option);
    bool setCertFile(const QString &option);
    bool setKeyFile(const QString &option);
    bool setInsecure(const QString &option);
    bool setTlsVersion(const QString &option);
    bool setConnectTimeout(const QString &option);
    bool disableReconnect(const QString &option);
    bool finishTransport();

    // parser_session.cpp: what CONNECT says, and -D
    bool setClientId(const QString &option);
    bool setClientIdPrefix(const QString &option);
    bool setUsername(const QString &option);
    bool setPassword(const QString &option);
    bool setProtocolVersion(const QString &option);
    bool setKeepAlive(const QString &option);
    bool disableCleanSession(const QString &option);
    bool setSessionExpiry(const QString &option);
    bool setDatabase(const QString &option);
    bool setDatabaseFast(const QString &option);
    bool setWillTopic(const QString &option);
    bool setWillPayload(const QString &option);
    bool setWillQos(const QString &option);
    bool setWillRetain(const QString &option);
    bool addProperty(const QString &option);
    bool finishSession(qint64 processId);
    bool finishWill();

    bool finish(qint64 processId);

    const QStringList &m_arguments;
    qsizetype m_index = 0;
    ParseResult m_result;

    // What the options said before the checks and defaults of finish().
    QString m_urlScheme; // "mqtt", "mqtts", "ws" or "wss" from the last -L; empty without
    quint16 m_port = 0; // from -p or the URL; 0: the transport's default
    bool m_portOption = false; // -p was given
    QString m_clientIdPrefix; // -I
    bool m_clientIdGiven = false; // -i
    QString m_sessionExpiryOrigin; // "-x" or "-D connect session-expiry-interval", if given
    QString m_propertyOption; // the first -D or --property, if any
    QString m_repeatOption; // the first --repeat or --repeat-delay, if any
    std::optional<QString> m_willTopic;
    std::optional<QByteArray> m_willPayload;
    std::optional<QoS> m_willQos;
    bool m_willRetain = false;
    WillProperties m_willProperties; // -D will
};

} // namespace OhMqtt::Cli
