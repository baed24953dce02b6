// The explorer's actions on messages: export as JSON and CSV; deleting retained messages on a
// real mosquitto.
#include "app/messageexport.h"
#include "app/retainedcleaner.h"

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qbuffer.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

ReceivedMessage received(const QString &topic, const QByteArray &payload, qint64 at,
                         const QString &contentType = {})
{
    PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = QoS::Q1;
    if (!contentType.isEmpty())
        packet.properties.setContentType(contentType);
    packet.properties.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    return {MqttMessage(std::move(packet)), at};
}

ReceivedMessages samples()
{
    return {received(QStringLiteral("a/text"), "hello, \"world\"\nline two", 0,
                     QStringLiteral("text/plain")),
            received(QStringLiteral("a/binary"), QByteArray("\x00\xff\xfe", 3), 1500),
            received(QStringLiteral("a/empty"), QByteArray(), 86'400'000)};
}

} // namespace

class tst_Actions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsJson();
    void exportsCsv();
    void deletesRetainedMessages();

private:
    MosquittoBroker m_broker;
};

void tst_Actions::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is missing");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void tst_Actions::exportsJson()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(MessageExport::write(samples(), MessageExport::Format::Json, buffer));
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 3);
    const QJsonObject text = array.at(0).toObject();
    QCOMPARE(text.value(QStringLiteral("topic")).toString(), QStringLiteral("a/text"));
    QCOMPARE(text.value(QStringLiteral("payload")).toString(),
             QStringLiteral("hello, \"world\"\nline two"));
    QCOMPARE(text.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
    QCOMPARE(text.value(QStringLiteral("received")).toString(),
             QStringLiteral("1970-01-01T00:00:00.000Z"));
    QCOMPARE(text.value(QStringLiteral("qos")).toInt(), 1);
    const QJsonObject properties = text.value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(properties.value(QStringLiteral("userProperties")).toArray(),
             (QJsonArray {QJsonArray {QStringLiteral("k"), QStringLiteral("v")}}));
    const QJsonObject binary = array.at(1).toObject();
    QCOMPARE(binary.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(binary.value(QStringLiteral("payload")).toString().toLatin1()),
             QByteArray("\x00\xff\xfe", 3));
    QCOMPARE(array.at(2).toObject().value(QStringLiteral("payload")).toString(), QString());
}

void tst_Actions::exportsCsv()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(MessageExport::write(samples(), MessageExport::Format::Csv, buffer));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.startsWith(
        QStringLiteral("received,topic,qos,retain,encoding,payload,content_type\r\n")));
    // A payload with a comma, quotes and a line break is one quoted field [RFC 4180].
    QVERIFY2(text.contains(QStringLiteral("1970-01-01T00:00:00.000Z,a/text,1,0,utf-8,"
                                          "\"hello, \"\"world\"\"\nline two\",text/plain\r\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("a/binary,1,0,base64,AP/+,\r\n")));
    QVERIFY(text.endsWith(QStringLiteral("1970-01-02T00:00:00.000Z,a/empty,1,0,utf-8,,\r\n")));
}

void tst_Actions::deletesRetainedMessages()
{
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    MqttClient client;
    QVERIFY(client.connectToBroker(options) && client.waitForConnected(WaitMs));
    for (const QString &topic : {QStringLiteral("ret/a/1"), QStringLiteral("ret/a/2/x"),
                                 QStringLiteral("ret/b/1"), QStringLiteral("ret/fence")})
        QVERIFY(client.publish(topic, "kept", QoS::Q1, true)->waitForAcknowledged(WaitMs));

    RetainedCleaner cleaner(&client);
    QSignalSpy finished(&cleaner, &RetainedCleaner::finished);
    cleaner.clear({QStringLiteral("ret/a/1"), QStringLiteral("ret/a/2/x")});
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(finished.constFirst().at(1).toInt(), 0);

    // A new subscriber gets the retained messages left, and none of the deleted ones: the one
    // on ret/fence comes after whatever ret/a/# and ret/b/# would bring (mosquitto answers
    // subscriptions in order).
    MqttClient subscriber;
    QVERIFY(subscriber.connectToBroker(options) && subscriber.waitForConnected(WaitMs));
    QSignalSpy received(&subscriber, &MqttClient::messageReceived);
    subscriber.subscribe(QStringLiteral("ret/a/#"));
    subscriber.subscribe(QStringLiteral("ret/b/#"));
    subscriber.subscribe(QStringLiteral("ret/fence"));
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() &&
                                 received.constLast().constFirst().value<MqttMessage>().topic() ==
                                     QStringLiteral("ret/fence"),
                             WaitMs);
    QStringList topics;
    for (const auto &arguments : std::as_const(received))
        topics.append(arguments.constFirst().value<MqttMessage>().topic());
    QCOMPARE(topics, (QStringList {QStringLiteral("ret/b/1"), QStringLiteral("ret/fence")}));
}

QTEST_MAIN(tst_Actions)
#include "tst_actions.moc"
