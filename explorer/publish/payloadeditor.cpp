// PayloadEditor: text, JSON, hex or file payloads.
#include "publish/payloadeditor.h"

#include "common/fielderror.h"
#include "publish/jsontext.h"
#include "publish/payloadtext.h"

#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qtimer.h>
#include <QtGui/qfontdatabase.h>
#include <QtGui/qtextdocument.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qbuttongroup.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qstackedwidget.h>

using namespace Qt::StringLiterals;

namespace OhMqttExplorer {

namespace {

// The largest payload an MQTT packet can carry is a little less than its maximum Remaining
// Length; larger files are refused here rather than read into memory for nothing.
constexpr qint64 MaximumFileBytes = 268'435'455;
// Texts up to this many characters are checked on every keystroke; longer ones once typing
// pauses, so that a multi-megabyte document stays responsive.
constexpr int ImmediateCheckCharacters = 256 * 1024;
constexpr int CheckDelayMs = 200;

enum Page { TextPage, FilePage };

} // namespace

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_modeButtons(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_textEdit(new QPlainTextEdit(this))
    , m_formatButton(new QPushButton(tr("Format"), this))
    , m_chooseFileButton(new QPushButton(tr("Choose File…"), this))
    , m_fileLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_error(new FieldError(this))
    , m_validationTimer(new QTimer(this))
{
    auto *modes = new QHBoxLayout;
    const std::pair<PayloadMode, QString> modeNames[] = {
        {PayloadMode::Text, tr("Text")},
        {PayloadMode::Json, tr("JSON")},
        {PayloadMode::Hex, tr("Hex")},
        {PayloadMode::File, tr("File")},
    };
    for (const auto &[mode, name] : modeNames) {
        auto *button = new QRadioButton(name, this);
        m_modeButtons->addButton(button, int(mode));
        modes->addWidget(button);
    }
    m_modeButtons->button(int(PayloadMode::Text))->setObjectName(u"textModeButton"_s);
    m_modeButtons->button(int(PayloadMode::Json))->setObjectName(u"jsonModeButton"_s);
    m_modeButtons->button(int(PayloadMode::Hex))->setObjectName(u"hexModeButton"_s);
    m_modeButtons->button(int(PayloadMode::Hex))
        ->setToolTip(tr("Any bytes as hex digits in pairs, e.g. \"0a 1b ff\""));
    m_modeButtons->button(int(PayloadMode::File))->setObjectName(u"fileModeButton"_s);
    m_modeButtons->button(int(PayloadMode::Text))->setChecked(true);
    modes->addStretch();
    m_formatButton->setObjectName(u"formatButton"_s);
    m_formatButton->setToolTip(tr("Indent the JSON text; keys keep their order"));
    modes->addWidget(m_formatButton);

    m_textEdit->setObjectName(u"payloadEdit"_s);
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textEdit->setTabChangesFocus(true);

    auto *filePage = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_chooseFileButton->setObjectName(u"chooseFileButton"_s);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLayout->addWidget(m_chooseFileButton);
    fileLayout->addWidget(m_fileLabel, 1);
    fileLayout->setAlignment(Qt::AlignTop);

    m_pages->insertWidget(TextPage, m_textEdit);
    m_pages->insertWidget(FilePage, filePage);

    m_note->setObjectName(u"payloadModeNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_error->setObjectName(u"payloadError"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modes);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_error);

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(CheckDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, &PayloadEditor::validate);
    connect(m_modeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setMode(PayloadMode(id)); });
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &PayloadEditor::onTextChanged);
    connect(m_formatButton, &QPushButton::clicked, this, &PayloadEditor::formatJson);
    connect(m_chooseFileButton, &QPushButton::clicked, this, &PayloadEditor::chooseFile);
    showFile();
    showMode(PayloadMode::Text);
}

void PayloadEditor::setMode(PayloadMode mode)
{
    showNote({});
    if (isTextMode(mode) && (mode == PayloadMode::Hex) != m_textIsHex &&
        !convertText(mode == PayloadMode::Hex)) {
        m_modeButtons->button(int(m_mode))->setChecked(true);
        return;
    }
    showMode(mode);
}

void PayloadEditor::showMode(PayloadMode mode)
{
    m_mode = mode;
    m_modeButtons->button(int(mode))->setChecked(true);
    m_pages->setCurrentIndex(mode == PayloadMode::File ? FilePage : TextPage);
    m_formatButton->setVisible(mode == PayloadMode::Json);
    m_textEdit->setPlaceholderText(mode == PayloadMode::Hex ? tr("Payload as hex, e.g. 0a 1b ff")
                                                            : tr("Payload"));
    validate();
}

// The same bytes, written the other way; false (with a note) when that cannot be done exactly.
bool PayloadEditor::convertText(bool toHex)
{
    const QString current = text();
    if (toHex) {
        const QByteArray bytes = current.toUtf8();
        if (bytes.size() > MaximumEditableHexBytes) {
            showNote(tr("Longer than %1: too long to edit as hex.")
                         .arg(QLocale().formattedDataSize(MaximumEditableHexBytes)));
            return false;
        }
        const QSignalBlocker blocker(m_textEdit); // showMode() checks the new text
        m_textIsHex = true;
        m_textEdit->setPlainText(hexText(bytes));
        return true;
    }
    const std::optional<QByteArray> bytes = bytesFromHex(current);
    if (!bytes) { // not hex yet: what was typed is taken as text
        m_textIsHex = false;
        return true;
    }
    const std::optional<QString> asText = editableText(*bytes);
    if (!asText) {
        showNote(tr("These bytes are not text the editor can hold exactly (invalid UTF-8, "
                    "control characters or carriage returns): they stay in hex."));
        return false;
    }
    const QSignalBlocker blocker(m_textEdit);
    m_textIsHex = false;
    m_textEdit->setPlainText(*asText);
    return true;
}

// The text field's text: QPlainTextEdit::toPlainText() would turn no-break spaces into spaces.
QString PayloadEditor::text() const
{
    QString text = m_textEdit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

QByteArray PayloadEditor::payload() const
{
    switch (m_mode) {
    case PayloadMode::File:
        return m_fileBytes;
    case PayloadMode::Hex:
        return bytesFromHex(text()).value_or(QByteArray());
    case PayloadMode::Text:
    case PayloadMode::Json:
        break;
    }
    return text().toUtf8();
}

bool PayloadEditor::isValid() const
{
    return m_error->error().isEmpty();
}

QString PayloadEditor::problem() const
{
    return m_error->error();
}

void PayloadEditor::setPayload(PayloadMode mode, const QByteArray &payload, const QString &fileName)
{
    showNote({});
    const QSignalBlocker blocker(m_textEdit); // showMode() checks the new text
    switch (mode) {
    case PayloadMode::File:
        m_fileBytes = payload;
        m_fileName = fileName;
        m_fileLoaded = true;
        showFile();
        break;
    case PayloadMode::Hex:
        m_textIsHex = true;
        m_textEdit->setPlainText(hexText(payload));
        break;
    case PayloadMode::Text:
    case PayloadMode::Json:
        m_textIsHex = false;
        // Text from this editor is always editable text; the rest is decoded as well as it goes.
        m_textEdit->setPlainText(editableText(payload).value_or(QString::fromUtf8(payload)));
        break;
    }
    showMode(mode);
}

void PayloadEditor::focusEditor(Qt::FocusReason reason)
{
    if (m_mode == PayloadMode::File)
        m_chooseFileButton->setFocus(reason);
    else
        m_textEdit->setFocus(reason);
}

void PayloadEditor::checkNow()
{
    if (m_validationTimer->isActive())
        validate();
}

bool PayloadEditor::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("Cannot read %1: %2").arg(name, file.errorString());
    else if (file.size() > MaximumFileBytes)
        problem = tr("%1 is larger than an MQTT message can be (%2 bytes).")
                      .arg(name, QLocale().toString(MaximumFileBytes));
    if (problem.isEmpty()) {
        QByteArray bytes = file.readAll();
        if (bytes.size() != file.size() || file.error() != QFileDevice::NoError)
            problem = tr("Cannot read %1: %2").arg(name, file.errorString());
        else
            m_fileBytes = std::move(bytes);
    }
    if (!problem.isEmpty()) {
        m_fileBytes.clear();
        m_fileLoaded = false;
        m_fileName.clear();
        showFile();
        setProblem(problem);
        return false;
    }
    m_fileName = name;
    m_fileLoaded = true;
    showFile();
    showMode(PayloadMode::File);
    return true;
}

void PayloadEditor::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Payload File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &PayloadEditor::loadFile);
    dialog->open();
}

