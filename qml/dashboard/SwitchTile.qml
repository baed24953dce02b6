// A switch tile: shows the state topic's on/off payload and publishes the command at QoS 1,
// pending until the broker acknowledges it. Without a state topic it follows what it sent.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt

TileFrame {
    id: tile

    property bool on: false
    // The position asked for and its publish request, while one is under way.
    property bool requested: false
    property var handle: null
    readonly property bool pending: handle !== null && !handle.done
    property bool acknowledged: false
    property string failure: ""

    expectsData: (config.stateTopic || "") !== ""

    function send(wanted) {
        requested = wanted
        acknowledged = false
        failure = ""
        const payload = wanted ? config.onPayload : config.offPayload
        const request = client.publish(config.commandTopic, payload, Mqtt.QoS.Q1, config.retain)
        handle = request
        request.finished.connect(() => {
            if (handle !== request)
                return // a newer request took over
            acknowledged = request.acknowledged
            failure = request.failed ? request.error.message : ""
            if (request.acknowledged && !expectsData)
                on = wanted
        })
    }

    subscribed: subscription.state === MqttSubscription.Subscribed

    MqttSubscription {
        id: subscription
        client: tile.client
        topicFilter: tile.config.stateTopic || ""
        enabled: tile.expectsData
        qos: Mqtt.QoS.Q1
        onMessageReceived: message => {
            tile.on = message.payloadText === tile.config.onPayload
            tile.hasData = true
        }
    }

    ColumnLayout {
        anchors.fill: parent

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Switch {
                id: control
                objectName: "switch"
                anchors.centerIn: parent
                scale: 1.5 // a target for a finger on a wall panel
                checked: tile.pending ? tile.requested : tile.on
                enabled: !tile.stale && !tile.pending
                onToggled: {
                    const wanted = checked
                    // The click broke the binding; the state, not the click, decides the position.
                    checked = Qt.binding(() => tile.pending ? tile.requested : tile.on)
                    tile.send(wanted)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            text: tile.failure !== "" ? qsTr("failed: %1").arg(tile.failure)
                : tile.pending ? qsTr("sending…")
                : (tile.on ? tile.config.onPayload : tile.config.offPayload)
        }
    }
}
