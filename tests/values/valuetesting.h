// Helpers of the values suite: a gadget's properties read and written as QML does.
#pragma once

#include <QtCore/qmetaobject.h>
#include <QtCore/qvariant.h>
#include <QtTest/QTest>

#include <functional>

namespace ValueTesting {

// The names of the gadget's own properties, in declaration order.
inline QStringList propertyNames(const QMetaObject &metaObject)
{
    QStringList names;
    for (int i = metaObject.propertyOffset(); i < metaObject.propertyCount(); ++i)
        names.append(QString::fromLatin1(metaObject.property(i).name()));
    return names;
}

// The property `name` of `gadget`, read through the meta-object as QML reads it.
template<typename Gadget> QVariant readProperty(const Gadget &gadget, const char *name)
{
    const QMetaObject &metaObject = Gadget::staticMetaObject;
    const int index = metaObject.indexOfProperty(name);
    if (index < 0)
        return QVariant();
    return metaObject.property(index).readOnGadget(&gadget);
}

// Writes through the meta-object, as QML does; false when the property is missing or read-only.
template<typename Gadget>
bool writeProperty(Gadget &gadget, const char *name, const QVariant &value)
{
    const QMetaObject &metaObject = Gadget::staticMetaObject;
    const int index = metaObject.indexOfProperty(name);
    return index >= 0 && metaObject.property(index).writeOnGadget(&gadget, value);
}

// Every property of the gadget by name, read through the meta-object.
template<typename Gadget> QVariantMap readAll(const Gadget &gadget)
{
    QVariantMap values;
    for (const QString &name : propertyNames(Gadget::staticMetaObject))
        values.insert(name, readProperty(gadget, name.toLatin1().constData()));
    return values;
}

// The names of the properties whose values differ between `a` and `b`.
inline QStringList changedProperties(const QVariantMap &a, const QVariantMap &b)
{
    QStringList changed;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value())
            changed.append(it.key());
    }
    return changed;
}

// `change`, applied to a default-constructed gadget, alters `property` and no other property.
template<typename Gadget>
void verifyChangesOnly(const std::function<void(Gadget &)> &change, const QString &property)
{
    Gadget gadget;
    const QVariantMap before = readAll(gadget);
    change(gadget);
    QCOMPARE(changedProperties(before, readAll(gadget)), QStringList {property});
    QVERIFY(gadget != Gadget());
}

inline bool isWritable(const QMetaObject &metaObject, const char *name)
{
    const int index = metaObject.indexOfProperty(name);
    return index >= 0 && metaObject.property(index).isWritable();
}

} // namespace ValueTesting
