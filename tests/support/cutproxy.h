// CutProxy: a loopback TCP relay to a broker whose connections a test can cut, as a network would.
#pragma once

#include <QtCore/qobject.h>
#include <QtNetwork/qtcpserver.h>

#include <memory>
#include <vector>

class QTcpSocket;

namespace OhMqttTest {

// Relays each connection it accepts on 127.0.0.1 to 127.0.0.1:targetPort, byte for byte, in the
// test's thread (the event loop must run: QTRY_*, QSignalSpy::wait, QTest::qWaitFor). Unlike a
// broker restart, a cut leaves the broker and its sessions as they are; unlike a client's
// DISCONNECT, the broker sees the connection die without a word (and publishes a Will).
class CutProxy : public QObject
{
    Q_OBJECT

public:
    explicit CutProxy(quint16 targetPort, QObject *parent = nullptr);
    ~CutProxy() override;

    bool listen(QString *error = nullptr);
    quint16 port() const;
    QString url() const; // "mqtt://127.0.0.1:<port>"

    // Aborts every relayed connection, both ways: each side sees a reset, nothing in flight
    // arrives.
    void cut();
    // Down, the proxy closes a new connection as soon as it accepts it (a client retrying gets
    // nowhere); the connections already relayed are not touched. Up again, it relays as before.
    void setDown(bool down);
    // Dropping, what clients send is read and thrown away (lost in the network); what the broker
    // sends still reaches them. For a cut in the middle of a flow: the broker's PUBLISH arrives,
    // the client's PUBREC does not.
    void setDroppingFromClients(bool dropping);

    int accepted() const { return m_accepted; } // connections relayed since listen()
    qint64 droppedBytes() const { return m_droppedBytes; } // while dropping
    int openLinks() const { return int(m_links.size()); }

Q_SIGNALS:
    void linkOpened();
    void linkClosed();

private:
    struct Link;

    void accept();
    void close(Link *link, bool abort);

    QTcpServer m_server;
    quint16 m_targetPort;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_accepted = 0;
    qint64 m_droppedBytes = 0;
    bool m_down = false;
    bool m_dropping = false;
};

} // namespace OhMqttTest
