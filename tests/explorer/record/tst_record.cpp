// RecordPanel, Recorder and Replayer against a real mosquitto, driven through the panel's widgets.
#include "record/recorder.h"
#include "record/recording.h"
#include "record/recordpanel.h"
#include "record/replayer.h"

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>

#include <QtCore/qbuffer.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

template<typename W> W *child(QWidget &parent, const char *name)
{
    W *widget = parent.findChild<W *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child widget named %s", name);
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

RecordedMessage sample(int i)
{
    RecordedMessage message;
    message.topic = QStringLiteral("rec/%1/value").arg(i % 3);
    message.payload = i == 4 ? QByteArray("\x00\xff\x10 binary", 10) : QByteArray::number(i * 1.5);
    message.qos = QoS(i % 3);
    if (i % 2 == 0) {
        message.properties.setContentType(QStringLiteral("text/plain"));
        message.properties.setPayloadFormatIndicator(1);
    }
    if (i % 3 == 0) {
        message.properties.setCorrelationData(QByteArray("corr-") + QByteArray::number(i));
        message.properties.setResponseTopic(QStringLiteral("rec/reply"));
        message.properties.setMessageExpiryInterval(3600);
    }
    message.properties.addUserProperty(QStringLiteral("n"), QString::number(i));
    message.properties.addUserProperty(QStringLiteral("n"), QStringLiteral("again"));
    return message;
}

// What a subscriber sees of a message, without what the broker adds on the way.
QString describe(const MqttMessage &message)
{
    const PublishProperties &p = message.properties();
    return QStringLiteral("%1 %2 q%3 r%4 ct=%5 pf=%6 cd=%7 rt=%8 exp=%9 up=%10")
        .arg(message.topic(), QString::fromLatin1(message.payload().toHex()))
        .arg(int(message.qos()))
        .arg(message.retain())
        .arg(p.contentType().value_or(QString()))
        .arg(p.payloadFormatIndicator().value_or(9))
        .arg(QString::fromLatin1(p.correlationData().value_or(QByteArray())))
        .arg(p.responseTopic().value_or(QString()))
        .arg(p.messageExpiryInterval().has_value())
        .arg(p.userProperties().size());
}

QString describe(const RecordedMessage &recorded)
{
    PublishPacket packet;
    packet.topic = recorded.topic;
    packet.payload = recorded.payload;
    packet.qos = recorded.qos;
    packet.retain = recorded.retain;
    packet.properties = recorded.properties;
    return describe(MqttMessage(packet));
}

} // namespace

class tst_Record : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordThenReplayReproducesTheMessages();
    void replayKeepsTheRecordedPace();
    void recordingRoundTripsEveryField();
    void damagedFilesNameLineAndField_data();
    void damagedFilesNameLineAndField();
    void invalidFilterIsRefused();

private:
    bool connectClient(MqttClient &client);

    MosquittoBroker m_broker;
    QTemporaryDir m_dir;
};

void tst_Record::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is missing");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

bool tst_Record::connectClient(MqttClient &client)
{
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    return client.connectToBroker(options) && client.waitForConnected(WaitMs);
}

void tst_Record::recordThenReplayReproducesTheMessages()
{
    MqttClient source;
    MqttClient recording;
    QVERIFY(connectClient(source));
    QVERIFY(connectClient(recording));
    MqttSubscribeOptions exactlyOnce;
    exactlyOnce.setMaximumQoS(QoS::Q2);
    QVERIFY(recording.subscribe(QStringLiteral("rec/#"), exactlyOnce)->waitForAcknowledged(WaitMs));
    QVERIFY(recording.subscribe(QStringLiteral("other/#"))->waitForAcknowledged(WaitMs));

    RecordPanel recordPanel(&recording);
    recordPanel.show();
    const QString path = m_dir.filePath(QStringLiteral("round-trip.jsonl"));
    typeInto(child<QLineEdit>(recordPanel, "recordFilter"), QStringLiteral("rec/#"));
    typeInto(child<QLineEdit>(recordPanel, "recordFile"), path);
    QTest::mouseClick(child<QPushButton>(recordPanel, "recordButton"), Qt::LeftButton);
    QVERIFY(recordPanel.recorder()->isRecording());

    QList<RecordedMessage> sent;
    for (int i = 0; i < 12; ++i) {
        sent.append(sample(i));
        const RecordedMessage &m = sent.constLast();
        source.publish(m.topic, m.payload, m.qos, false, m.properties);
        source.publish(QStringLiteral("other/%1").arg(i), "not recorded");
    }
    QTRY_COMPARE_WITH_TIMEOUT(recordPanel.recorder()->count(), 12, WaitMs);
    QTest::mouseClick(child<QPushButton>(recordPanel, "recordButton"), Qt::LeftButton);
    QVERIFY(!recordPanel.recorder()->isRecording());

    MqttClient target;
    MqttClient subscriber;
    QVERIFY(connectClient(target));
    QVERIFY(connectClient(subscriber));
    QSignalSpy received(&subscriber, &MqttClient::messageReceived);
    QVERIFY(
        subscriber.subscribe(QStringLiteral("rec/#"), exactlyOnce)->waitForAcknowledged(WaitMs));

    RecordPanel replayPanel(&target);
    replayPanel.show();
    typeInto(child<QLineEdit>(replayPanel, "replayFile"), path);
    auto *speed = child<QComboBox>(replayPanel, "replaySpeed");
    speed->setCurrentIndex(speed->findData(Replayer::AsFastAsPossible));
    QSignalSpy finished(replayPanel.replayer(), &Replayer::finished);
    QTest::mouseClick(child<QPushButton>(replayPanel, "replayButton"), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), WaitMs);

    // Each topic here has one QoS, and the broker keeps the order of one topic at one QoS
    // (MQTT 4.6): per topic, the replay must match what was published, in order.
    QMap<QString, QStringList> expected;
    QMap<QString, QStringList> actual;
    for (const RecordedMessage &message : std::as_const(sent))
        expected[message.topic].append(describe(message));
    for (const QList<QVariant> &arguments : std::as_const(received)) {
        const auto message = arguments.constFirst().value<MqttMessage>();
        actual[message.topic()].append(describe(message));
    }
    QCOMPARE(actual, expected);
}

