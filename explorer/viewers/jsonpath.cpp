// JsonPath: parsing the path text, walking a document, and reading numbers.
#include "viewers/jsonpath.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>

namespace OhMqttExplorer {

namespace {
class PathParser
{
public:
    explicit PathParser(QStringView text)
        : m_text(text)
    { }

    // Fills `steps`; returns an error message, or an empty string.
    QString parse(QList<JsonPath::Step> &steps)
    {
        if (m_text.startsWith(u'$')) {
            ++m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] == u'.')
                ++m_pos;
        }
        bool needKey = false; // after a '.'
        while (m_pos < m_text.size()) {
            if (m_text[m_pos] == u'[') {
                if (needKey)
                    return JsonPath::tr("Expected a key at position %1").arg(m_pos + 1);
                QString error = parseBracket(steps);
                if (!error.isEmpty())
                    return error;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && m_text[m_pos] != u'.' && m_text[m_pos] != u'[' &&
                       m_text[m_pos] != u']')
                    ++m_pos;
                if (m_pos == start)
                    return JsonPath::tr("Expected a key at position %1").arg(m_pos + 1);
                steps.append({m_text.sliced(start, m_pos - start).toString(), -1});
            }
            needKey = false;
            if (m_pos < m_text.size() && m_text[m_pos] == u'.') {
                ++m_pos;
                needKey = true;
            } else if (m_pos < m_text.size() && m_text[m_pos] != u'[') {
                return JsonPath::tr("Unexpected \"%1\" at position %2")
                    .arg(m_text[m_pos])
                    .arg(m_pos + 1);
            }
        }
        if (needKey)
            return JsonPath::tr("The path ends with \".\"");
        return {};
    }

private:
    QString parseBracket(QList<JsonPath::Step> &steps)
    {
        const qsizetype open = m_pos++;
        if (m_pos < m_text.size() && (m_text[m_pos] == u'"' || m_text[m_pos] == u'\'')) {
            const QChar quote = m_text[m_pos++];
            QString key;
            while (m_pos < m_text.size() && m_text[m_pos] != quote) {
                if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                key += m_text[m_pos++];
            }
            if (m_pos >= m_text.size())
                return JsonPath::tr("Unterminated quoted key at position %1").arg(open + 1);
            ++m_pos;
            steps.append({key, -1});
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
            bool ok = false;
            const qsizetype index = m_text.sliced(start, m_pos - start).toLongLong(&ok);
            if (!ok)
                return JsonPath::tr("Expected an index or a quoted key at position %1")
                    .arg(start + 1);
            steps.append({QString(), index});
        }
        if (m_pos >= m_text.size() || m_text[m_pos] != u']')
            return JsonPath::tr("Expected \"]\" at position %1").arg(m_pos + 1);
        ++m_pos;
        return {};
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

QString describe(const QString &pathSoFar)
{
    return pathSoFar.isEmpty() ? JsonPath::tr("the document") : pathSoFar;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonPath::tr("an object");
    case QJsonValue::Array:
        return JsonPath::tr("an array");
    case QJsonValue::String:
        return JsonPath::tr("a string");
    case QJsonValue::Double:
        return JsonPath::tr("a number");
    case QJsonValue::Bool:
        return JsonPath::tr("a boolean");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return JsonPath::tr("null");
}

std::optional<double> numberFromText(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (trimmed == "true")
        return 1.0;
    if (trimmed == "false")
        return 0.0;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    return ok && qIsFinite(value) ? std::optional(value) : std::nullopt;
}
} // namespace

JsonPath JsonPath::parse(const QString &text)
{
    JsonPath path;
    path.m_text = text.trimmed();
    path.m_error = PathParser(path.m_text).parse(path.m_steps);
    if (!path.m_error.isEmpty())
        path.m_steps.clear();
    return path;
}

std::optional<QJsonValue> JsonPath::resolve(const QJsonDocument &document, QString *error) const
{
    QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QString pathSoFar;
    for (const Step &step : m_steps) {
        if (step.index >= 0) {
            if (!value.isArray()) {
                *error = tr("%1 is %2, not an array").arg(describe(pathSoFar), typeOf(value));
                return std::nullopt;
            }
            const QJsonArray array = value.toArray();
            if (step.index >= array.size()) {
                *error = tr("Index %1 is out of range: %2 has %3 elements")
                             .arg(step.index)
                             .arg(describe(pathSoFar))
                             .arg(array.size());
                return std::nullopt;
            }
            value = array.at(step.index);
            pathSoFar += QStringLiteral("[%1]").arg(step.index);
        } else {
            if (!value.isObject()) {
                *error = tr("%1 is %2, not an object").arg(describe(pathSoFar), typeOf(value));
                return std::nullopt;
            }
            const QJsonObject object = value.toObject();
            const auto member = object.constFind(step.key);
            if (member == object.constEnd()) {
                *error = tr("No key \"%1\" in %2").arg(step.key, describe(pathSoFar));
                return std::nullopt;
            }
            value = member.value();
            pathSoFar += pathSoFar.isEmpty() ? step.key : u'.' + step.key;
        }
    }
    return value;
}

NumericReading PayloadNumbers::read(const QByteArray &payload, const JsonPath &path)
{
    if (!path.isValid())
        return {std::nullopt, path.errorString()};
    if (path.isEmpty()) {
        if (payload.size() <= MaxPlainNumberBytes) {
            if (const auto number = numberFromText(payload))
                return {number, {}};
        }
        return {std::nullopt, tr("The payload is not a number; enter a JSON path")};
    }
    if (payload.size() > MaxJsonBytes)
        return {std::nullopt, tr("The payload is too large to read as JSON")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, tr("The payload is not JSON: %1").arg(parseError.errorString())};
    QString error;
    const auto value = path.resolve(document, &error);
    if (!value)
        return {std::nullopt, error};
    if (value->isDouble())
        return {value->toDouble(), {}};
    if (value->isBool())
        return {value->toBool() ? 1.0 : 0.0, {}};
    if (value->isString()) {
        if (const auto number = numberFromText(value->toString().toUtf8()))
            return {number, {}};
    }
    return {std::nullopt, tr("%1 is %2, not a number").arg(path.text(), typeOf(*value))};
}

} // namespace OhMqttExplorer
