// MessagePropertiesView: the header fields and every MQTT 5 PUBLISH property, as rows.
#include "viewers/messagepropertiesview.h"

#include "viewertesting.h"

#include <QtCore/qdatetime.h>
#include <QtGui/qclipboard.h>
#include <QtGui/qguiapplication.h>
#include <QtTest/qtest.h>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

namespace {
// (name, value) of each child of `item`, in order.
QList<std::pair<QString, QString>> rowsOf(const QTreeWidgetItem *item)
{
    QList<std::pair<QString, QString>> rows;
    for (int i = 0; i < item->childCount(); ++i)
        rows.append({item->child(i)->text(0), item->child(i)->text(1)});
    return rows;
}

QTreeWidgetItem *childNamed(const QTreeWidgetItem *item, const QString &name)
{
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->text(0) == name)
            return item->child(i);
    }
    return nullptr;
}

ReceivedMessage fullyDecorated(qint64 at)
{
    OhMqtt::PublishPacket packet;
    packet.topic = QStringLiteral("plant/line1/temperature");
    packet.payload = "21.5";
    packet.qos = OhMqtt::QoS::Q1;
    packet.retain = true;
    packet.dup = true;
    packet.packetId = 77;
    OhMqtt::PublishProperties &p = packet.properties;
    p.setPayloadFormatIndicator(1);
    p.setMessageExpiryInterval(120);
    p.setTopicAlias(7);
    p.setResponseTopic(QStringLiteral("plant/replies"));
    p.setCorrelationData(QByteArray("req-42"));
    p.setContentType(QStringLiteral("text/plain"));
    p.addSubscriptionIdentifier(3);
    p.addSubscriptionIdentifier(9);
    p.addUserProperty(QStringLiteral("unit"), QStringLiteral("°C"));
    p.addUserProperty(QStringLiteral("unit"), QStringLiteral("K"));
    p.addUserProperty(QStringLiteral("site"), QStringLiteral("north"));
    return {OhMqtt::MqttMessage(std::move(packet)), at};
}
} // namespace

class TestViewersProperties : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }

    void showsHeaderFields();
    void showsEveryPublishPropertyInWireOrder();
    void binaryCorrelationDataShowsAsHex();
    void messageWithoutPropertiesSaysNone();
    void ctrlCCopiesTheCurrentValue();
};

void TestViewersProperties::showsHeaderFields()
{
    const qint64 at = QDateTime(QDate(2024, 6, 11), QTime(14, 3, 7, 250)).toMSecsSinceEpoch();
    MessagePropertiesView view;
    view.setMessage(fullyDecorated(at));
    QCOMPARE(view.messageSection()->text(0), QStringLiteral("Message"));
    QCOMPARE(rowsOf(view.messageSection()),
             (QList<std::pair<QString, QString>> {
                 {u"Topic"_s, u"plant/line1/temperature"_s},
                 {u"QoS"_s, u"1 (at least once)"_s},
                 {u"Retain"_s, u"yes"_s},
                 {u"Duplicate"_s, u"yes"_s},
                 {u"Packet identifier"_s, u"77"_s},
                 {u"Received"_s, u"2024-06-11 14:03:07.250"_s},
                 {u"Payload size"_s, u"4 bytes"_s},
             }));

    view.setMessage(OhMqttViewerTest::message("x", at));
    QCOMPARE(childNamed(view.messageSection(), QStringLiteral("QoS"))->text(1),
             QStringLiteral("0 (at most once)"));
    QCOMPARE(childNamed(view.messageSection(), QStringLiteral("Retain"))->text(1),
             QStringLiteral("no"));
    QVERIFY(!childNamed(view.messageSection(), QStringLiteral("Packet identifier")));
}

void TestViewersProperties::showsEveryPublishPropertyInWireOrder()
{
    MessagePropertiesView view;
    view.setMessage(fullyDecorated(0));
    const QTreeWidgetItem *properties = view.propertiesSection();
    QCOMPARE(properties->text(0), QStringLiteral("MQTT 5 properties"));
    QCOMPARE(rowsOf(properties),
             (QList<std::pair<QString, QString>> {
                 {u"Payload format indicator"_s, u"1 (UTF-8 text)"_s},
                 {u"Message expiry interval"_s, u"120 s"_s},
                 {u"Topic alias"_s, u"7"_s},
                 {u"Response topic"_s, u"plant/replies"_s},
                 {u"Correlation data"_s, u"6 bytes"_s},
                 {u"Content type"_s, u"text/plain"_s},
                 {u"Subscription identifier"_s, u"3"_s},
                 {u"Subscription identifier"_s, u"9"_s},
                 {u"User properties"_s, u"3"_s},
             }));
    const QTreeWidgetItem *correlation = childNamed(properties, QStringLiteral("Correlation data"));
    QCOMPARE(rowsOf(correlation),
             (QList<std::pair<QString, QString>> {
                 {u"Hex"_s, u"72 65 71 2d 34 32"_s},
                 {u"Text"_s, u"req-42"_s},
             }));
    // User properties keep their order and repeats.
    const QTreeWidgetItem *user = childNamed(properties, QStringLiteral("User properties"));
    QCOMPARE(rowsOf(user),
             (QList<std::pair<QString, QString>> {
                 {u"unit"_s, u"°C"_s},
                 {u"unit"_s, u"K"_s},
                 {u"site"_s, u"north"_s},
             }));
    QVERIFY(user->isExpanded());
}

void TestViewersProperties::binaryCorrelationDataShowsAsHex()
{
    OhMqtt::PublishPacket packet;
    packet.topic = QStringLiteral("t");
    packet.properties.setCorrelationData(QByteArray("\x00\xff\x10", 3));
    packet.properties.setPayloadFormatIndicator(0);
    MessagePropertiesView view;
    view.setMessage({OhMqtt::MqttMessage(std::move(packet)), 0});
    const QTreeWidgetItem *properties = view.propertiesSection();
    QCOMPARE(childNamed(properties, QStringLiteral("Payload format indicator"))->text(1),
             QStringLiteral("0 (unspecified bytes)"));
    const QTreeWidgetItem *correlation = childNamed(properties, QStringLiteral("Correlation data"));
    QCOMPARE(rowsOf(correlation),
             (QList<std::pair<QString, QString>> {
                 {u"Hex"_s, u"00 ff 10"_s},
                 {u"Text"_s, u"(not UTF-8 text)"_s},
             }));
}

void TestViewersProperties::messageWithoutPropertiesSaysNone()
{
    MessagePropertiesView view;
    view.setMessage(fullyDecorated(0));
    view.setMessage(OhMqttViewerTest::message("plain", 0));
    QCOMPARE(view.propertiesSection()->childCount(), 0);
    QCOMPARE(view.propertiesSection()->text(1), QStringLiteral("none"));
    view.clear();
    QCOMPARE(view.messageSection()->childCount(), 0);
}

void TestViewersProperties::ctrlCCopiesTheCurrentValue()
{
    MessagePropertiesView view;
    view.resize(500, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMessage(fullyDecorated(0));
    QTreeWidgetItem *responseTopic =
        childNamed(view.propertiesSection(), QStringLiteral("Response topic"));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.visualItemRect(responseTopic).center());
    QCOMPARE(view.currentItem(), responseTopic);
    QTest::keyClick(view.viewport(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("plant/replies"));
}

QTEST_MAIN(TestViewersProperties)
#include "tst_viewers_properties.moc"
