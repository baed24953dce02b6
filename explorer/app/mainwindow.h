// The explorer's main window: one tab per open connection, menus, and a status bar that follows
// the current connection.
#pragma once

#include "app/preferences.h"

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
class PreferencesDialog;
class ProfileStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Profiles and Preferences live in `profiles`' settings (the application's when null).
    explicit MainWindow(ProfileStore *profiles = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a tab for `options` and starts connecting.
    ConnectionTab *openConnection(const OhMqtt::MqttConnectOptions &options, const QString &title);
    ConnectionTab *currentConnection() const;
    QTabWidget *connections() const { return m_connections; }

    ProfileStore *profiles() const { return m_profiles; }
    // The connection dialog, opened by newConnection(); null when it is not open.
    ConnectionDialog *connectionDialog() const;

    Preferences preferences() const { return m_preferences; }
    // Saves `preferences` (clamped) and applies them to every tab at once. False when the
    // settings could not be written; they apply all the same.
    bool setPreferences(const Preferences &preferences);
    // The preferences dialog, opened by showPreferences(); null when it is not open.
    PreferencesDialog *preferencesDialog() const;

public Q_SLOTS:
    // Opens the connection dialog: profiles, and Connect opens a tab.
    void newConnection();
    void quickConnect();
    void closeConnection(int index);
    // Opens the preferences dialog: OK saves and applies.
    void showPreferences();

private:
    void createMenus();
    void updateStatus();
    void showAbout();
    // Every tab gets the depth and an even share of the memory budget, so that all of them
    // together stay within it.
    void applyPreferences();

    ProfileStore *m_profiles;
    std::unique_ptr<PasswordVault> m_vault;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<PreferencesDialog> m_preferencesDialog;
    Preferences m_preferences;
    QTabWidget *m_connections;
    QLabel *m_state;
    QLabel *m_rates;
    QLabel *m_memory;
};

} // namespace OhMqttExplorer
