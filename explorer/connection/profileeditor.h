// ProfileEditor: every field of a ConnectionProfile on five tabs — General, Authentication,
// TLS, Last will, Advanced — with each field's problem shown next to it.
#pragma once

#include "connection/connectionprofile.h"

#include <QtWidgets/qwidget.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace OhMqttExplorer {

class ProfileForm;

class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    // Fills every field; the profile's id is kept for profile().
    void setProfile(const ConnectionProfile &profile);
    // The profile as the fields say now.
    ConnectionProfile profile() const;

    // A password read from the vault after setProfile().
    void setLoadedPassword(const QString &password);
    // The user typed into the password field since setProfile().
    bool passwordTyped() const { return m_passwordTyped; }
    // Where the password is kept, or why it is not: shown under the password field.
    void setPasswordStatus(const QString &message);

    // Shows each problem next to its field (an empty list clears them); tabs holding one are
    // marked. Returns the first problem's editor, or null.
    QWidget *showProblems(const QList<ProfileProblem> &problems);
    // Shows the tab holding `field` and gives its editor the focus.
    void focusField(QStringView field);

Q_SIGNALS:
    // The user changed a field.
    void edited();

private:
    ProfileForm *addPage(const QString &title);
    void buildGeneral(ProfileForm *form);
    void buildAuthentication(ProfileForm *form);
    void buildTls(ProfileForm *form);
    void buildWill(ProfileForm *form);
    void buildAdvanced(ProfileForm *form);
    void updateEnabled();

    QTabWidget *m_tabs;
    QList<ProfileForm *> m_forms;
    QString m_id;
    QComboBox *m_version = nullptr;
    QCheckBox *m_willEnabled = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordStatus = nullptr;
    QList<QWidget *> m_mqtt5Only;
    QList<QWidget *> m_willFields;
    bool m_passwordTyped = false;
};

} // namespace OhMqttExplorer
