// Relays loopback TCP connections to a broker, and cuts them, refuses new ones or drops bytes.
#include "support/cutproxy.h"

#include <QtNetwork/qtcpsocket.h>

#include <algorithm>
#include <utility>

namespace OhMqttTest {

struct CutProxy::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *target = nullptr;
    QByteArray pending; // the client's bytes before the connection to the target is up
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

} // namespace

CutProxy::CutProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CutProxy::accept);
}

CutProxy::~CutProxy()
{
    cut();
}

bool CutProxy::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

quint16 CutProxy::port() const
{
    return m_server.serverPort();
}

QString CutProxy::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(port());
}

void CutProxy::cut()
{
    while (!m_links.empty())
        close(m_links.back().get(), true);
}

void CutProxy::setDown(bool down)
{
    m_down = down;
}

void CutProxy::setDroppingFromClients(bool dropping)
{
    m_dropping = dropping;
}

void CutProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_down) {
            closeLater(client, true);
            continue;
        }
        ++m_accepted;
        auto owned = std::make_unique<Link>();
        Link *link = owned.get();
        link->client = client;
        link->target = new QTcpSocket(this);
        m_links.push_back(std::move(owned));
        connect(client, &QTcpSocket::readyRead, this, [this, link] {
            const QByteArray bytes = link->client->readAll();
            if (m_dropping) {
                m_droppedBytes += bytes.size();
                return;
            }
            if (link->target->state() == QAbstractSocket::ConnectedState)
                link->target->write(bytes);
            else
                link->pending += bytes;
        });
        connect(link->target, &QTcpSocket::connected, this, [link] {
            if (!link->pending.isEmpty())
                link->target->write(std::exchange(link->pending, {}));
        });
        connect(link->target, &QTcpSocket::readyRead, this,
                [link] { link->client->write(link->target->readAll()); });
        for (QTcpSocket *socket : {client, link->target}) {
            connect(socket, &QTcpSocket::disconnected, this, [this, link] { close(link, false); });
            connect(socket, &QAbstractSocket::errorOccurred, this,
                    [this, link] { close(link, false); });
        }
        link->target->connectToHost(QHostAddress::LocalHost, m_targetPort);
        emit linkOpened();
    }
}

// One side ended (or the test cuts): the other side is closed too, once what the ended side had
// sent is passed on (unless aborting).
void CutProxy::close(Link *link, bool abort)
{
    const auto it = std::find_if(m_links.begin(), m_links.end(),
                                 [link](const auto &owned) { return owned.get() == link; });
    if (it == m_links.end())
        return; // closed already: both sockets report their end
    const std::unique_ptr<Link> closing = std::move(*it);
    m_links.erase(it);
    for (QTcpSocket *socket : {closing->client, closing->target})
        disconnect(socket, nullptr, this, nullptr);
    if (!abort) {
        if (closing->target->bytesAvailable() > 0)
            closing->client->write(closing->target->readAll());
        if (closing->client->bytesAvailable() > 0 && !m_dropping)
            closing->target->write(closing->client->readAll());
    }
    closeLater(closing->client, abort);
    closeLater(closing->target, abort);
    emit linkClosed();
}

} // namespace OhMqttTest
