// A value tile: the topic's last payload (or a field of its JSON) as a number with its unit.
import QtQuick
import QtQuick.Controls
import OhMqtt
import "Payload.js" as Payload

TileFrame {
    id: tile

    readonly property var value: hasData
        ? Payload.extract(subscription.lastMessage.payloadText, config.path) : undefined
    readonly property string text: Payload.format(value, config.decimals, config.unit)

    subscribed: subscription.state === MqttSubscription.Subscribed

    MqttSubscription {
        id: subscription
        client: tile.client
        topicFilter: tile.config.topic || ""
        qos: Mqtt.QoS.Q1
        onMessageReceived: tile.hasData = true
    }

    Label {
        anchors.fill: parent
        text: tile.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.Fit
        minimumPixelSize: 10
        font.pixelSize: 44
    }
}
