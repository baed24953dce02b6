// ohmqtt-explorer: the desktop MQTT explorer.
#include "app/mainwindow.h"

#include <QtCore/qcommandlineparser.h>
#include <QtWidgets/qapplication.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ohmqtt-explorer"));
    QApplication::setOrganizationName(QStringLiteral("OhMqtt"));
    QApplication::setApplicationVersion(QStringLiteral(OHMQTT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The OhMqtt MQTT explorer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption url(
        QStringLiteral("url"), QApplication::translate("main", "Connect to this broker at start."),
        QStringLiteral("url"));
    parser.addOption(url);
    parser.process(app);

    OhMqttExplorer::MainWindow window;
    if (parser.isSet(url)) {
        OhMqtt::MqttConnectOptions options;
        options.setAddress(parser.value(url));
        options.setReconnectDelay(1000);
        window.openConnection(options, parser.value(url));
    }
    window.show();
    return QApplication::exec();
}
