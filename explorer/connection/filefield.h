// FileField: a path line edit with a button that opens a file dialog.
#pragma once

#include <QtWidgets/qwidget.h>

class QLineEdit;
class QToolButton;

namespace OhMqttExplorer {

class FileField : public QWidget
{
    Q_OBJECT

public:
    // `filter` as QFileDialog takes it, e.g. "PEM files (*.pem *.crt)".
    FileField(const QString &dialogTitle, const QString &filter, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_lineEdit; }
    QToolButton *browseButton() const { return m_browseButton; }

Q_SIGNALS:
    // The user typed or picked a path.
    void edited();

private:
    void browse();

    QLineEdit *m_lineEdit;
    QToolButton *m_browseButton;
    QString m_dialogTitle;
    QString m_filter;
};

} // namespace OhMqttExplorer
