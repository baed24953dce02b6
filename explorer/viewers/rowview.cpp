// RowView: painting, scrolling, selection and find over a RowSource.
#include "viewers/rowview.h"

#include <QtGui/qclipboard.h>
#include <QtGui/qevent.h>
#include <QtGui/qfontdatabase.h>
#include <QtGui/qguiapplication.h>
#include <QtGui/qpainter.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qscrollbar.h>
#include <QtWidgets/qtoolbutton.h>

#include <algorithm>

namespace OhMqttExplorer {

namespace {
constexpr int textMargin = 4;

QColor kindBackground(RowSource::RowKind kind)
{
    // Translucent, so the tints work on light and dark palettes alike.
    switch (kind) {
    case RowSource::RowKind::Added:
        return QColor(0x2e, 0xa0, 0x43, 70);
    case RowSource::RowKind::Removed:
        return QColor(0xd7, 0x3a, 0x49, 70);
    case RowSource::RowKind::Normal:
        break;
    }
    return {};
}
} // namespace

RowView::RowView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);

    auto *layout = new QHBoxLayout(m_findBar);
    layout->setContentsMargins(2, 2, 2, 2);
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    layout->addWidget(m_findEdit, 1);
    layout->addWidget(m_findStatus);
    layout->addWidget(next);
    layout->addWidget(close);
    m_findBar->setFont(QGuiApplication::font());
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(m_findEdit->text()); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(m_findEdit->text()); });
    connect(close, &QToolButton::clicked, this, &RowView::hideFindBar);
    updateScrollBars();
}

RowView::~RowView() = default;

