// UserPropertiesEditor: an editable, ordered table of MQTT 5.0 User Properties (name, value).
#pragma once

#include <OhMqtt/serialization.h>

#include <QtCore/qlist.h>
#include <QtWidgets/qwidget.h>

class QTableWidget;
class QToolButton;

namespace OhMqttExplorer {

class UserPropertiesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UserPropertiesEditor(QWidget *parent = nullptr);

    // In table order; names may repeat [MQTT-3.3.2-18]. A row with neither name nor value is
    // a row the user has not filled in yet, and is left out.
    QList<OhMqtt::StringPair> userProperties() const;
    void setUserProperties(const QList<OhMqtt::StringPair> &properties);

    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    // Appends an empty row and starts editing its name.
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRemoveButton();

    QTableWidget *m_table;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
};

} // namespace OhMqttExplorer
