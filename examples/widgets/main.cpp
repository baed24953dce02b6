// A window that lists every message under ohmqtt/examples/# and publishes what is typed into its
// line. The broker's URL is the first argument (default mqtt://127.0.0.1:1883).
#include <OhMqtt/mqttclient.h>

#include <QtWidgets/qapplication.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qlistwidget.h>
#include <QtWidgets/qwidget.h>

using namespace OhMqtt;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const QString url = arguments.value(1, QStringLiteral("mqtt://127.0.0.1:1883"));
    const QString topic = QStringLiteral("ohmqtt/examples/widgets");

    QWidget window;
    auto *status = new QLabel(&window);
    auto *messages = new QListWidget(&window);
    auto *line = new QLineEdit(&window);
    line->setPlaceholderText(QStringLiteral("Type a message for %1 and press Enter").arg(topic));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(status);
    layout->addWidget(messages);
    layout->addWidget(line);

    // The client works on the application's event loop: no thread, no blocking call.
    MqttClient client;
    QObject::connect(&client, &MqttClient::stateChanged, status, [status](MqttClient::State s) {
        status->setText(QVariant::fromValue(s).toString()); // Connecting, Connected, ...
    });
    QObject::connect(&client, &MqttClient::errorOccurred, status,
                     [status](const MqttError &e) { status->setText(e.message()); });
    // Every message the broker sends, whichever subscription it matched.
    QObject::connect(&client, &MqttClient::messageReceived, messages,
                     [messages](const MqttMessage &message) {
                         messages->addItem(message.topic() + QStringLiteral(": ") +
                                           QString::fromUtf8(message.payload()));
                     });
    QObject::connect(line, &QLineEdit::returnPressed, &client, [&client, line, topic] {
        // Made without a connection, the message waits in the offline queue for the next one.
        client.publish(topic, line->text().toUtf8(), QoS::Q1);
        line->clear();
    });

    // Requests may be made before the connection is up: they go out after CONNACK. The client
    // keeps the subscription, so the returned pointer can be dropped.
    client.subscribe(QStringLiteral("ohmqtt/examples/#"));
    MqttConnectOptions options;
    options.setAddress(url);
    options.setReconnectDelay(2'000); // try again, with back-off, while the broker is away
    if (!client.connectToBroker(options))
        status->setText(client.lastError().message());

    window.setWindowTitle(QStringLiteral("OhMqtt: %1").arg(url));
    window.resize(480, 360);
    window.show();
    return app.exec();
}
