// ohmqtt-explorer: the desktop MQTT explorer.
#include "app/mainwindow.h"
#include "app/screenshottour.h"

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qlibraryinfo.h>
#include <QtCore/qtranslator.h>
#include <QtGui/qicon.h>
#include <QtWidgets/qapplication.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ohmqtt-explorer"));
    QApplication::setOrganizationName(QStringLiteral("OhMqtt"));
    QApplication::setApplicationVersion(QStringLiteral(OHMQTT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ohmqtt.svg")));

    // The explorer's own strings, and Qt's (dialog buttons...), in the system's language. The
    // sources are English; the English catalog holds only plural forms ("1 topic", "2 topics"),
    // and is loaded as well when the language has no catalog, as the English texts show then.
    QTranslator explorerTranslator;
    const QString catalogs = QStringLiteral(":/i18n");
    if (explorerTranslator.load(QLocale(), QStringLiteral("ohmqtt_explorer"), QStringLiteral("_"),
                                catalogs) ||
        explorerTranslator.load(QStringLiteral("ohmqtt_explorer_en"), catalogs))
        QApplication::installTranslator(&explorerTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The OhMqtt MQTT explorer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption url(
        QStringLiteral("url"), QApplication::translate("main", "Connect to this broker at start."),
        QStringLiteral("url"));
    parser.addOption(url);
    // For the documentation: pictures of the main views, then exit.
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   QApplication::translate("main", "Save screenshots, then quit."),
                                   QStringLiteral("directory"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);

    OhMqttExplorer::MainWindow window;
    if (parser.isSet(url)) {
        OhMqtt::MqttConnectOptions options;
        options.setAddress(parser.value(url));
        options.setReconnectDelay(1000);
        window.openConnection(options, parser.value(url));
    }
    window.show();
    if (!parser.isSet(url) && !parser.isSet(screenshots))
        window.newConnection(); // a first run offers the local broker's profile
    OhMqttExplorer::ScreenshotTour tour(&window, parser.value(screenshots));
    if (parser.isSet(screenshots)) {
        QObject::connect(&tour, &OhMqttExplorer::ScreenshotTour::finished, &app,
                         &QCoreApplication::exit, Qt::QueuedConnection);
        tour.start(5000);
    }
    return QApplication::exec();
}
