// MessagePropertiesView: one row per field and property.
#include "viewers/messagepropertiesview.h"

#include "viewers/payloadformat.h"

#include <QtCore/qdatetime.h>
#include <QtGui/qclipboard.h>
#include <QtGui/qevent.h>
#include <QtGui/qguiapplication.h>
#include <QtWidgets/qheaderview.h>

namespace OhMqttExplorer {

namespace {
using OhMqtt::PropertyId;

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &name, const QString &value)
{
    return new QTreeWidgetItem(parent, {name, value});
}

QString yesNo(bool value)
{
    return value ? MessagePropertiesView::tr("yes") : MessagePropertiesView::tr("no");
}

QString qosText(OhMqtt::QoS qos)
{
    switch (qos) {
    case OhMqtt::QoS::Q0:
        return MessagePropertiesView::tr("0 (at most once)");
    case OhMqtt::QoS::Q1:
        return MessagePropertiesView::tr("1 (at least once)");
    case OhMqtt::QoS::Q2:
        return MessagePropertiesView::tr("2 (exactly once)");
    }
    return {};
}

QString propertyTitle(PropertyId id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        return MessagePropertiesView::tr("Payload format indicator");
    case PropertyId::MessageExpiryInterval:
        return MessagePropertiesView::tr("Message expiry interval");
    case PropertyId::TopicAlias:
        return MessagePropertiesView::tr("Topic alias");
    case PropertyId::ResponseTopic:
        return MessagePropertiesView::tr("Response topic");
    case PropertyId::CorrelationData:
        return MessagePropertiesView::tr("Correlation data");
    case PropertyId::ContentType:
        return MessagePropertiesView::tr("Content type");
    case PropertyId::SubscriptionIdentifier:
        return MessagePropertiesView::tr("Subscription identifier");
    default:
        break;
    }
    return OhMqtt::propertyName(id); // not a PUBLISH property, but shown all the same
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

void addCorrelationData(QTreeWidgetItem *section, const QByteArray &data)
{
    QTreeWidgetItem *item =
        addRow(section, propertyTitle(PropertyId::CorrelationData), byteCountText(data.size()));
    addRow(item, MessagePropertiesView::tr("Hex"), hexText(data));
    addRow(item, MessagePropertiesView::tr("Text"),
           data.isValidUtf8() ? QString::fromUtf8(data)
                              : MessagePropertiesView::tr("(not UTF-8 text)"));
    item->setExpanded(true);
}

QString integerText(PropertyId id, quint32 value)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        return value == 1 ? MessagePropertiesView::tr("1 (UTF-8 text)")
                          : MessagePropertiesView::tr("%1 (unspecified bytes)").arg(value);
    case PropertyId::MessageExpiryInterval:
        return MessagePropertiesView::tr("%1 s").arg(value);
    default:
        break;
    }
    return QString::number(value);
}
} // namespace

MessagePropertiesView::MessagePropertiesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Name"), tr("Value")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    clear();
}

MessagePropertiesView::~MessagePropertiesView() = default;

void MessagePropertiesView::clear()
{
    QTreeWidget::clear();
    addTopLevelItem(new QTreeWidgetItem({tr("Message"), QString()}));
    addTopLevelItem(new QTreeWidgetItem({tr("MQTT 5 properties"), QString()}));
}

void MessagePropertiesView::setMessage(const ReceivedMessage &received)
{
    clear();
    const OhMqtt::MqttMessage &message = received.message;
    QTreeWidgetItem *section = messageSection();
    addRow(section, tr("Topic"), message.topic());
    addRow(section, tr("QoS"), qosText(message.qos()));
    addRow(section, tr("Retain"), yesNo(message.retain()));
    addRow(section, tr("Duplicate"), yesNo(message.isDuplicate()));
    if (message.qos() != OhMqtt::QoS::Q0)
        addRow(section, tr("Packet identifier"), QString::number(message.packet().packetId));
    addRow(section, tr("Received"),
           QDateTime::fromMSecsSinceEpoch(received.receivedAtMs)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    addRow(section, tr("Payload size"), byteCountText(message.payload().size()));
    addProperties(propertiesSection(), message.properties());
    expandAll();
}

void MessagePropertiesView::addProperties(QTreeWidgetItem *section,
                                          const OhMqtt::PublishProperties &properties)
{
    const QList<OhMqtt::Property> &entries = properties.list().entries();
    if (entries.isEmpty()) {
        section->setText(ValueColumn, tr("none"));
        return;
    }
    QTreeWidgetItem *userProperties = nullptr;
    // Wire order; every entry gets a row, so nothing the broker sent is hidden.
    for (const OhMqtt::Property &property : entries) {
        if (const auto *pair = std::get_if<OhMqtt::StringPair>(&property.value)) {
            if (!userProperties)
                userProperties = addRow(section, tr("User properties"), QString());
            addRow(userProperties, pair->first, pair->second);
            userProperties->setText(ValueColumn, QString::number(userProperties->childCount()));
        } else if (property.id == PropertyId::CorrelationData) {
            addCorrelationData(section, std::get<QByteArray>(property.value));
        } else if (const auto *number = std::get_if<quint32>(&property.value)) {
            addRow(section, propertyTitle(property.id), integerText(property.id, *number));
        } else if (const auto *text = std::get_if<QString>(&property.value)) {
            addRow(section, propertyTitle(property.id), *text);
        } else if (const auto *bytes = std::get_if<QByteArray>(&property.value)) {
            addRow(section, propertyTitle(property.id), hexText(*bytes));
        }
    }
}

void MessagePropertiesView::copyCurrentValue() const
{
    if (const QTreeWidgetItem *item = currentItem())
        QGuiApplication::clipboard()->setText(item->text(ValueColumn));
}

void MessagePropertiesView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyCurrentValue();
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace OhMqttExplorer
