// Threads: startLoop(), calls from several threads at once, handles owned by other threads, the
// blocking helpers waiting on a condition. Run clean under the tsan preset.
#include <OhMqtt/mqttclient.h>

#include "support/mosquittobroker.h"
#include "threads/spawnedbroker.h"

#include <QtCore/qthread.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <atomic>
#include <memory>
#include <vector>

using namespace OhMqtt;
using namespace std::chrono_literals;
using OhMqttTest::MosquittoBroker;
#if defined(__SANITIZE_THREAD__)
using Broker = OhMqttTest::SpawnedBroker; // QProcess would silence ThreadSanitizer
#else
using Broker = OhMqttTest::MosquittoBroker;
#endif
using State = MqttClient::State;

namespace {

constexpr int WaitMs = 10'000; // ThreadSanitizer slows everything down

// Qt delivers a queued signal to another thread as an event it allocates in the sender's thread
// and reads and frees in the receiver's, all inside Debian's uninstrumented QtCore: TSan reports
// that hand-over, and no suppression narrower than QObject::event (which would hide our own
// timer-driven code too) matches it. Such tests run in the other presets.
#if defined(__SANITIZE_THREAD__)
#define SKIP_UNDER_TSAN() QSKIP("Qt's queued delivery between threads is opaque to TSan")
#else
#define SKIP_UNDER_TSAN() (void)0
#endif

QString uniqueClientId()
{
    static int counter = 0;
    return QStringLiteral("ohmqtt-tst-threads-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

// Runs `work` in `count` threads at once (they start together) and waits for them all.
template<typename Work> void runThreads(int count, Work work)
{
    std::atomic<int> ready = 0;
    std::atomic<int> done = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&ready, &done, count, i, &work] {
            ++ready;
            while (ready.load() < count) // start together: the point is contention
                QThread::yieldCurrentThread();
            work(i);
            ++done;
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    // QThread::wait() orders the threads' ends before us in Qt's own code, which
    // ThreadSanitizer cannot see; this load shows it, before this stack frame is reused.
    QCOMPARE(done.load(std::memory_order_acquire), count);
}

} // namespace

class tst_Threads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fourThreadsPublishEachMessageOnce_data();
    void fourThreadsPublishEachMessageOnce();
    void blockingHelpersFromAnotherThread();
    void handleFromAnotherThread();
    void onFinishedWithoutContextFromOtherThreads();
    void onFinishedFromOtherThreads();
    void signalsReachReceiversInTheirThread();
    void callsFromManyThreadsWhileClosed();
    void destroyedWhileConnected();
    void destroyedInItsOwnThread();
    void inflightMessagesFromOtherThreads();
    void subscriptionsFromOtherThreads();

private:
    MqttConnectOptions options() const;
    bool startLoopAndConnect(OhMqtt::MqttClient &client);

    std::unique_ptr<Broker> m_broker;
};

void tst_Threads::initTestCase()
{
    if (!MosquittoBroker::isAvailable())
        QSKIP("mosquitto is not installed");
    m_broker = std::make_unique<Broker>();
    QString error;
    QVERIFY2(m_broker->start(&error), qPrintable(error));
}

MqttConnectOptions tst_Threads::options() const
{
    MqttConnectOptions options;
    options.setAddress(m_broker->url());
    options.setClientId(uniqueClientId());
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    return options;
}

void tst_Threads::fourThreadsPublishEachMessageOnce_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::newRow("QoS 0") << QoS::Q0;
    QTest::newRow("QoS 1") << QoS::Q1;
    QTest::newRow("QoS 2") << QoS::Q2;
}

