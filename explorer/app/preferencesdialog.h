// PreferencesDialog: edits the app-wide Preferences (history depth, history memory budget).
#pragma once

#include "app/preferences.h"

#include <QtWidgets/qdialog.h>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace OhMqttExplorer {

// Shows `current`; OK accepts what the boxes hold (read it with preferences()), Restore Defaults
// only fills the boxes with the defaults. `openConnections` lets the dialog say how the budget
// is split now.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, int openConnections = 0,
                               QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);
    void restoreDefaults();

    QSpinBox *historyDepthBox() const { return m_depth; }
    QSpinBox *memoryBudgetBox() const { return m_budget; } // in MiB
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateShare();

    int m_openConnections;
    QSpinBox *m_depth;
    QSpinBox *m_budget;
    QLabel *m_share;
    QDialogButtonBox *m_buttons;
};

} // namespace OhMqttExplorer
