// PayloadEditor: the payload of a message to publish, written as text, as JSON (checked as the
// user types, with a pretty-printer), as hex digits (any bytes), or read from a file (sent whole,
// byte for byte).
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

// Text, JSON and hex share one text field. Switching between text (or JSON) and hex keeps the
// bytes and shows them the other way; bytes that are no text the editor can hold exactly stay
// in hex (a note says why). The file's bytes are kept apart from the text.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    PayloadMode mode() const { return m_mode; }
    // As clicking the mode's button: text and hex are converted into each other.
    void setMode(PayloadMode mode);

    // The bytes to send: the text in UTF-8, the bytes of the hex digits, or the file's content.
    QByteArray payload() const;
    // False for JSON that does not parse, for hex digits that are not in pairs, and in file mode
    // until a file is read. A long text is checked a moment after the last keystroke; checkNow()
    // does it at once.
    bool isValid() const;
    QString problem() const; // why it is not valid; empty when it is

    // PayloadMode::File: the name of the file read (without its directory).
    QString fileName() const { return m_fileName; }

    // Shows a payload again, e.g. from the history or a received message: text and JSON as text,
    // hex as hex digits, a file's bytes as they were read (the file itself is not read again;
    // without a file name they are a received message's bytes).
    void setPayload(PayloadMode mode, const QByteArray &payload, const QString &fileName = {});

    // Moves the keyboard focus to where the payload is written: the text or the file button.
    void focusEditor(Qt::FocusReason reason = Qt::OtherFocusReason);

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
    static bool isTextMode(PayloadMode mode) { return mode != PayloadMode::File; }
    QString text() const;
    bool convertText(bool toHex);
    void showMode(PayloadMode mode);
    void onTextChanged();
    void validate();
    void showFile();
    void setProblem(const QString &problem);
    void showNote(const QString &note);

    PayloadMode m_mode = PayloadMode::Text;
    QButtonGroup *m_modeButtons;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_textEdit;
    QPushButton *m_formatButton;
    QPushButton *m_chooseFileButton;
    QLabel *m_fileLabel;
    QLabel *m_note;
    FieldError *m_error;
    QTimer *m_validationTimer;
    QByteArray m_fileBytes;
    QString m_fileName;
    bool m_fileLoaded = false;
    bool m_textIsHex = false; // the text field holds hex digits
};

} // namespace OhMqttExplorer
