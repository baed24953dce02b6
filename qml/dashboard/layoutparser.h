// Reads a dashboard layout from JSON text: title, columns, broker and checked tiles, or errors
// that name the line and column (syntax) or the field (content).
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

namespace OhMqttDashboard {

struct Layout
{
    bool parsed = false; // the text was a JSON object; false keeps nothing else below
    QString title;
    int columns = 3;
    QVariantMap broker; // address, clientId, username, password: those given
    QVariantList tiles;
    QStringList errors;
};

// `name` prefixes syntax errors ("demo.json:4:12: ...").
Layout parseLayout(const QByteArray &text, const QString &name);

} // namespace OhMqttDashboard
