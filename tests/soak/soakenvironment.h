// The soaks' environment: OHMQTT_SOAK_FULL for the long run, OHMQTT_SOAK_SEED to replay a seed.
#pragma once

#include <QtCore/qrandom.h>
#include <QtCore/qstring.h>

namespace OhMqttTest {

inline bool fullSoak()
{
    return qEnvironmentVariableIntValue("OHMQTT_SOAK_FULL") == 1;
}

// OHMQTT_SOAK_SEED, else a fresh one (the soak prints it).
inline quint32 soakSeed()
{
    bool ok = false;
    const uint given = qEnvironmentVariable("OHMQTT_SOAK_SEED").toUInt(&ok);
    return ok ? given : QRandomGenerator::global()->generate();
}

} // namespace OhMqttTest
