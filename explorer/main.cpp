// ohmqtt-explorer: the desktop MQTT explorer.
#include "app/mainwindow.h"

#include <QtWidgets/qapplication.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ohmqtt-explorer"));
    QApplication::setOrganizationName(QStringLiteral("OhMqtt"));
    QApplication::setApplicationVersion(QStringLiteral(OHMQTT_VERSION));
    OhMqttExplorer::MainWindow window;
    window.show();
    return QApplication::exec();
}
