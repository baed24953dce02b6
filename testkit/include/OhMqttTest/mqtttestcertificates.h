// MqttTestCertificates: a test CA and server certificates for TLS tests, made with openssl once
// per process.
#pragma once

#include <OhMqttTest/ohmqtttest_export.h>

#include <QtCore/qstring.h>

namespace OhMqtt {

/// The certificates MqttTestBroker's TLS and secure WebSocket listeners present, and a few more
/// for the failure paths of a TLS test: a CA that signed nothing here, and a server certificate
/// for another host name.
///
/// Made on first use with the openssl command-line tool (EC P-256 keys) into a temporary
/// directory that lives until the process exits; later calls return the same files. When openssl
/// is missing or fails, isValid() is false, errorString() says why and the paths are empty.
class OHMQTTTEST_EXPORT MqttTestCertificates
{
public:
    static bool isValid(); ///< the files were made
    static QString errorString(); ///< why they were not made; empty when isValid()

    /// The CA that signed both server certificates: what a client trusts to connect.
    static QString caCertificatePath();
    /// A CA that signed nothing here: verifying the broker against it fails.
    static QString wrongCaCertificatePath();
    ///@{
    /// The server certificate and key for 127.0.0.1, ::1 and localhost.
    static QString serverCertificatePath();
    static QString serverKeyPath();
    ///@}
    ///@{
    /// A server certificate and key signed by the CA for otherHostName() only: a host name
    /// mismatch when the client connects to 127.0.0.1.
    static QString otherHostCertificatePath();
    static QString otherHostKeyPath();
    ///@}
    /// "broker.ohmqtt.test", the name in the other-host certificate.
    static QString otherHostName();
};

} // namespace OhMqtt
