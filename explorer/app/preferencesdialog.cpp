// PreferencesDialog: two spin boxes, what they mean, and the standard buttons.
#include "app/preferencesdialog.h"

#include <QtCore/qlocale.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qspinbox.h>

namespace OhMqttExplorer {

namespace {

QString formattedBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, int openConnections,
                                     QWidget *parent)
    : QDialog(parent)
    , m_openConnections(openConnections)
    , m_depth(new QSpinBox(this))
    , m_budget(new QSpinBox(this))
    , m_share(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Preferences"));
    m_depth->setObjectName(QStringLiteral("historyDepth"));
    m_depth->setRange(Preferences::MinimumHistoryDepth, Preferences::MaximumHistoryDepth);
    m_depth->setSuffix(tr(" messages"));
    m_depth->setToolTip(tr("How many of the latest messages of each topic are kept"));
    m_budget->setObjectName(QStringLiteral("memoryBudget"));
    m_budget->setRange(int(Preferences::MinimumMemoryBudget / Preferences::MiB),
                       int(Preferences::MaximumMemoryBudget / Preferences::MiB));
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setSingleStep(64);
    m_budget->setToolTip(tr("Memory for the history of all open connections together"));
    m_share->setObjectName(QStringLiteral("budgetShare"));

    auto *help = new QLabel(
        tr("The history keeps the latest messages of every topic for the message view and for "
           "exports.\n\nThe memory budget is shared by all open connections: each gets an even "
           "share, split again whenever a connection opens or closes. When a connection's "
           "history would outgrow its share, its oldest messages go first, whatever their "
           "topic, and the status bar says so. Lowering a limit drops messages at once."),
        this);
    help->setObjectName(QStringLiteral("help"));
    help->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&History per topic:"), m_depth);
    form->addRow(tr("&Memory budget:"), m_budget);
    form->addRow(QString(), m_share);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QAbstractButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_budget, &QSpinBox::valueChanged, this, &PreferencesDialog::updateShare);
    setPreferences(current);
    resize(480, sizeHint().height());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences result;
    result.historyDepth = m_depth->value();
    result.memoryBudget = m_budget->value() * Preferences::MiB;
    return result;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    const Preferences values = preferences.clamped();
    m_depth->setValue(values.historyDepth);
    m_budget->setValue(int(values.memoryBudget / Preferences::MiB));
    updateShare();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences {});
}

void PreferencesDialog::updateShare()
{
    if (m_openConnections < 2) {
        m_share->setText(tr("One open connection may use all of it."));
        return;
    }
    m_share->setText(tr("%n open connections share it: %1 each.", nullptr, m_openConnections)
                         .arg(formattedBytes(preferences().budgetShare(m_openConnections))));
}

} // namespace OhMqttExplorer
