// MessagePropertiesView: a message's header fields and every MQTT 5 PUBLISH property it carries,
// in wire order; user properties as name/value rows, correlation data as hex and text.
#pragma once

#include "topics/receivedmessage.h"

#include <QtWidgets/qtreewidget.h>

namespace OhMqttExplorer {

class MessagePropertiesView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn };

    explicit MessagePropertiesView(QWidget *parent = nullptr);
    ~MessagePropertiesView() override;

    void setMessage(const ReceivedMessage &received);
    void clear();

    // The two sections, for finding rows.
    QTreeWidgetItem *messageSection() const { return topLevelItem(0); }
    QTreeWidgetItem *propertiesSection() const { return topLevelItem(1); }

    // Copies the current row's value (Ctrl+C).
    void copyCurrentValue() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addProperties(QTreeWidgetItem *section, const OhMqtt::PublishProperties &properties);
};

} // namespace OhMqttExplorer
