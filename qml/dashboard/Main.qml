// The dashboard's window: the layout file, the client and its connection, the toolbar (not in
// kiosk mode) and the connection dialog.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt
import OhMqttDashboard

ApplicationWindow {
    id: window

    required property string layoutPath
    property string addressOverride: "" // --url
    property bool kiosk: false
    // From the connection dialog; wins over --url and the layout's broker.
    property var chosenSettings: null
    // Connected, and every tile that shows data has some (the screenshot mode waits for it).
    readonly property bool ready: client.connected && dashboard.ready

    width: 1280
    height: 800
    visible: true
    visibility: kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    title: qsTr("%1 — OhMqtt dashboard").arg(layout.title || layoutPath)

    header: ToolBar {
        visible: !window.kiosk
        RowLayout {
            anchors.fill: parent
            Label {
                Layout.leftMargin: 8
                text: layout.title
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: client.connected ? qsTr("connected to %1").arg(client.address)
                    : client.lastError.message !== ""
                      ? qsTr("offline (%1): %2").arg(client.address).arg(client.lastError.message)
                      : qsTr("connecting to %1…").arg(client.address)
            }
            ToolButton {
                text: qsTr("Reload layout")
                onClicked: layout.reload()
            }
            ToolButton {
                text: qsTr("Connection…")
                onClicked: connectionDialog.openWith(connection.settings)
            }
        }
    }

    LayoutFile {
        id: layout
        path: window.layoutPath
    }

    MqttClient {
        id: client
    }

    BrokerConnection {
        id: connection
        client: client
        layoutSettings: layout.broker
        addressOverride: window.addressOverride
        chosenSettings: window.chosenSettings
    }

    Dashboard {
        id: dashboard
        anchors.fill: parent
        client: client
        tiles: layout.tiles
        columns: layout.columns
        errors: layout.errors
    }

    ConnectionDialog {
        id: connectionDialog
        onSettingsChosen: settings => window.chosenSettings = settings
    }

    Shortcut {
        sequences: [StandardKey.Quit]
        onActivated: Qt.quit()
    }
    Shortcut {
        sequences: [StandardKey.Refresh]
        onActivated: layout.reload()
    }
}
