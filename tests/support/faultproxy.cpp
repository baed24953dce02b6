// Relays loopback TCP connections to a broker and breaks them: cuts, stalls, fragments, silence.
#include "support/faultproxy.h"

#include <QtCore/qtimer.h>
#include <QtNetwork/qtcpsocket.h>

#include <algorithm>
#include <array>
#include <utility>

namespace OhMqttTest {

struct FaultProxy::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *target = nullptr;
    std::array<QByteArray, 2> queued; // read, not yet relayed, by FaultProxy::Direction
    bool silent = false;
    bool pumpScheduled = false;
    bool closed = false;

    QTcpSocket *to(Direction direction) const
    {
        return direction == Direction::ToBroker ? target : client;
    }
};

namespace {

// Closes after what was written has gone out, then deletes itself; at once when unconnected.
void closeLater(QTcpSocket *socket, bool abort)
{
    if (abort || socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

int index(FaultProxy::Direction direction)
{
    return direction == FaultProxy::Direction::ToBroker ? 0 : 1;
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_seed(seed)
    , m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    while (!m_links.empty())
        close(m_links.back().get(), true);
}

bool FaultProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QString FaultProxy::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(port());
}

void FaultProxy::armCut(Direction direction, qint64 afterBytes)
{
    m_armedCuts.push_back({direction, afterBytes});
    pumpAll(); // bytes waiting now count towards it
}

void FaultProxy::stall(int msecs)
{
    ++m_stalls;
    ++m_stallDepth;
    QTimer::singleShot(msecs, this, [this] {
        if (--m_stallDepth == 0)
            pumpAll();
    });
}

void FaultProxy::fragment(qint64 bytes)
{
    m_fragmentBudget += bytes;
}

void FaultProxy::silence()
{
    if (m_links.empty())
        return;
    ++m_silences;
    for (const std::unique_ptr<Link> &link : m_links)
        link->silent = true;
}

void FaultProxy::cutAll()
{
    if (m_links.empty())
        return;
    ++m_cuts;
    while (!m_links.empty())
        close(m_links.back().get(), true);
    emit cutFired();
}

void FaultProxy::fireArmedCut()
{
    if (m_links.empty() || m_armedCuts.empty())
        return;
    m_armedCuts.pop_front();
    cutAll();
}

void FaultProxy::inject(Fault fault, qint64 maxCutOffset)
{
    switch (fault) {
    case Fault::Cut:
        armCut(m_random.bounded(2) ? Direction::ToBroker : Direction::ToClient,
               m_random.bounded(maxCutOffset + 1));
        break;
    case Fault::Stall:
        stall(m_random.bounded(20, 301));
        break;
    case Fault::Fragment:
        fragment(m_random.bounded(200, 2001));
        break;
    case Fault::Silence:
        silence();
        break;
    }
}

QList<FaultProxy::Fault> FaultProxy::drawSchedule(int cuts, int stalls, int fragments, int silences)
{
    QList<Fault> schedule;
    schedule.insert(schedule.size(), cuts, Fault::Cut);
    schedule.insert(schedule.size(), stalls, Fault::Stall);
    schedule.insert(schedule.size(), fragments, Fault::Fragment);
    schedule.insert(schedule.size(), silences, Fault::Silence);
    std::shuffle(schedule.begin(), schedule.end(), m_random);
    return schedule;
}

QString FaultProxy::describe() const
{
    return QStringLiteral("seed %1: %2 cuts (%3 pending), %4 stalls, %5 bytes fragmented, %6 "
                          "silences, %7 connections")
        .arg(m_seed)
        .arg(m_cuts)
        .arg(m_armedCuts.size())
        .arg(m_stalls)
        .arg(m_fragmentedBytes)
        .arg(m_silences)
        .arg(m_accepted);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        auto owned = std::make_unique<Link>();
        Link *link = owned.get();
        link->client = client;
        link->target = new QTcpSocket(this);
        m_links.push_back(std::move(owned));
        const auto reader = [this, link](Direction direction) {
            QTcpSocket *from = direction == Direction::ToBroker ? link->client : link->target;
            return [this, link, from, direction] {
                link->queued[index(direction)] += from->readAll();
                pump(link, direction);
            };
        };
        connect(client, &QTcpSocket::readyRead, this, reader(Direction::ToBroker));
        connect(link->target, &QTcpSocket::readyRead, this, reader(Direction::ToClient));
        connect(link->target, &QTcpSocket::connected, this,
                [this, link] { pump(link, Direction::ToBroker); });
        for (QTcpSocket *socket : {client, link->target}) {
            connect(socket, &QTcpSocket::disconnected, this, [this, link] { close(link, false); });
            connect(socket, &QAbstractSocket::errorOccurred, this,
                    [this, link] { close(link, false); });
        }
        link->target->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

// Passes on what `link` holds for `direction`, unless stalled or silent: all of it, or one
// fragment and the rest on a later turn of the event loop.
void FaultProxy::pump(Link *link, Direction direction)
{
    QByteArray &queued = link->queued[index(direction)];
    if (link->closed || link->silent || m_stallDepth > 0 || queued.isEmpty())
        return;
    if (link->to(direction)->state() != QAbstractSocket::ConnectedState)
        return; // the broker side is still connecting
    if (m_fragmentBudget <= 0) {
        relay(link, direction, std::exchange(queued, {}));
        return;
    }
    const qint64 size = std::min<qint64>(queued.size(), m_random.bounded(1, 8));
    const QByteArray piece = queued.first(size);
    queued.remove(0, size);
    m_fragmentBudget -= size;
    m_fragmentedBytes += size;
    if (relay(link, direction, piece) < 0)
        return;
    link->to(direction)->flush();
    schedulePump(link);
}

void FaultProxy::schedulePump(Link *link)
{
    if (link->pumpScheduled)
        return;
    link->pumpScheduled = true;
    QTimer::singleShot(1, this, [this, link] {
        if (!isOpen(link))
            return; // cut meanwhile
        link->pumpScheduled = false;
        pump(link, Direction::ToBroker);
        if (isOpen(link)) // the pump may have cut it
            pump(link, Direction::ToClient);
    });
}

bool FaultProxy::isOpen(const Link *link) const
{
    return std::any_of(m_links.begin(), m_links.end(),
                       [link](const auto &owned) { return owned.get() == link; });
}

void FaultProxy::pumpAll()
{
    std::vector<Link *> links;
    for (const std::unique_ptr<Link> &link : m_links)
        links.push_back(link.get());
    for (Link *link : links) {
        if (!isOpen(link))
            continue; // cut by an earlier one's pump
        pump(link, Direction::ToBroker);
        if (isOpen(link)) // the pump may have cut it
            pump(link, Direction::ToClient);
    }
}

// Writes `bytes` on, or the part of them up to the armed cut, and then cuts the link.
qint64 FaultProxy::relay(Link *link, Direction direction, QByteArray bytes)
{
    if (!m_armedCuts.empty() && m_armedCuts.front().direction == direction) {
        ArmedCut &cut = m_armedCuts.front();
        if (bytes.size() >= cut.remaining) {
            link->to(direction)->write(bytes.first(cut.remaining));
            link->to(direction)->flush();
            m_armedCuts.pop_front();
            ++m_cuts;
            link->silent = true; // nothing more of it is relayed
            close(link, m_random.bounded(2) == 0);
            emit cutFired();
            return -1;
        }
        cut.remaining -= bytes.size();
    }
    return link->to(direction)->write(bytes);
}

// One side ended, or the link is cut: the other side is closed too, after what it still has to
// receive when the link is neither cut nor silent.
void FaultProxy::close(Link *link, bool abort)
{
    const auto it = std::find_if(m_links.begin(), m_links.end(),
                                 [link](const auto &owned) { return owned.get() == link; });
    if (it == m_links.end())
        return; // closed already: both sockets report their end
    const std::unique_ptr<Link> closing = std::move(*it);
    m_links.erase(it);
    closing->closed = true;
    for (QTcpSocket *socket : {closing->client, closing->target})
        disconnect(socket, nullptr, this, nullptr);
    if (!abort && !closing->silent && m_stallDepth == 0) {
        for (const Direction direction : {Direction::ToBroker, Direction::ToClient}) {
            QTcpSocket *from = direction == Direction::ToBroker ? closing->client : closing->target;
            QByteArray rest = closing->queued[index(direction)] + from->readAll();
            if (!rest.isEmpty() &&
                closing->to(direction)->state() == QAbstractSocket::ConnectedState)
                closing->to(direction)->write(rest);
        }
    }
    closeLater(closing->client, abort);
    closeLater(closing->target, abort);
}

} // namespace OhMqttTest
