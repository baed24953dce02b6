// MqttError: reason code plus a message naming the packet and field.
#include <OhMqtt/mqtterror.h>

namespace OhMqtt {

class MqttErrorData : public QSharedData
{
public:
    MqttErrorData(QString m, ReasonCode code, MqttError::Kind k)
        : reasonCode(code)
        , kind(k)
        , message(std::move(m))
        , what(message.toUtf8())
    { }

    ReasonCode reasonCode;
    MqttError::Kind kind;
    QString message;
    QByteArray what; // what() must hand out a pointer that lives as long as the error
};

MqttError::MqttError() noexcept = default;

MqttError::MqttError(QString message, ReasonCode code)
    : d(new MqttErrorData(std::move(message), code, Kind::General))
{ }

MqttError::MqttError(QString message, ReasonCode code, Kind kind)
    : d(new MqttErrorData(std::move(message), code, kind))
{ }

MqttError::MqttError(const MqttError &other) noexcept = default;
MqttError::MqttError(MqttError &&other) noexcept = default;
MqttError &MqttError::operator=(const MqttError &other) noexcept = default;
MqttError &MqttError::operator=(MqttError &&other) noexcept = default;
MqttError::~MqttError() = default;

ReasonCode MqttError::reasonCode() const noexcept
{
    return d ? d->reasonCode : ReasonCode::UnspecifiedError;
}

MqttError::Kind MqttError::kind() const noexcept
{
    return d ? d->kind : Kind::General;
}

QString MqttError::message() const
{
    return d ? d->message : QString();
}

bool MqttError::isNull() const noexcept
{
    return !d || d->message.isEmpty();
}

const char *MqttError::what() const noexcept
{
    return d ? d->what.constData() : "";
}

MqttError MqttError::malformed(QString message)
{
    return MqttError(std::move(message), ReasonCode::MalformedPacket);
}

MqttError MqttError::protocol(QString message)
{
    return MqttError(std::move(message), ReasonCode::ProtocolError);
}

QDebug operator<<(QDebug debug, const MqttError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MqttError(" << reasonCodeName(error.reasonCode()) << ", ";
    if (error.kind() != MqttError::Kind::General)
        debug << error.kind() << ", ";
    debug << error.message() << ')';
    return debug;
}

namespace {

// By name too, for queued connections and lookups made with the type's name.
void registerMqttErrorMetaType()
{
    qRegisterMetaType<MqttError>();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(registerMqttErrorMetaType)

} // namespace OhMqtt
