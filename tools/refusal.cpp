// Reason code texts for refused PUBLISH, SUBSCRIBE and UNSUBSCRIBE requests and for DISCONNECT.
#include "refusal.h"

#include <algorithm>

namespace OhMqtt::Cli {

namespace {

QString failedText(const MqttHandle &handle)
{
    return QStringLiteral("failed: ") + handle.error().message();
}

std::optional<ReasonCode> firstError(const QList<ReasonCode> &codes)
{
    const auto refused = std::find_if(codes.cbegin(), codes.cend(), isError);
    return refused == codes.cend() ? std::nullopt : std::optional(*refused);
}

} // namespace

QString reasonCodeText(ReasonCode code, ProtocolVersion version)
{
    const QString name = version == ProtocolVersion::V311 && code == ReasonCode::UnspecifiedError
        ? QStringLiteral("Failure")
        : reasonCodeName(code);
    return QStringLiteral("%1 (0x%2)")
        .arg(name, QString::number(quint8(code), 16).toUpper().rightJustified(2, u'0'));
}

QString refusalText(ReasonCode code, const std::optional<QString> &reasonString,
                    ProtocolVersion version)
{
    QString text = QStringLiteral("refused: ") + reasonCodeText(code, version);
    if (reasonString && !reasonString->isEmpty())
        text += QStringLiteral(": ") + *reasonString;
    return text;
}

QString publishFailureText(const MqttPublishHandle &handle, ProtocolVersion version)
{
    return std::visit(
        [&](const auto &ack) {
            if constexpr (requires { ack.reasonCode; }) {
                if (isError(ack.reasonCode))
                    return refusalText(ack.reasonCode, ack.properties.reasonString(), version);
            }
            return failedText(handle);
        },
        handle.acknowledgement());
}

bool isLostWithConnection(const MqttPublishHandle &handle)
{
    const bool refused = std::visit(
        [](const auto &ack) {
            if constexpr (requires { ack.reasonCode; })
                return isError(ack.reasonCode);
            return false;
        },
        handle.acknowledgement());
    return handle.isFailed() && !refused &&
        handle.error().reasonCode() == ReasonCode::UnspecifiedError;
}

QString subscribeFailureText(const MqttSubscribeHandle &handle, ProtocolVersion version)
{
    const MqttSubscribeResult result = handle.result();
    if (result.isNull() || result.isGranted())
        return failedText(handle);
    return refusalText(result.reasonCode(), result.reasonString(), version);
}

QString unsubscribeFailureText(const MqttUnsubscribeHandle &handle, ProtocolVersion version)
{
    const UnsubAckPacket unsubAck = handle.unsubAck();
    const std::optional<ReasonCode> refused = firstError(unsubAck.reasonCodes);
    return refused ? refusalText(*refused, unsubAck.properties.reasonString(), version)
                   : failedText(handle);
}

} // namespace OhMqtt::Cli
