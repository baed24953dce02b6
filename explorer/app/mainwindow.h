// The explorer's main window: one tab per open connection, menus, and a status bar that follows
// the current connection.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>

#include <QtCore/qpointer.h>
#include <QtWidgets/qmainwindow.h>

#include <memory>

class QLabel;
class QTabWidget;

namespace OhMqttExplorer {

class ConnectionDialog;
class ConnectionTab;
class PasswordVault;
class ProfileStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Profiles live in `profiles` (the application's settings when null).
    explicit MainWindow(ProfileStore *profiles = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a tab for `options` and starts connecting.
    ConnectionTab *openConnection(const OhMqtt::MqttConnectOptions &options, const QString &title);
    ConnectionTab *currentConnection() const;
    QTabWidget *connections() const { return m_connections; }

    ProfileStore *profiles() const { return m_profiles; }
    // The connection dialog, opened by newConnection(); null when it is not open.
    ConnectionDialog *connectionDialog() const;

public Q_SLOTS:
    // Opens the connection dialog: profiles, and Connect opens a tab.
    void newConnection();
    void quickConnect();
    void closeConnection(int index);

private:
    void createMenus();
    void updateStatus();
    void showAbout();

    ProfileStore *m_profiles;
    std::unique_ptr<PasswordVault> m_vault;
    QPointer<ConnectionDialog> m_dialog;
    QTabWidget *m_connections;
    QLabel *m_state;
    QLabel *m_rates;
    QLabel *m_memory;
};

} // namespace OhMqttExplorer
