// TestCertificates: the test kit's certificates (OhMqtt::MqttTestCertificates) as the struct the
// suites read.
#pragma once

#include <OhMqttTest/mqtttestcertificates.h>

#include <QtCore/qstring.h>

namespace OhMqttTest {

struct TestCertificates
{
    QString caCertificate; // the CA that signed both server certificates
    QString wrongCaCertificate; // a CA that signed nothing here: verification against it fails
    QString serverCertificate; // SAN 127.0.0.1, ::1 and localhost
    QString serverKey;
    QString otherHostCertificate; // signed by the CA, but only for otherHostName
    QString otherHostKey;
    QString error; // why generation failed; empty when the files exist

    bool isValid() const { return error.isEmpty(); }

    static QString otherHostName() { return OhMqtt::MqttTestCertificates::otherHostName(); }

    // Generated on first use into a temporary directory that lives until the process exits;
    // later calls return the same files. Needs the openssl command-line tool.
    static const TestCertificates &get()
    {
        using Kit = OhMqtt::MqttTestCertificates;
        static const TestCertificates certificates {
            Kit::caCertificatePath(), Kit::wrongCaCertificatePath(),   Kit::serverCertificatePath(),
            Kit::serverKeyPath(),     Kit::otherHostCertificatePath(), Kit::otherHostKeyPath(),
            Kit::errorString()};
        return certificates;
    }
};

} // namespace OhMqttTest
