// ProfileEditor: the five pages and what enables what (MQTT 5.0 fields, the will's fields).
#include "connection/profileeditor.h"

#include "common/userpropertieseditor.h"
#include "connection/profileform.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qscrollarea.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qtabbar.h>
#include <QtWidgets/qtabwidget.h>

namespace OhMqttExplorer {

namespace {

const QString PemFilter = QStringLiteral("PEM (*.pem *.crt *.cer *.key);;*");

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    buildGeneral(addPage(tr("General")));
    buildAuthentication(addPage(tr("Authentication")));
    buildTls(addPage(tr("TLS")));
    buildWill(addPage(tr("Last will")));
    buildAdvanced(addPage(tr("Advanced")));
    for (ProfileForm *form : std::as_const(m_forms))
        connect(form, &ProfileForm::edited, this, &ProfileEditor::edited);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateEnabled);
    connect(m_willEnabled, &QCheckBox::toggled, this, &ProfileEditor::updateEnabled);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    updateEnabled();
}

// Pages scroll: the will and the properties are taller than a small dialog.
ProfileForm *ProfileEditor::addPage(const QString &title)
{
    auto *form = new ProfileForm;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    m_tabs->addTab(scroll, title);
    m_forms.append(form);
    return form;
}

void ProfileEditor::buildGeneral(ProfileForm *form)
{
    form->addLineEdit("name", tr("e.g. Home broker"));
    form->addLineEdit("address",
                      tr("mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path"));
    form->addLineEdit("clientId", tr("generated at each connect"));
    m_version =
        form->addComboBox("protocolVersion",
                          {{tr("5.0"), QVariant::fromValue(OhMqtt::ProtocolVersion::V5)},
                           {tr("3.1.1"), QVariant::fromValue(OhMqtt::ProtocolVersion::V311)}});
    form->addCheckBox("cleanStart");
    form->addSpinBox("keepAlive", 65535, tr(" s"), tr("off"));
    m_mqtt5Only << form->addNumberEdit("sessionExpiryInterval",
                                       tr("0: the session ends with the connection"));
    form->addSpinBox("connectTimeout", 3600, tr(" s"), tr("none", "connect timeout: no limit"));
    form->addSpinBox("reconnectDelay", 3600, tr(" s"), tr("never reconnect"));
}

void ProfileEditor::buildAuthentication(ProfileForm *form)
{
    form->addLineEdit("username", tr("none"));
    m_password = form->addLineEdit("password", tr("none"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStatus = form->addNote({});
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatus"));
    m_passwordStatus->setEnabled(true); // a status the user must read, not a grey hint
    form->addCheckBox("storePasswordInSettings")
        ->setToolTip(tr("Used only when no system keychain works. Anyone who can read the "
                        "settings file can read the password."));
}

void ProfileEditor::buildTls(ProfileForm *form)
{
    form->addNote(tr("For mqtts:// and wss:// addresses. Without a CA file the system's "
                     "certificate authorities are trusted."));
    form->addFileField("tlsCaFile", PemFilter);
    form->addFileField("tlsCertificateFile", PemFilter);
    form->addFileField("tlsKeyFile", PemFilter);
    form->addLineEdit("tlsHostname", tr("the address's host"));
    form->addCheckBox("tlsInsecure")
        ->setToolTip(tr("Accept any certificate the broker shows: anyone on the way can read "
                        "and change the traffic. For tests only."));
}

void ProfileEditor::buildWill(ProfileForm *form)
{
    m_willEnabled = form->addCheckBox("willEnabled");
    m_willFields << form->addLineEdit("willTopic") << form->addTextEdit("willPayload")
                 << form->addComboBox(
                        "willQos",
                        {{tr("0 — at most once"), QVariant::fromValue(OhMqtt::QoS::Q0)},
                         {tr("1 — at least once"), QVariant::fromValue(OhMqtt::QoS::Q1)},
                         {tr("2 — exactly once"), QVariant::fromValue(OhMqtt::QoS::Q2)}})
                 << form->addCheckBox("willRetain");
    const QList<QWidget *> properties {
        form->addNumberEdit("willDelayInterval", tr("0: at once")),
        form->addNumberEdit("willMessageExpiryInterval", tr("0: never expires")),
        form->addCheckBox("willPayloadIsUtf8"),
        form->addLineEdit("willContentType"),
        form->addLineEdit("willResponseTopic"),
        form->addLineEdit("willCorrelationData"),
        form->addUserProperties("willUserProperties")};
    m_willFields << properties;
    m_mqtt5Only << properties;
}

void ProfileEditor::buildAdvanced(ProfileForm *form)
{
    form->addNote(tr("CONNECT properties (MQTT 5.0)."));
    m_mqtt5Only << form->addSpinBox("receiveMaximum", 65535, {}, tr("not sent (65535)"))
                << form->addNumberEdit("maximumPacketSize", tr("not sent (no limit)"))
                << form->addSpinBox("topicAliasMaximum", 65535, {}, tr("0 (no aliases)"))
                << form->addCheckBox("requestResponseInformation")
                << form->addCheckBox("requestProblemInformation")
                << form->addUserProperties("userProperties");
}

void ProfileEditor::updateEnabled()
{
    const bool mqtt5 =
        m_version->currentData().value<OhMqtt::ProtocolVersion>() == OhMqtt::ProtocolVersion::V5;
    const bool will = m_willEnabled->isChecked();
    for (QWidget *widget : std::as_const(m_mqtt5Only))
        widget->setEnabled(mqtt5 && (!m_willFields.contains(widget) || will));
    for (QWidget *widget : std::as_const(m_willFields)) {
        if (!m_mqtt5Only.contains(widget))
            widget->setEnabled(will);
    }
}

void ProfileEditor::setProfile(const ConnectionProfile &profile)
{
    m_id = profile.id;
    for (ProfileForm *form : std::as_const(m_forms))
        form->load(profile);
    m_passwordTyped = false;
    setPasswordStatus({});
    showProblems({});
    updateEnabled();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile profile;
    profile.id = m_id;
    for (const ProfileForm *form : m_forms)
        form->store(profile);
    return profile;
}

void ProfileEditor::setLoadedPassword(const QString &password)
{
    m_password->setText(password);
}

void ProfileEditor::setPasswordStatus(const QString &message)
{
    m_passwordStatus->setText(message);
    m_passwordStatus->setVisible(!message.isEmpty());
}

QWidget *ProfileEditor::showProblems(const QList<ProfileProblem> &problems)
{
    for (int page = 0; page < m_forms.size(); ++page) {
        const bool marked = m_forms.at(page)->showProblems(problems);
        m_tabs->tabBar()->setTabTextColor(page, marked ? QColor(0xc6, 0x28, 0x28) : QColor());
    }
    for (const ProfileProblem &problem : problems) {
        for (const ProfileForm *form : std::as_const(m_forms)) {
            if (QWidget *editor = form->editorFor(problem.field))
                return editor;
        }
    }
    return nullptr;
}

void ProfileEditor::focusField(QStringView field)
{
    for (int page = 0; page < m_forms.size(); ++page) {
        if (QWidget *editor = m_forms.at(page)->editorFor(field)) {
            m_tabs->setCurrentIndex(page);
            editor->setFocus();
            return;
        }
    }
}

} // namespace OhMqttExplorer
