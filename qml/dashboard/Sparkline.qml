// A line through the last numbers, scaled to their own range; a Canvas, lighter than QtCharts.
import QtQuick

Canvas {
    id: canvas

    property var points: []
    property color color: "steelblue"

    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        if (points.length < 2)
            return
        const low = Math.min(...points)
        const high = Math.max(...points)
        const span = high > low ? high - low : 1
        const margin = 3
        const x = index => margin + index * (width - 2 * margin) / (points.length - 1)
        const y = value => height - margin - (value - low) * (height - 2 * margin) / span
        ctx.lineWidth = 2
        ctx.strokeStyle = color
        ctx.beginPath()
        ctx.moveTo(x(0), y(points[0]))
        for (let i = 1; i < points.length; ++i)
            ctx.lineTo(x(i), y(points[i]))
        ctx.stroke()
    }
}