// After startLoop(), four threads publish at once through one client; a second client, in this
// thread, checks that every message arrives exactly once.
void tst_Threads::fourThreadsPublishEachMessageOnce()
{
    QFETCH(QoS, qos);
    constexpr int Threads = 4;
    constexpr int PerThread = 200;
    const QString prefix = QStringLiteral("ohmqtt/tst_threads/%1").arg(uniqueClientId());

    MqttClient subscriber; // this thread: its signals arrive here directly
    subscriber.connectToBroker(options());
    QVERIFY(subscriber.waitForConnected(WaitMs));
    QHash<QByteArray, int> received;
    QObject::connect(&subscriber, &MqttClient::messageReceived, &subscriber,
                     [&received](const MqttMessage &message) { ++received[message.payload()]; });
    MqttSubscribeOptions subscribeOptions;
    subscribeOptions.setMaximumQoS(QoS::Q2);
    QVERIFY(subscriber.subscribe(prefix + QStringLiteral("/#"), subscribeOptions)
                ->waitForAcknowledged(WaitMs));

    MqttClient publisher;
    publisher.startLoop();
    QVERIFY(publisher.isLoopRunning());
    publisher.connectToBroker(options());
    QVERIFY(publisher.waitForConnected(WaitMs)); // waits on a condition: the loop thread works

    std::atomic<int> acknowledged = 0;
    std::atomic<int> failed = 0;
    std::unique_ptr<QThread> threads[Threads];
    std::atomic<int> ready = 0;
    for (int t = 0; t < Threads; ++t) {
        threads[t].reset(QThread::create([&, t] {
            ++ready;
            while (ready.load() < Threads)
                QThread::yieldCurrentThread();
            const QString topic = prefix + QStringLiteral("/t%1").arg(t);
            for (int n = 0; n < PerThread; ++n) {
                const MqttPublishHandlePtr handle =
                    publisher.publish(topic, QStringLiteral("%1-%2").arg(t).arg(n).toUtf8(), qos);
                if (n % 50 == 49) { // now and then wait for one, from this thread
                    if (handle->waitForAcknowledged(WaitMs))
                        ++acknowledged;
                    else
                        ++failed;
                }
            }
        }));
        threads[t]->start();
    }
    // This thread keeps running its event loop (the subscriber lives here) while they publish.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(std::begin(threads), std::end(threads),
                                         [](const auto &thread) { return thread->isFinished(); }),
                             60'000);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Threads * PerThread, WaitMs);
    for (int t = 0; t < Threads; ++t) {
        for (int n = 0; n < PerThread; ++n) {
            const QByteArray payload = QStringLiteral("%1-%2").arg(t).arg(n).toUtf8();
            QVERIFY2(received.value(payload) == 1,
                     qPrintable(QStringLiteral("%1 arrived %2 times")
                                    .arg(QString::fromUtf8(payload))
                                    .arg(received.value(payload))));
        }
    }
    QCOMPARE(acknowledged.load(), Threads * PerThread / 50);
    QCOMPARE(failed.load(), 0);
    QVERIFY(publisher.isConnected());
    publisher.disconnectFromBroker();
    QVERIFY(publisher.waitForDisconnected(WaitMs));
}

// The blocking helpers called from a thread the client does not live in wait on a condition.
void tst_Threads::blockingHelpersFromAnotherThread()
{
    MqttClient client;
    client.startLoop();
    QVERIFY(client.loopOnce(0));
    QVERIFY(!client.loopUntilConnected(0));
    client.connectToBroker(options());
    QVERIFY(client.loopUntilConnected(WaitMs));
    QVERIFY(client.isConnected());
    QCOMPARE(client.connectResult().packet().reasonCode, ReasonCode::Success);
    QCOMPARE(client.clientId(), client.connectOptions().clientId());
    QVERIFY(!client.waitForDisconnected(50));
    QVERIFY(client.lastError().message().contains(QLatin1String("waitForDisconnected")));

    // loopForever() in one thread ends when another thread shuts the client down.
    std::atomic<bool> looped = false;
    std::unique_ptr<QThread> looper(QThread::create([&] {
        client.loopForever();
        looped = true;
    }));
    looper->start();
    client.shutdown();
    QVERIFY(client.waitForShutdown(WaitMs));
    QVERIFY(looper->wait(WaitMs));
    QVERIFY(looped.load());
    QVERIFY(!client.loopOnce(10));
}

