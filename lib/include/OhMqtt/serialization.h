// Serialization primitives of MQTT: integers, variable byte integers, strings, binary data.
#pragma once

#include <OhMqtt/mqtterror.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>

#include <utility>

namespace OhMqtt {

/// A User Property's name and value, or any UTF-8 String Pair [MQTT-1.5.7].
using StringPair = std::pair<QString, QString>;

namespace Serialization {

inline constexpr quint32 MaxVarInt = 268'435'455; ///< four bytes of seven bits
inline constexpr qsizetype MaxStringBytes = 65'535;

/// Sizes on the wire, for computing a packet's size before encoding it.
constexpr qsizetype varIntSize(quint32 value) noexcept
{
    return value < 128 ? 1 : value < 16'384 ? 2 : value < 2'097'152 ? 3 : 4;
}
/// UTF-8 length of a UTF-16 string, counting a surrogate pair as four bytes.
OHMQTT_EXPORT qsizetype utf8Size(QStringView text) noexcept;
inline qsizetype stringSize(QStringView text) noexcept
{
    return 2 + utf8Size(text);
}
inline qsizetype binarySize(QByteArrayView data) noexcept
{
    return 2 + data.size();
}

/// Encoders append to `out`; they throw MqttError for what cannot be sent legally.
OHMQTT_EXPORT void writeUint8(QByteArray &out, quint8 value);
OHMQTT_EXPORT void writeUint16(QByteArray &out, quint16 value);
OHMQTT_EXPORT void writeUint32(QByteArray &out, quint32 value);
OHMQTT_EXPORT void writeVarInt(QByteArray &out, quint32 value,
                               const char *field = "variable byte integer");
OHMQTT_EXPORT void writeString(QByteArray &out, QStringView text, const char *field = "string");
OHMQTT_EXPORT void writeStringPair(QByteArray &out, const StringPair &pair,
                                   const char *field = "string pair");
OHMQTT_EXPORT void writeBinary(QByteArray &out, QByteArrayView data,
                               const char *field = "binary data");

/// Checks the rules of an MQTT UTF-8 string [MQTT-1.5.4-1] [MQTT-1.5.4-2]: well-formed UTF-8
/// without surrogates or U+0000. Returns nullptr when valid, else what is wrong.
OHMQTT_EXPORT const char *utf8Problem(QByteArrayView bytes) noexcept;

} // namespace Serialization

/// Reads fields from a buffer in order; every read checks the remaining length and throws
/// MqttError (MalformedPacket) naming `context` and the field when the data is short or invalid.
class OHMQTT_EXPORT ByteReader
{
public:
    /// Reads `data`, which must outlive the reader; `context` names it in errors.
    explicit ByteReader(QByteArrayView data, const char *context = "packet") noexcept
        : m_data(data)
        , m_context(context)
    { }

    ///@{
    /// Reads the next field of the type; `field` names it in the error when it is short or
    /// invalid (a string that breaks the UTF-8 rules, a variable byte integer over four bytes).
    quint8 readUint8(const char *field);
    quint16 readUint16(const char *field);
    quint32 readUint32(const char *field);
    quint32 readVarInt(const char *field);
    QString readString(const char *field);
    StringPair readStringPair(const char *field);
    QByteArray readBinary(const char *field);
    QByteArrayView readBytes(qsizetype count, const char *field);
    ///@}
    QByteArrayView readRest() noexcept; ///< everything not read yet

    qsizetype position() const noexcept { return m_position; } ///< bytes read so far
    qsizetype remaining() const noexcept { return m_data.size() - m_position; } ///< bytes left
    bool atEnd() const noexcept { return m_position >= m_data.size(); } ///< nothing left
    const char *context() const noexcept { return m_context; } ///< as given

    /// Throws MqttError with `code` and a message naming the context and `what`.
    [[noreturn]] void fail(ReasonCode code, const QString &what) const;

private:
    void require(qsizetype count, const char *field) const;

    QByteArrayView m_data;
    qsizetype m_position = 0;
    const char *m_context;
};

} // namespace OhMqtt
