// A received message turned into what the publish panel sends.
#include "publish/republish.h"

#include "publish/jsontext.h"
#include "publish/payloadtext.h"

namespace OhMqttExplorer {

namespace {

bool isJsonContainer(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return c == u'{' || c == u'[';
    }
    return false;
}

} // namespace

PayloadMode editingModeFor(const QByteArray &payload)
{
    if (payload.size() <= MaximumEditableTextBytes) {
        if (const std::optional<QString> text = editableText(payload)) {
            return isJsonContainer(*text) && checkJson(payload).isNull() ? PayloadMode::Json
                                                                         : PayloadMode::Text;
        }
    }
    return payload.size() <= MaximumEditableHexBytes ? PayloadMode::Hex : PayloadMode::File;
}

PublishRequest republishRequest(const OhMqtt::MqttMessage &message)
{
    PublishRequest request;
    request.topic = message.topic();
    request.payload = message.payload();
    request.payloadMode = editingModeFor(message.payload());
    request.qos = message.qos();
    request.retain = message.retain();
    request.properties = message.properties();
    request.properties.setTopicAlias(std::nullopt);
    request.properties.list().removeAll(OhMqtt::PropertyId::SubscriptionIdentifier);
    return request;
}

} // namespace OhMqttExplorer
