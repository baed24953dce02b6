// ScriptedAuthenticator: an MqttAuthenticator for engine tests that answers from a script.
#pragma once

#include <OhMqtt/mqttauthenticator.h>

#include <QtCore/qbytearraylist.h>

namespace OhMqttTest {

inline const QString MethodX = QStringLiteral("X");

// Answers from a script and records what it was asked.
class ScriptedAuthenticator : public OhMqtt::MqttAuthenticator
{
public:
    QString method() const override { return MethodX; }
    std::optional<QByteArray> initialData() override
    {
        ++starts;
        return initial;
    }
    std::optional<QByteArray> respond(const OhMqtt::AuthPacket &packet) override
    {
        challenges.append(packet.properties.authenticationData().value_or(QByteArray()));
        if (refuseChallenge) {
            setLastError(OhMqtt::MqttError(QStringLiteral("scripted refusal"),
                                           OhMqtt::ReasonCode::NotAuthorized));
            return std::nullopt;
        }
        return answer;
    }
    bool verifyFinal(const std::optional<QByteArray> &data) override
    {
        finals.append(data.value_or(QByteArray("<none>")));
        if (data != expectedFinal) {
            setLastError(OhMqtt::MqttError(QStringLiteral("scripted final refusal"),
                                           OhMqtt::ReasonCode::NotAuthorized));
            return false;
        }
        return true;
    }

    std::optional<QByteArray> initial = QByteArray("first");
    QByteArray answer = "answer";
    std::optional<QByteArray> expectedFinal = QByteArray("final");
    bool refuseChallenge = false;
    int starts = 0;
    QByteArrayList challenges;
    QByteArrayList finals;
};

} // namespace OhMqttTest
