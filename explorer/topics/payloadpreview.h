// The one-line preview of a payload that the topic tree shows in its Value column.
#pragma once

#include <QtCore/qbytearray.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qstring.h>

namespace OhMqttExplorer {

class PayloadPreview
{
    Q_DECLARE_TR_FUNCTIONS(OhMqttExplorer::PayloadPreview)

public:
    static constexpr int DefaultMaximumLength = 200;

    // Text (valid UTF-8 without control characters other than tab, CR and LF) as one line with
    // its runs of white space collapsed, cut to `maximumLength` characters with an ellipsis;
    // anything else as "<N bytes binary>". Looks at no more than a few bytes per character
    // shown, so a multi-megabyte payload costs no more than a short one.
    static QString of(const QByteArray &payload, int maximumLength = DefaultMaximumLength);

    // True when the bytes are UTF-8 text without control characters other than tab, CR and LF.
    // `mayBeCut`: the bytes are a prefix, so a multi-byte sequence cut at the end is fine.
    static bool isText(QByteArrayView bytes, bool mayBeCut = false);
};

} // namespace OhMqttExplorer
