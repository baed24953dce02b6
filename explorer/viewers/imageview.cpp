// ImageView: decoding with QImage::fromData and rescaling on resize.
#include "viewers/imageview.h"

#include <QtGui/qpixmap.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>

namespace OhMqttExplorer {

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_picture(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_info);
    layout->addWidget(m_picture, 1);
    m_picture->setAlignment(Qt::AlignCenter);
    // The label must not ask for the pixmap's size, or the layout could never shrink it.
    m_picture->setMinimumSize(1, 1);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
}

ImageView::~ImageView() = default;

void ImageView::setPayload(const QByteArray &payload)
{
    m_image = QImage::fromData(payload);
    m_info->setText(infoText());
    rescale();
}

QString ImageView::infoText() const
{
    if (m_image.isNull())
        return tr("Not an image Qt can decode");
    return tr("%1 × %2 pixels").arg(m_image.width()).arg(m_image.height());
}

QSize ImageView::shownSize() const
{
    return m_picture->pixmap().size();
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rescale();
}

void ImageView::rescale()
{
    if (m_image.isNull()) {
        m_picture->clear();
        return;
    }
    // Large images shrink to the area; small ones keep their pixels.
    const QSize area = m_picture->size();
    QSize target = m_image.size();
    if (!area.isEmpty() && (target.width() > area.width() || target.height() > area.height()))
        target = target.scaled(area, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace OhMqttExplorer
