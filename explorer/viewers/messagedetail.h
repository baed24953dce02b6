// MessageDetail: everything about the selected topic's messages — the history (newest first),
// the selected payload, its diff against the message before it, its properties, and a chart;
// and the selected message handed on to be published again or edited first.
#pragma once

#include "topics/receivedmessage.h"

#include <QtCore/qtimer.h>
#include <QtWidgets/qwidget.h>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace OhMqttExplorer {

class DiffView;
class MessageHistoryModel;
class MessagePropertiesView;
class PayloadView;
class ValueChart;

class MessageDetail : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FollowIntervalMs = 50;

    explicit MessageDetail(QWidget *parent = nullptr);
    ~MessageDetail() override;

    // Shows a topic with its history, oldest first; selects the newest message.
    void setMessages(const QString &topic, const ReceivedMessages &history);
    // New messages of the same topic, oldest first. Cheap: rows are inserted at the top and the
    // chart appends. When the newest message was selected, the new newest is selected instead,
    // within FollowIntervalMs (so a busy topic re-renders the payload at most that often); a
    // message the user picked stays selected.
    void appendMessages(const ReceivedMessages &newOnes);
    void clear();

    QString topic() const { return m_topic; }
    // The selected message; row 0 is the newest.
    std::optional<ReceivedMessage> currentMessage() const;
    int currentRow() const;
    void selectRow(int row);

    // Ctrl+Alt+C and Ctrl+Shift+C while the focus is inside this widget.
    QAction *copyTopicAction() const { return m_copyTopic; }
    QAction *copyPayloadAction() const { return m_copyPayload; }
    // On the selected message: the toolbar buttons and the history's context menu trigger them.
    QAction *editInPublishAction() const { return m_editInPublish; }
    QAction *publishAgainAction() const { return m_publishAgain; }

    QTreeView *historyView() const { return m_history; }
    MessageHistoryModel *historyModel() const { return m_model; }
    PayloadView *payloadView() const { return m_payload; }
    DiffView *diffView() const { return m_diff; }
    MessagePropertiesView *propertiesView() const { return m_properties; }
    ValueChart *valueChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void copyTopic();
    void copyPayload();
    // Emit the requests below for the selected message; nothing without one.
    void editCurrentInPublish();
    void publishCurrentAgain();

signals:
    void currentMessageChanged();
    // After a copy, for a status bar: "Copied the topic", "Copied 1,024 bytes of payload".
    void statusMessage(const QString &text);
    // "Edit in Publish": the publish panel is to take this message over, to change it first.
    void editInPublishRequested(const OhMqtt::MqttMessage &message);
    // "Publish Again": this message is to be published again at once, unchanged.
    void publishAgainRequested(const OhMqtt::MqttMessage &message);

private:
    void showCurrent();
    void showCount();
    void showHistoryMenu(const QPoint &position);

    QString m_topic;
    QLabel *m_topicLabel;
    QLabel *m_countLabel;
    MessageHistoryModel *m_model;
    QTreeView *m_history;
    PayloadView *m_payload;
    QTabWidget *m_tabs;
    DiffView *m_diff;
    MessagePropertiesView *m_properties;
    ValueChart *m_chart;
    QAction *m_copyTopic;
    QAction *m_copyPayload;
    QAction *m_editInPublish;
    QAction *m_publishAgain;
    QTimer m_followTimer;
};

} // namespace OhMqttExplorer
