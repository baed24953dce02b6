// ohmqtt-demo: publishes sample traffic (sensors with numeric and JSON payloads, retained status
// topics, a camera image) under demo/ for the explorer and the dashboard.
#include "demopublisher.h"

#include <QtCore/qcommandlineparser.h>
#include <QtGui/qguiapplication.h>

int main(int argc, char *argv[])
{
    // The camera image is drawn with QPainter, which needs a QGuiApplication: no window is
    // ever shown, so no display is needed either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ohmqtt-demo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Publishes sample sensor, status and camera traffic under demo/."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Broker address URL."),
                                 QStringLiteral("url"), QStringLiteral("mqtt://127.0.0.1:1883"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("Milliseconds between rounds of readings."),
                                      QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds to publish, then exit (0: forever)."),
                                    QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({url, interval, rounds});
    parser.process(app);

    OhMqttDemo::DemoPublisher::Options options;
    options.url = parser.value(url);
    bool intervalOk = false;
    bool roundsOk = false;
    options.intervalMs = parser.value(interval).toInt(&intervalOk);
    options.rounds = parser.value(rounds).toInt(&roundsOk);
    if (!intervalOk || options.intervalMs < 0 || !roundsOk || options.rounds < 0) {
        qCritical("ohmqtt-demo: --interval and --rounds take a number of 0 or more");
        return 2;
    }
    OhMqttDemo::DemoPublisher publisher(options);
    QObject::connect(&publisher, &OhMqttDemo::DemoPublisher::finished, &app,
                     &QCoreApplication::exit, Qt::QueuedConnection);
    if (!publisher.start())
        return 1;
    return QGuiApplication::exec();
}
