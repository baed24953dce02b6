#include "record/recordpanel.h"

#include "record/recorder.h"
#include "record/replayer.h"

#include <QtCore/qdir.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qgroupbox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qprogressbar.h>
#include <QtWidgets/qpushbutton.h>

namespace OhMqttExplorer {

namespace {

QWidget *fileRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

RecordPanel::RecordPanel(OhMqtt::MqttClient *client, QWidget *parent)
    : QWidget(parent)
    , m_recorder(new Recorder(client, this))
    , m_replayer(new Replayer(client, this))
    , m_filter(new QLineEdit(QStringLiteral("#"), this))
    , m_recordFile(
          new QLineEdit(QDir::home().filePath(QStringLiteral("recording.ohmqtt.jsonl")), this))
    , m_recordButton(new QPushButton(tr("Record"), this))
    , m_recordStatus(new QLabel(this))
    , m_replayFile(new QLineEdit(this))
    , m_speed(new QComboBox(this))
    , m_replayButton(new QPushButton(tr("Replay"), this))
    , m_progress(new QProgressBar(this))
    , m_replayStatus(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("recordFilter"));
    m_recordFile->setObjectName(QStringLiteral("recordFile"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_replayFile->setObjectName(QStringLiteral("replayFile"));
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_replayButton->setObjectName(QStringLiteral("replayButton"));
    m_recordStatus->setObjectName(QStringLiteral("recordStatus"));
    m_replayStatus->setObjectName(QStringLiteral("replayStatus"));

    m_speed->addItem(tr("1× (as recorded)"), 1.0);
    m_speed->addItem(tr("2×"), 2.0);
    m_speed->addItem(tr("10×"), 10.0);
    m_speed->addItem(tr("100×"), 100.0);
    m_speed->addItem(tr("As fast as possible"), Replayer::AsFastAsPossible);

    auto *browseRecord = new QPushButton(tr("Browse…"), this);
    auto *browseReplay = new QPushButton(tr("Browse…"), this);
    connect(browseRecord, &QPushButton::clicked, this, [this] { chooseFile(m_recordFile, true); });
    connect(browseReplay, &QPushButton::clicked, this, [this] { chooseFile(m_replayFile, false); });

    auto *record = new QGroupBox(tr("Record", "section title"), this);
    auto *recordForm = new QFormLayout(record);
    recordForm->addRow(tr("Topic filter:"), m_filter);
    recordForm->addRow(tr("File:"), fileRow(m_recordFile, browseRecord));
    recordForm->addRow(m_recordButton, m_recordStatus);

    auto *replay = new QGroupBox(tr("Replay through this connection"), this);
    auto *replayForm = new QFormLayout(replay);
    replayForm->addRow(tr("File:"), fileRow(m_replayFile, browseReplay));
    replayForm->addRow(tr("Speed:"), m_speed);
    replayForm->addRow(m_replayButton, m_progress);
    replayForm->addRow(m_replayStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(record);
    layout->addWidget(replay);
    layout->addStretch();

    connect(m_recordButton, &QPushButton::clicked, this, &RecordPanel::toggleRecording);
    connect(m_replayButton, &QPushButton::clicked, this, &RecordPanel::toggleReplay);
    connect(m_recorder, &Recorder::recordingChanged, this, [this](bool recording) {
        m_recordButton->setText(recording ? tr("Stop") : tr("Record"));
        m_filter->setEnabled(!recording);
        m_recordFile->setEnabled(!recording);
    });
    connect(m_recorder, &Recorder::countChanged, this, [this](qint64 count) {
        m_recordStatus->setText(tr("%Ln messages recorded", nullptr, int(count)));
    });
    connect(m_recorder, &Recorder::failed, this, [this](const QString &error) {
        m_recordStatus->setText(error);
        emit message(error);
    });
    connect(m_replayer, &Replayer::runningChanged, this, [this](bool running) {
        m_replayButton->setText(running ? tr("Stop") : tr("Replay"));
        m_replayFile->setEnabled(!running);
    });
    connect(m_replayer, &Replayer::progressChanged, this,
            [this](qsizetype position, qsizetype total) {
                m_progress->setRange(0, int(total));
                m_progress->setValue(int(position));
            });
    connect(m_replayer, &Replayer::finished, this, [this](int failures) {
        const QString text = failures == 0
            ? tr("Replayed %Ln messages", nullptr, int(m_replayer->total()))
            : tr("Replayed %Ln messages, %1 failed", nullptr, int(m_replayer->total()))
                  .arg(failures);
        m_replayStatus->setText(text);
        emit message(text);
    });
}

void RecordPanel::setTopicFilter(const QString &topicFilter)
{
    if (!m_recorder->isRecording())
        m_filter->setText(topicFilter);
}

void RecordPanel::toggleRecording()
{
    if (m_recorder->isRecording()) {
        m_recorder->stop();
        const QString text = tr("Recorded %Ln messages to %1", nullptr, int(m_recorder->count()))
                                 .arg(m_recordFile->text());
        m_recordStatus->setText(text);
        emit message(text);
        if (m_replayFile->text().isEmpty())
            m_replayFile->setText(m_recordFile->text());
        return;
    }
    QString error;
    if (!m_recorder->start(m_filter->text().trimmed(), m_recordFile->text(), &error)) {
        m_recordStatus->setText(error);
        emit message(error);
    }
}

void RecordPanel::toggleReplay()
{
    if (m_replayer->isRunning()) {
        m_replayer->stop();
        m_replayStatus->setText(
            tr("Stopped after %1 of %n messages", nullptr, int(m_replayer->total()))
                .arg(m_replayer->position()));
        return;
    }
    QString error;
    if (!m_replayer->load(m_replayFile->text(), &error)) {
        m_replayStatus->setText(error);
        emit message(error);
        return;
    }
    m_replayer->setSpeed(m_speed->currentData().toDouble());
    m_replayStatus->setText(tr("Replaying %Ln messages…", nullptr, int(m_replayer->total())));
    m_replayer->start();
}

QString RecordPanel::chooseFile(QLineEdit *edit, bool forWriting)
{
    const QString filter = tr("OhMqtt recordings (*.jsonl);;All files (*)");
    const QString path = forWriting
        ? QFileDialog::getSaveFileName(this, tr("Record to"), edit->text(), filter)
        : QFileDialog::getOpenFileName(this, tr("Replay"), edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
    return path;
}

} // namespace OhMqttExplorer