void tst_Record::replayKeepsTheRecordedPace()
{
    MqttClient target;
    QVERIFY(connectClient(target));
    Replayer replayer(&target);
    QList<RecordedMessage> messages;
    for (int i = 0; i < 3; ++i) {
        messages.append(sample(i));
        messages.last().qos = QoS::Q1;
        messages.last().offsetMs = i * 300;
    }
    replayer.setMessages(messages);
    replayer.setSpeed(1.0);
    QSignalSpy finished(&replayer, &Replayer::finished);
    replayer.start();
    QCOMPARE(replayer.position(), 1); // only the first is due at once; the others wait their time
    QVERIFY(replayer.isRunning());
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(replayer.position(), 3);
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
}

void tst_Record::recordingRoundTripsEveryField()
{
    QByteArray bytes = Recording::headerLine({QStringLiteral("rec/#"), 1234});
    QList<RecordedMessage> messages;
    for (int i = 0; i < 6; ++i) {
        messages.append(sample(i));
        messages.last().offsetMs = i * 17;
        messages.last().retain = i == 2;
        bytes += Recording::messageLine(messages.constLast());
    }
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const auto contents = Recording::read(buffer, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->header.topicFilter, QStringLiteral("rec/#"));
    QCOMPARE(contents->header.startedAtMs, 1234);
    QCOMPARE(contents->messages.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QCOMPARE(contents->messages.at(i).offsetMs, messages.at(i).offsetMs);
        QCOMPARE(describe(contents->messages.at(i)), describe(messages.at(i)));
        QCOMPARE(contents->messages.at(i).properties.userProperties(),
                 messages.at(i).properties.userProperties());
    }
}

void tst_Record::damagedFilesNameLineAndField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    const QByteArray header = Recording::headerLine({QStringLiteral("#"), 0});
    const QByteArray good = Recording::messageLine(sample(1));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: the file is empty");
    QTest::newRow("not a recording")
        << QByteArray("{\"format\":\"other\"}\n") << QStringLiteral("line 1: field 'format'");
    QTest::newRow("future version")
        << QByteArray("{\"format\":\"ohmqtt-recording\",\"version\":9}\n")
        << QStringLiteral("line 1: field 'version': version 9");
    QTest::newRow("broken JSON") << header + good + "{\"t\":1,\n"
                                 << QStringLiteral("line 3: invalid JSON at column");
    QTest::newRow("bad qos") << header + good + QByteArray(good).replace("\"qos\":1", "\"qos\":3")
                             << QStringLiteral("line 3: field 'qos'");
    QTest::newRow("bad payload") << header +
            QByteArray("{\"t\":0,\"topic\":\"a\",\"qos\":0,\"payload\":\"!!\"}\n")
                                 << QStringLiteral("line 2: field 'payload'");
    QTest::newRow("negative time")
        << header + QByteArray("{\"t\":-5,\"topic\":\"a\",\"qos\":0,\"payload\":\"\"}\n")
        << QStringLiteral("line 2: field 't'");
    QTest::newRow("user property not a pair")
        << header +
            QByteArray("{\"t\":0,\"topic\":\"a\",\"qos\":0,\"payload\":\"\","
                       "\"properties\":{\"userProperties\":[[\"x\"]]}}\n")
        << QStringLiteral("line 2: field 'properties.userProperties'");
}

void tst_Record::damagedFilesNameLineAndField()
{
    QFETCH(QByteArray, text);
    QFETCH(const QString, error);
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString actual;
    QVERIFY(!Recording::read(buffer, &actual));
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void tst_Record::invalidFilterIsRefused()
{
    MqttClient client;
    Recorder recorder(&client);
    QString error;
    QVERIFY(!recorder.start(QStringLiteral("a/#/b"), m_dir.filePath(QStringLiteral("x")), &error));
    QVERIFY2(error.contains(QStringLiteral("#")), qPrintable(error));
    QVERIFY(!recorder.isRecording());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
}

QTEST_MAIN(tst_Record)
#include "tst_record.moc"
