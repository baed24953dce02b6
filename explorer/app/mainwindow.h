// The explorer's main window: one tab per open connection, menus, and a status bar that follows
// the current connection.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>

#include <QtWidgets/qmainwindow.h>

class QLabel;
class QTabWidget;

namespace OhMqttExplorer {

class ConnectionTab;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a tab for `options` and starts connecting.
    ConnectionTab *openConnection(const OhMqtt::MqttConnectOptions &options, const QString &title);
    ConnectionTab *currentConnection() const;
    QTabWidget *connections() const { return m_connections; }

public Q_SLOTS:
    void quickConnect();
    void closeConnection(int index);

private:
    void createMenus();
    void updateStatus();
    void showAbout();

    QTabWidget *m_connections;
    QLabel *m_state;
    QLabel *m_rates;
    QLabel *m_memory;
};

} // namespace OhMqttExplorer
