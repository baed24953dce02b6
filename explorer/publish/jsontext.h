// JSON payload text: checking that it is one JSON value, where it is not, and pretty-printing it
// without reordering keys or rounding numbers (as a QJsonDocument round trip would).
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

namespace OhMqttExplorer {

struct JsonProblem
{
    QString message; // empty: the text is valid JSON
    qsizetype offset = 0; // in UTF-8 bytes from the start of the text
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters (code points)

    bool isNull() const { return message.isEmpty(); }
};

// Any JSON value is a valid payload (RFC 8259), scalars too; an empty text is not.
JsonProblem checkJson(const QByteArray &utf8);

// Re-indents a valid JSON text with four spaces; the tokens themselves stay as written.
QString prettyPrintJson(QStringView validJson);

} // namespace OhMqttExplorer
