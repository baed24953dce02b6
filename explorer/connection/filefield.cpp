// FileField: QFileDialog starts in the folder of the path already there.
#include "connection/filefield.h"

#include <QtCore/qfileinfo.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtoolbutton.h>

namespace OhMqttExplorer {

FileField::FileField(const QString &dialogTitle, const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_lineEdit(new QLineEdit(this))
    , m_browseButton(new QToolButton(this))
    , m_dialogTitle(dialogTitle)
    , m_filter(filter)
{
    m_browseButton->setText(tr("Browse…"));
    m_browseButton->setToolTip(dialogTitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit);
    layout->addWidget(m_browseButton);
    setFocusProxy(m_lineEdit);
    connect(m_lineEdit, &QLineEdit::textEdited, this, &FileField::edited);
    connect(m_browseButton, &QToolButton::clicked, this, &FileField::browse);
}

void FileField::browse()
{
    const QString current = m_lineEdit->text();
    const QString start = current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, m_dialogTitle, start, m_filter);
    if (chosen.isEmpty())
        return;
    m_lineEdit->setText(chosen);
    Q_EMIT edited();
}

} // namespace OhMqttExplorer
