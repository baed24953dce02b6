// ohmqtt: dispatches "pub" and "sub" to their commands and turns parse results into exit codes.
#include "options.h"
#include "output.h"
#include "pubcommand.h"
#include "subcommand.h"
#include "usage.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qloggingcategory.h>
#include <QtCore/qtimer.h>

using namespace OhMqtt::Cli;

namespace {

QString versionText()
{
    return QStringLiteral("ohmqtt %1\n").arg(QStringLiteral(OHMQTT_VERSION));
}

// Runs one command object in the event loop until it reports its exit code.
template<typename CommandObject> int run(QCoreApplication &app, const Options &options)
{
    CommandObject command(options);
    QObject::connect(&command, &CommandObject::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &command, &CommandObject::start);
    const int exitCode = app.exec();
    flushOutput();
    return exitCode;
}

// -d: the library's categories (ohmqtt.connection, ohmqtt.transport, ...) at every level on
// stderr, each line led by its category; QT_LOGGING_RULES and QT_MESSAGE_PATTERN still win.
// The library never logs passwords or authentication data.
void enableDebugOutput()
{
    QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.*=true"));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{if-category}%{category}: %{endif}%{message}"));
}

int runCommand(QCoreApplication &app, Command command, const QStringList &arguments)
{
    const ParseResult parsed = parseArguments(command, arguments, app.applicationPid());
    switch (parsed.action) {
    case ParseResult::Action::ShowHelp:
        writeText(commandUsage(command));
        return SuccessExitCode;
    case ParseResult::Action::ShowVersion:
        writeText(versionText());
        return SuccessExitCode;
    case ParseResult::Action::Fail:
        printError(parsed.error);
        writeErrorText(usageHint(command) + u'\n');
        return ErrorExitCode;
    case ParseResult::Action::Run:
        break;
    }
    if (parsed.options.debug)
        enableDebugOutput();
    return command == Command::Pub ? run<PubCommand>(app, parsed.options)
                                   : run<SubCommand>(app, parsed.options);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ohmqtt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OHMQTT_VERSION));
    // The tool reports failures in its own words; the library's log lines would say them twice.
    // QT_LOGGING_RULES (e.g. "ohmqtt.*.debug=true") still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("ohmqtt.*=false"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString first = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (first == u"pub")
        return runCommand(app, Command::Pub, arguments);
    if (first == u"sub")
        return runCommand(app, Command::Sub, arguments);
    if (first == u"--help") {
        writeText(toolUsage());
        return SuccessExitCode;
    }
    if (first == u"--version") {
        writeText(versionText());
        return SuccessExitCode;
    }
    if (first.isEmpty())
        printError(QStringLiteral("a command is needed: pub or sub"));
    else
        printError(QStringLiteral("unknown command '%1', it must be pub or sub").arg(first));
    writeErrorText(toolUsage());
    return ErrorExitCode;
}
