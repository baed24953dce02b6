// TlsTransport: configure the QSslSocket, report the handshake stage, and refuse bad certificates
// with Qt's reasons unless the caller accepted them.
#include "transport/tlstransport.h"

#include "transport/logging.h"

#include <QtNetwork/qsslsocket.h>

namespace OhMqtt {

TlsTransport::TlsTransport(QObject *parent)
    : TcpTransport(new QSslSocket, QLatin1StringView("TLS"), parent)
{
    connect(sslSocket(), &QSslSocket::encrypted, this, [this] {
        qCDebug(lcTransport).noquote()
            << description() << "encrypted with" << sslSocket()->sessionProtocol();
        reportOpened();
    });
    connect(sslSocket(), qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
            &TlsTransport::onSslErrors);
}

QSslSocket *TlsTransport::sslSocket() const
{
    return static_cast<QSslSocket *>(socket());
}

QString TlsTransport::peerName(const BrokerAddress &address, const TransportOptions &options)
{
    return options.tlsHostname.isEmpty() ? address.host : options.tlsHostname;
}

void TlsTransport::connectSocket(const BrokerAddress &address, const TransportOptions &options)
{
    m_options = options;
    m_peerName = peerName(address, options);
    sslSocket()->setSslConfiguration(options.sslConfiguration());
    // The peer name is both the name verified and the SNI sent; the connection goes to the host.
    sslSocket()->connectToHostEncrypted(address.host, address.port, m_peerName);
}

void TlsTransport::onConnected()
{
    reportStage(Stage::TlsHandshake);
}

void TlsTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QList<QSslError> refused = refusedErrors(errors, m_options);
    if (refused.isEmpty()) {
        qCInfo(lcTransport).noquote()
            << description() << "accepting TLS errors as asked:" << errors;
        sslSocket()->ignoreSslErrors(errors);
        return;
    }
    // Not ignoring them makes the socket abort the handshake; its own (shorter) error and the
    // end follow, after this one.
    reportError(describeErrors(refused, m_peerName));
}

QList<QSslError> TlsTransport::refusedErrors(const QList<QSslError> &errors,
                                             const TransportOptions &options)
{
    QList<QSslError> refused;
    for (const QSslError &error : errors) {
        if (!options.tlsIgnoredErrors.contains(error.error()))
            refused.append(error);
    }
    return refused;
}

QString TlsTransport::describeErrors(const QList<QSslError> &errors, const QString &peerName)
{
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    return QStringLiteral("certificate of '%1' refused: %2")
        .arg(peerName, reasons.join(QLatin1StringView("; ")));
}

} // namespace OhMqtt
