// ProfileForm: one page of the profile editor — rows of label, editor and the field's problem
// message — bound to ConnectionProfile's properties by name.
#pragma once

#include "connection/connectionprofile.h"

#include <QtWidgets/qwidget.h>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace OhMqttExplorer {

class FileField;
class UserPropertiesEditor;

class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    // Each editor is named after its field ("address", "tlsCaFile"...); so is its binding.
    QLineEdit *addLineEdit(const char *field, const QString &placeholder = {});
    // Digits only; empty is 0, shown as `zeroText` in grey.
    QLineEdit *addNumberEdit(const char *field, const QString &zeroText);
    // `zeroText` (e.g. "off") replaces 0.
    QSpinBox *addSpinBox(const char *field, int maximum, const QString &suffix,
                         const QString &zeroText = {});
    QCheckBox *addCheckBox(const char *field);
    // `items`: text and the property's value.
    QComboBox *addComboBox(const char *field, const QList<std::pair<QString, QVariant>> &items);
    // QByteArray fields, edited as UTF-8 text.
    QPlainTextEdit *addTextEdit(const char *field);
    FileField *addFileField(const char *field, const QString &filter);
    UserPropertiesEditor *addUserProperties(const char *field);
    // A line of explanation across the form.
    QLabel *addNote(const QString &text);

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;

    // Shows the problems of this page's fields next to them and hides the others' old ones;
    // true when one of them is here.
    bool showProblems(const QList<ProfileProblem> &problems);
    // The editor of `field` on this page, or null.
    QWidget *editorFor(QStringView field) const;

Q_SIGNALS:
    // The user changed a field (not load()).
    void edited();

private:
    struct Row
    {
        QString field;
        QWidget *editor; // what gets the focus
        QLabel *problem;
        std::function<QVariant()> value;
        std::function<void(const QVariant &)> setValue;
    };

    void addRow(const char *field, QWidget *editor, QWidget *focus, std::function<QVariant()> value,
                std::function<void(const QVariant &)> setValue);
    void userEdited();

    QFormLayout *m_layout;
    QList<Row> m_rows;
    bool m_loading = false;
};

} // namespace OhMqttExplorer
