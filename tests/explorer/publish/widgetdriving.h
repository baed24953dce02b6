// Helpers for the explorer's widget tests: find a widget by object name and drive it as a user
// does, with the mouse and the keyboard.
#pragma once

#include "common/userpropertieseditor.h"

#include <QtCore/qpointer.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qabstractbutton.h>
#include <QtWidgets/qabstractitemview.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qtoolbutton.h>

namespace OhMqttExplorerTest {

template<typename T> T *child(const QObject *parent, const char *objectName)
{
    return parent->findChild<T *>(QString::fromLatin1(objectName));
}

// Types text key by key; QTest::keyClicks() takes ASCII only, this any character (as a key
// event carrying the text, which is what an input method delivers).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), {});
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), {});
        }
    }
}

inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// Replaces a line edit's text as a user does: select all, then type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Walks the combo box with the arrow keys to the item with this text; false when there is none.
inline bool chooseComboItem(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    for (int i = 0; i < combo->count(); ++i)
        QTest::keyClick(combo, Qt::Key_Up);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->currentText() == text)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentText() == text;
}

// The combo box's item whose text starts with `prefix`.
inline bool chooseComboItemStartingWith(QComboBox *combo, const QString &prefix)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(prefix))
            return chooseComboItem(combo, combo->itemText(i));
    }
    return false;
}

// Clicks a cell of an item view, as a user selecting a row.
inline void clickRow(QAbstractItemView *view, int row, int column = 0)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Adds a user property through the editor: Add, type the name, Tab, type the value, Return.
// Needs the editor's window to be active (focus follows the cell editors).
inline bool addUserProperty(OhMqttExplorer::UserPropertiesEditor *editor, const QString &name,
                            const QString &value)
{
    auto *add = child<QToolButton>(editor, "addUserPropertyButton");
    if (!add)
        return false;
    click(add);
    auto *nameEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!nameEdit)
        return false;
    typeText(nameEdit, name);
    QTest::keyClick(nameEdit, Qt::Key_Tab);
    auto *valueEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!valueEdit || valueEdit == nameEdit)
        return false;
    typeText(valueEdit, value);
    // Return commits from the event loop: wait until the cell editor is gone.
    const QPointer<QLineEdit> closing = valueEdit;
    QTest::keyClick(valueEdit, Qt::Key_Return);
    return QTest::qWaitFor([&] { return closing.isNull(); }, 5'000);
}

} // namespace OhMqttExplorerTest
