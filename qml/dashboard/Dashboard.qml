// The tiles of a layout in a grid, each made by its type's component, with the layout's errors
// above them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt

Item {
    id: dashboard

    property MqttClient client: null
    property var tiles: []
    property int columns: 3
    property var errors: []
    // Every tile that shows data has some.
    readonly property bool ready: waiting === 0 && repeater.count > 0
    property int waiting: 0

    readonly property var components: ({
        value: "ValueTile.qml",
        gauge: "GaugeTile.qml",
        switch: "SwitchTile.qml",
        button: "ButtonTile.qml",
        chart: "ChartTile.qml",
        log: "LogTile.qml",
        error: "ErrorTile.qml"
    })

    // The tile made for layout entry `index` (null while loading).
    function tileAt(index) {
        const loader = repeater.itemAt(index)
        return loader ? loader.item : null
    }

    function recount() {
        let count = 0
        for (let i = 0; i < repeater.count; ++i) {
            const tile = tileAt(i)
            if (!tile || (tile.expectsData && !tile.hasData))
                ++count
        }
        waiting = count
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        Pane {
            objectName: "errorList"
            Layout.fillWidth: true
            visible: dashboard.errors.length > 0
            background: Rectangle {
                color: "#ffebee"
                border.color: "#c62828"
                radius: 4
            }
            Column {
                width: parent.width
                Repeater {
                    model: dashboard.errors
                    Label {
                        required property string modelData
                        width: parent.width
                        text: modelData
                        color: "#b71c1c"
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Label {
            visible: dashboard.tiles.length === 0 && dashboard.errors.length === 0
            text: qsTr("This layout has no tiles yet.")
        }

        GridLayout {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: dashboard.columns
            rowSpacing: 8
            columnSpacing: 8

            Repeater {
                id: repeater
                model: dashboard.tiles
                onCountChanged: dashboard.recount()

                Loader {
                    id: loader
                    required property var modelData
                    Layout.columnSpan: Math.min(modelData.span || 1, grid.columns)
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Equal shares of the grid, whatever each tile's content asks for.
                    Layout.preferredWidth: Layout.columnSpan
                    Layout.preferredHeight: 1
                    Layout.minimumHeight: 120
                    Component.onCompleted: loader.setSource(dashboard.components[modelData.type], {
                        config: modelData,
                        client: dashboard.client
                    })
                    onLoaded: {
                        item.hasDataChanged.connect(dashboard.recount)
                        dashboard.recount()
                    }
                }
            }
        }
    }
}
