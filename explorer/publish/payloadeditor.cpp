// PayloadEditor: text, JSON or file payloads.
#include "publish/payloadeditor.h"

#include "common/fielderror.h"
#include "publish/jsontext.h"

#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qtimer.h>
#include <QtGui/qfontdatabase.h>
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
    , m_error(new FieldError(this))
    , m_validationTimer(new QTimer(this))
{
    auto *modes = new QHBoxLayout;
    const std::pair<PayloadMode, QString> modeNames[] = {
        {PayloadMode::Text, tr("Text")},
        {PayloadMode::Json, tr("JSON")},
        {PayloadMode::File, tr("File")},
    };
    for (const auto &[mode, name] : modeNames) {
        auto *button = new QRadioButton(name, this);
        m_modeButtons->addButton(button, int(mode));
        modes->addWidget(button);
    }
    m_modeButtons->button(int(PayloadMode::Text))->setObjectName(u"textModeButton"_s);
    m_modeButtons->button(int(PayloadMode::Json))->setObjectName(u"jsonModeButton"_s);
    m_modeButtons->button(int(PayloadMode::File))->setObjectName(u"fileModeButton"_s);
    m_modeButtons->button(int(PayloadMode::Text))->setChecked(true);
    modes->addStretch();
    m_formatButton->setObjectName(u"formatButton"_s);
    m_formatButton->setToolTip(tr("Indent the JSON text; keys keep their order"));
    modes->addWidget(m_formatButton);

    m_textEdit->setObjectName(u"payloadEdit"_s);
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textEdit->setPlaceholderText(tr("Payload"));
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

    m_error->setObjectName(u"payloadError"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modes);
    layout->addWidget(m_pages, 1);
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
    setMode(PayloadMode::Text);
}

void PayloadEditor::setMode(PayloadMode mode)
{
    m_mode = mode;
    m_modeButtons->button(int(mode))->setChecked(true);
    m_pages->setCurrentIndex(mode == PayloadMode::File ? FilePage : TextPage);
    m_formatButton->setVisible(mode == PayloadMode::Json);
    validate();
}

QByteArray PayloadEditor::payload() const
{
    if (m_mode == PayloadMode::File)
        return m_fileBytes;
    return m_textEdit->toPlainText().toUtf8();
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
    if (mode == PayloadMode::File) {
        m_fileBytes = payload;
        m_fileName = fileName;
        m_fileLoaded = true;
        showFile();
    } else {
        m_textEdit->setPlainText(QString::fromUtf8(payload));
    }
    setMode(mode);
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
    setMode(PayloadMode::File);
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
    m_textEdit->setPlainText(prettyPrintJson(m_textEdit->toPlainText()));
}

void PayloadEditor::onTextChanged()
{
    if (m_mode == PayloadMode::File)
        return;
    if (m_mode == PayloadMode::Json &&
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
        const JsonProblem json = checkJson(m_textEdit->toPlainText().toUtf8());
        setProblem(json.isNull() ? QString()
                                 : tr("Invalid JSON at line %1, column %2 (byte %3): %4")
                                       .arg(json.line)
                                       .arg(json.column)
                                       .arg(json.offset)
                                       .arg(json.message));
        break;
    }
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
    m_fileLabel->setText(tr("%1 — %Ln byte(s) (%2)", nullptr, int(m_fileBytes.size()))
                             .arg(m_fileName, QLocale().formattedDataSize(m_fileBytes.size())));
}

void PayloadEditor::setProblem(const QString &problem)
{
    m_error->setError(problem);
    m_formatButton->setEnabled(m_mode == PayloadMode::Json && problem.isEmpty());
    Q_EMIT changed();
}

} // namespace OhMqttExplorer
