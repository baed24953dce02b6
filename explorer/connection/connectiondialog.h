// ConnectionDialog: the saved connections on the left (add, duplicate, remove), the selected
// one's editor on the right, and Connect / Save / Close.
#pragma once

#include "connection/connectionprofile.h"

#include <QtCore/qset.h>
#include <QtWidgets/qdialog.h>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace OhMqttExplorer {

class PasswordVault;
class ProfileEditor;
class ProfileStore;

// Connect checks the profile (problems are shown next to their fields and nothing happens),
// saves it with its password, marks it last used, emits connectRequested() with the options to
// connect with and, unless setCloseOnConnect(false), closes with accept(). So the main window
// can either exec() it and read chosenOptions(), or keep one open and open a tab per
// connectRequested(). Edits to several profiles are kept until Save or Close; Close asks
// before it drops unsaved ones.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the dialog.
    ConnectionDialog(ProfileStore *store, PasswordVault *vault, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    bool closeOnConnect() const { return m_closeOnConnect; }
    void setCloseOnConnect(bool close) { m_closeOnConnect = close; }

    // Selects the profile in the list (ProfileStore::lastUsedId() at first).
    void selectProfile(const QString &id);
    QString currentProfileId() const;
    // The selected profile as edited, password included.
    ConnectionProfile currentProfile() const;

    // After Connect: the profile, password included, and its options (client ID generated when
    // the profile has none). Empty before.
    ConnectionProfile chosenProfile() const { return m_chosenProfile; }
    OhMqtt::MqttConnectOptions chosenOptions() const { return m_chosenOptions; }

Q_SIGNALS:
    void connectRequested(const OhMqttExplorer::ConnectionProfile &profile,
                          const OhMqtt::MqttConnectOptions &options);

public Q_SLOTS:
    void reject() override;

private:
    void buildLayout();
    void fillList(const QString &selectId);
    QListWidgetItem *addItem(const ConnectionProfile &profile);
    QListWidgetItem *itemFor(const QString &id) const;
    void updateItem(QListWidgetItem *item, const QString &name);
    void currentChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void loadIntoEditor(const QString &id);
    void loadPassword(const QString &id);
    void markEdited();
    void updateButtons();
    void validate();

    void addProfile();
    void duplicateProfile();
    void removeProfile();
    ConnectionProfile saveCurrent();
    void connectCurrent();

    ProfileStore *m_store;
    PasswordVault *m_vault;
    QListWidget *m_list = nullptr;
    ProfileEditor *m_editor = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_validation = nullptr;

    QString m_currentId;
    QHash<QString, ConnectionProfile> m_drafts; // edited, not saved (new ones too)
    QSet<QString> m_edited;
    QString m_passwordLoadingFor; // the id whose password the vault is reading
    QString m_passwordUnreadable; // the id whose stored password could not be read
    bool m_closeOnConnect = true;
    ConnectionProfile m_chosenProfile;
    OhMqtt::MqttConnectOptions m_chosenOptions;
};

} // namespace OhMqttExplorer
