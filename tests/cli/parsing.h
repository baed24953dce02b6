// What the parser suites share: parsing with a fixed process id, and failing with the parser's
// error.
#pragma once

#include "options.h"

#include <QtTest/QTest>

#include <optional>

Q_DECLARE_METATYPE(OhMqtt::Cli::Command)
Q_DECLARE_METATYPE(OhMqtt::Cli::PayloadSource)
Q_DECLARE_METATYPE(OhMqtt::Cli::Transport)
Q_DECLARE_METATYPE(OhMqtt::Cli::TlsVersion)
Q_DECLARE_METATYPE(std::optional<quint32>)

namespace OhMqttTest {

inline constexpr qint64 ProcessId = 4242; // default client ids end in it: "ohmqtt-sub-4242"

inline OhMqtt::Cli::ParseResult parse(OhMqtt::Cli::Command command, const QStringList &arguments)
{
    return OhMqtt::Cli::parseArguments(command, arguments, ProcessId);
}

// "-t t -m m" then `more`: a pub command line that is complete without `more`.
inline QStringList pubArguments(const QStringList &more)
{
    return QStringList {QStringLiteral("-t"), QStringLiteral("t"), QStringLiteral("-m"),
                        QStringLiteral("m")} +
        more;
}

// "-t t" then `more`: a sub command line that is complete without `more`.
inline QStringList subArguments(const QStringList &more)
{
    return QStringList {QStringLiteral("-t"), QStringLiteral("t")} + more;
}

// The columns of the tables of rejected command lines.
inline void addRejectionColumns()
{
    QTest::addColumn<OhMqtt::Cli::Command>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
}

} // namespace OhMqttTest

// Fails the test with the parser's error when `result` is not a successful parse.
#define VERIFY_PARSED(result)                                                                      \
    QVERIFY2((result).action == OhMqtt::Cli::ParseResult::Action::Run, qPrintable((result).error))

// Fails the test unless parsing failed with an error containing `part`.
#define VERIFY_PARSE_ERROR(result, part)                                                           \
    do {                                                                                           \
        QCOMPARE((result).action, OhMqtt::Cli::ParseResult::Action::Fail);                         \
        QVERIFY2((result).error.contains(part), qPrintable((result).error));                       \
    } while (false)
