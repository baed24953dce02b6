// MqttClient from QML: connect, publish with a handle, errors as values, the enums.
import QtQuick
import QtTest
import OhMqtt

TestCase {
    id: test
    name: "MqttClient"
    when: windowShown

    MqttClient {
        id: client
        address: brokerUrl
    }

    SignalSpy {
        id: received
        target: client
        signalName: "messageReceived"
    }

    function initTestCase() {
        verify(brokerUrl !== "", "the test fixture started no broker")
        compare(client.state, MqttClient.Closed)
        verify(client.connectToBroker())
        tryCompare(client, "connected", true, 5000)
        compare(client.state, MqttClient.Connected)
    }

    function test_addressIsTheConnectOptionsAddress() {
        compare(client.connectOptions.address, brokerUrl)
    }

    function test_enumsOfTheLibrary() {
        compare(Mqtt.QoS.Q0, 0)
        compare(Mqtt.QoS.Q1, 1)
        compare(Mqtt.QoS.Q2, 2)
    }

    function test_publishHandleFinishesAcknowledged_data() {
        return [{ tag: "QoS 1", qos: Mqtt.QoS.Q1 }, { tag: "QoS 2", qos: Mqtt.QoS.Q2 }]
    }

    function test_publishHandleFinishesAcknowledged(data) {
        const handle = client.publish("qml/client/ack", "hello", data.qos)
        verify(handle !== null)
        const finished = createTemporaryObject(spyComponent, test,
                                               { target: handle, signalName: "finished" })
        finished.wait(5000)
        verify(handle.done)
        verify(handle.acknowledged)
        verify(!handle.failed)
        verify(handle.packetId > 0)
    }

    function test_payloadsOfEveryKind_data() {
        return [
            { tag: "string", payload: "grüße", text: "grüße" },
            { tag: "number", payload: 21.5, text: "21.5" },
            { tag: "boolean", payload: true, text: "true" },
            { tag: "object", payload: { on: true, level: 3 }, text: '{"level":3,"on":true}' },
            { tag: "array", payload: [1, "a"], text: '[1,"a"]' },
        ]
    }

    function test_payloadsOfEveryKind(data) {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/client/kinds" })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        received.clear()
        client.publish("qml/client/kinds", data.payload, Mqtt.QoS.Q1)
        received.wait(5000)
        const message = received.signalArguments[0][0]
        compare(message.topic, "qml/client/kinds")
        compare(message.payloadText, data.text)
        compare(message.qos, Mqtt.QoS.Q1)
    }

    function test_binaryPayloadArrivesAsSent() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/client/binary" })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        const bytes = new Uint8Array([0, 255, 1, 128])
        received.clear()
        client.publish("qml/client/binary", bytes.buffer, Mqtt.QoS.Q1)
        received.wait(5000)
        const payload = new Uint8Array(received.signalArguments[0][0].payload)
        compare(payload.length, 4)
        compare(payload[0], 0)
        compare(payload[1], 255)
        compare(payload[3], 128)
    }

    function test_badInputFailsTheHandle_data() {
        return [
            { tag: "QoS 3", topic: "qml/client/bad", payload: "x", qos: 3, names: "qos" },
            { tag: "wildcard in topic", topic: "qml/+/bad", payload: "x", qos: 0, names: "qml/+/bad" },
            { tag: "function payload", topic: "qml/client/bad", payload: function() {}, qos: 0,
              names: "payload" },
        ]
    }

    function test_badInputFailsTheHandle(data) {
        const handle = client.publish(data.topic, data.payload, data.qos)
        verify(handle !== null)
        tryCompare(handle, "done", true, 5000)
        verify(handle.failed)
        verify(!handle.acknowledged)
        verify(handle.error.message.indexOf(data.names) >= 0, handle.error.message)
        verify(client.connected, "bad input must not end the connection")
    }

    function test_unsubscribeWithoutSubscriptionFails() {
        const handle = client.unsubscribe("qml/client/never")
        tryCompare(handle, "done", true, 5000)
        verify(handle.failed)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    Component {
        id: subscriptionComponent
        MqttSubscription { qos: Mqtt.QoS.Q1 }
    }
}
