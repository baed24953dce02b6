// Where a tile with an error in the layout would be: the error, naming the tile and field.
import QtQuick
import QtQuick.Controls

TileFrame {
    id: tile

    readonly property string message: config.message || ""

    expectsData: false

    Label {
        anchors.fill: parent
        text: tile.message
        color: "#c62828"
        wrapMode: Text.Wrap
        elide: Text.ElideRight
    }
}