void RowView::setSource(std::unique_ptr<RowSource> source)
{
    m_source = std::move(source);
    m_anchorRow = m_cursorRow = -1;
    m_match.reset();
    m_findStatus->clear();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qsizetype RowView::rowCount() const
{
    return m_source ? m_source->rowCount() : 0;
}

qsizetype RowView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

qsizetype RowView::visibleRowCount() const
{
    const qsizetype fit = (viewport()->height() + rowHeight() - 1) / rowHeight();
    return std::clamp<qsizetype>(rowCount() - firstVisibleRow(), 0, fit);
}

void RowView::scrollToRow(qsizetype row)
{
    const qsizetype fullyVisible = std::max(1, viewport()->height() / rowHeight());
    const qsizetype first = firstVisibleRow();
    if (row < first)
        verticalScrollBar()->setValue(int(row));
    else if (row >= first + fullyVisible)
        verticalScrollBar()->setValue(int(row - fullyVisible + 1));
}

void RowView::setFirstVisibleRow(qsizetype row)
{
    verticalScrollBar()->setValue(int(std::max<qsizetype>(0, row)));
}

QString RowView::visibleText() const
{
    if (!m_source)
        return {};
    QStringList rows;
    const qsizetype first = firstVisibleRow();
    for (qsizetype row = first; row < first + visibleRowCount(); ++row)
        rows.append(m_source->rowText(row));
    return rows.join(u'\n');
}

void RowView::selectRows(qsizetype first, qsizetype last)
{
    const qsizetype count = rowCount();
    if (count == 0)
        return;
    m_anchorRow = std::clamp<qsizetype>(first, 0, count - 1);
    m_cursorRow = std::clamp<qsizetype>(last, 0, count - 1);
    viewport()->update();
}

std::optional<std::pair<qsizetype, qsizetype>> RowView::selectedRows() const
{
    if (m_anchorRow < 0 || m_cursorRow < 0)
        return std::nullopt;
    return std::pair {std::min(m_anchorRow, m_cursorRow), std::max(m_anchorRow, m_cursorRow)};
}

QString RowView::selectedText() const
{
    const auto rows = selectedRows();
    return rows && m_source ? m_source->textForRows(rows->first, rows->second) : QString();
}

void RowView::copySelection() const
{
    if (selectedRows())
        QGuiApplication::clipboard()->setText(selectedText());
}

void RowView::showFindBar()
{
    m_findBar->show();
    layoutFindBar();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void RowView::hideFindBar()
{
    m_findBar->hide();
    layoutFindBar();
    setFocus(Qt::OtherFocusReason);
}

bool RowView::findNext(const QString &needle)
{
    if (!m_source || needle.isEmpty())
        return false;
    const RowMatch from = m_match ? RowMatch {m_match->row, m_match->column + 1, 0}
                                  : RowMatch {firstVisibleRow(), 0, 0};
    auto match = m_source->find(needle, from, Qt::CaseInsensitive);
    if (!match && (from.row > 0 || from.column > 0))
        match = m_source->find(needle, RowMatch {}, Qt::CaseInsensitive); // wrap around
    m_match = match;
    m_findStatus->setText(match ? QString() : tr("No match"));
    if (match) {
        scrollToRow(match->row);
        // Bring the match's column into view too.
        const QFontMetrics metrics(font());
        const QString text = m_source->rowText(match->row);
        const int x = metrics.horizontalAdvance(text.left(match->column));
        QScrollBar *horizontal = horizontalScrollBar();
        const int width = viewport()->width() - gutterWidth() - 2 * textMargin;
        if (x < horizontal->value() || x > horizontal->value() + width)
            horizontal->setValue(std::max(0, x - width / 2));
    }
    viewport()->update();
    return match.has_value();
}

int RowView::rowHeight() const
{
    return std::max(1, QFontMetrics(font()).lineSpacing());
}

int RowView::gutterWidth() const
{
    if (!m_source || !m_source->hasRowLabels())
        return 0;
    const int digits = int(QString::number(rowCount()).size());
    return QFontMetrics(font()).horizontalAdvance(u'9') * digits + 2 * textMargin;
}

qsizetype RowView::rowAt(int y) const
{
    const qsizetype row = firstVisibleRow() + std::max(0, y) / rowHeight();
    return std::min(row, rowCount() - 1);
}

void RowView::updateScrollBars()
{
    const int fullyVisible = std::max(1, viewport()->height() / rowHeight());
    const qsizetype rows = rowCount();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::max<qsizetype>(0, rows - fullyVisible)));
    vertical->setPageStep(fullyVisible);
    vertical->setSingleStep(1);

    const QFontMetrics metrics(font());
    const qsizetype longest = m_source ? m_source->maxRowLength() : 0;
    const qint64 contentWidth =
        qint64(metrics.horizontalAdvance(u'M')) * longest + gutterWidth() + 2 * textMargin;
    QScrollBar *horizontal = horizontalScrollBar();
    const int width = viewport()->width();
    horizontal->setRange(0, int(std::clamp<qint64>(contentWidth - width, 0, 1 << 30)));
    horizontal->setPageStep(width);
    horizontal->setSingleStep(metrics.horizontalAdvance(u'M') * 4);
}

void RowView::layoutFindBar()
{
    const int height = m_findBar->isVisible() ? m_findBar->sizeHint().height() : 0;
    setViewportMargins(0, 0, 0, height);
    if (height > 0) {
        const QRect area = viewport()->geometry();
        m_findBar->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
    }
    updateScrollBars();
}

bool RowView::event(QEvent *event)
{
    // Our keys win over window-wide shortcuts (say, a main window's Ctrl+F) while we have focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll) ||
            key->matches(QKeySequence::Find) || key->matches(QKeySequence::FindNext)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void RowView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    if (!m_source)
        return;
    const int gutter = gutterWidth();
    if (gutter > 0)
        painter.fillRect(0, 0, gutter, viewport()->height(), palette().alternateBase());
    const qsizetype first = firstVisibleRow();
    const qsizetype count = visibleRowCount();
    for (qsizetype i = 0; i < count; ++i)
        paintRow(painter, first + i, int(i) * rowHeight(), gutter);
}

