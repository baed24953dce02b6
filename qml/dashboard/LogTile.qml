// A log tile: the topic filter's last `lines` messages as text, newest first.
import QtQuick
import QtQuick.Controls
import OhMqtt

TileFrame {
    id: tile

    readonly property alias count: view.count

    subscribed: subscription.state === MqttSubscription.Subscribed

    MqttSubscription {
        id: subscription
        client: tile.client
        topicFilter: tile.config.topic || ""
        qos: Mqtt.QoS.Q1
        onMessageReceived: tile.hasData = true
    }

    ListView {
        id: view
        objectName: "lines"
        anchors.fill: parent
        clip: true
        model: MqttMessageModel {
            subscription: subscription
            maximumCount: tile.config.lines || 1
        }
        delegate: Label {
            required property string topic
            required property string payloadText
            required property date receivedAt
            width: ListView.view.width
            elide: Text.ElideRight
            font.pixelSize: 12
            text: qsTr("%1  %2  %3").arg(Qt.formatTime(receivedAt, "hh:mm:ss")).arg(topic)
                .arg(payloadText)
        }
        ScrollBar.vertical: ScrollBar {}
    }
}
