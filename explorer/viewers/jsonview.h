// JsonView: a JSON payload as a collapsible tree (key, value, type), or as pretty-printed text;
// invalid JSON shows the parser's error with its offset, and the raw text at that line.
#pragma once

#include <QtCore/qjsondocument.h>
#include <QtWidgets/qwidget.h>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace OhMqttExplorer {

class JsonTreeModel;
class RowView;

class JsonView : public QWidget
{
    Q_OBJECT

public:
    // Documents from payloads up to this size open with their top level expanded.
    static constexpr qsizetype AutoExpandBytes = 256 * 1024;

    explicit JsonView(QWidget *parent = nullptr);
    ~JsonView() override;

    void setPayload(const QByteArray &payload);
    // For a payload already parsed (format detection did), so it is not parsed twice.
    void setDocument(const QByteArray &payload, const QJsonDocument &document);
    void clear();

    bool isValid() const { return m_errorOffset < 0; }
    // "Invalid JSON at byte offset 8 (line 1, column 9): missing name separator"; empty if valid.
    QString errorText() const { return m_errorText; }
    qsizetype errorOffset() const { return m_errorOffset; }

    void setPrettyText(bool pretty);
    bool isPrettyText() const;

    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *model() const { return m_model; }
    // Pretty text when valid, the raw payload when not.
    RowView *textView() const { return m_text; }
    QToolButton *prettyTextButton() const { return m_prettyButton; }
    QToolButton *expandAllButton() const { return m_expandButton; }
    QToolButton *collapseAllButton() const { return m_collapseButton; }

signals:
    // From the tree's context menu: chart the value at this path over the topic's messages.
    void plotRequested(const QString &path);

private:
    void showPage();
    void showTreeMenu(const QPoint &position);

    JsonTreeModel *m_model;
    QTreeView *m_tree;
    RowView *m_text;
    QLabel *m_error;
    QStackedWidget *m_pages;
    QToolButton *m_expandButton;
    QToolButton *m_collapseButton;
    QToolButton *m_prettyButton;
    QByteArray m_payload;
    QString m_errorText;
    qsizetype m_errorOffset = -1;
    bool m_textStale = true;
};

} // namespace OhMqttExplorer
