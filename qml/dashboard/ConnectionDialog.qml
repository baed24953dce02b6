// The connection dialog: broker address, client identifier, user name and password. What it
// sets wins over the layout's broker and --url.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    // Emitted on OK with {address, clientId, username, password}.
    signal settingsChosen(var settings)

    function openWith(settings) {
        address.text = settings.address || ""
        clientId.text = settings.clientId || ""
        username.text = settings.username || ""
        password.text = settings.password || ""
        open()
    }

    title: qsTr("Connection")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 40 : 480)

    onAccepted: settingsChosen({
        address: address.text.trim(),
        clientId: clientId.text.trim(),
        username: username.text,
        password: password.text
    })

    GridLayout {
        anchors.fill: parent
        columns: 2

        Label { text: qsTr("Address") }
        TextField {
            id: address
            Layout.fillWidth: true
            placeholderText: qsTr("mqtt://host:1883, ws://host/mqtt, …")
        }
        Label { text: qsTr("Client ID") }
        TextField {
            id: clientId
            Layout.fillWidth: true
            placeholderText: qsTr("empty: assigned by the broker")
        }
        Label { text: qsTr("User name") }
        TextField {
            id: username
            Layout.fillWidth: true
        }
        Label { text: qsTr("Password") }
        TextField {
            id: password
            Layout.fillWidth: true
            echoMode: TextInput.Password
        }
    }
}
