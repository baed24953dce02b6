// ohmqtt-dashboard: Qt Quick tiles bound to MQTT topics, laid out from a JSON file.
#include "screenshot.h"

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>
#include <QtGui/qguiapplication.h>
#include <QtQml/qqmlapplicationengine.h>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuick/qquickwindow.h>
#include <QtQuickControls2/qquickstyle.h>

Q_IMPORT_QML_PLUGIN(OhMqttDashboardPlugin)

namespace {

struct Options
{
    QString layout;
    QString url;
    bool kiosk = false;
    QString screenshot;
};

Options parseOptions(const QGuiApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A dashboard of tiles bound to MQTT topics, laid out from a JSON file."));
    parser.addHelpOption();
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        QCoreApplication::translate("main", "Layout file (default: the example for ohmqtt-demo)."),
        QCoreApplication::translate("main", "file"), QStringLiteral(":/layouts/demo.json"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QCoreApplication::translate("main", "Broker address; overrides the layout's."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main", "Full screen, without window frame or toolbar."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({layout, url, kiosk, screenshot});
    parser.process(app);
    const QString file = parser.value(layout);
    // Relative paths are the user's, from the current directory; ":/" is the built-in example.
    return {file.startsWith(u':') ? file : QFileInfo(file).absoluteFilePath(), parser.value(url),
            parser.isSet(kiosk), parser.value(screenshot)};
}

// The OhMqtt QML module beside the build tree's binary, or under the install prefix; Qt's own
// import path covers an install to /usr.
void addImportPaths(QQmlApplicationEngine &engine)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    engine.addImportPath(bin.absoluteFilePath(QStringLiteral("../qml")));
    engine.addImportPath(bin.absoluteFilePath(QStringLiteral(OHMQTT_QML_INSTALL_DIR_FROM_BIN)));
    engine.addImportPath(QStringLiteral("qrc:/"));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ohmqtt-dashboard"));
    const Options options = parseOptions(app);
    // Fusion follows the system palette; Basic would not.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    if (!options.screenshot.isEmpty())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // grabs without a GPU

    QQmlApplicationEngine engine;
    addImportPaths(engine);
    engine.setInitialProperties({{QStringLiteral("layoutPath"), options.layout},
                                 {QStringLiteral("addressOverride"), options.url},
                                 {QStringLiteral("kiosk"), options.kiosk}});
    engine.load(QUrl(QStringLiteral("qrc:/OhMqttDashboard/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (!options.screenshot.isEmpty())
        new OhMqttDashboard::Screenshot(window, options.screenshot, &app);
    return QGuiApplication::exec();
}
