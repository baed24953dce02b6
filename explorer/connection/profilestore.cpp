// ProfileStore: profiles to and from QSettings, field by field through the gadget's properties.
#include "connection/profilestore.h"

#include <QtCore/qmetaobject.h>
#include <QtCore/qsettings.h>
#include <QtCore/quuid.h>

namespace OhMqttExplorer {

namespace {

const QString OrderKey = QStringLiteral("connections/order");
const QString LastUsedKey = QStringLiteral("connections/lastUsed");

QString groupOf(const QString &id)
{
    return QStringLiteral("connections/") + id;
}

// Every property but `id` (the group's name) and `password` (never in this file).
const QList<QMetaProperty> &storedFields()
{
    static const QList<QMetaProperty> fields = [] {
        QList<QMetaProperty> result;
        const QMetaObject &meta = ConnectionProfile::staticMetaObject;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
            const QLatin1StringView name(meta.property(i).name());
            if (name != QLatin1StringView("id") && name != QLatin1StringView("password"))
                result.append(meta.property(i));
        }
        return result;
    }();
    return fields;
}

bool isUserProperties(const QMetaProperty &property)
{
    return property.metaType() == QMetaType::fromType<UserProperties>();
}

void writeUserProperties(QSettings &settings, const QString &key, const UserProperties &list)
{
    settings.remove(key);
    settings.beginWriteArray(key, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), list.at(i).name);
        settings.setValue(QStringLiteral("value"), list.at(i).value);
    }
    settings.endArray();
}

UserProperties readUserProperties(QSettings &settings, const QString &key)
{
    UserProperties list;
    const int size = settings.beginReadArray(key);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        list.append({settings.value(QStringLiteral("name")).toString(),
                     settings.value(QStringLiteral("value")).toString()});
    }
    settings.endArray();
    return list;
}

// Enums by their key ("V5", "Q1"): the file stays readable and survives renumbering.
QVariant storedValue(const QMetaProperty &property, const ConnectionProfile &profile)
{
    const QVariant value = property.readOnGadget(&profile);
    if (property.isEnumType())
        return QString::fromLatin1(property.enumerator().valueToKey(value.toInt()));
    return value;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile)
{
    settings.beginGroup(groupOf(profile.id));
    for (const QMetaProperty &property : storedFields()) {
        const QString key = QString::fromLatin1(property.name());
        if (isUserProperties(property))
            writeUserProperties(settings, key,
                                property.readOnGadget(&profile).value<UserProperties>());
        else
            settings.setValue(key, storedValue(property, profile));
    }
    settings.endGroup();
}

// A field missing from the file (an older version wrote it) keeps its default.
ConnectionProfile readProfile(QSettings &settings, const QString &id)
{
    ConnectionProfile profile;
    profile.id = id;
    settings.beginGroup(groupOf(id));
    for (const QMetaProperty &property : storedFields()) {
        const QString key = QString::fromLatin1(property.name());
        if (isUserProperties(property)) {
            property.writeOnGadget(&profile,
                                   QVariant::fromValue(readUserProperties(settings, key)));
        } else if (settings.contains(key)) {
            // QMetaProperty converts the INI's strings, enum keys included.
            property.writeOnGadget(&profile, settings.value(key));
        }
    }
    settings.endGroup();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>())
    , m_settings(m_ownedSettings.get())
{ }

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

ProfileStore::ProfileStore(const QString &iniFileName, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniFileName, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{ }

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::storedIds() const
{
    return m_settings->value(OrderKey).toStringList();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    for (const QString &id : storedIds())
        result.append(readProfile(*m_settings, id));
    if (result.isEmpty())
        result.append(ConnectionProfile::localBroker());
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (storedIds().contains(id))
        return readProfile(*m_settings, id);
    if (storedIds().isEmpty() && id == ConnectionProfile::localBroker().id)
        return ConnectionProfile::localBroker();
    return std::nullopt;
}

bool ProfileStore::contains(const QString &id) const
{
    return profile(id).has_value();
}

ConnectionProfile ProfileStore::newProfile()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return profile;
}

bool ProfileStore::save(const ConnectionProfile &profile)
{
    Q_ASSERT(!profile.id.isEmpty());
    QStringList ids = storedIds();
    if (!ids.contains(profile.id)) {
        ids.append(profile.id);
        m_settings->setValue(OrderKey, ids);
    }
    writeProfile(*m_settings, profile);
    const bool written = sync();
    Q_EMIT profilesChanged();
    return written;
}

bool ProfileStore::remove(const QString &id)
{
    QStringList ids = storedIds();
    ids.removeAll(id);
    m_settings->setValue(OrderKey, ids);
    m_settings->remove(groupOf(id));
    if (m_settings->value(LastUsedKey).toString() == id)
        m_settings->remove(LastUsedKey);
    const bool written = sync();
    Q_EMIT profilesChanged();
    return written;
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings->value(LastUsedKey).toString();
    if (!id.isEmpty() && contains(id))
        return id;
    return profiles().constFirst().id;
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(LastUsedKey, id);
    sync();
}

bool ProfileStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace OhMqttExplorer
