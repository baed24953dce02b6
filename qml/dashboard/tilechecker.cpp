// The tile checker: one table of fields per tile type, one generic pass over it.
#include "tilechecker.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qhash.h>
#include <QtCore/qjsonobject.h>

#include <algorithm>
#include <optional>

namespace OhMqttDashboard {

namespace {

enum class Kind { Text, Topic, Filter, Number, Count, Flag };

struct Field
{
    const char *name;
    Kind kind;
    bool required;
    QVariant fallback; // used when the field is absent and not required
};

struct TileType
{
    const char *name;
    QList<Field> fields;
};

// Fields every tile may have, beside its type's own.
const QList<Field> &commonFields()
{
    static const QList<Field> fields {{"type", Kind::Text, true, {}},
                                      {"title", Kind::Text, false, QString()},
                                      {"span", Kind::Count, false, 1}};
    return fields;
}

const QList<TileType> &types()
{
    static const QList<TileType> table {
        {"value",
         {{"topic", Kind::Filter, true, {}},
          {"unit", Kind::Text, false, QString()},
          {"decimals", Kind::Count, false, -1},
          {"path", Kind::Text, false, QString()}}},
        {"gauge",
         {{"topic", Kind::Filter, true, {}},
          {"min", Kind::Number, true, {}},
          {"max", Kind::Number, true, {}},
          {"unit", Kind::Text, false, QString()},
          {"decimals", Kind::Count, false, 0},
          {"path", Kind::Text, false, QString()}}},
        {"switch",
         {{"commandTopic", Kind::Topic, true, {}},
          {"stateTopic", Kind::Filter, false, QString()},
          {"onPayload", Kind::Text, false, QStringLiteral("ON")},
          {"offPayload", Kind::Text, false, QStringLiteral("OFF")},
          {"retain", Kind::Flag, false, false}}},
        {"button",
         {{"commandTopic", Kind::Topic, true, {}},
          {"payload", Kind::Text, false, QString()},
          {"label", Kind::Text, false, QString()},
          {"retain", Kind::Flag, false, false}}},
        {"chart",
         {{"topic", Kind::Filter, true, {}},
          {"points", Kind::Count, false, 60},
          {"unit", Kind::Text, false, QString()},
          {"decimals", Kind::Count, false, 1},
          {"path", Kind::Text, false, QString()}}},
        {"log", {{"topic", Kind::Filter, true, {}}, {"lines", Kind::Count, false, 50}}},
    };
    return table;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("OhMqttDashboard::TileChecker", text);
}

// Why `value` does not fit `kind`, or nothing when it does.
std::optional<QString> misfit(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        if (!value.isString())
            return tr("must be a string");
        break;
    case Kind::Filter:
    case Kind::Topic:
        if (!value.isString() || value.toString().isEmpty())
            return tr("must be a non-empty topic");
        // [MQTT-3.3.2-2] a topic name to publish to has no wildcards
        if (kind == Kind::Topic &&
            (value.toString().contains(u'+') || value.toString().contains(u'#')))
            return tr("must not contain the wildcards + or #");
        break;
    case Kind::Number:
        if (!value.isDouble())
            return tr("must be a number");
        break;
    case Kind::Count:
        if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0)
            return tr("must be a whole number of 0 or more");
        break;
    case Kind::Flag:
        if (!value.isBool())
            return tr("must be true or false");
        break;
    }
    return std::nullopt;
}

QVariant toVariant(const QJsonValue &value, Kind kind)
{
    return kind == Kind::Count ? QVariant(value.toInt()) : value.toVariant();
}

// The tile's map with defaults, or the first error found.
std::optional<QString> checkFields(const QJsonObject &tile, const QList<Field> &fields,
                                   QVariantMap &out)
{
    for (const Field &field : fields) {
        const QString name = QString::fromLatin1(field.name);
        const QJsonValue value = tile.value(name);
        if (value.isUndefined()) {
            if (field.required)
                return tr("\"%1\" is missing").arg(name);
            out.insert(name, field.fallback);
            continue;
        }
        if (const auto why = misfit(value, field.kind))
            return QStringLiteral("\"%1\" %2").arg(name, *why);
        out.insert(name, toVariant(value, field.kind));
    }
    return std::nullopt;
}

