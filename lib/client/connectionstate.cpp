// The connection's state machine: names of the states for logs and messages.
#include "client/connectionstate.h"

#include <QtCore/qmetaobject.h>

namespace OhMqtt::ConnectionState {

QString name(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

} // namespace OhMqtt::ConnectionState
