// PublishPropertiesEditor: the MQTT 5.0 PUBLISH properties and the Topic Alias policy.
#include "publish/publishpropertieseditor.h"

#include "common/fielderror.h"
#include "common/userpropertieseditor.h"

#include <OhMqtt/mqtttopic.h>

#include <QtCore/qregularexpression.h>
#include <QtCore/qstringconverter.h>
#include <QtGui/qvalidator.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qlineedit.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

namespace {

constexpr int NotSet = -1;

// Bytes that read as text: valid UTF-8 without control characters other than white space.
std::optional<QString> asText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(text)) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return std::nullopt;
    }
    return text;
}

// Hex digits, in pairs, spaces allowed between them; nullopt when that is not what it is.
std::optional<QByteArray> fromHex(const QString &text)
{
    QString digits = text;
    digits.remove(QRegularExpression(u"\\s"_s));
    static const QRegularExpression hex(u"^([0-9A-Fa-f]{2})*$"_s);
    if (!hex.match(digits).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(digits.toLatin1());
}

} // namespace

PublishPropertiesEditor::PublishPropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_payloadFormat(new QComboBox(this))
    , m_messageExpiry(new QLineEdit(this))
    , m_messageExpiryError(new FieldError(this))
    , m_contentType(new QLineEdit(this))
    , m_responseTopic(new QLineEdit(this))
    , m_responseTopicError(new FieldError(this))
    , m_correlationData(new QLineEdit(this))
    , m_correlationFormat(new QComboBox(this))
    , m_correlationDataError(new FieldError(this))
    , m_userProperties(new UserPropertiesEditor(this))
    , m_aliasPolicy(new QComboBox(this))
{
    m_payloadFormat->setObjectName(u"payloadFormatCombo"_s);
    m_payloadFormat->addItem(tr("Not set"), NotSet);
    m_payloadFormat->addItem(tr("0: unspecified bytes"), 0);
    m_payloadFormat->addItem(tr("1: UTF-8 text"), 1);

    m_messageExpiry->setObjectName(u"messageExpiryEdit"_s);
    m_messageExpiry->setPlaceholderText(tr("Not set: the message does not expire"));
    m_messageExpiry->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\d{0,10}"_s), m_messageExpiry));
    m_messageExpiryError->setObjectName(u"messageExpiryError"_s);

    m_contentType->setObjectName(u"contentTypeEdit"_s);
    m_contentType->setPlaceholderText(tr("Not set, e.g. application/json"));
    m_responseTopic->setObjectName(u"responseTopicEdit"_s);
    m_responseTopic->setPlaceholderText(tr("Not set"));
    m_responseTopicError->setObjectName(u"responseTopicError"_s);

    m_correlationData->setObjectName(u"correlationDataEdit"_s);
    m_correlationData->setPlaceholderText(tr("Not set"));
    m_correlationFormat->setObjectName(u"correlationFormatCombo"_s);
    m_correlationFormat->addItem(tr("Text"), int(CorrelationFormat::Text));
    m_correlationFormat->addItem(tr("Hex"), int(CorrelationFormat::Hex));
    m_correlationDataError->setObjectName(u"correlationDataError"_s);

    m_userProperties->setObjectName(u"userPropertiesEditor"_s);

    m_aliasPolicy->setObjectName(u"aliasPolicyCombo"_s);
    m_aliasPolicy->addItem(tr("Never"), int(OhMqtt::AliasPolicy::Never));
    m_aliasPolicy->addItem(tr("Try: use an alias while the broker allows more"),
                           int(OhMqtt::AliasPolicy::Try));
    m_aliasPolicy->addItem(tr("Always: fail when no alias is left"),
                           int(OhMqtt::AliasPolicy::Always));

    auto *correlation = new QHBoxLayout;
    correlation->addWidget(m_correlationData, 1);
    correlation->addWidget(m_correlationFormat);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Payload format:"), m_payloadFormat);
    form->addRow(tr("Message expiry (s):"), m_messageExpiry);
    form->addRow(QString(), m_messageExpiryError);
    form->addRow(tr("Content type:"), m_contentType);
    form->addRow(tr("Response topic:"), m_responseTopic);
    form->addRow(QString(), m_responseTopicError);
    form->addRow(tr("Correlation data:"), correlation);
    form->addRow(QString(), m_correlationDataError);
    form->addRow(tr("User properties:"), m_userProperties);
    form->addRow(tr("Topic alias:"), m_aliasPolicy);

    for (QLineEdit *edit : {m_messageExpiry, m_contentType, m_responseTopic, m_correlationData})
        connect(edit, &QLineEdit::textChanged, this, &PublishPropertiesEditor::validate);
    connect(m_payloadFormat, &QComboBox::currentIndexChanged, this,
            &PublishPropertiesEditor::changed);
    connect(m_aliasPolicy, &QComboBox::currentIndexChanged, this,
            &PublishPropertiesEditor::changed);
    connect(m_correlationFormat, &QComboBox::currentIndexChanged, this,
            &PublishPropertiesEditor::onCorrelationFormatChanged);
    connect(m_userProperties, &UserPropertiesEditor::changed, this,
            &PublishPropertiesEditor::changed);
}

