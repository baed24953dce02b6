// PayloadView: the format selector, the size, and loading the view on screen.
#include "viewers/payloadview.h"

#include "viewers/base64rows.h"
#include "viewers/hexrows.h"
#include "viewers/imageview.h"
#include "viewers/jsonview.h"
#include "viewers/rowview.h"
#include "viewers/textrows.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qstackedwidget.h>

namespace OhMqttExplorer {

namespace {
constexpr PayloadFormat selectable[] = {PayloadFormat::Auto,   PayloadFormat::Text,
                                        PayloadFormat::Json,   PayloadFormat::Hex,
                                        PayloadFormat::Base64, PayloadFormat::Image};

quint32 bitOf(PayloadFormat format)
{
    return 1u << int(format);
}
} // namespace

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent)
    , m_selector(new QComboBox(this))
    , m_size(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new RowView(this))
    , m_json(new JsonView(this))
    , m_hex(new RowView(this))
    , m_base64(new RowView(this))
    , m_image(new ImageView(this))
{
    for (const PayloadFormat format : selectable)
        m_selector->addItem(payloadFormatName(format), QVariant::fromValue(int(format)));
    m_selector->setToolTip(tr("How to show the payload"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Auto (Base64)" fits
    m_size->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_selector);
    tools->addStretch(1);
    tools->addWidget(m_size);

    for (QWidget *page : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_json),
                          static_cast<QWidget *>(m_hex), static_cast<QWidget *>(m_base64),
                          static_cast<QWidget *>(m_image)})
        m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_pages, 1);

    connect(m_selector, &QComboBox::currentIndexChanged, this, &PayloadView::showFormat);
    connect(m_json, &JsonView::plotRequested, this, &PayloadView::plotRequested);
    clear();
}

PayloadView::~PayloadView() = default;

void PayloadView::setPayload(const QByteArray &payload)
{
    m_payload = payload;
    m_loaded = 0;
    m_detection.reset();
    m_size->setText(sizeText());
    showFormat();
}

void PayloadView::clear()
{
    setPayload({});
}

void PayloadView::setFormat(PayloadFormat format)
{
    m_selector->setCurrentIndex(m_selector->findData(int(format)));
}

PayloadFormat PayloadView::format() const
{
    return PayloadFormat(m_selector->currentData().toInt());
}

QString PayloadView::sizeText() const
{
    return byteCountText(m_payload.size());
}

QWidget *PayloadView::viewFor(PayloadFormat format) const
{
    switch (format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        break;
    case PayloadFormat::Json:
        return m_json;
    case PayloadFormat::Hex:
        return m_hex;
    case PayloadFormat::Base64:
        return m_base64;
    case PayloadFormat::Image:
        return m_image;
    }
    return m_text;
}

void PayloadView::showFormat()
{
    PayloadFormat shown = format();
    if (shown == PayloadFormat::Auto) {
        // Detection parses JSON, so it runs only when Auto needs it, once per payload.
        if (!m_detection)
            m_detection = detectPayloadFormat(m_payload);
        shown = m_payload.isEmpty() ? PayloadFormat::Text : m_detection->format;
        m_selector->setItemText(0, tr("Auto (%1)").arg(payloadFormatName(shown)));
    } else {
        m_selector->setItemText(0, payloadFormatName(PayloadFormat::Auto));
    }
    load(shown);
    m_pages->setCurrentWidget(viewFor(shown));
    if (shown != m_shown) {
        m_shown = shown;
        emit shownFormatChanged(shown);
    }
}

void PayloadView::load(PayloadFormat format)
{
    if (m_loaded & bitOf(format))
        return;
    m_loaded |= bitOf(format);
    switch (format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        m_text->setSource(std::make_unique<TextRows>(m_payload));
        break;
    case PayloadFormat::Json:
        if (m_detection && m_detection->format == PayloadFormat::Json)
            m_json->setDocument(m_payload, m_detection->json);
        else
            m_json->setPayload(m_payload);
        break;
    case PayloadFormat::Hex:
        m_hex->setSource(std::make_unique<HexRows>(m_payload));
        break;
    case PayloadFormat::Base64:
        m_base64->setSource(std::make_unique<Base64Rows>(m_payload));
        break;
    case PayloadFormat::Image:
        m_image->setPayload(m_payload);
        break;
    }
}

} // namespace OhMqttExplorer
