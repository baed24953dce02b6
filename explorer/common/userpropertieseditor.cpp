// UserPropertiesEditor: an editable, ordered table of MQTT 5.0 User Properties.
#include "common/userpropertieseditor.h"

#include <QtGui/qevent.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qtoolbutton.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

namespace {

enum Column { NameColumn, ValueColumn };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

UserPropertiesEditor::UserPropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
{
    m_table->setObjectName(u"userPropertiesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not CurrentChanged: moving through the table with Tab opens the next cell anyway.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(true);

    m_addButton->setObjectName(u"addUserPropertyButton"_s);
    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(tr("Add a user property"));
    m_removeButton->setObjectName(u"removeUserPropertyButton"_s);
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected user properties"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_table->installEventFilter(this);

    connect(m_addButton, &QToolButton::clicked, this, &UserPropertiesEditor::addRow);
    connect(m_removeButton, &QToolButton::clicked, this, &UserPropertiesEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &UserPropertiesEditor::changed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &UserPropertiesEditor::updateRemoveButton);
    updateRemoveButton();
}

QList<OhMqtt::StringPair> UserPropertiesEditor::userProperties() const
{
    QList<OhMqtt::StringPair> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString name = cellText(m_table, row, NameColumn);
        QString value = cellText(m_table, row, ValueColumn);
        if (!name.isEmpty() || !value.isEmpty())
            result.append({std::move(name), std::move(value)});
    }
    return result;
}

void UserPropertiesEditor::setUserProperties(const QList<OhMqtt::StringPair> &properties)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        m_table->setRowCount(int(properties.size()));
        for (int row = 0; row < properties.size(); ++row) {
            m_table->setItem(row, NameColumn, new QTableWidgetItem(properties[row].first));
            m_table->setItem(row, ValueColumn, new QTableWidgetItem(properties[row].second));
        }
    }
    updateRemoveButton();
    Q_EMIT changed();
}

void UserPropertiesEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem);
        m_table->setItem(row, ValueColumn, new QTableWidgetItem);
    }
    m_table->setFocus();
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void UserPropertiesEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    Q_EMIT changed();
}

bool UserPropertiesEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Return is the table's own: in a cell editor it ends the edit, on a cell it starts one (as
    // F2 does). Left to the view, it would go on to a dialog around the table and press its
    // default button.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QWidget *focus = QApplication::focusWidget();
            const bool editing = focus && m_table->viewport()->isAncestorOf(focus);
            if (!editing && m_table->currentIndex().isValid())
                m_table->edit(m_table->currentIndex());
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserPropertiesEditor::updateRemoveButton()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace OhMqttExplorer
