// UserPropertiesEditor: a table of MQTT 5.0 User Properties (name, value) with add and remove.
#pragma once

#include "connection/connectionprofile.h"

#include <QtWidgets/qwidget.h>

class QTableWidget;
class QToolButton;

namespace OhMqttExplorer {

class UserPropertiesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UserPropertiesEditor(QWidget *parent = nullptr);

    // In table order; rows with neither name nor value are left out. Names may repeat
    // [MQTT-3.1.3-10].
    UserProperties properties() const;
    void setProperties(const UserProperties &properties);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    // The user changed, added or removed a row.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow();
    void removeSelectedRows();
    void appendRow(const UserProperty &property);

    QTableWidget *m_table;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    bool m_filling = false;
};

} // namespace OhMqttExplorer
