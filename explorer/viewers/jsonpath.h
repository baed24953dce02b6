// JsonPath: a path into a JSON document as people type it — temperature, data.values[0],
// a["key with.dots"] — and reading a number from a payload with it.
#pragma once

#include <QtCore/qcoreapplication.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/qlist.h>

#include <optional>

namespace OhMqttExplorer {

class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(OhMqttExplorer::JsonPath)

public:
    struct Step
    {
        QString key;
        qsizetype index = -1; // an array step when >= 0
    };

    // A leading "$" or "$." is allowed and ignored; an empty path is valid and means the root.
    static JsonPath parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    QString errorString() const { return m_error; }
    QString text() const { return m_text; }
    const QList<Step> &steps() const { return m_steps; }

    // The value at this path; nullopt with `error` naming the step that does not resolve.
    std::optional<QJsonValue> resolve(const QJsonDocument &document, QString *error) const;

private:
    QString m_text;
    QList<Step> m_steps;
    QString m_error;
};

// A number read from one payload: the whole payload ("21.5", "true") when the path is empty,
// else the value at the path in the JSON payload. Booleans read as 0 and 1, numeric strings too.
struct NumericReading
{
    std::optional<double> value;
    QString error;
};

class PayloadNumbers
{
    Q_DECLARE_TR_FUNCTIONS(OhMqttExplorer::PayloadNumbers)

public:
    // Past these sizes a payload is not read: a number is short, and parsing is linear.
    static constexpr qsizetype MaxPlainNumberBytes = 64;
    static constexpr qsizetype MaxJsonBytes = 4 * 1024 * 1024;

    static NumericReading read(const QByteArray &payload, const JsonPath &path);
};

} // namespace OhMqttExplorer
