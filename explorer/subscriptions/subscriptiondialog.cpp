// SubscriptionDialog: a subscription's filter and options, checked as they are typed.
#include "subscriptions/subscriptiondialog.h"

#include "common/fielderror.h"
#include "common/userpropertieseditor.h"

#include <OhMqtt/mqtttopic.h>
#include <OhMqtt/serialization.h>

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qbuttongroup.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qgroupbox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qspinbox.h>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

namespace {

const QString SharePrefix = u"$share/"_s;

} // namespace

SubscriptionDialog::SubscriptionDialog(Capabilities capabilities, QWidget *parent)
    : QDialog(parent)
    , m_capabilities(capabilities)
    , m_filter(new QLineEdit(this))
    , m_filterError(new FieldError(this))
    , m_shareName(new QLineEdit(this))
    , m_shareNameError(new FieldError(this))
    , m_maximumQoS(new QButtonGroup(this))
    , m_mqtt5Options(new QGroupBox(this))
    , m_noLocal(new QCheckBox(tr("No local: not the messages this connection publishes"), this))
    , m_retainAsPublished(new QCheckBox(tr("Retain as published"), this))
    , m_retainHandling(new QComboBox(this))
    , m_subscriptionIdentifier(new QSpinBox(this))
    , m_userProperties(new UserPropertiesEditor(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Subscription"));

    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("e.g. home/+/temperature or sensors/#"));
    m_filterError->setObjectName(u"filterError"_s);
    m_shareName->setObjectName(u"shareNameEdit"_s);
    m_shareName->setPlaceholderText(tr("Not shared"));
    m_shareName->setToolTip(tr("Subscribe to $share/<name>/<filter>: the broker hands each "
                               "message to one of the subscribers sharing the name"));
    m_shareNameError->setObjectName(u"shareNameError"_s);

    auto *qos = new QHBoxLayout;
    for (int level = 0; level <= 2; ++level) {
        auto *button = new QRadioButton(QString::number(level), this);
        button->setObjectName(u"maximumQoS%1Button"_s.arg(level));
        m_maximumQoS->addButton(button, level);
        qos->addWidget(button);
    }
    m_maximumQoS->button(2)->setChecked(true);
    qos->addStretch();

    m_noLocal->setObjectName(u"noLocalCheck"_s);
    m_retainAsPublished->setObjectName(u"retainAsPublishedCheck"_s);
    m_retainAsPublished->setToolTip(tr("Keep the RETAIN flag the publisher set, also on messages "
                                       "that are not sent because of this subscription"));
    m_retainHandling->setObjectName(u"retainHandlingCombo"_s);
    m_retainHandling->addItem(tr("Send retained messages at subscribe"),
                              int(OhMqtt::RetainPolicy::Always));
    m_retainHandling->addItem(tr("Send retained messages only if the subscription is new"),
                              int(OhMqtt::RetainPolicy::Once));
    m_retainHandling->addItem(tr("Never send retained messages"), int(OhMqtt::RetainPolicy::Never));
    m_subscriptionIdentifier->setObjectName(u"subscriptionIdentifierSpin"_s);
    m_subscriptionIdentifier->setRange(0, int(OhMqtt::Serialization::MaxVarInt));
    m_subscriptionIdentifier->setSpecialValueText(tr("None"));
    m_subscriptionIdentifier->setEnabled(capabilities.subscriptionIdentifiers);
    if (!capabilities.subscriptionIdentifiers)
        m_subscriptionIdentifier->setToolTip(tr("The broker does not support them"));
    m_userProperties->setObjectName(u"userPropertiesEditor"_s);

    auto *mqtt5Form = new QFormLayout(m_mqtt5Options);
    mqtt5Form->addRow(m_noLocal);
    mqtt5Form->addRow(m_retainAsPublished);
    mqtt5Form->addRow(tr("Retain handling:"), m_retainHandling);
    mqtt5Form->addRow(tr("Subscription identifier:"), m_subscriptionIdentifier);
    mqtt5Form->addRow(tr("User properties:"), m_userProperties);
    m_mqtt5Options->setObjectName(u"mqtt5Options"_s);
    m_mqtt5Options->setEnabled(capabilities.mqtt5);
    m_mqtt5Options->setTitle(capabilities.mqtt5
                                 ? tr("MQTT 5.0 options")
                                 : tr("MQTT 5.0 options (not available: MQTT 3.1.1 connection)"));

    m_buttons->setObjectName(u"buttonBox"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Topic filter:"), m_filter);
    form->addRow(QString(), m_filterError);
    form->addRow(tr("Share name:"), m_shareName);
    form->addRow(QString(), m_shareNameError);
    form->addRow(tr("Maximum QoS:"), qos);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mqtt5Options);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &SubscriptionDialog::validate);
    connect(m_shareName, &QLineEdit::textChanged, this, &SubscriptionDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // Return in a field reaches here too: an invalid subscription is never accepted.
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void SubscriptionDialog::setSubscription(const QString &topicFilter,
                                         const OhMqtt::MqttSubscribeOptions &options)
{
    m_filter->setText(topicFilter);
    m_shareName->setText(options.shareName());
    m_maximumQoS->button(int(options.maximumQoS()))->setChecked(true);
    m_noLocal->setChecked(options.noLocal());
    m_retainAsPublished->setChecked(options.retainAsPublished());
    m_retainHandling->setCurrentIndex(m_retainHandling->findData(int(options.retainPolicy())));
    m_subscriptionIdentifier->setValue(int(options.subscriptionIdentifier()));
    m_userProperties->setUserProperties(options.userProperties());
}

std::pair<QString, QString> SubscriptionDialog::splitFilterField() const
{
    const QString text = m_filter->text();
    if (!text.startsWith(SharePrefix))
        return {QString(), text};
    const qsizetype slash = text.indexOf(u'/', SharePrefix.size());
    if (slash < 0)
        return {text.mid(SharePrefix.size()), QString()};
    return {text.mid(SharePrefix.size(), slash - SharePrefix.size()), text.mid(slash + 1)};
}

QString SubscriptionDialog::topicFilter() const
{
    return splitFilterField().second;
}

QString SubscriptionDialog::shareName() const
{
    const QString typed = splitFilterField().first;
    return typed.isEmpty() ? m_shareName->text() : typed;
}

OhMqtt::MqttSubscribeOptions SubscriptionDialog::options() const
{
    OhMqtt::MqttSubscribeOptions options;
    options.setMaximumQoS(OhMqtt::QoS(m_maximumQoS->checkedId()));
    options.setShareName(shareName());
    if (m_capabilities.mqtt5) {
        options.setNoLocal(m_noLocal->isChecked());
        options.setRetainAsPublished(m_retainAsPublished->isChecked());
        options.setRetainPolicy(OhMqtt::RetainPolicy(m_retainHandling->currentData().toInt()));
        if (m_capabilities.subscriptionIdentifiers)
            options.setSubscriptionIdentifier(quint32(m_subscriptionIdentifier->value()));
        options.setUserProperties(m_userProperties->userProperties());
    }
    return options;
}

bool SubscriptionDialog::isValid() const
{
    return !m_filter->text().isEmpty() && !m_filterError->hasError() &&
        !m_shareNameError->hasError();
}

void SubscriptionDialog::validate()
{
    const auto [typedShare, filter] = splitFilterField();
    QString filterError;
    if (!typedShare.isEmpty() && !m_shareName->text().isEmpty())
        filterError = tr("The share name is given twice: in the filter and below it.");
    else if (!m_filter->text().isEmpty() && !OhMqtt::isValidTopicFilter(filter))
        filterError =
            tr("Invalid topic filter: %1").arg(OhMqtt::topicFilterError(filter).message());
    m_filterError->setError(filterError);

    const QString share = shareName();
    m_shareNameError->setError(
        share.isEmpty() || OhMqtt::isValidShareName(share)
            ? QString()
            : tr("Invalid share name: %1").arg(OhMqtt::shareNameError(share).message()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

} // namespace OhMqttExplorer
