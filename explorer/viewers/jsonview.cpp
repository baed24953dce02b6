// JsonView: the tree page, the text page and the error line.
#include "viewers/jsonview.h"

#include "viewers/jsontreemodel.h"
#include "viewers/rowview.h"
#include "viewers/textrows.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qstackedwidget.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

namespace OhMqttExplorer {

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_text(new RowView(this))
    , m_error(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_expandButton(new QToolButton(this))
    , m_collapseButton(new QToolButton(this))
    , m_prettyButton(new QToolButton(this))
{
    m_expandButton->setText(tr("Expand all"));
    m_collapseButton->setText(tr("Collapse all"));
    m_prettyButton->setText(tr("Pretty text"));
    m_prettyButton->setCheckable(true);
    m_prettyButton->setToolTip(tr("Show the document as indented text instead of a tree"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_expandButton);
    tools->addWidget(m_collapseButton);
    tools->addWidget(m_prettyButton);
    tools->addStretch(1);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // lets the view skip measuring every row
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);

    connect(m_expandButton, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    connect(m_collapseButton, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_prettyButton, &QToolButton::toggled, this, &JsonView::showPage);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &JsonView::showTreeMenu);
}

JsonView::~JsonView() = default;

void JsonView::setPayload(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError) {
        setDocument(payload, document);
        return;
    }
    m_payload = payload;
    m_model->setDocument({});
    m_errorOffset = error.offset;
    const QByteArrayView before(payload.constData(),
                                std::min<qsizetype>(error.offset, payload.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    m_errorText = tr("Invalid JSON at byte offset %1 (line %2, column %3): %4")
                      .arg(error.offset)
                      .arg(line)
                      .arg(column)
                      .arg(error.errorString());
    m_error->setText(m_errorText);
    m_error->show();
    m_textStale = true;
    showPage();
    // The raw text, with the line of the error selected.
    auto rows = std::make_unique<TextRows>(payload);
    qsizetype errorRow = 0;
    while (errorRow + 1 < rows->rowCount() && rows->lineOfRow(errorRow + 1) <= line)
        ++errorRow;
    m_text->setSource(std::move(rows));
    m_text->selectRows(errorRow, errorRow);
    m_text->scrollToRow(errorRow);
}

void JsonView::setDocument(const QByteArray &payload, const QJsonDocument &document)
{
    m_payload = payload;
    m_errorOffset = -1;
    m_errorText.clear();
    m_error->hide();
    m_model->setDocument(document);
    if (payload.size() <= AutoExpandBytes)
        m_tree->expandToDepth(0);
    m_textStale = true;
    showPage();
}

void JsonView::clear()
{
    setDocument({}, {});
}

void JsonView::setPrettyText(bool pretty)
{
    m_prettyButton->setChecked(pretty);
}

bool JsonView::isPrettyText() const
{
    return m_prettyButton->isChecked();
}

void JsonView::showPage()
{
    const bool valid = isValid();
    m_expandButton->setEnabled(valid && !isPrettyText());
    m_collapseButton->setEnabled(valid && !isPrettyText());
    m_prettyButton->setEnabled(valid);
    if (!valid) {
        m_pages->setCurrentWidget(m_text);
        return;
    }
    if (isPrettyText() && m_textStale) {
        // Built once per document, only when asked for; the rows decode lazily.
        m_text->setSource(
            std::make_unique<TextRows>(m_model->document().toJson(QJsonDocument::Indented)));
        m_textStale = false;
    }
    m_pages->setCurrentWidget(isPrettyText() ? static_cast<QWidget *>(m_text) : m_tree);
}

void JsonView::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    const QString path = m_model->pathOf(index);
    QMenu menu(this);
    menu.addAction(tr("Plot %1 over time").arg(path), this,
                   [this, path] { emit plotRequested(path); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace OhMqttExplorer
