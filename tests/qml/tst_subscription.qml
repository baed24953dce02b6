// MqttSubscription and the list models from QML, against the real broker.
import QtQuick
import QtTest
import OhMqtt

TestCase {
    id: test
    name: "MqttSubscription"
    when: windowShown

    MqttClient {
        id: client
        address: brokerUrl
    }

    function initTestCase() {
        verify(brokerUrl !== "", "the test fixture started no broker")
        verify(client.connectToBroker())
        tryCompare(client, "connected", true, 5000)
    }

    function publishAll(topic, payloads) {
        let last = null
        for (const payload of payloads)
            last = client.publish(topic, payload, Mqtt.QoS.Q1)
        tryCompare(last, "acknowledged", true, 5000)
    }

    function test_subscribesWhenComplete() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/sub/a/#" })
        compare(sub.state, MqttSubscription.Pending)
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        compare(sub.grantedQoS, 1)
        publishAll("qml/sub/a/x", ["one"])
        tryCompare(sub, "messageCount", 1, 5000)
        compare(sub.lastMessage.topic, "qml/sub/a/x")
        compare(sub.lastMessage.payloadText, "one")
    }

    function test_newTopicFilterSubscribesAgain() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/sub/old" })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        // Every state it passes through: Pending can be over before a poll would see it.
        const states = []
        sub.stateChanged.connect(() => states.push(sub.state))
        sub.topicFilter = "qml/sub/new"
        tryVerify(() => states.includes(MqttSubscription.Pending), 5000)
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        publishAll("qml/sub/old", ["stale"])
        publishAll("qml/sub/new", ["fresh"])
        tryCompare(sub, "messageCount", 1, 5000)
        compare(sub.lastMessage.payloadText, "fresh")
    }

    function test_disabledReceivesNothing() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/sub/off" })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        sub.enabled = false
        tryCompare(sub, "state", MqttSubscription.Inactive, 5000)
        const watcher = createTemporaryObject(subscriptionComponent, test,
                                              { client: client, topicFilter: "qml/sub/off" })
        tryCompare(watcher, "state", MqttSubscription.Subscribed, 5000)
        publishAll("qml/sub/off", ["unseen"])
        tryCompare(watcher, "messageCount", 1, 5000)
        compare(sub.messageCount, 0)
    }

    function test_invalidFilterIsAnError() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/#/bad" })
        tryCompare(sub, "state", MqttSubscription.Error, 5000)
        verify(sub.lastError.message.indexOf("qml/#/bad") >= 0, sub.lastError.message)
        verify(client.connected)
    }

    function test_withoutClientItIsInactive() {
        const sub = createTemporaryObject(subscriptionComponent, test, { topicFilter: "qml/sub/x" })
        compare(sub.state, MqttSubscription.Inactive)
        sub.client = client
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
    }

    function test_messageModelKeepsTheNewestFirstAndBounded() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/model/log" })
        const model = createTemporaryObject(messageModelComponent, test,
                                            { subscription: sub, maximumCount: 3 })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        publishAll("qml/model/log", ["1", "2", "3", "4", "5"])
        tryCompare(sub, "messageCount", 5, 5000)
        compare(model.count, 3)
        const texts = []
        for (let row = 0; row < model.count; ++row)
            texts.push(model.data(model.index(row, 0), MqttMessageModel.PayloadTextRole))
        compare(texts, ["5", "4", "3"])
        model.maximumCount = 1
        compare(model.count, 1)
        model.clear()
        compare(model.count, 0)
    }

    function test_topicModelHasOneSortedRowPerTopic() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/model/topics/#" })
        const model = createTemporaryObject(topicModelComponent, test, { subscription: sub })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        publishAll("qml/model/topics/b", ["b1"])
        publishAll("qml/model/topics/a", ["a1"])
        publishAll("qml/model/topics/b", ["b2"])
        tryCompare(sub, "messageCount", 3, 5000)
        compare(model.count, 2)
        compare(model.indexOf("qml/model/topics/a"), 0)
        compare(model.indexOf("qml/model/topics/b"), 1)
        compare(model.indexOf("qml/model/topics/c"), -1)
        const b = model.index(1, 0)
        compare(model.data(b, MqttTopicModel.PayloadTextRole), "b2")
        compare(model.data(b, MqttTopicModel.MessageCountRole), 2)
    }

    function test_modelsInAView() {
        const sub = createTemporaryObject(subscriptionComponent, test,
                                          { client: client, topicFilter: "qml/model/view" })
        const view = createTemporaryObject(viewComponent, test, { subscription: sub })
        tryCompare(sub, "state", MqttSubscription.Subscribed, 5000)
        publishAll("qml/model/view", ["seen in a delegate"])
        tryCompare(view, "count", 1, 5000)
        tryVerify(() => view.itemAtIndex(0) !== null, 5000, "the view made no delegate")
        compare(view.itemAtIndex(0).text, "qml/model/view: seen in a delegate")
    }

    Component {
        id: subscriptionComponent
        MqttSubscription { qos: Mqtt.QoS.Q1 }
    }
    Component {
        id: messageModelComponent
        MqttMessageModel {}
    }
    Component {
        id: topicModelComponent
        MqttTopicModel {}
    }
    Component {
        id: viewComponent
        ListView {
            property alias subscription: messages.subscription
            width: 200; height: 200
            model: MqttMessageModel { id: messages }
            delegate: Text { text: topic + ": " + payloadText }
        }
    }
}
