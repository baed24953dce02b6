// Subscribes to ohmqtt/examples/# and lists what arrives, newest first; publishes a line with
// QoS 1 and shows when the broker has acknowledged it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt

ApplicationWindow {
    id: window

    required property string address
    // The last publish. QML owns the handle: a var property keeps it from the garbage collector.
    property var lastPublish: null

    width: 520
    height: 600
    visible: true
    title: qsTr("OhMqtt QML example — %1").arg(address)

    MqttClient {
        id: client
        address: window.address
        Component.onCompleted: connectToBroker()
    }

    MqttSubscription {
        id: subscription
        client: client
        topicFilter: "ohmqtt/examples/#"
        qos: Mqtt.QoS.Q1
    }

    MqttMessageModel {
        id: messages
        subscription: subscription
        maximumCount: 200
    }

    header: ToolBar {
        Label {
            anchors.fill: parent
            anchors.margins: 8
            verticalAlignment: Text.AlignVCenter
            text: client.connected ? qsTr("Connected to %1").arg(client.address)
                                   : qsTr("Not connected: %1").arg(client.lastError.message)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8

        RowLayout {
            TextField {
                id: topic
                text: "ohmqtt/examples/qml"
                Layout.preferredWidth: 180
            }
            TextField {
                id: payload
                placeholderText: qsTr("Message")
                Layout.fillWidth: true
                onAccepted: publishButton.clicked()
            }
            Button {
                id: publishButton
                text: qsTr("Publish")
                enabled: client.connected && topic.text.length > 0
                onClicked: window.lastPublish = client.publish(topic.text, payload.text,
                                                               Mqtt.QoS.Q1)
            }
        }

        Label {
            text: !window.lastPublish ? ""
                : !window.lastPublish.done ? qsTr("Sending…")
                : window.lastPublish.acknowledged ? qsTr("Acknowledged by the broker")
                : window.lastPublish.error.message
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: messages
            delegate: ItemDelegate {
                required property string topic
                required property string payloadText
                width: ListView.view.width
                text: topic + "  " + payloadText
            }
        }
    }
}
