// DiffView: the difference between a message's payload and the one before it on the same topic.
// Computed when shown (or asked), so selecting messages with the tab hidden costs nothing.
#pragma once

#include "viewers/payloaddiff.h"

#include <QtWidgets/qwidget.h>

#include <optional>

class QLabel;

namespace OhMqttExplorer {

class RowView;

class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void setPayloads(const QByteArray &older, const QByteArray &newer);
    // The selected message is the topic's first: nothing to compare with.
    void setNoPrevious();
    void clear();

    void setLimits(const PayloadDiffLimits &limits);
    // The diff of the current payloads (computed now if pending); nullopt without two payloads.
    const std::optional<PayloadDiff> &diff();
    QString summaryText();
    RowView *rowView() const { return m_rows; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void computeIfPending();

    QLabel *m_summary;
    RowView *m_rows;
    PayloadDiffLimits m_limits;
    QByteArray m_older;
    QByteArray m_newer;
    bool m_pending = false;
    std::optional<PayloadDiff> m_diff;
};

} // namespace OhMqttExplorer
