// Payload conversion between QML values and bytes.
#include "payloadconversion.h"

#include <QtCore/qjsondocument.h>
#include <QtQml/qjsvalue.h>

namespace OhMqttQuick {

std::optional<QByteArray> payloadBytes(const QVariant &payload)
{
    QVariant value = payload;
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        value = value.value<QJSValue>().toVariant();
    if (!value.isValid() || value.isNull())
        return QByteArray();
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return value.toByteArray();
    case QMetaType::QString:
        return value.toString().toUtf8();
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toString().toUtf8();
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QJsonDocument document = QJsonDocument::fromVariant(value);
        if (document.isNull())
            return std::nullopt;
        return document.toJson(QJsonDocument::Compact);
    }
    default:
        return std::nullopt;
    }
}

} // namespace OhMqttQuick
