// Console output of the tool: raw payload lines on stdout, diagnostics on stderr.
#pragma once

#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>

namespace OhMqtt::Cli {

// Queues `bytes` for stdout as they are (sub's messages: payloads are bytes, and -N leaves the
// newline out). What is queued goes out in one write when the event loop is about to wait, so a
// burst of messages read together costs one write(), and a pipe reader still sees each message
// as soon as the burst is handled; sooner when much is queued, and before anything else the
// tool writes to stdout or stderr.
void writeOutput(QByteArrayView bytes);

// Writes what writeOutput() queued, now; main() calls it before the process exits.
void flushOutput();

// Writes text to stdout (help, version) as UTF-8.
void writeText(const QString &text);

// Writes "ohmqtt: <message>" and a newline to stderr.
void printError(const QString &message);

// Writes text to stderr as it is (usage after an error, mosquitto-style messages).
void writeErrorText(const QString &text);

} // namespace OhMqtt::Cli
