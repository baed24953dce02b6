// Reads a -F format string as mosquitto_sub's check_format() does, and prints messages with it.
#include "messageformat.h"

#include "messagejson.h"

#include <algorithm>

namespace OhMqtt::Cli {

namespace {

// Beyond this a field is no column any more, only a way to run out of memory.
constexpr int MaximumFieldWidth = 100'000;

constexpr char FieldLetters[] = "%ACDEFIjJlmPpqRrStUxX";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<char> escaped(char c)
{
    switch (c) {
    case '\\':
        return '\\';
    case '0':
        return '\0';
    case 'a':
        return '\a';
    case 'e':
        return '\033';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return std::nullopt;
    }
}

QString quoted(char c)
{
    return QString::fromLatin1(&c, 1);
}

// The local time through strftime(), as mosquitto_sub prints it; empty when strftime gives
// nothing (an unknown conversion on some C libraries, or a result over 100 bytes as there).
QByteArray strftimeText(const char *pattern, const PrintTime &time)
{
    char buffer[100];
    const std::size_t length = std::strftime(buffer, sizeof buffer, pattern, &time.local);
    return QByteArray(buffer, qsizetype(length));
}

// printf's "%-*d", "%0*d" and "%*d".
void writeInteger(QByteArray &out, qint64 value, bool leftAlign, char pad, int width)
{
    QByteArray digits = QByteArray::number(value);
    const qsizetype padding = qMax<qsizetype>(0, width - digits.size());
    if (leftAlign) {
        out += digits + QByteArray(padding, ' ');
    } else if (pad == '0') {
        const bool negative = value < 0;
        if (negative)
            digits.remove(0, 1);
        out += QByteArray(negative ? "-" : "") + QByteArray(padding, '0') + digits;
    } else {
        out += QByteArray(padding, ' ') + digits;
    }
}

// printf's "%-*.*s" and "%*.*s" on bytes.
void writeString(QByteArray &out, QByteArrayView text, bool leftAlign, int width, int precision)
{
    if (precision >= 0)
        text = text.first(qMin<qsizetype>(precision, text.size()));
    const QByteArray padding(qMax<qsizetype>(0, width - text.size()), ' ');
    out += leftAlign ? text.toByteArray() + padding : padding + text.toByteArray();
}

enum class Hex : quint8 { None, Lower, Upper };

// mosquitto's write_payload(): a field width also cuts the payload to that width. For hex,
// mosquitto 2.0.11 then halves the byte count; here the field takes the whole bytes whose two
// digits fit, and pads the rest. Without a width, '-' adds nothing (mosquitto adds as many
// spaces as the payload has bytes).
void writePayload(QByteArray &out, const QByteArray &payload, Hex hex, bool leftAlign, char pad,
                  int width)
{
    qsizetype bytes = payload.size();
    qsizetype padding = 0;
    if (width > 0) {
        bytes = qMin<qsizetype>(bytes, hex == Hex::None ? width : width / 2);
        padding = width - (hex == Hex::None ? bytes : 2 * bytes);
    }
    if (!leftAlign)
        out += QByteArray(padding, pad);
    const QByteArray shown = payload.first(bytes);
    out += hex == Hex::None ? shown : hex == Hex::Lower ? shown.toHex() : shown.toHex().toUpper();
    if (leftAlign)
        out += QByteArray(padding, ' ');
}

} // namespace

PrintTime PrintTime::now()
{
    return at(std::chrono::system_clock::now());
}

PrintTime PrintTime::at(std::chrono::system_clock::time_point time)
{
    const auto sinceEpoch =
        std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch());
    const auto wholeSeconds = std::chrono::floor<std::chrono::seconds>(sinceEpoch);
    PrintTime result;
    result.seconds = std::time_t(wholeSeconds.count());
    result.nanoseconds = long((sinceEpoch - wholeSeconds).count());
    localtime_r(&result.seconds, &result.local);
    return result;
}

void MessageFormat::appendText(QByteArrayView text)
{
    if (m_directives.isEmpty() || m_directives.constLast().kind != Directive::Kind::Text)
        appendDirective(Directive::Kind::Text, 0);
    m_directives.last().text += text;
}

void MessageFormat::appendDirective(Directive::Kind kind, char conversion)
{
    Directive directive;
    directive.kind = kind;
    directive.conversion = conversion;
    m_directives.append(directive);
}