void RowView::paintRow(QPainter &painter, qsizetype row, int y, int gutter)
{
    const QFontMetrics metrics(font());
    const int height = rowHeight();
    const int width = viewport()->width();
    const QRect textArea(gutter, y, width - gutter, height);
    const auto selection = selectedRows();
    const bool selected = selection && row >= selection->first && row <= selection->second;

    if (gutter > 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, y, gutter - textMargin, height),
                         Qt::AlignRight | Qt::AlignVCenter, m_source->rowLabel(row));
    }
    if (selected)
        painter.fillRect(textArea, palette().highlight());
    else if (const QColor tint = kindBackground(m_source->rowKind(row)); tint.isValid())
        painter.fillRect(textArea, tint);

    painter.save();
    painter.setClipRect(textArea);
    const QString text = m_source->rowText(row);
    const int x = gutter + textMargin - horizontalScrollBar()->value();
    if (m_match && m_match->row == row) {
        const int start = metrics.horizontalAdvance(text.left(m_match->column));
        const int matchWidth =
            metrics.horizontalAdvance(text.mid(m_match->column, m_match->length));
        painter.fillRect(QRect(x + start, y, matchWidth, height), QColor(0xff, 0xc1, 0x07, 160));
    }
    painter.setPen(palette().color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter.drawText(QPoint(x, y + metrics.ascent() + (height - metrics.height()) / 2), text);
    painter.restore();
}

void RowView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutFindBar();
}

void RowView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateScrollBars();
}

void RowView::moveCursorTo(qsizetype row, bool extend)
{
    if (rowCount() == 0)
        return;
    row = std::clamp<qsizetype>(row, 0, rowCount() - 1);
    if (!extend || m_anchorRow < 0)
        m_anchorRow = row;
    m_cursorRow = row;
    scrollToRow(row);
    viewport()->update();
}

void RowView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const qsizetype page = std::max(1, viewport()->height() / rowHeight());
    const qsizetype cursor = m_cursorRow < 0 ? firstVisibleRow() : m_cursorRow;
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectRows(0, rowCount() - 1);
    } else if (event->matches(QKeySequence::Find)) {
        showFindBar();
    } else if (event->matches(QKeySequence::FindNext)) {
        findNext(m_findEdit->text());
    } else if (event->key() == Qt::Key_Escape && m_findBar->isVisible()) {
        hideFindBar();
    } else if (event->key() == Qt::Key_Down) {
        moveCursorTo(cursor + 1, shift);
    } else if (event->key() == Qt::Key_Up) {
        moveCursorTo(cursor - 1, shift);
    } else if (event->key() == Qt::Key_PageDown) {
        moveCursorTo(cursor + page, shift);
    } else if (event->key() == Qt::Key_PageUp) {
        moveCursorTo(cursor - page, shift);
    } else if (event->key() == Qt::Key_Home) {
        moveCursorTo(0, shift);
    } else if (event->key() == Qt::Key_End) {
        moveCursorTo(rowCount() - 1, shift);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RowView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || rowCount() == 0)
        return QAbstractScrollArea::mousePressEvent(event);
    moveCursorTo(rowAt(event->position().toPoint().y()), event->modifiers() & Qt::ShiftModifier);
}

void RowView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || rowCount() == 0)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const int y = event->position().toPoint().y();
    // Dragging past an edge scrolls one row at a time.
    const qsizetype row = y < 0     ? firstVisibleRow() - 1
        : y >= viewport()->height() ? firstVisibleRow() + visibleRowCount()
                                    : rowAt(y);
    moveCursorTo(row, true);
}

void RowView::mouseReleaseEvent(QMouseEvent *event)
{
    // The selection was made on press and move; the release ends the drag.
    if (event->button() == Qt::LeftButton)
        event->accept();
    else
        QAbstractScrollArea::mouseReleaseEvent(event);
}

} // namespace OhMqttExplorer
