// A button tile: publishes its payload to the command topic at QoS 1.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt

TileFrame {
    id: tile

    property var handle: null
    readonly property bool pending: handle !== null && !handle.done
    property string failure: ""

    expectsData: false

    function press() {
        failure = ""
        const request = client.publish(config.commandTopic, config.payload, Mqtt.QoS.Q1,
                                       config.retain)
        handle = request
        request.finished.connect(() => {
            if (handle === request && request.failed)
                failure = request.error.message
        })
    }

    ColumnLayout {
        anchors.fill: parent

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Button {
                objectName: "button"
                anchors.centerIn: parent
                text: tile.config.label || qsTr("Send")
                enabled: !tile.stale && !tile.pending
                onClicked: tile.press()
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            visible: text !== ""
            text: tile.failure !== "" ? qsTr("failed: %1").arg(tile.failure)
                : tile.pending ? qsTr("sending…") : ""
        }
    }
}
