// Keeps a client connected with the settings in force, and connects again when they change.
// Settings are objects of address, clientId, username, password (those given).
import QtQuick
import OhMqtt

QtObject {
    id: connection

    required property MqttClient client
    // The layout's broker; an address that replaces the layout's (--url); what the connection
    // dialog chose, which replaces both.
    property var layoutSettings: ({})
    property string addressOverride: ""
    property var chosenSettings: null
    readonly property var settings: chosenSettings ? chosenSettings
        : Object.assign({}, layoutSettings, addressOverride !== "" ? { address: addressOverride } : {})
    property string applied: "" // the settings in use, as JSON
    property bool reopen: false // connect again once the old connection is closed

    readonly property string defaultAddress: "mqtt://127.0.0.1:1883"

    function apply() {
        const wanted = JSON.stringify(settings)
        if (wanted === applied)
            return
        applied = wanted
        const options = client.connectOptions
        options.address = settings.address || defaultAddress
        options.clientId = settings.clientId || ""
        if (settings.username)
            options.username = settings.username
        else
            options.username = undefined // no user name at all, not an empty one
        if (settings.password)
            options.password = settings.password
        else
            options.password = undefined
        options.cleanStart = true
        options.reconnectDelay = 1000 // a dashboard on a wall keeps trying
        client.connectOptions = options
        if (client.state === MqttClient.Closed) {
            client.connectToBroker()
        } else {
            reopen = true
            client.disconnectFromBroker()
        }
    }

    onSettingsChanged: apply()
    Component.onCompleted: apply() // a handler does not see the first value

    property Connections stateWatch: Connections {
        target: connection.client
        function onStateChanged() {
            if (connection.reopen && connection.client.state === MqttClient.Closed) {
                connection.reopen = false
                connection.client.connectToBroker()
            }
        }
    }
}
