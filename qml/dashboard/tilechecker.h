// Checks the tiles of a dashboard layout: each type's fields, their kinds, and their defaults.
#pragma once

#include <QtCore/qjsonarray.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

namespace OhMqttDashboard {

struct CheckedTiles
{
    // One map per tile, in order, its defaults filled in. A tile with an error becomes
    // {type: "error", index, title, message} so the UI shows it where the tile would be.
    QVariantList tiles;
    QStringList errors; // "tiles[3] (gauge): \"max\" is missing", one per faulty tile
};

CheckedTiles checkTiles(const QJsonArray &tiles);

// The tile types a layout may use, for messages and documentation.
QStringList tileTypes();

} // namespace OhMqttDashboard