// A handle made in another thread: its getters and waitForAcknowledged() work there, and it
// goes away when that thread lets go of it.
void tst_Threads::handleFromAnotherThread()
{
    MqttClient client;
    client.startLoop();
    client.connectToBroker(options());
    QVERIFY(client.waitForConnected(WaitMs));
    const QString topic = QStringLiteral("ohmqtt/tst_threads/handle/%1").arg(client.clientId());

    MqttPublishHandlePtr handle = client.publish(topic, "x", QoS::Q1);
    QVERIFY(handle->waitForAcknowledged(WaitMs));
    QVERIFY(handle->isAcknowledged());
    QVERIFY(handle->packetId() != 0);
    QVERIFY(std::holds_alternative<PubAckPacket>(handle->acknowledgement()));
    QVERIFY(handle->error().isNull());
    QCOMPARE(handle->thread(), client.thread()); // its signals come from the client's thread

    const MqttSubscribeHandlePtr bad = client.subscribe(QStringLiteral("a/#/b"));
    QVERIFY(!bad->waitForAcknowledged(WaitMs));
    QVERIFY(bad->isFailed());
    QCOMPARE(bad->error().reasonCode(), ReasonCode::TopicFilterInvalid);
}

// onFinished() from other threads: so many publishes from each.
constexpr int PublishingThreads = 4;
constexpr int PerPublishingThread = 1'000;

bool tst_Threads::startLoopAndConnect(MqttClient &client)
{
    return client.startLoop() && client.connectToBroker(options()) &&
        client.waitForConnected(WaitMs);
}

// Thousands of publishes from other threads, each followed by onFinished() without a context:
// the client's thread races to end them (QoS 0 ends once written), and every callable runs
// exactly once, in the client's thread or in the publishing one. No Qt event crosses threads
// here, so ThreadSanitizer sees all of it.
void tst_Threads::onFinishedWithoutContextFromOtherThreads()
{
    MqttClient client;
    QVERIFY(startLoopAndConnect(client));
    const QString topic = QStringLiteral("ohmqtt/tst_threads/onfinished/%1").arg(client.clientId());
    std::atomic<int> finishedRuns = 0;
    std::atomic<int> acknowledged = 0;
    std::atomic<int> ranInPublisher = 0;
    runThreads(PublishingThreads, [&](int) {
        for (int n = 0; n < PerPublishingThread; ++n) {
            const MqttPublishHandlePtr handle = client.publish(topic, "x");
            // Now and then wait first: the handle has ended, and finished() is being emitted
            // right now or already was — the tightest race onFinished() has.
            if (n % 4 == 0)
                handle->waitForAcknowledged(WaitMs);
            QThread *publisher = QThread::currentThread();
            handle->onFinished([&, publisher, weak = handle.toWeakRef()] {
                ++finishedRuns;
                if (QThread::currentThread() == publisher)
                    ++ranInPublisher; // it had ended already
                if (const MqttPublishHandlePtr done = weak.toStrongRef();
                    done && done->isAcknowledged())
                    ++acknowledged;
            });
        }
    });
    // Each publishing thread has returned; what it left pending ends in the client's thread.
    QTRY_COMPARE_WITH_TIMEOUT(finishedRuns.load(), PublishingThreads * PerPublishingThread, WaitMs);
    QVERIFY(client.waitForConnected(WaitMs));
    QCOMPARE(finishedRuns.load(), PublishingThreads * PerPublishingThread); // none twice
    QCOMPARE(acknowledged.load(),
             PublishingThreads * PerPublishingThread); // the handle is alive while it runs
    qInfo("%d of %d callables ran at once, the handle having ended already", ranInPublisher.load(),
          PublishingThreads * PerPublishingThread);
}

