// How a transport reads: a burst that the socket has buffered reaches the owner over several
// turns of the event loop, in order, and all of it before closed().
#include "transport/transport.h"

#include <QtCore/qbuffer.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qpointer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <algorithm>

using namespace OhMqtt;

namespace {

constexpr int WaitMs = 5'000;

// The base class's reading over a QBuffer standing in for a socket's buffered input: the test
// plays the socket's readyRead() and disconnected().
class BufferTransport : public Transport
{
public:
    explicit BufferTransport(QObject *parent = nullptr)
        : Transport(QLatin1StringView("buffer"), parent)
    { }

    void readyRead(QIODevice *device) { receiveFrom(device); }
    void disconnected() { reportClosed(); }

protected:
    void openConnection(const BrokerAddress &, const TransportOptions &) override { }
    qint64 writeBytes(const QByteArray &bytes) override { return bytes.size(); }
    void closeConnection() override { reportClosed(); }
    void abortConnection() override { reportClosed(); }
};

QByteArray pattern(qsizetype size, char seed = 0)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + seed) & 0xff);
    return bytes;
}

// Counts turns of the event loop: one posted call per turn, each posting the next (Qt delivers
// events posted during a batch in the next batch), and what the transport received per turn.
class TurnCounter : public QObject
{
public:
    explicit TurnCounter(Transport *transport)
    {
        connect(transport, &Transport::received, this,
                [this](QByteArrayView bytes) { m_thisTurn += bytes.size(); });
        tick();
    }

    qint64 largestTurn() const { return std::max(m_largest, m_thisTurn); }
    int turnsWithBytes() const { return m_turnsWithBytes + (m_thisTurn > 0 ? 1 : 0); }

private:
    void tick()
    {
        m_largest = std::max(m_largest, m_thisTurn);
        m_turnsWithBytes += m_thisTurn > 0 ? 1 : 0;
        m_thisTurn = 0;
        QMetaObject::invokeMethod(
            this, [this] { tick(); }, Qt::QueuedConnection);
    }

    qint64 m_thisTurn = 0;
    qint64 m_largest = 0;
    int m_turnsWithBytes = 0;
};

} // namespace

class tst_TransportReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstIsReadOverSeveralTurns();
    void moreInputWhileATurnIsScheduledKeepsOrder();
    void everythingBufferedArrivesBeforeClosed();
    void ownerMayDeleteTransportWhileATurnIsScheduled();
};

void tst_TransportReads::burstIsReadOverSeveralTurns()
{
    const QByteArray burst = pattern(4 * 1024 * 1024);
    QBuffer socket;
    socket.setData(burst);
    QVERIFY(socket.open(QIODevice::ReadOnly));
    BufferTransport transport;
    QByteArray received;
    connect(&transport, &Transport::received, this,
            [&](QByteArrayView bytes) { received.append(bytes); });
    TurnCounter turns(&transport);

    transport.readyRead(&socket);
    QCOMPARE(received.size(), Transport::ReadPerTurn); // the first turn stops at the limit
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), burst.size(), WaitMs);

    QCOMPARE(received, burst);
    QCOMPARE_LE(turns.largestTurn(), Transport::ReadPerTurn);
    QCOMPARE_GE(turns.turnsWithBytes(), int(burst.size() / Transport::ReadPerTurn));
}

void tst_TransportReads::moreInputWhileATurnIsScheduledKeepsOrder()
{
    const QByteArray first = pattern(3 * Transport::ReadPerTurn / 2, 1);
    const QByteArray second = pattern(Transport::ReadPerTurn, 2);
    QBuffer socket;
    socket.setData(first);
    QVERIFY(socket.open(QIODevice::ReadOnly));
    BufferTransport transport;
    QByteArray received;
    connect(&transport, &Transport::received, this,
            [&](QByteArrayView bytes) { received.append(bytes); });

    transport.readyRead(&socket);
    socket.buffer().append(second); // more arrives: the socket says so again
    transport.readyRead(&socket);
    QCOMPARE(received.size(), Transport::ReadPerTurn);

    QTRY_COMPARE_WITH_TIMEOUT(received.size(), first.size() + second.size(), WaitMs);
    QCOMPARE(received, first + second);
}

// A socket reports its end in the turn it delivered the last input: the owner must still get
// every byte, and only then closed().
void tst_TransportReads::everythingBufferedArrivesBeforeClosed()
{
    const QByteArray burst = pattern(2 * 1024 * 1024 + 17);
    QBuffer socket;
    socket.setData(burst);
    QVERIFY(socket.open(QIODevice::ReadOnly));
    BufferTransport transport;
    QByteArray received;
    qsizetype receivedAtClose = -1;
    connect(&transport, &Transport::received, this,
            [&](QByteArrayView bytes) { received.append(bytes); });
    connect(&transport, &Transport::closed, this, [&] { receivedAtClose = received.size(); });
    QSignalSpy closed(&transport, &Transport::closed);

    transport.readyRead(&socket);
    transport.disconnected();
    QVERIFY(closed.wait(WaitMs));

    QCOMPARE(receivedAtClose, burst.size());
    QCOMPARE(received, burst);
    QCOMPARE(closed.size(), 1);
}

void tst_TransportReads::ownerMayDeleteTransportWhileATurnIsScheduled()
{
    QBuffer socket;
    socket.setData(pattern(4 * Transport::ReadPerTurn));
    QVERIFY(socket.open(QIODevice::ReadOnly));
    QPointer<BufferTransport> transport = new BufferTransport;
    qint64 received = 0;
    connect(transport, &Transport::received, this, [&](QByteArrayView bytes) {
        received += bytes.size();
        if (received > Transport::ReadPerTurn)
            delete transport.data(); // in the second turn, from inside received()
    });

    transport->readyRead(&socket);
    QTRY_VERIFY_WITH_TIMEOUT(transport.isNull(), WaitMs);
    const qint64 atDeletion = received;
    for (int turn = 0; turn < 3; ++turn) // a turn still scheduled would read again
        QCoreApplication::processEvents();
    QCOMPARE(received, atDeletion);
    QCOMPARE_LT(socket.pos(), socket.size());
}

QTEST_GUILESS_MAIN(tst_TransportReads)
#include "tst_transportreads.moc"
