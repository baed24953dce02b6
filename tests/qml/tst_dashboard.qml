// The dashboard's tiles and LayoutFile against the real broker: values with units and JSON paths,
// a switch's acknowledged command, a bounded log, layout errors on screen, reloads from disk.
import QtQuick
import QtTest
import OhMqtt
import OhMqttDashboard

TestCase {
    id: test
    name: "Dashboard"
    when: windowShown
    // Shown, so that tiles are clicked as a user would (a TestCase is invisible by default).
    visible: true
    width: 800
    height: 600

    MqttClient {
        id: client
        address: brokerUrl
    }

    // The other end: publishes what the tiles show and watches what they send. A client of its
    // own, since a client holds one subscription per topic filter.
    MqttClient {
        id: device
        address: brokerUrl
    }

    function initTestCase() {
        verify(brokerUrl !== "", "the test fixture started no broker")
        verify(client.connectToBroker())
        verify(device.connectToBroker())
        tryCompare(client, "connected", true, 5000)
        tryCompare(device, "connected", true, 5000)
    }

    function publish(topic, payload) {
        const handle = device.publish(topic, payload, Mqtt.QoS.Q1)
        tryCompare(handle, "acknowledged", true, 5000)
    }

    // A tile on the test's client; one that subscribes is waited for until the broker granted it.
    function makeTile(component, config) {
        const tile = createTemporaryObject(component, test,
                                           { client: client, config: config, width: 200, height: 150 })
        verify(tile !== null)
        if (tile.expectsData)
            tryCompare(tile, "subscribed", true, 5000)
        return tile
    }

    // The device's subscription, to see what a tile sends.
    function watch(topic) {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: device, topicFilter: topic })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        return sub
    }

    function test_valueTileShowsNumberWithUnit() {
        const tile = makeTile(valueComponent, { title: "T", topic: "qml/dash/value", unit: "°C",
                                                decimals: 1, path: "" })
        compare(tile.text, "—")
        compare(tile.hasData, false)
        publish("qml/dash/value", "21.46")
        tryCompare(tile, "text", "21.5 °C", 5000)
        verify(tile.hasData)
        verify(!tile.stale)
    }

    function test_valueTileWithoutDecimalsShowsTextAsIs() {
        const tile = makeTile(valueComponent, { title: "T", topic: "qml/dash/text", unit: "",
                                                decimals: -1, path: "" })
        publish("qml/dash/text", "running")
        tryCompare(tile, "text", "running", 5000)
    }

    function test_jsonPathPicksAField_data() {
        return [
            { tag: "top level", path: "temperature", text: "22.25 °C" },
            { tag: "nested", path: "inner.value", text: "7.00 °C" },
            { tag: "array index", path: "list.1", text: "3.00 °C" },
            { tag: "missing field", path: "pressure", text: "—" },
        ]
    }

    function test_jsonPathPicksAField(data) {
        const topic = "qml/dash/json/" + data.tag.replace(" ", "_")
        const tile = makeTile(valueComponent, { title: "T", topic: topic, unit: "°C", decimals: 2,
                                                path: data.path })
        publish(topic, { temperature: 22.25, inner: { value: 7 }, list: [1, 3] })
        tryCompare(tile, "hasData", true, 5000)
        compare(tile.text, data.text)
    }

    function test_gaugeTileFraction() {
        const tile = makeTile(gaugeComponent, { title: "G", topic: "qml/dash/gauge", min: 400,
                                                max: 1600, unit: "ppm", decimals: 0, path: "" })
        publish("qml/dash/gauge", "1000")
        tryCompare(tile, "text", "1000 ppm", 5000)
        fuzzyCompare(tile.fraction, 0.5, 1e-9)
        publish("qml/dash/gauge", "2000")
        tryCompare(tile, "text", "2000 ppm", 5000)
        compare(tile.fraction, 1)
    }

    function test_switchPublishesCommandAndShowsAcknowledged() {
        const tile = makeTile(switchComponent, { title: "S", commandTopic: "qml/dash/switch/set",
                                                 stateTopic: "", onPayload: "ON",
                                                 offPayload: "OFF", retain: false })
        const watcher = watch("qml/dash/switch/set")
        const control = findChild(tile, "switch")
        verify(control !== null)
        compare(control.checked, false)
        mouseClick(control)
        tryCompare(watcher, "messageCount", 1, 5000)
        compare(watcher.lastMessage.payloadText, "ON")
        compare(watcher.lastMessage.qos, Mqtt.QoS.Q1)
        tryCompare(tile, "acknowledged", true, 5000)
        compare(tile.pending, false)
        compare(tile.on, true)
        compare(control.checked, true)
        mouseClick(control)
        tryCompare(watcher, "messageCount", 2, 5000)
        compare(watcher.lastMessage.payloadText, "OFF")
        tryCompare(tile, "on", false, 5000)
    }

    function test_switchFollowsItsStateTopic() {
        const tile = makeTile(switchComponent, { title: "S", commandTopic: "qml/dash/sw2/set",
                                                 stateTopic: "qml/dash/sw2/state",
                                                 onPayload: "running", offPayload: "stopped",
                                                 retain: false })
        const control = findChild(tile, "switch")
        publish("qml/dash/sw2/state", "running")
        tryCompare(control, "checked", true, 5000)
        publish("qml/dash/sw2/state", "stopped")
        tryCompare(control, "checked", false, 5000)
        // Acknowledged, but the device has not said so: the switch stays as the state says.
        mouseClick(control)
        tryCompare(tile, "acknowledged", true, 5000)
        compare(tile.on, false)
        compare(control.checked, false)
    }

    function test_buttonPublishesItsPayload() {
        const tile = makeTile(buttonComponent, { title: "B", commandTopic: "qml/dash/button",
                                                 payload: "pressed", label: "Press",
                                                 retain: false })
        const watcher = watch("qml/dash/button")
        mouseClick(findChild(tile, "button"))
        tryCompare(watcher, "messageCount", 1, 5000)
        compare(watcher.lastMessage.payloadText, "pressed")
    }

    function test_chartKeepsTheLastPoints() {
        const tile = makeTile(chartComponent, { title: "C", topic: "qml/dash/chart", points: 3,
                                                unit: "", decimals: 0, path: "" })
        for (const value of ["1", "x", "2", "3", "4"])
            publish("qml/dash/chart", value)
        tryCompare(tile, "points", [2, 3, 4], 5000)
    }

    function test_logTileBoundsItsLines() {
        const tile = makeTile(logComponent, { title: "L", topic: "qml/dash/log/#", lines: 3 })
        for (const n of ["1", "2", "3", "4", "5"])
            publish("qml/dash/log/a", "line " + n)
        const view = findChild(tile, "lines")
        const lineAt = row => view.itemAtIndex(row) ? view.itemAtIndex(row).text : ""
        // The last one first: then all five have arrived.
        tryVerify(() => lineAt(0).indexOf("line 5") >= 0, 5000, lineAt(0))
        compare(tile.count, 3)
        tryVerify(() => lineAt(2).indexOf("line 3") >= 0, 5000, lineAt(2))
    }

    function test_tileIsStaleWithoutConnection() {
        const offline = createTemporaryObject(clientComponent, test)
        const tile = createTemporaryObject(valueComponent, test,
                                           { client: offline, config: { title: "T", topic: "x",
                                             unit: "", decimals: -1, path: "" } })
        verify(tile.stale)
        verify(tile.opacity < 1)
    }

    function test_connectionSettingsOverrideInOrder() {
        const own = createTemporaryObject(clientComponent, test)
        // Nothing listens on port 1: the override must win for the client to connect.
        const connection = createTemporaryObject(connectionComponent, test, {
            client: own, layoutSettings: { address: "mqtt://127.0.0.1:1", clientId: "layout-id" },
            addressOverride: brokerUrl })
        tryCompare(own, "connected", true, 5000)
        compare(own.address, brokerUrl)
        compare(own.clientId, "layout-id")
        // The dialog's choice replaces both and connects again.
        connection.chosenSettings = { address: brokerUrl, clientId: "dialog-id" }
        tryCompare(own, "clientId", "dialog-id", 5000)
        tryCompare(own, "connected", true, 5000)
        compare(own.connectOptions.clientId, "dialog-id")
    }

    function test_connectionDialogGivesWhatItShows() {
        const dialog = createTemporaryObject(dialogComponent, test)
        const chosen = createTemporaryObject(spyComponent, test,
                                             { target: dialog, signalName: "settingsChosen" })
        dialog.openWith({ address: brokerUrl, clientId: "panel", username: "u" })
        tryCompare(dialog, "opened", true, 5000)
        dialog.accept()
        compare(chosen.count, 1)
        compare(chosen.signalArguments[0][0],
                { address: brokerUrl, clientId: "panel", username: "u", password: "" })
    }

    function test_layoutWithErrorsShowsThem() {
        const path = scratchFiles.write("errors.json", JSON.stringify({
            title: "Broken",
            tiles: [
                { type: "value", topic: "qml/dash/ok" },
                { type: "gauge", topic: "qml/dash/g", min: 0 },
                { type: "dial", topic: "qml/dash/d" },
            ]
        }))
        verify(path !== "")
        const layout = createTemporaryObject(layoutComponent, test, { path: path })
        compare(layout.title, "Broken")
        compare(layout.errors.length, 2)
        compare(layout.errors[0], 'tiles[1] (gauge): "max" is missing')
        verify(layout.errors[1].startsWith('tiles[2] (dial): unknown "type" "dial"'),
               layout.errors[1])
        const dashboard = createTemporaryObject(dashboardComponent, test, {
            client: client, tiles: layout.tiles, errors: layout.errors, columns: 3 })
        tryVerify(() => dashboard.tileAt(2) !== null, 5000)
        compare(dashboard.tileAt(0).config.topic, "qml/dash/ok")
        compare(dashboard.tileAt(1).message, layout.errors[0])
        compare(dashboard.tileAt(2).message, layout.errors[1])
        verify(findChild(dashboard, "errorList").visible)
    }

    function test_syntaxErrorKeepsTheLastGoodTiles() {
        const path = scratchFiles.write("syntax.json", '{"title": "A", "tiles": [' +
                                        '{"type": "log", "topic": "a/#"}]}')
        const layout = createTemporaryObject(layoutComponent, test, { path: path })
        compare(layout.tiles.length, 1)
        compare(layout.errors.length, 0)
        scratchFiles.write("syntax.json", '{\n"title": "B",\n"tiles": [\n}')
        layout.reload()
        compare(layout.errors.length, 1)
        verify(layout.errors[0].startsWith("syntax.json:4:"), layout.errors[0])
        compare(layout.title, "A")
        compare(layout.tiles.length, 1)
    }

    function test_layoutFileReloadsWhenChanged() {
        const layoutText = title => JSON.stringify({ title: title, tiles: [] })
        const path = scratchFiles.write("watched.json", layoutText("first"))
        const layout = createTemporaryObject(layoutComponent, test, { path: path })
        compare(layout.title, "first")
        scratchFiles.write("watched.json", layoutText("written in place"))
        tryCompare(layout, "title", "written in place", 5000)
        // As editors save: a new file renamed over the old one.
        scratchFiles.replace("watched.json", layoutText("replaced"))
        tryCompare(layout, "title", "replaced", 5000)
        scratchFiles.replace("watched.json", layoutText("replaced again"))
        tryCompare(layout, "title", "replaced again", 5000)
        // In place once more: only a watch on the new file sees this.
        scratchFiles.write("watched.json", layoutText("in place after a replace"))
        tryCompare(layout, "title", "in place after a replace", 5000)
        // Gone, then back.
        verify(scratchFiles.remove("watched.json"))
        tryVerify(() => layout.errors.length === 1, 5000, "no error for the missing file")
        scratchFiles.write("watched.json", layoutText("back"))
        tryCompare(layout, "title", "back", 5000)
        compare(layout.errors.length, 0)
    }

    Component {
        id: dialogComponent
        ConnectionDialog {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
    Component {
        id: connectionComponent
        BrokerConnection {}
    }
    Component {
        id: subscriptionComponent
        MqttSubscription { qos: Mqtt.QoS.Q1 }
    }
    Component {
        id: clientComponent
        MqttClient {}
    }
    Component {
        id: layoutComponent
        LayoutFile {}
    }
    Component {
        id: dashboardComponent
        Dashboard { width: 600; height: 400 }
    }
    Component {
        id: valueComponent
        ValueTile {}
    }
    Component {
        id: gaugeComponent
        GaugeTile {}
    }
    Component {
        id: switchComponent
        SwitchTile {}
    }
    Component {
        id: buttonComponent
        ButtonTile {}
    }
    Component {
        id: chartComponent
        ChartTile {}
    }
    Component {
        id: logComponent
        LogTile {}
    }
}