// The same with a context in this thread: the callables run here, queued, each once.
void tst_Threads::onFinishedFromOtherThreads()
{
    SKIP_UNDER_TSAN();
    MqttClient client;
    QVERIFY(startLoopAndConnect(client));
    const QString topic = QStringLiteral("ohmqtt/tst_threads/onfinished/%1").arg(client.clientId());
    QObject receiver; // this thread
    int finishedRuns = 0; // only touched in this thread
    std::atomic<int> acknowledged = 0;
    runThreads(PublishingThreads, [&](int) {
        for (int n = 0; n < PerPublishingThread; ++n) {
            const MqttPublishHandlePtr handle = client.publish(topic, "x");
            // Holding the handle in the callable: the last pointer goes in this thread.
            handle->onFinished(&receiver, [&finishedRuns, &acknowledged, handle] {
                ++finishedRuns;
                if (handle->isAcknowledged())
                    ++acknowledged;
            });
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(finishedRuns, PublishingThreads * PerPublishingThread, WaitMs);
    QVERIFY(client.waitForConnected(WaitMs));
    QCoreApplication::processEvents(); // nothing runs twice
    QCOMPARE(finishedRuns, PublishingThreads * PerPublishingThread);
    QCOMPARE(acknowledged.load(), PublishingThreads * PerPublishingThread);
}

// Signals come from the loop thread: a receiver in this thread gets them queued, in this thread;
// a connection without a receiver object runs in the loop thread. (disconnected() carries no
// arguments: Qt copies and frees queued arguments inside its own code, which ThreadSanitizer
// cannot follow.)
void tst_Threads::signalsReachReceiversInTheirThread()
{
    SKIP_UNDER_TSAN();
    MqttClient client;
    client.startLoop();
    client.connectToBroker(options());
    QVERIFY(client.waitForConnected(WaitMs));

    QObject receiver;
    QThread *receivedIn = nullptr;
    int disconnectedCount = 0;
    QObject::connect(&client, &MqttClient::disconnected, &receiver, [&] {
        receivedIn = QThread::currentThread();
        ++disconnectedCount;
    });
    std::atomic<QThread *> directIn = nullptr;
    QObject::connect(&client, &MqttClient::disconnected,
                     [&directIn] { directIn = QThread::currentThread(); });
    client.disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(disconnectedCount, 1, WaitMs);
    QCOMPARE(receivedIn, QThread::currentThread());
    QVERIFY(directIn.load() != nullptr);
    QVERIFY(directIn.load() != QThread::currentThread()); // the loop thread
}

// Requests from many threads while Closed wait in the offline queue, and go out once connected;
// connect calls race and one wins.
void tst_Threads::callsFromManyThreadsWhileClosed()
{
    MqttClient client;
    client.startLoop();
    std::atomic<int> finished = 0;
    std::atomic<int> acknowledged = 0;
    runThreads(4, [&](int) {
        for (int n = 0; n < 50; ++n) {
            const MqttPublishHandlePtr handle =
                client.publish(QStringLiteral("ohmqtt/tst_threads/offline"), "x", QoS::Q1);
            handle->onFinished([&, handle] {
                ++finished;
                if (handle->isAcknowledged())
                    ++acknowledged;
            });
        }
    });
    QCOMPARE(finished.load(), 0); // all waiting

    std::atomic<int> refusedConnects = 0;
    const MqttConnectOptions connectOptions = options();
    runThreads(4, [&](int) {
        if (!client.connectToBroker(connectOptions))
            ++refusedConnects; // already connecting
    });
    QVERIFY(client.waitForConnected(WaitMs));
    QVERIFY(refusedConnects.load() <= 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.load(), 200, WaitMs);
    QCOMPARE(acknowledged.load(), 200);
}

// Destroying a client whose loop thread is connected: the thread stops its I/O and ends.
void tst_Threads::destroyedWhileConnected()
{
    auto client = std::make_unique<MqttClient>();
    client->startLoop();
    client->connectToBroker(options());
    QVERIFY(client->waitForConnected(WaitMs));
    const QString topic = QStringLiteral("ohmqtt/tst_threads/gone/%1").arg(client->clientId());
    for (int i = 0; i < 20; ++i)
        client->publish(topic, "x", QoS::Q1);
    client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_Threads::destroyedInItsOwnThread()
{
    SKIP_UNDER_TSAN(); // the finished QThread is deleted through deleteLater() in our thread
    auto *client = new MqttClient;
    client->startLoop();
    client->connectToBroker(options());
    QVERIFY(client->waitForConnected(WaitMs));
    QPointer<QThread> loopThread = client->thread();
    // Deleted by a slot in the loop thread: the destructor runs there, and the thread ends.
    QObject::connect(client, &MqttClient::stateChanged, client, [client](State state) {
        if (state == State::Closed)
            client->deleteLater();
    });
    client->disconnectFromBroker();
    QTRY_VERIFY_WITH_TIMEOUT(loopThread.isNull(), WaitMs); // the QThread deletes itself
}

// Snapshots of the in-flight queue taken from two threads while two others publish: each is
// made in the client's thread and handed over through the client's queue and a condition.
void tst_Threads::inflightMessagesFromOtherThreads()
{
    MqttClient client;
    QVERIFY(startLoopAndConnect(client));
    const QString topic = QStringLiteral("ohmqtt/tst_threads/inflight/%1").arg(client.clientId());
    std::atomic<int> publishersDone = 0;
    std::atomic<int> snapshots = 0;
    std::atomic<bool> consistent = true;
    std::vector<MqttPublishHandlePtr> handles[2];
    runThreads(4, [&](int i) {
        if (i < 2) {
            for (int n = 0; n < 200; ++n)
                handles[i].push_back(client.publish(topic, QByteArray(8, 'x'), QoS::Q1));
            ++publishersDone;
            return;
        }
        do {
            const QList<MqttInflightMessage> messages = client.inflightMessages();
            QSet<quint64> sequences;
            for (const MqttInflightMessage &message : messages) {
                sequences.insert(message.sequence());
                if (message.topic() != topic || message.payloadSize() != 8)
                    consistent = false;
            }
            if (sequences.size() != messages.size())
                consistent = false;
            ++snapshots;
        } while (publishersDone.load() < 2);
    });
    QVERIFY(consistent.load());
    QVERIFY(snapshots.load() >= 2);
    for (const auto &perThread : handles) {
        for (const MqttPublishHandlePtr &handle : perThread)
            QVERIFY(handle->waitForAcknowledged(WaitMs));
    }
    QVERIFY(client.inflightMessages().isEmpty());
}

// Subscriptions made, waited for, read and unsubscribed in other threads while the client runs in
// its own; then the client is destroyed while other threads go on unsubscribing: every handle
// ends (acknowledged, or failed because the filter is no longer subscribed or the client is
// gone), and the subscriptions end Unsubscribed.
void tst_Threads::subscriptionsFromOtherThreads()
{
    using SubscriptionState = MqttSubscription::State;
    auto client = std::make_unique<MqttClient>();
    QVERIFY(startLoopAndConnect(*client));
    const QString prefix =
        QStringLiteral("ohmqtt/tst_threads/subscriptions/%1/").arg(client->clientId());
    constexpr int Threads = 4;
    std::vector<MqttSubscriptionPtr> kept(Threads);
    std::atomic<int> followed = 0;
    runThreads(Threads, [&](int i) {
        const MqttSubscriptionPtr once = client->subscribe(prefix + QString::number(i));
        if (!once->waitForAcknowledged(WaitMs) || once->state() != SubscriptionState::Subscribed)
            return;
        if (!once->unsubscribe()->waitForAcknowledged(WaitMs) ||
            once->state() != SubscriptionState::Unsubscribed)
            return;
        if (once->unsubscribe()->waitForAcknowledged(WaitMs)) // no longer its filter
            return;
        kept[i] = client->subscribe(prefix + QStringLiteral("kept/") + QString::number(i));
        if (kept[i]->waitForAcknowledged(WaitMs))
            ++followed;
    });
    QCOMPARE(followed.load(), Threads);

    std::atomic<int> started = 0;
    std::atomic<bool> destroyed = false;
    std::atomic<int> hanging = 0;
    std::atomic<int> done = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            ++started;
            for (int n = 0; n < 20 || !destroyed.load(); ++n) {
                const MqttUnsubscribeHandlePtr handle = kept[i]->unsubscribe();
                handle->waitForAcknowledged(WaitMs);
                if (!handle->isDone())
                    ++hanging;
            }
            ++done;
        }));
        threads.back()->start();
    }
    while (started.load() < Threads)
        QThread::yieldCurrentThread();
    client.reset(); // while they unsubscribe
    destroyed = true;
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    QCOMPARE(done.load(std::memory_order_acquire), Threads); // see runThreads()
    QCOMPARE(hanging.load(), 0);
    for (const MqttSubscriptionPtr &subscription : kept)
        QCOMPARE(subscription->state(), SubscriptionState::Unsubscribed);
}

QTEST_GUILESS_MAIN(tst_Threads)
#include "tst_threads.moc"
