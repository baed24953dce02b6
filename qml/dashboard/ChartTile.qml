// A chart tile: the last `points` numbers of the topic as a line, with the latest value.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OhMqtt
import "Payload.js" as Payload

TileFrame {
    id: tile

    property var points: []

    function add(message) {
        const number = Payload.toNumber(Payload.extract(message.payloadText, config.path))
        if (isNaN(number))
            return
        points = points.concat([number]).slice(-config.points)
        hasData = true
    }

    subscribed: subscription.state === MqttSubscription.Subscribed

    MqttSubscription {
        id: subscription
        client: tile.client
        topicFilter: tile.config.topic || ""
        qos: Mqtt.QoS.Q1
        onMessageReceived: message => tile.add(message)
    }

    ColumnLayout {
        anchors.fill: parent

        Label {
            text: tile.points.length > 0
                ? Payload.format(tile.points[tile.points.length - 1], tile.config.decimals,
                                 tile.config.unit)
                : "—"
            font.pixelSize: 20
        }
        Sparkline {
            Layout.fillWidth: true
            Layout.fillHeight: true
            points: tile.points
            color: tile.palette.highlight
        }
    }
}
