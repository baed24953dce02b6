// Request / response (MQTT 5.0 4.10): request() and respond() between two clients through
// mosquitto.
#include "support/clienttesting.h"
#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttTest;

class tst_RequestResponse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestGetsItsResponse();
    void concurrentRequestsGetTheirOwnResponses();
    void requestWithoutResponderTimesOut();
    void requestNeedsMqtt5();
    void respondNeedsAResponseTopic();

private:
    bool connectClient(MqttClient &client, const QString &clientId,
                       ProtocolVersion version = ProtocolVersion::V5);
    // The responder answers every request on svc/# with "re:" and the request's payload.
    void startResponder();

    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<MqttClient> m_requester;
    std::unique_ptr<MqttClient> m_responder;
};

void tst_RequestResponse::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

void tst_RequestResponse::init()
{
    m_requester = std::make_unique<MqttClient>();
    m_responder = std::make_unique<MqttClient>();
}

void tst_RequestResponse::cleanup()
{
    m_requester.reset();
    m_responder.reset();
}

bool tst_RequestResponse::connectClient(MqttClient &client, const QString &clientId,
                                        ProtocolVersion version)
{
    return connectAndWait(client, m_broker->url(), clientId, version);
}

void tst_RequestResponse::startResponder()
{
    QVERIFY(connectClient(*m_responder, QStringLiteral("responder")));
    MqttClient *responder = m_responder.get();
    connect(responder, &MqttClient::messageReceived, responder,
            [responder](const MqttMessage &request) {
                responder->respond(request, "re:" + request.payload());
            });
    QVERIFY(m_responder->subscribe(QStringLiteral("svc/#"))->waitForAcknowledged(10'000));
}

void tst_RequestResponse::requestGetsItsResponse()
{
    startResponder();
    QVERIFY(connectClient(*m_requester, QStringLiteral("requester")));
    QSignalSpy received(m_requester.get(), &MqttClient::messageReceived);
    const MqttRequestHandlePtr handle =
        m_requester->request(QStringLiteral("svc/echo"), "hello", QoS::Q1, 10'000);
    QSignalSpy responded(handle.get(), &MqttRequestHandle::responded);
    QVERIFY2(handle->waitForAcknowledged(10'000), qPrintable(handle->error().message()));
    QCOMPARE(handle->response().payload(), QByteArray("re:hello"));
    QCOMPARE(handle->response().topic(), m_requester->responseTopic());
    QCOMPARE(handle->response().properties().correlationData(), handle->correlationData());
    QCOMPARE(responded.size(), 1);
    QVERIFY(m_requester->responseTopic().startsWith(QStringLiteral("ohmqtt/responses/requester/")));
    QCOMPARE(received.size(), 0); // responses go to their handle, not to messageReceived()
}

void tst_RequestResponse::concurrentRequestsGetTheirOwnResponses()
{
    startResponder();
    QVERIFY(connectClient(*m_requester, QStringLiteral("requester")));
    QList<MqttRequestHandlePtr> handles;
    for (int i = 0; i < 50; ++i) {
        handles.append(m_requester->request(QStringLiteral("svc/n"), QByteArray::number(i),
                                            QoS(i % 3), 10'000));
    }
    for (int i = 0; i < handles.size(); ++i) {
        QVERIFY2(handles.at(i)->waitForAcknowledged(10'000),
                 qPrintable(handles.at(i)->error().message()));
        QCOMPARE(handles.at(i)->response().payload(), "re:" + QByteArray::number(i));
    }
}

void tst_RequestResponse::requestWithoutResponderTimesOut()
{
    QVERIFY(connectClient(*m_requester, QStringLiteral("requester")));
    const MqttRequestHandlePtr handle =
        m_requester->request(QStringLiteral("nobody/listens"), "x", QoS::Q1, 200);
    QSignalSpy failed(handle.get(), &MqttHandle::failed);
    QVERIFY(!handle->waitForAcknowledged(10'000));
    QVERIFY(handle->isFailed());
    QVERIFY2(handle->error().message().contains(QStringLiteral("no response within 200 ms")),
             qPrintable(handle->error().message()));
    QVERIFY(handle->response().topic().isEmpty());
}

void tst_RequestResponse::requestNeedsMqtt5()
{
    QVERIFY(connectClient(*m_requester, QStringLiteral("requester"), ProtocolVersion::V311));
    const MqttRequestHandlePtr handle = m_requester->request(QStringLiteral("svc/echo"), "x");
    QVERIFY(!handle->waitForAcknowledged(10'000));
    QVERIFY2(handle->error().message().contains(QStringLiteral("MQTT 5.0")),
             qPrintable(handle->error().message()));
}

void tst_RequestResponse::respondNeedsAResponseTopic()
{
    QVERIFY(connectClient(*m_requester, QStringLiteral("requester")));
    PublishPacket plain;
    plain.topic = QStringLiteral("svc/plain");
    const MqttPublishHandlePtr handle = m_requester->respond(MqttMessage(plain), "x");
    QVERIFY(!handle->waitForAcknowledged(10'000));
    QVERIFY2(handle->error().message().contains(QStringLiteral("no Response Topic")),
             qPrintable(handle->error().message()));
}

QTEST_GUILESS_MAIN(tst_RequestResponse)
#include "tst_requestresponse.moc"
