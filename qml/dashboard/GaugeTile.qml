// A gauge tile: the topic's number on a half-circle from min to max.
import QtQuick
import QtQuick.Controls
import OhMqtt
import "Payload.js" as Payload

TileFrame {
    id: tile

    readonly property real number: hasData
        ? Payload.toNumber(Payload.extract(subscription.lastMessage.payloadText, config.path)) : NaN
    // 0 at min, 1 at max; readings outside the range stop at its ends.
    readonly property real fraction: isNaN(number)
        ? 0 : Math.max(0, Math.min(1, (number - config.min) / (config.max - config.min)))
    readonly property string text: isNaN(number)
        ? "—" : Payload.format(number, config.decimals, config.unit)

    subscribed: subscription.state === MqttSubscription.Subscribed

    MqttSubscription {
        id: subscription
        client: tile.client
        topicFilter: tile.config.topic || ""
        qos: Mqtt.QoS.Q1
        onMessageReceived: tile.hasData = true
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        property real fraction: tile.fraction
        property color track: tile.palette.mid
        property color fill: tile.palette.highlight
        onFractionChanged: requestPaint()
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const line = Math.max(6, Math.min(width, height) / 10)
            const radius = Math.max(1, Math.min(width / 2, height - 20) - line / 2)
            const cx = width / 2
            const cy = height - 18
            ctx.lineWidth = line
            ctx.lineCap = "round"
            ctx.strokeStyle = track
            ctx.beginPath()
            ctx.arc(cx, cy, radius, Math.PI, 2 * Math.PI)
            ctx.stroke()
            if (fraction > 0) {
                ctx.strokeStyle = fill
                ctx.beginPath()
                ctx.arc(cx, cy, radius, Math.PI, Math.PI * (1 + fraction))
                ctx.stroke()
            }
        }
    }
    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 18
        text: tile.text
        font.pixelSize: Math.max(12, Math.min(canvas.width, canvas.height) / 6)
    }
    Label {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        text: String(tile.config.min)
    }
    Label {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: String(tile.config.max)
    }
}
