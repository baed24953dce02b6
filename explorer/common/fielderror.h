// FieldError: the inline error shown under an input field; hidden while there is none.
#pragma once

#include <QtWidgets/qlabel.h>

namespace OhMqttExplorer {

class FieldError : public QLabel
{
    Q_OBJECT

public:
    explicit FieldError(QWidget *parent = nullptr);

    // An empty message hides the label.
    void setError(const QString &message);
    QString error() const { return text(); }
    bool hasError() const { return !text().isEmpty(); }
};

} // namespace OhMqttExplorer
