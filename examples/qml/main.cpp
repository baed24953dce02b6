// Loads Main.qml with the broker address from the command line (default: a broker on this
// machine). The window itself is all QML: the C++ side only starts the engine.
#include <QtCore/qurl.h>
#include <QtGui/qguiapplication.h>
#include <QtQml/qqmlapplicationengine.h>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    // Where `import OhMqtt` is found when OhMqtt is installed outside Qt's own prefix.
    engine.addImportPath(QStringLiteral(OHMQTT_QML_IMPORT_PATH));
    const QString address = app.arguments().value(1, QStringLiteral("mqtt://127.0.0.1:1883"));
    engine.setInitialProperties({{QStringLiteral("address"), address}});
    engine.load(QUrl(QStringLiteral("qrc:/OhMqttQmlExample/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1; // the engine has printed why
    return app.exec();
}
