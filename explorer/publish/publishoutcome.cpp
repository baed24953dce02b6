// PublishOutcome: how a publish ended, in words.
#include "publish/publishoutcome.h"

#include <type_traits>

namespace OhMqttExplorer {

QString PublishOutcome::reasonCodeText(OhMqtt::ReasonCode code)
{
    return QStringLiteral("0x%1 %2")
        .arg(quint8(code), 2, 16, QLatin1Char('0'))
        .arg(OhMqtt::reasonCodeName(code));
}

QString PublishOutcome::describe(const OhMqtt::MqttPublishHandle &handle)
{
    if (handle.isFailed()) {
        const OhMqtt::MqttError error = handle.error();
        return tr("Failed: %1 (reason code %2)")
            .arg(error.message(), reasonCodeText(error.reasonCode()));
    }
    if (!handle.isAcknowledged())
        return tr("Pending");
    return std::visit(
        [](const auto &ack) -> QString {
            using Ack = std::decay_t<decltype(ack)>;
            if constexpr (std::is_same_v<Ack, std::monostate>)
                return tr("Sent (QoS 0: the broker does not acknowledge)");
            else if constexpr (std::is_same_v<Ack, OhMqtt::PubAckPacket>)
                return tr("Acknowledged by PUBACK (%1)").arg(reasonCodeText(ack.reasonCode));
            else if constexpr (std::is_same_v<Ack, OhMqtt::PubCompPacket>)
                return tr("Acknowledged by PUBCOMP (%1)").arg(reasonCodeText(ack.reasonCode));
            else
                return tr("Acknowledged by PUBREC (%1)").arg(reasonCodeText(ack.reasonCode));
        },
        handle.acknowledgement());
}

} // namespace OhMqttExplorer
