#include "inflight/inflightview.h"

#include "inflight/inflighttable.h"

#include <OhMqtt/mqttinflightmodel.h>

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qtableview.h>

#include <array>

using OhMqtt::MqttInflightMessage;
using OhMqtt::MqttInflightModel;

namespace OhMqttExplorer {

InflightView::InflightView(OhMqtt::MqttClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new MqttInflightModel(client, this))
    , m_columns(new InflightTable(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_columns->setSourceModel(m_model);
    m_table->setModel(m_columns);
    m_table->setObjectName(QStringLiteral("inflightTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_table->horizontalHeader()->setSectionResizeMode(InflightTable::Topic, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InflightTable::Stage,
                                                      QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("inflightSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);

    // The model changes in batches (every 100 ms at most): so does the summary.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InflightView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InflightView::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InflightView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InflightView::updateSummary);
    updateSummary();
}

QString InflightView::summary() const
{
    return m_summary->text();
}

void InflightView::updateSummary()
{
    std::array<int, 5> byStage {};
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const auto stage = m_model->index(row).data(MqttInflightModel::StageRole).toInt();
        if (stage >= 0 && stage < int(byStage.size()))
            ++byStage.at(std::size_t(stage));
    }
    QString text = rows == 1 ? tr("1 message in flight") : tr("%1 messages in flight").arg(rows);
    QStringList parts;
    for (std::size_t stage = 0; stage < byStage.size(); ++stage) {
        if (byStage.at(stage) > 0)
            parts.append(tr("%1 %2", "in-flight summary: a count, then its stage's name")
                             .arg(byStage.at(stage))
                             .arg(InflightTable::stageName(int(stage))));
    }
    if (!parts.isEmpty())
        text = tr("%1: %2", "in-flight summary: the total, then the counts per stage")
                   .arg(text, parts.join(tr(", ", "in-flight summary: between counts per stage")));
    if (text == m_summary->text())
        return;
    m_summary->setText(text);
    emit summaryChanged(text);
}

} // namespace OhMqttExplorer
