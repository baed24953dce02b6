// DiffView: a summary line over the diff rows.
#include "viewers/diffview.h"

#include "viewers/diffrows.h"
#include "viewers/rowview.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>

namespace OhMqttExplorer {

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_rows(new RowView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    clear();
}

DiffView::~DiffView() = default;

void DiffView::setPayloads(const QByteArray &older, const QByteArray &newer)
{
    m_older = older;
    m_newer = newer;
    m_diff.reset();
    m_pending = true;
    if (isVisible())
        computeIfPending();
}

void DiffView::setNoPrevious()
{
    clear();
    m_summary->setText(tr("No earlier message on this topic to compare with"));
}

void DiffView::clear()
{
    m_older.clear();
    m_newer.clear();
    m_pending = false;
    m_diff.reset();
    m_rows->setSource(nullptr);
    m_summary->setText(tr("No message selected"));
}

void DiffView::setLimits(const PayloadDiffLimits &limits)
{
    m_limits = limits;
    if (m_diff) {
        m_pending = true;
        computeIfPending();
    }
}

const std::optional<PayloadDiff> &DiffView::diff()
{
    computeIfPending();
    return m_diff;
}

QString DiffView::summaryText()
{
    computeIfPending();
    return m_summary->text();
}

void DiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    computeIfPending();
}

void DiffView::computeIfPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_diff = PayloadDiff::compute(m_older, m_newer, m_limits);
    m_summary->setText(m_diff->summary());
    auto rows = std::make_unique<DiffRows>(m_diff->lines);
    const qsizetype firstChange = rows->firstChangedRow();
    m_rows->setSource(std::move(rows));
    if (firstChange > 0)
        m_rows->setFirstVisibleRow(firstChange - 3); // straight to what changed, with context
}

} // namespace OhMqttExplorer