void PayloadEditor::formatJson()
{
    checkNow();
    if (m_mode != PayloadMode::Json || !isValid())
        return;
    m_textEdit->setPlainText(prettyPrintJson(text()));
}

void PayloadEditor::onTextChanged()
{
    if (m_mode == PayloadMode::File)
        return;
    showNote({});
    if (m_mode != PayloadMode::Text &&
        m_textEdit->document()->characterCount() > ImmediateCheckCharacters) {
        m_validationTimer->start();
        return;
    }
    validate();
}

void PayloadEditor::validate()
{
    m_validationTimer->stop();
    switch (m_mode) {
    case PayloadMode::Text:
        setProblem({});
        break;
    case PayloadMode::Json: {
        const JsonProblem json = checkJson(text().toUtf8());
        setProblem(json.isNull() ? QString()
                                 : tr("Invalid JSON at line %1, column %2 (byte %3): %4")
                                       .arg(json.line)
                                       .arg(json.column)
                                       .arg(json.offset)
                                       .arg(json.message));
        break;
    }
    case PayloadMode::Hex:
        setProblem(bytesFromHex(text())
                       ? QString()
                       : tr("Hex digits in pairs are expected, e.g. \"0a 1b ff\"."));
        break;
    case PayloadMode::File:
        setProblem(m_fileLoaded ? QString() : tr("Choose a file to send."));
        break;
    }
}

void PayloadEditor::showFile()
{
    if (!m_fileLoaded) {
        m_fileLabel->setText(tr("No file chosen"));
        return;
    }
    // The exact size, grouped as the locale writes numbers, and a readable one beside it.
    const QString size = QLocale().formattedDataSize(m_fileBytes.size());
    const int bytes = int(m_fileBytes.size());
    m_fileLabel->setText(
        m_fileName.isEmpty()
            ? tr("The received payload — %Ln byte(s) (%1), sent as it came", nullptr, bytes)
                  .arg(size)
            : tr("%1 — %Ln byte(s) (%2)", nullptr, bytes).arg(m_fileName, size));
}

void PayloadEditor::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void PayloadEditor::setProblem(const QString &problem)
{
    m_error->setError(problem);
    m_formatButton->setEnabled(m_mode == PayloadMode::Json && problem.isEmpty());
    Q_EMIT changed();
}

} // namespace OhMqttExplorer
