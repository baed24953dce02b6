// FieldError: the inline error shown under an input field.
#include "common/fielderror.h"

namespace OhMqttExplorer {

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A red that reads on light and dark palettes alike.
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    setPalette(errorPalette);
    hide();
}

void FieldError::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace OhMqttExplorer
