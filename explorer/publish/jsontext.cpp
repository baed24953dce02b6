// JSON payload text: validation with the place of the error, and an order-keeping pretty-printer.
#include "publish/jsontext.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

namespace {

bool isUtf8Continuation(char byte)
{
    return (uchar(byte) & 0xC0) == 0x80;
}

void locate(const QByteArray &utf8, JsonProblem &problem)
{
    const qsizetype end = qBound(qsizetype(0), problem.offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (utf8[i] == '\n') {
            ++problem.line;
            problem.column = 1;
        } else if (!isUtf8Continuation(utf8[i])) {
            ++problem.column;
        }
    }
}

// Follows a JSON text character by character, telling which belong to string literals.
class JsonStrings
{
public:
    // True when `c` is part of a string literal, its quotes included.
    bool take(char16_t c)
    {
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == u'\\')
                m_escaped = true;
            else if (c == u'"')
                m_inString = false;
            return true;
        }
        m_inString = c == u'"';
        return m_inString;
    }

private:
    bool m_inString = false;
    bool m_escaped = false;
};

// Where the first value of a valid "a, b, ..." list ends.
qsizetype firstTopLevelComma(const QByteArray &utf8)
{
    int depth = 0;
    JsonStrings strings;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        // Bytes of multi-byte UTF-8 sequences are never quotes or backslashes.
        if (strings.take(uchar(c))) {
            continue;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            return i;
        }
    }
    return 0;
}

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

void newLine(QString &out, int depth)
{
    out += u'\n';
    out += QString(depth * 4, u' ');
}

// Index of the first non-space character at or after `i`.
qsizetype skipSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && isJsonSpace(text[i]))
        ++i;
    return i;
}

} // namespace

JsonProblem checkJson(const QByteArray &utf8)
{
    JsonProblem problem;
    if (utf8.trimmed().isEmpty()) {
        problem.message = QCoreApplication::translate("OhMqttExplorer::JsonText",
                                                      "The text is empty: no JSON value.");
        return problem;
    }
    // QJsonDocument takes only an object or an array at the top: wrap the text in an array so
    // that scalars pass too, and take the wrapper's byte back off the error's offset.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']', &error);
    if (error.error == QJsonParseError::NoError) {
        if (wrapped.array().size() == 1)
            return problem;
        // "1, 2" is a valid array once wrapped, but two values.
        problem.message = QCoreApplication::translate(
            "OhMqttExplorer::JsonText", "More than one JSON value: a payload holds one.");
        problem.offset = firstTopLevelComma(utf8);
        locate(utf8, problem);
        return problem;
    }
    problem.message = error.errorString();
    problem.offset = qBound(qsizetype(0), qsizetype(error.offset) - 1, utf8.size());
    locate(utf8, problem);
    return problem;
}

QString prettyPrintJson(QStringView json)
{
    QString out;
    out.reserve(json.size() + json.size() / 4);
    int depth = 0;
    JsonStrings strings;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json[i];
        if (strings.take(c.unicode())) {
            out += c;
            continue;
        }
        if (isJsonSpace(c))
            continue;
        switch (c.unicode()) {
        case u'{':
        case u'[': {
            out += c;
            const qsizetype next = skipSpace(json, i + 1);
            if (next < json.size() && (json[next] == u'}' || json[next] == u']')) {
                out += json[next]; // an empty container stays on one line
                i = next;
            } else {
                newLine(out, ++depth);
            }
            break;
        }
        case u'}':
        case u']':
            newLine(out, --depth);
            out += c;
            break;
        case u',':
            out += c;
            newLine(out, depth);
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace OhMqttExplorer
