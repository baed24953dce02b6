// ProfileForm: editors made and bound in one place, read and written through QMetaProperty.
#include "connection/profileform.h"

#include "common/userpropertieseditor.h"
#include "connection/filefield.h"

#include <QtCore/qmetaobject.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qscopedvaluerollback.h>
#include <QtGui/qvalidator.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qtoolbutton.h>

namespace OhMqttExplorer {

namespace {

QMetaProperty propertyNamed(const QString &field)
{
    const QMetaObject &meta = ConnectionProfile::staticMetaObject;
    const int index = meta.indexOfProperty(field.toLatin1().constData());
    Q_ASSERT_X(index >= 0, "ProfileForm", "no such ConnectionProfile property");
    return meta.property(index);
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void ProfileForm::addRow(const char *field, QWidget *editor, QWidget *focus,
                         std::function<QVariant()> value,
                         std::function<void(const QVariant &)> setValue)
{
    const QString name = QString::fromLatin1(field);
    focus->setObjectName(name);
    // The message goes right under its editor, hidden until there is a problem.
    auto *problem = new QLabel(this);
    problem->setObjectName(name + QLatin1StringView("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    problem->hide();
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(problem);
    if (qobject_cast<QCheckBox *>(editor))
        m_layout->addRow(cell); // a check box carries its own label
    else
        m_layout->addRow(ConnectionProfile::fieldLabel(name), cell);
    m_rows.append({name, focus, problem, std::move(value), std::move(setValue)});
}

void ProfileForm::userEdited()
{
    if (!m_loading)
        Q_EMIT edited();
}

QLineEdit *ProfileForm::addLineEdit(const char *field, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, &ProfileForm::userEdited);
    addRow(
        field, edit, edit, [edit] { return QVariant(edit->text()); },
        [edit](const QVariant &value) { edit->setText(value.toString()); });
    return edit;
}

QLineEdit *ProfileForm::addNumberEdit(const char *field, const QString &zeroText)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(zeroText);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), edit));
    connect(edit, &QLineEdit::textEdited, this, &ProfileForm::userEdited);
    addRow(
        field, edit, edit, [edit] { return QVariant(edit->text().toLongLong()); },
        [edit](const QVariant &value) {
            const qint64 number = value.toLongLong();
            edit->setText(number == 0 ? QString() : QString::number(number));
        });
    return edit;
}

QSpinBox *ProfileForm::addSpinBox(const char *field, int maximum, const QString &suffix,
                                  const QString &zeroText)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(0, maximum);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(zeroText);
    connect(spin, &QSpinBox::valueChanged, this, &ProfileForm::userEdited);
    addRow(
        field, spin, spin, [spin] { return QVariant(spin->value()); },
        [spin](const QVariant &value) { spin->setValue(value.toInt()); });
    return spin;
}

QCheckBox *ProfileForm::addCheckBox(const char *field)
{
    auto *box = new QCheckBox(ConnectionProfile::fieldLabel(QString::fromLatin1(field)), this);
    connect(box, &QCheckBox::toggled, this, &ProfileForm::userEdited);
    addRow(
        field, box, box, [box] { return QVariant(box->isChecked()); },
        [box](const QVariant &value) { box->setChecked(value.toBool()); });
    return box;
}

QComboBox *ProfileForm::addComboBox(const char *field,
                                    const QList<std::pair<QString, QVariant>> &items)
{
    auto *combo = new QComboBox(this);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::userEdited);
    addRow(
        field, combo, combo, [combo] { return combo->currentData(); },
        [combo](const QVariant &value) { combo->setCurrentIndex(combo->findData(value)); });
    return combo;
}

QPlainTextEdit *ProfileForm::addTextEdit(const char *field)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    connect(edit, &QPlainTextEdit::textChanged, this, &ProfileForm::userEdited);
    addRow(
        field, edit, edit, [edit] { return QVariant(edit->toPlainText().toUtf8()); },
        [edit](const QVariant &value) {
            edit->setPlainText(QString::fromUtf8(value.toByteArray()));
        });
    return edit;
}

FileField *ProfileForm::addFileField(const char *field, const QString &filter)
{
    auto *file =
        new FileField(ConnectionProfile::fieldLabel(QString::fromLatin1(field)), filter, this);
    file->browseButton()->setObjectName(QLatin1StringView(field) + QLatin1StringView("Browse"));
    connect(file, &FileField::edited, this, &ProfileForm::userEdited);
    QLineEdit *edit = file->lineEdit();
    addRow(
        field, file, edit, [edit] { return QVariant(edit->text()); },
        [edit](const QVariant &value) { edit->setText(value.toString()); });
    return file;
}

UserPropertiesEditor *ProfileForm::addUserProperties(const char *field)
{
    auto *editor = new UserPropertiesEditor(this);
    connect(editor, &UserPropertiesEditor::changed, this, &ProfileForm::userEdited);
    addRow(
        field, editor, editor,
        [editor] {
            UserProperties properties;
            for (const OhMqtt::StringPair &pair : editor->userProperties())
                properties.append({pair.first, pair.second});
            return QVariant::fromValue(properties);
        },
        [editor](const QVariant &value) {
            QList<OhMqtt::StringPair> pairs;
            for (const UserProperty &property : value.value<UserProperties>())
                pairs.append({property.name, property.value});
            const QSignalBlocker loading(editor); // a value loaded is not an edit
            editor->setUserProperties(pairs);
        });
    return editor;
}

QLabel *ProfileForm::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setEnabled(false); // greyed: an explanation, not a field
    m_layout->addRow(note);
    return note;
}

void ProfileForm::load(const ConnectionProfile &profile)
{
    const QScopedValueRollback loading(m_loading, true);
    for (const Row &row : std::as_const(m_rows))
        row.setValue(propertyNamed(row.field).readOnGadget(&profile));
}

void ProfileForm::store(ConnectionProfile &profile) const
{
    for (const Row &row : m_rows) {
        [[maybe_unused]] const bool written =
            propertyNamed(row.field).writeOnGadget(&profile, row.value());
        Q_ASSERT_X(written, "ProfileForm::store", qPrintable(row.field));
    }
}

bool ProfileForm::showProblems(const QList<ProfileProblem> &problems)
{
    bool any = false;
    for (const Row &row : std::as_const(m_rows)) {
        QStringList messages;
        for (const ProfileProblem &problem : problems) {
            if (problem.field == row.field)
                messages.append(problem.message);
        }
        row.problem->setText(messages.join(u'\n'));
        row.problem->setVisible(!messages.isEmpty());
        any = any || !messages.isEmpty();
    }
    return any;
}

QWidget *ProfileForm::editorFor(QStringView field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return row.editor;
    }
    return nullptr;
}

} // namespace OhMqttExplorer
