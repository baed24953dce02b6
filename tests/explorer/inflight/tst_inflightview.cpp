// InflightView against a real mosquitto: the table and its summary follow the session while the
// broker stalls and recovers, and show the offline queue.
#include "inflight/inflighttable.h"
#include "inflight/inflightview.h"

#include "support/mosquittobroker.h"

#include <OhMqtt/mqttclient.h>
#include <OhMqtt/mqttinflightmodel.h>

#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qtableview.h>

#include <csignal>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace OhMqttTest;

namespace {

constexpr int WaitMs = 10'000;

// SIGSTOP on construction, SIGCONT when it goes: the broker stalls without closing anything.
class StoppedBroker
{
public:
    explicit StoppedBroker(qint64 pid)
        : m_pid(pid)
    {
        ::kill(pid_t(m_pid), SIGSTOP);
    }
    ~StoppedBroker() { resume(); }
    void resume()
    {
        if (m_pid != 0)
            ::kill(pid_t(m_pid), SIGCONT);
        m_pid = 0;
    }

private:
    qint64 m_pid;
};

QString cell(const QTableView &table, int row, InflightTable::Column column)
{
    return table.model()->index(row, column).data().toString();
}

} // namespace

class tst_InflightView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillsWhileBrokerStallsAndDrains();
    void showsTheOfflineQueue();

private:
    MosquittoBroker m_broker;
};

void tst_InflightView::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is missing");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void tst_InflightView::fillsWhileBrokerStallsAndDrains()
{
    MqttClient client;
    MqttConnectOptions options;
    options.setAddress(m_broker.url());
    QVERIFY(client.connectToBroker(options));
    QVERIFY(client.waitForConnected(WaitMs));
    InflightView view(&client);
    QAbstractItemModelTester tester(view.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.table()->model()->rowCount(), 0);

    StoppedBroker stopped(m_broker.processId());
    QList<MqttPublishHandlePtr> handles;
    for (int i = 0; i < 5; ++i)
        handles.append(client.publish(QStringLiteral("inflight/q1/%1").arg(i), "x", QoS::Q1));
    for (int i = 0; i < 3; ++i)
        handles.append(client.publish(QStringLiteral("inflight/q2/%1").arg(i), "yy", QoS::Q2));

    QTRY_COMPARE_WITH_TIMEOUT(view.table()->model()->rowCount(), 8, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(view.summary(),
                              QStringLiteral("8 messages in flight: 5 awaiting PUBACK, "
                                             "3 awaiting PUBREC"),
                              WaitMs);
    const QTableView &table = *view.table();
    QCOMPARE(cell(table, 0, InflightTable::Direction), QStringLiteral("out"));
    QCOMPARE(cell(table, 0, InflightTable::Topic), QStringLiteral("inflight/q1/0"));
    QCOMPARE(cell(table, 0, InflightTable::Stage), QStringLiteral("awaiting PUBACK"));
    QCOMPARE(cell(table, 0, InflightTable::QoS), QStringLiteral("1"));
    QCOMPARE(cell(table, 0, InflightTable::Sends), QStringLiteral("1"));
    QCOMPARE(cell(table, 5, InflightTable::Topic), QStringLiteral("inflight/q2/0"));
    QCOMPARE(cell(table, 5, InflightTable::Size), QStringLiteral("2"));
    QCOMPARE(cell(table, 5, InflightTable::PacketId).toInt(), int(handles.at(5)->packetId()));
    QVERIFY(!cell(table, 7, InflightTable::Age).isEmpty());

    stopped.resume();
    QTRY_COMPARE_WITH_TIMEOUT(view.table()->model()->rowCount(), 0, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(view.summary(), QStringLiteral("0 messages in flight"), WaitMs);
    for (const MqttPublishHandlePtr &handle : std::as_const(handles))
        QVERIFY(handle->isAcknowledged());
}

void tst_InflightView::showsTheOfflineQueue()
{
    MqttClient client; // never connected: publishes wait in the offline queue
    InflightView view(&client);
    client.publish(QStringLiteral("offline/a"), "1", QoS::Q1);
    client.publish(QStringLiteral("offline/b"), "2", QoS::Q2);
    QTRY_COMPARE_WITH_TIMEOUT(view.table()->model()->rowCount(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(view.summary(), QStringLiteral("2 messages in flight: 2 queued"),
                              WaitMs);
    QCOMPARE(cell(*view.table(), 1, InflightTable::Stage), QStringLiteral("queued"));
    QCOMPARE(cell(*view.table(), 1, InflightTable::PacketId), QString());
}

QTEST_MAIN(tst_InflightView)
#include "tst_inflightview.moc"
