// UserPropertiesEditor: a two-column QTableWidget; the buttons add a row and remove the selected.
#include "connection/userpropertieseditor.h"

#include <QtCore/qscopedvaluerollback.h>
#include <QtGui/qevent.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qtoolbutton.h>

#include <algorithm>

namespace OhMqttExplorer {

UserPropertiesEditor::UserPropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(90);

    m_addButton->setObjectName(QStringLiteral("addUserProperty"));
    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(tr("Add a user property"));
    m_removeButton->setObjectName(QStringLiteral("removeUserProperty"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected user properties"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QToolButton::clicked, this, &UserPropertiesEditor::addRow);
    connect(m_removeButton, &QToolButton::clicked, this, &UserPropertiesEditor::removeSelectedRows);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
}

// Return on a cell edits it, as F2 does. The view would pass it on to the dialog, whose default
// button (Connect) would take it.
bool UserPropertiesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_table->currentIndex().isValid())
                m_table->edit(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

UserProperties UserPropertiesEditor::properties() const
{
    UserProperties result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        UserProperty property {name ? name->text() : QString(), value ? value->text() : QString()};
        if (!property.name.isEmpty() || !property.value.isEmpty())
            result.append(property);
    }
    return result;
}

void UserPropertiesEditor::setProperties(const UserProperties &properties)
{
    const QScopedValueRollback filling(m_filling, true);
    m_table->setRowCount(0);
    for (const UserProperty &property : properties)
        appendRow(property);
}

void UserPropertiesEditor::appendRow(const UserProperty &property)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(property.name));
    m_table->setItem(row, 1, new QTableWidgetItem(property.value));
}

// The new row gets the focus on its name cell: typing starts editing it.
void UserPropertiesEditor::addRow()
{
    {
        const QScopedValueRollback filling(m_filling, true);
        appendRow({});
    }
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    Q_EMIT edited();
}

void UserPropertiesEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_table->removeRow(row);
    Q_EMIT edited();
}

} // namespace OhMqttExplorer
