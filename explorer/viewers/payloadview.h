// PayloadView: one payload in a chosen format — text, JSON, hex, Base64, image, or "auto" — with
// its exact size. Only the format on screen is built; every view is lazy over the whole payload.
#pragma once

#include "viewers/payloadformat.h"

#include <QtWidgets/qwidget.h>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace OhMqttExplorer {

class ImageView;
class JsonView;
class RowView;

class PayloadView : public QWidget
{
    Q_OBJECT

public:
    explicit PayloadView(QWidget *parent = nullptr);
    ~PayloadView() override;

    void setPayload(const QByteArray &payload);
    QByteArray payload() const { return m_payload; }
    void clear();

    // The selector's choice (Auto included); it stays when the payload changes.
    void setFormat(PayloadFormat format);
    PayloadFormat format() const;
    // What is on screen, Auto resolved.
    PayloadFormat shownFormat() const { return m_shown; }
    // "1,048,576 bytes"
    QString sizeText() const;

    QComboBox *formatSelector() const { return m_selector; }
    RowView *textView() const { return m_text; }
    JsonView *jsonView() const { return m_json; }
    RowView *hexView() const { return m_hex; }
    RowView *base64View() const { return m_base64; }
    ImageView *imageView() const { return m_image; }

signals:
    void shownFormatChanged(OhMqttExplorer::PayloadFormat format);
    // Forwarded from the JSON tree's context menu.
    void plotRequested(const QString &path);

private:
    void showFormat();
    QWidget *viewFor(PayloadFormat format) const;
    void load(PayloadFormat format);

    QComboBox *m_selector;
    QLabel *m_size;
    QStackedWidget *m_pages;
    RowView *m_text;
    JsonView *m_json;
    RowView *m_hex;
    RowView *m_base64;
    ImageView *m_image;
    QByteArray m_payload;
    std::optional<PayloadDetection> m_detection;
    PayloadFormat m_shown = PayloadFormat::Text;
    quint32 m_loaded = 0; // bit per PayloadFormat: that view holds the current payload
};

} // namespace OhMqttExplorer
