// RowView: a scroll area that paints only the rows on screen, so payloads of any size open at once.
#pragma once

#include "viewers/rowsource.h"

#include <QtWidgets/qabstractscrollarea.h>

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;

namespace OhMqttExplorer {

class RowView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit RowView(QWidget *parent = nullptr);
    ~RowView() override;

    // Takes the source over; nullptr shows nothing. Resets scrolling, selection and find.
    void setSource(std::unique_ptr<RowSource> source);
    const RowSource *source() const { return m_source.get(); }
    qsizetype rowCount() const;

    qsizetype firstVisibleRow() const;
    // Rows at least partly on screen.
    qsizetype visibleRowCount() const;
    // Scrolls just enough to show the row.
    void scrollToRow(qsizetype row);
    void setFirstVisibleRow(qsizetype row);
    // The rows on screen, one per line, as paintEvent draws them.
    QString visibleText() const;

    // Row selection: click, shift+click, drag, Ctrl+A; Ctrl+C copies it.
    void selectRows(qsizetype first, qsizetype last);
    std::optional<std::pair<qsizetype, qsizetype>> selectedRows() const;
    QString selectedText() const;
    void copySelection() const;

    // Find: Ctrl+F opens the find bar, Enter or F3 finds the next match (case-insensitive),
    // wrapping around at the end; Escape closes the bar.
    void showFindBar();
    bool findNext(const QString &needle);
    std::optional<RowMatch> currentMatch() const { return m_match; }
    QLineEdit *findEdit() const { return m_findEdit; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int rowHeight() const;
    int gutterWidth() const;
    qsizetype rowAt(int y) const;
    void moveCursorTo(qsizetype row, bool extend);
    void hideFindBar();
    void layoutFindBar();
    void paintRow(QPainter &painter, qsizetype row, int y, int gutter);

    std::unique_ptr<RowSource> m_source;
    qsizetype m_anchorRow = -1;
    qsizetype m_cursorRow = -1;
    std::optional<RowMatch> m_match;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
};

} // namespace OhMqttExplorer
