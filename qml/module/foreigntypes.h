// The library's own types, registered for QML as they are: the enums of namespace OhMqtt as
// `Mqtt`, the value types (gadgets) under lower-case names, and the in-flight model.
#pragma once

#include <OhMqtt/mqttconnectoptions.h>
#include <OhMqtt/mqttconnectresult.h>
#include <OhMqtt/mqtterror.h>
#include <OhMqtt/mqttinflightmessage.h>
#include <OhMqtt/mqttinflightmodel.h>
#include <OhMqtt/mqttmessage.h>
#include <OhMqtt/mqttspec.h>
#include <OhMqtt/mqttsubscribeoptions.h>
#include <OhMqtt/mqttsubscriberesult.h>

#include <QtQml/qqmlengine.h>

namespace OhMqttQuick {

// Mqtt.QoS.Q1, Mqtt.RetainPolicy.Never, Mqtt.ReasonCode.NormalDisconnection, ... (with
// QML_FOREIGN_NAMESPACE, Qt 6.4's type registrar writes code that does not compile; a type extended
// by the namespace gives the same.)
// A QObject type, not a gadget: QML wants value type names in lower case.
class ForeignMqtt : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Mqtt)
    QML_UNCREATABLE("Mqtt only holds enums")
    QML_EXTENDED_NAMESPACE(OhMqtt)
    Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")
};

struct ForeignMessage
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttMessage)
    QML_VALUE_TYPE(mqttMessage)
};

struct ForeignError
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttError)
    QML_VALUE_TYPE(mqttError)
};

struct ForeignConnectOptions
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttConnectOptions)
    QML_VALUE_TYPE(mqttConnectOptions)
};

struct ForeignConnectResult
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttConnectResult)
    QML_VALUE_TYPE(mqttConnectResult)
};

struct ForeignSubscribeOptions
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttSubscribeOptions)
    QML_VALUE_TYPE(mqttSubscribeOptions)
};

struct ForeignSubscribeResult
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttSubscribeResult)
    QML_VALUE_TYPE(mqttSubscribeResult)
};

struct ForeignInflightMessage
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttInflightMessage)
    QML_VALUE_TYPE(mqttInflightMessage)
};

struct ForeignInflightModel
{
    Q_GADGET
    QML_FOREIGN(OhMqtt::MqttInflightModel)
    QML_NAMED_ELEMENT(MqttInflightModel)
};

} // namespace OhMqttQuick