std::optional<MessageFormat> MessageFormat::parse(QByteArrayView format, QString *error)
{
    MessageFormat result;
    const qsizetype end = format.size();
    const auto fail = [&](const QString &message) -> std::optional<MessageFormat> {
        *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < end; ++i) {
        const char c = format.at(i);
        if (c == '\\') {
            if (++i == end)
                return fail(QStringLiteral("incomplete escape '\\' at the end of the -F format"));
            const std::optional<char> byte = escaped(format.at(i));
            if (!byte) {
                return fail(QStringLiteral("invalid escape '\\%1' in the -F format, it must be "
                                           "one of \\\\ \\0 \\a \\e \\n \\r \\t \\v")
                                .arg(quoted(format.at(i))));
            }
            result.appendText(QByteArrayView(&*byte, 1));
        } else if (c == '@') {
            if (++i == end)
                return fail(QStringLiteral("incomplete time specifier '@' at the end of the -F "
                                           "format"));
            if (format.at(i) == '@')
                result.appendText("@");
            else
                result.appendDirective(Directive::Kind::Time, format.at(i));
        } else if (c == '%') {
            Directive field;
            field.kind = Directive::Kind::Field;
            const qsizetype start = i;
            const auto incomplete = [&] {
                return fail(QStringLiteral("incomplete format specifier '%1' at the end of the "
                                           "-F format")
                                .arg(QString::fromUtf8(format.sliced(start))));
            };
            if (++i < end && format.at(i) == '-') {
                field.leftAlign = true;
                ++i;
            }
            if (i < end && format.at(i) == '0') {
                field.pad = '0';
                ++i;
            }
            for (; i < end && isDigit(format.at(i)); ++i)
                field.width = qMin(MaximumFieldWidth + 1, field.width * 10 + (format.at(i) - '0'));
            if (i < end && format.at(i) == '.') {
                field.precision = 0;
                for (++i; i < end && isDigit(format.at(i)); ++i) {
                    field.precision =
                        qMin(MaximumFieldWidth + 1, field.precision * 10 + (format.at(i) - '0'));
                }
            }
            if (i == end)
                return incomplete();
            const char letter = format.at(i);
            if (letter == '\0' || !std::strchr(FieldLetters, letter)) {
                return fail(QStringLiteral("invalid format specifier '%1' in the -F format")
                                .arg(QString::fromUtf8(format.sliced(start, i - start + 1))));
            }
            if (field.width > MaximumFieldWidth || field.precision > MaximumFieldWidth) {
                return fail(QStringLiteral("field width or precision over %1 in '%2' of the -F "
                                           "format")
                                .arg(MaximumFieldWidth)
                                .arg(QString::fromUtf8(format.sliced(start, i - start + 1))));
            }
            field.conversion = letter;
            if (letter == '%')
                result.appendText("%"); // mosquitto ignores flags and width here
            else
                result.m_directives.append(field);
        } else {
            result.appendText(QByteArrayView(&c, 1));
        }
    }
    return result;
}

QByteArray MessageFormat::format(const MqttMessage &message, const PrintTime &time,
                                 QStringList *problems) const
{
    QByteArray out;
    for (const Directive &directive : m_directives) {
        switch (directive.kind) {
        case Directive::Kind::Text:
            out += directive.text;
            break;
        case Directive::Kind::Time:
            if (directive.conversion == 'N') {
                out += QByteArray::number(qint64(time.nanoseconds)).rightJustified(9, '0');
            } else {
                const char pattern[] = {'%', directive.conversion, '\0'};
                out += strftimeText(pattern, time);
            }
            break;
        case Directive::Kind::Field:
            writeField(out, directive, message, time, problems);
            break;
        }
    }
    return out;
}

// mosquitto's formatted_print_percent(): which flags a field honours, and what an absent
// property prints (blanks of the field width for some, nothing for others), follow it exactly.
void MessageFormat::writeField(QByteArray &out, const Directive &field, const MqttMessage &message,
                               const PrintTime &time, QStringList *problems) const
{
    const PublishProperties &properties = message.properties();
    const auto integer = [&](std::optional<qint64> value, char blank) {
        if (value)
            writeInteger(out, *value, field.leftAlign, field.pad, field.width);
        else
            out += QByteArray(field.width, blank);
    };
    const auto string = [&](QByteArrayView text) {
        writeString(out, text, field.leftAlign, field.width, field.precision);
    };
    switch (field.conversion) {
    case 'A':
        integer(properties.topicAlias(), field.pad);
        break;
    case 'C':
        if (const std::optional<QString> type = properties.contentType())
            string(type->toUtf8());
        else
            out += QByteArray(field.width, ' ');
        break;
    case 'D':
        out += properties.correlationData().value_or(QByteArray());
        break;
    case 'E': {
        // mosquitto prints it as an int: past 2^31 - 1 seconds it turns negative.
        const std::optional<quint32> seconds = properties.messageExpiryInterval();
        integer(seconds ? std::optional<qint64>(qint32(*seconds)) : std::nullopt, field.pad);
        break;
    }
    case 'F':
        integer(properties.payloadFormatIndicator(), field.pad);
        break;
    case 'I':
        string(strftimeText("%FT%T%z", time));
        break;
    case 'j':
    case 'J':
        if (!writeMessageJson(out, message, time, field.conversion == 'J')) {
            problems->append(QStringLiteral("the payload of the message on '%1' is not valid "
                                            "JSON, %J leaves it out")
                                 .arg(message.topic()));
        }
        break;
    case 'l':
        integer(message.payload().size(), field.pad);
        break;
    case 'm':
        integer(message.packet().packetId, field.pad);
        break;
    case 'P': {
        QByteArrayList pairs;
        for (const StringPair &pair : properties.userProperties())
            pairs += pair.first.toUtf8() + ':' + pair.second.toUtf8();
        out += pairs.join(' ');
        break;
    }
    case 'p':
        writePayload(out, message.payload(), Hex::None, field.leftAlign, field.pad, field.width);
        break;
    case 'q':
        out += char('0' + int(message.qos()));
        break;
    case 'R':
        if (const std::optional<QString> topic = properties.responseTopic())
            string(topic->toUtf8());
        break;
    case 'r':
        out += message.retain() ? '1' : '0';
        break;
    case 'S': {
        const QList<quint32> identifiers = properties.subscriptionIdentifiers();
        integer(identifiers.isEmpty() ? std::nullopt : std::optional<qint64>(identifiers.first()),
                field.pad);
        break;
    }
    case 't':
        string(message.topic().toUtf8());
        break;
    case 'U':
        out += QByteArray::number(qint64(time.seconds)) + '.' +
            QByteArray::number(qint64(time.nanoseconds)).rightJustified(9, '0');
        break;
    case 'x':
    case 'X':
        writePayload(out, message.payload(), field.conversion == 'x' ? Hex::Lower : Hex::Upper,
                     field.leftAlign, field.pad, field.width);
        break;
    default:
        break;
    }
}

} // namespace OhMqtt::Cli
