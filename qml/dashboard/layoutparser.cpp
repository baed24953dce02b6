// The layout parser: QJsonDocument for the syntax, the tile checker for the tiles.
#include "layoutparser.h"

#include "tilechecker.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>

namespace OhMqttDashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OhMqttDashboard::LayoutParser", text);
}

// "name:line:column: error" for a syntax error at a byte offset; both counted from 1.
QString syntaxError(const QByteArray &text, const QJsonParseError &error, const QString &name)
{
    const QByteArray before = text.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
    return tr("%1:%2:%3: %4").arg(name).arg(line).arg(column).arg(error.errorString());
}

void readBroker(const QJsonValue &value, Layout &layout)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        layout.errors.append(tr("\"broker\" must be an object"));
        return;
    }
    const QJsonObject broker = value.toObject();
    for (auto it = broker.begin(); it != broker.end(); ++it) {
        static const QStringList known {QStringLiteral("address"), QStringLiteral("clientId"),
                                        QStringLiteral("username"), QStringLiteral("password")};
        if (!known.contains(it.key()))
            layout.errors.append(tr("\"broker\": unknown field \"%1\"").arg(it.key()));
        else if (!it.value().isString())
            layout.errors.append(tr("\"broker\": \"%1\" must be a string").arg(it.key()));
        else
            layout.broker.insert(it.key(), it.value().toString());
    }
}

void readHeader(const QJsonObject &root, Layout &layout)
{
    const QJsonValue title = root.value(QStringLiteral("title"));
    if (title.isString())
        layout.title = title.toString();
    else if (!title.isUndefined())
        layout.errors.append(tr("\"title\" must be a string"));
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (columns.isDouble() && columns.toInt() >= 1 && columns.toInt() <= 12)
        layout.columns = columns.toInt();
    else if (!columns.isUndefined())
        layout.errors.append(tr("\"columns\" must be a whole number from 1 to 12"));
    readBroker(root.value(QStringLiteral("broker")), layout);
}

} // namespace

Layout parseLayout(const QByteArray &text, const QString &name)
{
    Layout layout;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        layout.errors.append(syntaxError(text, error, name));
        return layout;
    }
    if (!document.isObject()) {
        layout.errors.append(tr("%1: the layout must be a JSON object").arg(name));
        return layout;
    }
    layout.parsed = true;
    const QJsonObject root = document.object();
    readHeader(root, layout);
    const QJsonValue tiles = root.value(QStringLiteral("tiles"));
    if (!tiles.isArray()) {
        layout.errors.append(tr("\"tiles\" is missing or not an array"));
        return layout;
    }
    CheckedTiles checked = checkTiles(tiles.toArray());
    layout.tiles = std::move(checked.tiles);
    layout.errors.append(checked.errors);
    return layout;
}

} // namespace OhMqttDashboard
