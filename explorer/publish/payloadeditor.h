// PayloadEditor: the payload of a message to publish, written as text, as JSON (checked as the
// user types, with a pretty-printer) or read from a file (sent whole, byte for byte).
#pragma once

#include "publish/publishrequest.h"

#include <QtWidgets/qwidget.h>

class QButtonGroup;
class QFileDialog;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace OhMqttExplorer {

class FieldError;

class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    PayloadMode mode() const { return m_mode; }
    void setMode(PayloadMode mode);

    // The bytes to send: the text in UTF-8, or the file's whole content.
    QByteArray payload() const;
    // False for JSON that does not parse, and in file mode until a file is read. A long text is
    // checked a moment after the last keystroke; checkNow() does it at once.
    bool isValid() const;
    QString problem() const; // why it is not valid; empty when it is

    // PayloadMode::File: the name of the file read (without its directory).
    QString fileName() const { return m_fileName; }

    // Shows a payload again, e.g. from the history: text and JSON as text, a file's bytes as
    // they were read (the file itself is not read again).
    void setPayload(PayloadMode mode, const QByteArray &payload, const QString &fileName = {});

public Q_SLOTS:
    void checkNow();
    // Reads the whole file as the payload; false (and the error shown) when it cannot be read.
    bool loadFile(const QString &path);
    // Opens a file dialog; the file chosen is read with loadFile().
    void chooseFile();
    // JSON mode: re-indents the text.
    void formatJson();

Q_SIGNALS:
    // The payload or its validity changed.
    void changed();

private:
    void onTextChanged();
    void validate();
    void validateSoon();
    void showFile();
    void setProblem(const QString &problem);

    PayloadMode m_mode = PayloadMode::Text;
    QButtonGroup *m_modeButtons;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_textEdit;
    QPushButton *m_formatButton;
    QPushButton *m_chooseFileButton;
    QLabel *m_fileLabel;
    FieldError *m_error;
    QTimer *m_validationTimer;
    QByteArray m_fileBytes;
    QString m_fileName;
    bool m_fileLoaded = false;
    bool m_textValid = true;
};

} // namespace OhMqttExplorer