OhMqtt::PublishProperties PublishPropertiesEditor::properties() const
{
    OhMqtt::PublishProperties properties;
    if (const int format = m_payloadFormat->currentData().toInt(); format != NotSet)
        properties.setPayloadFormatIndicator(quint8(format));
    if (!m_messageExpiry->text().isEmpty())
        properties.setMessageExpiryInterval(quint32(m_messageExpiry->text().toULongLong()));
    if (!m_contentType->text().isEmpty())
        properties.setContentType(m_contentType->text());
    if (!m_responseTopic->text().isEmpty())
        properties.setResponseTopic(m_responseTopic->text());
    if (const auto bytes = correlationData(m_shownCorrelationFormat); bytes && !bytes->isEmpty())
        properties.setCorrelationData(*bytes);
    properties.setUserProperties(m_userProperties->userProperties());
    return properties;
}

void PublishPropertiesEditor::setProperties(const OhMqtt::PublishProperties &properties)
{
    const auto format = properties.payloadFormatIndicator();
    m_payloadFormat->setCurrentIndex(m_payloadFormat->findData(format ? int(*format) : NotSet));
    const auto expiry = properties.messageExpiryInterval();
    m_messageExpiry->setText(expiry ? QString::number(*expiry) : QString());
    m_contentType->setText(properties.contentType().value_or(QString()));
    m_responseTopic->setText(properties.responseTopic().value_or(QString()));
    showCorrelationData(properties.correlationData().value_or(QByteArray()));
    m_userProperties->setUserProperties(properties.userProperties());
}

OhMqtt::AliasPolicy PublishPropertiesEditor::aliasPolicy() const
{
    return OhMqtt::AliasPolicy(m_aliasPolicy->currentData().toInt());
}

void PublishPropertiesEditor::setAliasPolicy(OhMqtt::AliasPolicy policy)
{
    m_aliasPolicy->setCurrentIndex(m_aliasPolicy->findData(int(policy)));
}

bool PublishPropertiesEditor::isValid() const
{
    return !m_messageExpiryError->hasError() && !m_responseTopicError->hasError() &&
        !m_correlationDataError->hasError();
}

void PublishPropertiesEditor::validate()
{
    const QString expiry = m_messageExpiry->text();
    m_messageExpiryError->setError(
        expiry.toULongLong() > std::numeric_limits<quint32>::max()
            ? tr("At most %1 seconds.").arg(QLocale().toString(std::numeric_limits<quint32>::max()))
            : QString());

    const QString responseTopic = m_responseTopic->text();
    m_responseTopicError->setError(
        responseTopic.isEmpty() || OhMqtt::isValidTopic(responseTopic)
            ? QString()
            : tr("Invalid response topic: %1").arg(OhMqtt::topicError(responseTopic).message()));

    m_correlationDataError->setError(
        correlationData(m_shownCorrelationFormat)
            ? QString()
            : tr("Hex digits in pairs are expected, e.g. \"0a 1b ff\"."));
    Q_EMIT changed();
}

std::optional<QByteArray> PublishPropertiesEditor::correlationData(CorrelationFormat format) const
{
    const QString text = m_correlationData->text();
    if (format == CorrelationFormat::Text)
        return text.toUtf8();
    return fromHex(text);
}

void PublishPropertiesEditor::onCorrelationFormatChanged()
{
    const auto wanted = CorrelationFormat(m_correlationFormat->currentData().toInt());
    const auto bytes = correlationData(m_shownCorrelationFormat);
    if (!bytes) {
        // Nothing to convert: the hex typed so far is reread as text, or the other way.
        m_shownCorrelationFormat = wanted;
        validate();
        return;
    }
    // The same bytes, shown the other way; bytes that are no text stay in hex.
    std::optional<QString> shown =
        wanted == CorrelationFormat::Hex ? QString::fromLatin1(bytes->toHex(' ')) : asText(*bytes);
    if (!shown) {
        const QSignalBlocker blocker(m_correlationFormat);
        m_correlationFormat->setCurrentIndex(
            m_correlationFormat->findData(int(m_shownCorrelationFormat)));
        return;
    }
    m_shownCorrelationFormat = wanted;
    m_correlationData->setText(*shown);
    validate();
}

void PublishPropertiesEditor::showCorrelationData(const QByteArray &bytes)
{
    const std::optional<QString> text = asText(bytes);
    const auto format = text ? CorrelationFormat::Text : CorrelationFormat::Hex;
    {
        const QSignalBlocker blocker(m_correlationFormat);
        m_correlationFormat->setCurrentIndex(m_correlationFormat->findData(int(format)));
    }
    m_shownCorrelationFormat = format;
    m_correlationData->setText(text ? *text : QString::fromLatin1(bytes.toHex(' ')));
    validate();
}

} // namespace OhMqttExplorer