std::optional<QString> checkTile(const QJsonValue &value, QVariantMap &out)
{
    if (!value.isObject())
        return tr("must be an object");
    const QJsonObject tile = value.toObject();
    if (const auto error = checkFields(tile, commonFields(), out))
        return error;
    const QString typeName = out.value(QStringLiteral("type")).toString();
    const auto type = std::find_if(types().begin(), types().end(), [&](const TileType &t) {
        return typeName == QLatin1String(t.name);
    });
    if (type == types().end()) {
        return tr("unknown \"type\" \"%1\" (one of: %2)")
            .arg(typeName, tileTypes().join(QStringLiteral(", ")));
    }
    if (const auto error = checkFields(tile, type->fields, out))
        return error;
    // A misspelt optional field would otherwise be ignored without a word.
    for (auto it = tile.begin(); it != tile.end(); ++it) {
        if (!out.contains(it.key()))
            return tr("unknown field \"%1\"").arg(it.key());
    }
    return std::nullopt;
}

// Rules between fields, once each field is known to be well-formed.
std::optional<QString> checkConsistency(QVariantMap &tile)
{
    const QString type = tile.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("gauge") &&
        tile.value(QStringLiteral("min")).toDouble() >=
            tile.value(QStringLiteral("max")).toDouble()) {
        return tr("\"min\" must be less than \"max\"");
    }
    if (type == QLatin1String("chart") && tile.value(QStringLiteral("points")).toInt() < 2)
        return tr("\"points\" must be 2 or more");
    if (type == QLatin1String("log") && tile.value(QStringLiteral("lines")).toInt() < 1)
        return tr("\"lines\" must be 1 or more");
    if (tile.value(QStringLiteral("span")).toInt() < 1)
        return tr("\"span\" must be 1 or more");
    if (tile.value(QStringLiteral("title")).toString().isEmpty()) {
        const QString topic = tile.value(QStringLiteral("topic")).toString();
        tile.insert(QStringLiteral("title"),
                    topic.isEmpty() ? tile.value(QStringLiteral("commandTopic")).toString()
                                    : topic);
    }
    return std::nullopt;
}

// A client holds one subscription per topic filter (a second one takes the filter over from the
// first), and each tile holds its own: two tiles cannot share a filter.
std::optional<QString> checkUnique(const QVariantMap &tile, qsizetype index,
                                   QHash<QString, qsizetype> &filters)
{
    for (const QString &field : {QStringLiteral("topic"), QStringLiteral("stateTopic")}) {
        const QString filter = tile.value(field).toString();
        if (filter.isEmpty())
            continue;
        if (filters.contains(filter)) {
            return tr("\"%1\" \"%2\" is already the filter of tiles[%3] (one subscription per "
                      "topic filter)")
                .arg(field, filter)
                .arg(filters.value(filter));
        }
        filters.insert(filter, index);
    }
    return std::nullopt;
}

} // namespace

QStringList tileTypes()
{
    QStringList names;
    for (const TileType &type : types())
        names.append(QString::fromLatin1(type.name));
    return names;
}

CheckedTiles checkTiles(const QJsonArray &tiles)
{
    CheckedTiles result;
    QHash<QString, qsizetype> filters; // topic filter -> the tile subscribing to it
    for (qsizetype index = 0; index < tiles.size(); ++index) {
        QVariantMap tile;
        auto error = checkTile(tiles.at(index), tile);
        if (!error)
            error = checkConsistency(tile);
        if (!error)
            error = checkUnique(tile, index, filters);
        if (error) {
            const QString type = tile.value(QStringLiteral("type")).toString();
            const QString message = type.isEmpty()
                ? tr("tiles[%1]: %2").arg(index).arg(*error)
                : tr("tiles[%1] (%2): %3").arg(index).arg(type, *error);
            result.errors.append(message);
            tile = {{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("title"), tile.value(QStringLiteral("title"))},
                    {QStringLiteral("span"), 1},
                    {QStringLiteral("message"), message}};
        }
        tile.insert(QStringLiteral("index"), int(index));
        result.tiles.append(tile);
    }
    return result;
}

} // namespace OhMqttDashboard
