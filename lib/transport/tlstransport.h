// TlsTransport: the mqtts:// adapter, MQTT over a QSslSocket with the caller's QSslConfiguration.
#pragma once

#include "transport/tcptransport.h"

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace OhMqtt {

// Peer verification is on unless the caller's configuration turns it off (VerifyNone) or the
// options list the errors to accept; a refused certificate ends the connection with an error
// that carries Qt's reason for each problem.
class TlsTransport : public TcpTransport
{
    Q_OBJECT

public:
    explicit TlsTransport(QObject *parent = nullptr);

    // Shared with the wss:// adapter. The errors among `errors` that `options` does not accept.
    static QList<QSslError> refusedErrors(const QList<QSslError> &errors,
                                          const TransportOptions &options);
    // "certificate of '<name>' refused: <Qt's reason>; <Qt's reason>"
    static QString describeErrors(const QList<QSslError> &errors, const QString &peerName);
    // The name the certificate must carry: tlsHostname, else the address's host.
    static QString peerName(const BrokerAddress &address, const TransportOptions &options);

protected:
    void connectSocket(const BrokerAddress &address, const TransportOptions &options) override;
    void onConnected() override;

private:
    QSslSocket *sslSocket() const;
    void onSslErrors(const QList<QSslError> &errors);

    TransportOptions m_options;
    QString m_peerName;
};

} // namespace OhMqtt
