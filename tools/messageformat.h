// MessageFormat: sub -F, mosquitto_sub's output format: % message fields, @ times, \ escapes.
#pragma once

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <chrono>
#include <ctime>
#include <optional>

namespace OhMqtt::Cli {

// The moment a message is printed, as mosquitto_sub takes it: local time and nanoseconds.
struct PrintTime
{
    std::time_t seconds = 0;
    long nanoseconds = 0;
    std::tm local {}; // in the time zone of the process (TZ)

    static PrintTime now();
    static PrintTime at(std::chrono::system_clock::time_point time);
};

// One -F format string, read once and applied to every message. The specifiers are
// mosquitto_sub 2.0's (man mosquitto_sub, OUTPUT FORMAT):
//   %t %p %q %r %m %l %x %X      topic, payload, QoS, retain, packet id, length, hex payload
//   %A %C %D %E %F %P %R %S      MQTT 5.0 properties of the PUBLISH
//   %I %U %j %J %%               ISO 8601 time, Unix time, JSON, a '%'
//   @<c> @N @@                   strftime's %<c>, nanoseconds, an '@'
//   \\ \0 \a \e \n \r \t \v      escapes
// with the flags '-' and '0', a field width and a precision between '%' and the letter, as
// mosquitto applies them. Where mosquitto_sub 2.0.11 has a plain bug, this follows the evident
// intent instead (tools/README.md lists those places).
class MessageFormat
{
public:
    // nullopt when mosquitto_sub would refuse `format` too; `*error` then says why.
    static std::optional<MessageFormat> parse(QByteArrayView format, QString *error);

    // The message as the format says, without the end of line that sub adds unless -N.
    // `problems` receives what could not be printed, e.g. %J of a payload that is not JSON.
    QByteArray format(const MqttMessage &message, const PrintTime &time,
                      QStringList *problems) const;

    friend bool operator==(const MessageFormat &, const MessageFormat &) = default;

private:
    struct Directive
    {
        enum class Kind : quint8 { Text, Field, Time };
        Kind kind = Kind::Text;
        QByteArray text; // Text: the bytes, escapes resolved
        char conversion = 0; // Field: the letter after '%'; Time: the one after '@'
        bool leftAlign = false; // '-'
        char pad = ' '; // '0' for the flag '0'
        int width = 0;
        int precision = -1; // -1: none

        friend bool operator==(const Directive &, const Directive &) = default;
    };

    void appendText(QByteArrayView text);
    void appendDirective(Directive::Kind kind, char conversion);
    void writeField(QByteArray &out, const Directive &field, const MqttMessage &message,
                    const PrintTime &time, QStringList *problems) const;

    QList<Directive> m_directives;
};

} // namespace OhMqtt::Cli
