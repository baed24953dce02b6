// FaultProxy: a seeded loopback TCP relay that breaks the network between a client and a broker.
#pragma once

#include <QtCore/qobject.h>
#include <QtCore/qrandom.h>
#include <QtNetwork/qtcpserver.h>

#include <deque>
#include <memory>
#include <vector>

namespace OhMqttTest {

// Relays each connection it accepts on 127.0.0.1 to 127.0.0.1:targetPort, in the test's thread
// (the event loop must run), and injects the faults of a bad network on request:
// - armCut(): the connection that carries the n-th next byte in a direction is cut right after
//   it (the byte and those before it are passed on, nothing after): a random offset cuts in the
//   middle of a packet as often as between packets. The cut is an abort (a reset) or a close
//   (FIN), drawn at random.
// - stall(): nothing is relayed, either way, for a while; what comes meanwhile is kept and passed
//   on afterwards.
// - fragment(): the next bytes are relayed in pieces of 1 to 7 bytes, one piece per turn of the
//   event loop, so the peers read packets in pieces.
// - silence(): the connections open now relay nothing more, either way, and stay open: only a
//   keep alive notices (the client's PINGREQ goes unanswered).
// Every random choice comes from one QRandomGenerator seeded by the test, so a failure is
// replayed with the seed it prints (describe()); the event loop's timing is not replayed.
// Unlike CutProxy (tests/support/cutproxy.h), whose faults the test places by hand, FaultProxy
// draws them: injectRandomFault().
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Direction { ToBroker, ToClient };
    enum class Fault { Cut, Stall, Fragment, Silence };
    Q_ENUM(Fault)

    FaultProxy(quint16 targetPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(QString *error = nullptr);
    quint16 port() const;
    QString url() const; // "mqtt://127.0.0.1:<port>"
    quint32 seed() const { return m_seed; }

    void armCut(Direction direction, qint64 afterBytes); // queued after cuts armed before
    void stall(int msecs);
    void fragment(qint64 bytes);
    void silence();
    void cutAll(); // aborts every connection now (counted as a cut)
    // The first armed cut fires now, on every open connection (none open: nothing happens); for
    // a test whose traffic has stopped short of the cut's offset.
    void fireArmedCut();

    // Arms `fault` with seeded parameters: a cut in a random direction after 0–`maxCutOffset`
    // bytes, a stall of 20–300 ms, 200–2,000 bytes in fragments, or silence.
    void inject(Fault fault, qint64 maxCutOffset = 400);
    // Draws `cuts` cuts and `others` faults of the other kinds, shuffled with the seed.
    QList<Fault> drawSchedule(int cuts, int stalls, int fragments, int silences);

    int cuts() const { return m_cuts; } // connections cut (armed cuts that fired, cutAll())
    int pendingCuts() const { return int(m_armedCuts.size()); } // armed, not yet fired
    int stalls() const { return m_stalls; }
    int silences() const { return m_silences; }
    qint64 fragmentedBytes() const { return m_fragmentedBytes; }
    int accepted() const { return m_accepted; }
    int openLinks() const { return int(m_links.size()); }
    // "seed 42: 20 cuts (3 pending), 4 stalls, 1,000 bytes fragmented, 2 silences, 25 connections"
    QString describe() const;

Q_SIGNALS:
    void cutFired();

private:
    struct Link;
    struct ArmedCut
    {
        Direction direction;
        qint64 remaining;
    };

    void accept();
    void pump(Link *link, Direction direction);
    void schedulePump(Link *link);
    void pumpAll();
    // `link` is still open: a pump or relay may cut it, which deletes it.
    bool isOpen(const Link *link) const;
    qint64 relay(Link *link, Direction direction, QByteArray bytes); // -1: the link was cut
    void close(Link *link, bool abort);

    QTcpServer m_server;
    quint16 m_targetPort;
    quint32 m_seed;
    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Link>> m_links;
    std::deque<ArmedCut> m_armedCuts;
    int m_stallDepth = 0;
    qint64 m_fragmentBudget = 0;
    int m_accepted = 0;
    int m_cuts = 0;
    int m_stalls = 0;
    int m_silences = 0;
    qint64 m_fragmentedBytes = 0;
};

} // namespace OhMqttTest
