// ConnectionDialog: list and editor kept in step; drafts for edited profiles; the vault's
// answers applied only while their profile is still the one shown.
#include "connection/connectiondialog.h"

#include "connection/passwordvault.h"
#include "connection/profileeditor.h"
#include "connection/profilestore.h"

#include <QtCore/qsettings.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qlistwidget.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qsplitter.h>

namespace OhMqttExplorer {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int ValidationDelayMs = 300; // after the last keystroke: files are read

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *store, PasswordVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vault(vault)
    , m_validation(new QTimer(this))
{
    setWindowTitle(tr("Connections"));
    buildLayout();
    m_validation->setSingleShot(true);
    m_validation->setInterval(ValidationDelayMs);
    connect(m_validation, &QTimer::timeout, this, &ConnectionDialog::validate);
    connect(m_editor, &ProfileEditor::edited, this, &ConnectionDialog::markEdited);
    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectionDialog::currentChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveCurrent);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &ConnectionDialog::reject);
    fillList(m_store->lastUsedId());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildLayout()
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_addButton = new QPushButton(tr("Add"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_duplicateButton = new QPushButton(tr("Duplicate"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_removeButton = new QPushButton(tr("Remove"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    m_editor = new ProfileEditor;
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 680});

    auto *buttons = new QDialogButtonBox;
    m_connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    resize(900, 600);
}

void ConnectionDialog::fillList(const QString &selectId)
{
    m_list->clear();
    for (const ConnectionProfile &profile : m_store->profiles())
        addItem(profile);
    selectProfile(selectId);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QListWidgetItem *ConnectionDialog::addItem(const ConnectionProfile &profile)
{
    auto *item = new QListWidgetItem(m_list);
    item->setData(IdRole, profile.id);
    updateItem(item, profile.name);
    return item;
}

QListWidgetItem *ConnectionDialog::itemFor(const QString &id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id)
            return m_list->item(row);
    }
    return nullptr;
}

// Unsaved profiles show in italics with a star.
void ConnectionDialog::updateItem(QListWidgetItem *item, const QString &name)
{
    const bool edited = m_edited.contains(item->data(IdRole).toString());
    const QString shown = name.trimmed().isEmpty() ? tr("(unnamed)") : name;
    item->setText(edited ? shown + QLatin1StringView(" *") : shown);
    QFont font = item->font();
    font.setItalic(edited);
    item->setFont(font);
}

void ConnectionDialog::selectProfile(const QString &id)
{
    if (QListWidgetItem *item = itemFor(id))
        m_list->setCurrentItem(item);
}

QString ConnectionDialog::currentProfileId() const
{
    return m_currentId;
}

ConnectionProfile ConnectionDialog::currentProfile() const
{
    return m_editor->profile();
}

void ConnectionDialog::currentChanged(QListWidgetItem *current, QListWidgetItem *previous)
{
    if (previous && m_edited.contains(m_currentId))
        m_drafts.insert(m_currentId, m_editor->profile());
    m_currentId = current ? current->data(IdRole).toString() : QString();
    if (current)
        loadIntoEditor(m_currentId);
    updateButtons();
}

void ConnectionDialog::loadIntoEditor(const QString &id)
{
    m_passwordLoadingFor.clear();
    m_passwordUnreadable.clear();
    if (const auto draft = m_drafts.constFind(id); draft != m_drafts.cend()) {
        m_editor->setProfile(*draft); // the draft holds what the user typed, password too
    } else {
        m_editor->setProfile(m_store->profile(id).value_or(ConnectionProfile()));
        loadPassword(id);
    }
    validate();
}

void ConnectionDialog::loadPassword(const QString &id)
{
    m_passwordLoadingFor = id;
    m_editor->setPasswordStatus(tr("Reading the password…"));
    m_vault->load(id, this, [this, id](const PasswordOutcome &outcome) {
        if (m_passwordLoadingFor != id)
            return; // another profile is shown, or the user typed a password meanwhile
        m_passwordLoadingFor.clear();
        if (!outcome.ok)
            m_passwordUnreadable = id;
        m_editor->setLoadedPassword(outcome.password);
        m_editor->setPasswordStatus(outcome.message);
        updateButtons();
    });
}

void ConnectionDialog::markEdited()
{
    m_edited.insert(m_currentId);
    // A password typed while the keychain is still answering (it may be waiting for the user
    // to unlock it) is the one to use: stop waiting.
    if (!m_passwordLoadingFor.isEmpty() && m_editor->passwordTyped()) {
        m_passwordLoadingFor.clear();
        m_editor->setPasswordStatus({});
        updateButtons();
    }
    if (QListWidgetItem *item = itemFor(m_currentId))
        updateItem(item, m_editor->profile().name);
    m_validation->start();
}

// Save and Connect wait for the stored password: saving an empty field would erase it.
void ConnectionDialog::updateButtons()
{
    const bool selected = !m_currentId.isEmpty();
    const bool ready = selected && m_passwordLoadingFor.isEmpty();
    m_saveButton->setEnabled(ready);
    m_connectButton->setEnabled(ready);
    m_duplicateButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void ConnectionDialog::validate()
{
    m_validation->stop();
    m_editor->showProblems(m_editor->profile().problems());
}

void ConnectionDialog::addProfile()
{
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.name = tr("New connection");
    m_edited.insert(profile.id);
    m_drafts.insert(profile.id, profile);
    m_list->setCurrentItem(addItem(profile));
    m_editor->focusField(u"name");
}

void ConnectionDialog::duplicateProfile()
{
    ConnectionProfile copy = m_editor->profile();
    copy.id = ProfileStore::newProfile().id;
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_edited.insert(copy.id);
    m_drafts.insert(copy.id, copy);
    m_list->setCurrentItem(addItem(copy));
    m_editor->focusField(u"name");
}

void ConnectionDialog::removeProfile()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = m_currentId;
    const auto answer = QMessageBox::question(
        this, tr("Remove connection"),
        tr("Remove \"%1\" and its saved password?").arg(m_editor->profile().name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_edited.remove(id);
    m_drafts.remove(id);
    m_currentId.clear(); // nothing to keep as a draft
    if (m_store->contains(id))
        m_store->remove(id);
    m_vault->remove(id, this, [](const PasswordOutcome &) {});
    const int row = m_list->row(item);
    delete m_list->takeItem(row);
    if (m_list->count() == 0) {
        fillList({}); // the store offers its built-in profile again
        return;
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

ConnectionProfile ConnectionDialog::saveCurrent()
{
    const ConnectionProfile profile = m_editor->profile();
    if (!m_store->save(profile)) {
        QMessageBox::warning(
            this, tr("Save"),
            tr("Cannot write the settings file %1.").arg(m_store->settings()->fileName()));
        return profile;
    }
    m_edited.remove(profile.id);
    m_drafts.remove(profile.id);
    if (QListWidgetItem *item = itemFor(profile.id))
        updateItem(item, profile.name);
    const QString id = profile.id;
    // The empty field of a password that could not be read would erase the stored one.
    if (m_passwordUnreadable == id && !m_editor->passwordTyped()) {
        validate();
        return profile;
    }
    m_editor->setPasswordStatus(tr("Saving the password…"));
    m_vault->store(profile, this, [this, id](const PasswordOutcome &outcome) {
        if (m_currentId == id)
            m_editor->setPasswordStatus(outcome.message);
    });
    validate();
    return profile;
}

void ConnectionDialog::connectCurrent()
{
    const QList<ProfileProblem> problems = m_editor->profile().problems();
    if (!problems.isEmpty()) {
        m_validation->stop();
        m_editor->showProblems(problems);
        m_editor->focusField(problems.constFirst().field);
        return;
    }
    const ConnectionProfile profile = saveCurrent();
    QString error;
    const std::optional<OhMqtt::MqttConnectOptions> options = profile.toConnectOptions(&error);
    if (!options) { // a TLS file went away between the check and now
        validate();
        return;
    }
    m_store->setLastUsedId(profile.id);
    m_chosenProfile = profile;
    m_chosenOptions = *options;
    Q_EMIT connectRequested(profile, *options);
    if (m_closeOnConnect)
        accept();
}

void ConnectionDialog::reject()
{
    if (!m_edited.isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"),
                                  tr("%n connection(s) have unsaved changes. Close and drop them?",
                                     nullptr, int(m_edited.size())),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace OhMqttExplorer
