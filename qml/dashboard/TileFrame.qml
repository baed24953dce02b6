// The frame every tile shares: its title, its body, and a dimmed "offline" look while the client
// is not connected (the values shown may be stale).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt

Frame {
    id: frame

    // The tile's entry of the layout, defaults filled in by LayoutFile.
    property var config: ({})
    property MqttClient client: null
    // True once a message has arrived (the screenshot mode waits for these).
    property bool hasData: false
    // False for tiles that only send.
    property bool expectsData: true
    // The tile's subscription is granted (tiles that subscribe bind it).
    property bool subscribed: false
    readonly property bool stale: !client || !client.connected
    default property alias content: body.data

    padding: 10
    opacity: stale ? 0.55 : 1

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: frame.config.title || ""
                font.bold: true
                elide: Text.ElideMiddle
            }
            Label {
                visible: frame.stale
                text: qsTr("offline")
                font.italic: true
            }
            Label {
                visible: !frame.stale && frame.expectsData && !frame.hasData
                text: qsTr("waiting")
                font.italic: true
            }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
