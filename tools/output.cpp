// stdio rather than QTextStream: payload bytes must pass unchanged, and every line is flushed.
#include "output.h"

#include <cstdio>

namespace OhMqtt::Cli {

namespace {

void write(std::FILE *stream, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), stream);
}

} // namespace

void writeOutput(QByteArrayView bytes)
{
    write(stdout, bytes);
    std::fflush(stdout);
}

void writeText(const QString &text)
{
    write(stdout, text.toUtf8());
    std::fflush(stdout);
}

void printError(const QString &message)
{
    writeErrorText(QStringLiteral("ohmqtt: ") + message + u'\n');
}

void writeErrorText(const QString &text)
{
    write(stderr, text.toUtf8());
    std::fflush(stderr);
}

} // namespace OhMqtt::Cli
