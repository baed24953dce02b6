// ImageView: a PNG or JPEG payload, scaled to fit while keeping its aspect ratio, with its size.
#pragma once

#include <QtGui/qimage.h>
#include <QtWidgets/qwidget.h>

class QLabel;

namespace OhMqttExplorer {

class ImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);
    ~ImageView() override;

    void setPayload(const QByteArray &payload);
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    // "640 × 480 pixels", or why there is no image.
    QString infoText() const;
    // The pixmap on screen, as scaled.
    QSize shownSize() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();

    QLabel *m_info;
    QLabel *m_picture;
    QImage m_image;
};

} // namespace OhMqttExplorer
