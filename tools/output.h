// Console output of the tool: raw payload lines on stdout, diagnostics on stderr.
#pragma once

#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>

namespace OhMqtt::Cli {

// Writes `bytes` to stdout as they are and flushes, so a pipe reader sees each message at once
// (sub's messages: payloads are bytes, and -N leaves the newline out).
void writeOutput(QByteArrayView bytes);

// Writes text to stdout (help, version) as UTF-8.
void writeText(const QString &text);

// Writes "ohmqtt: <message>" and a newline to stderr.
void printError(const QString &message);

// Writes text to stderr as it is (usage after an error, mosquitto-style messages).
void writeErrorText(const QString &text);

} // namespace OhMqtt::Cli
