// ProfileStore: every field round-trips through a temporary INI file; order, last used, the
// built-in profile; the password never reaches the file.
#include "connection/profilestore.h"

#include <QtCore/qfile.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace OhMqtt;
using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

namespace {

struct StoredRow
{
    const char *field;
    QVariant value; // differs from the default
};

// One row per stored field: a value unlike the default, with the awkward cases (binary, text
// beyond Latin-1, separators the INI format must escape, the limits of the integer types).
QList<StoredRow> storedRows()
{
    const UserProperties properties {
        {u"name"_s, u"value"_s}, {u"name"_s, u"again"_s}, {u"ünï, cödé"_s, u"a=b;c\"d\\e"_s}};
    return {
        {"name", u"Plant, line 3 = \"west\""_s},
        {"address", u"wss://broker.example:8081/mqtt/ws"_s},
        {"clientId", u"explorer/1 #a"_s},
        {"protocolVersion", QVariant::fromValue(ProtocolVersion::V311)},
        {"cleanStart", false},
        {"keepAlive", 65535},
        {"sessionExpiryInterval", qint64(4'294'967'295)},
        {"connectTimeout", 0},
        {"reconnectDelay", 0},
        {"username", u"ålice@example"_s},
        {"storePasswordInSettings", true},
        {"tlsCaFile", u"/etc/ssl/my ca/ca,1.pem"_s},
        {"tlsCertificateFile", u"/home/u/client.crt"_s},
        {"tlsKeyFile", u"/home/u/client.key"_s},
        {"tlsHostname", u"broker.internal"_s},
        {"tlsInsecure", true},
        {"willEnabled", true},
        {"willTopic", u"clients/explorer/status"_s},
        {"willPayload", QByteArray("\x00\x01offline\xff\n", 11)},
        {"willQos", QVariant::fromValue(QoS::Q2)},
        {"willRetain", true},
        {"willDelayInterval", qint64(4'294'967'295)},
        {"willMessageExpiryInterval", qint64(86'400)},
        {"willPayloadIsUtf8", true},
        {"willContentType", u"application/json"_s},
        {"willResponseTopic", u"replies/explorer"_s},
        {"willCorrelationData", QByteArray("\xde\xad\x00\xbe\xef", 5)},
        {"willUserProperties", QVariant::fromValue(properties)},
        {"receiveMaximum", 65535},
        {"maximumPacketSize", qint64(268'435'460)},
        {"topicAliasMaximum", 1},
        {"requestResponseInformation", true},
        {"requestProblemInformation", false},
        {"userProperties", QVariant::fromValue(properties)},
    };
}

QMetaProperty fieldProperty(const char *field)
{
    const QMetaObject &meta = ConnectionProfile::staticMetaObject;
    return meta.property(meta.indexOfProperty(field));
}

ConnectionProfile withField(ConnectionProfile profile, const char *field, const QVariant &value)
{
    if (!fieldProperty(field).writeOnGadget(&profile, value))
        qFatal("cannot set %s", field);
    return profile;
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void everyFieldRoundTrips_data();
    void everyFieldRoundTrips();
    void everyStoredFieldHasARow();
    void allFieldsTogetherRoundTrip();
    void passwordIsNeverWritten();
    void enumsAreStoredByName();
    void missingFieldsKeepTheirDefaults();
    void emptyStoreOffersTheLocalBroker();
    void localBrokerCanBeSaved();
    void orderIsStable();
    void removeForgetsTheProfile();
    void lastUsedSurvivesAndFallsBack();
    void newProfilesHaveUniqueIds();
    void changesAreSignalled();
    void externalSettingsAreUsed();

private:
    QString iniPath() const { return m_dir->filePath(u"explorer.ini"_s); }
    QByteArray iniText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray tst_ProfileStore::iniText() const
{
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void tst_ProfileStore::everyFieldRoundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    for (const StoredRow &row : storedRows())
        QTest::newRow(row.field) << QString::fromLatin1(row.field) << row.value;
}

void tst_ProfileStore::everyFieldRoundTrips()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    const QByteArray name = field.toLatin1();
    const ConnectionProfile defaults = ProfileStore::newProfile();
    const ConnectionProfile profile = withField(defaults, name.constData(), value);
    QVERIFY2(profile != defaults, "the row's value is the default: it proves nothing");

    {
        ProfileStore store(iniPath());
        QVERIFY(store.save(profile));
    }
    const ProfileStore reloaded(iniPath()); // a new QSettings: read from the file
    const std::optional<ConnectionProfile> loaded = reloaded.profile(profile.id);
    QVERIFY(loaded);
    QCOMPARE(fieldProperty(name.constData()).readOnGadget(&*loaded), value);
    QVERIFY(*loaded == profile);
}

// A field added to ConnectionProfile without a row above fails here.
void tst_ProfileStore::everyStoredFieldHasARow()
{
    QStringList rows;
    for (const StoredRow &row : storedRows())
        rows.append(QString::fromLatin1(row.field));
    const QMetaObject &meta = ConnectionProfile::staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QString field = QString::fromLatin1(meta.property(i).name());
        if (field == u"id" || field == u"password")
            continue; // the key; never stored
        QVERIFY2(rows.contains(field), qPrintable(field));
    }
}

void tst_ProfileStore::allFieldsTogetherRoundTrip()
{
    ConnectionProfile profile = ProfileStore::newProfile();
    for (const StoredRow &row : storedRows())
        profile = withField(profile, row.field, row.value);
    {
        ProfileStore store(iniPath());
        QVERIFY(store.save(profile));
    }
    const ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 1);
    QVERIFY(reloaded.profiles().constFirst() == profile);
}

void tst_ProfileStore::passwordIsNeverWritten()
{
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.name = u"Secured"_s;
    profile.username = u"alice"_s;
    profile.password = u"pw-5d41402a-not-in-the-file"_s;
    profile.storePasswordInSettings = true; // the store itself writes no password, opted in or not
    ProfileStore store(iniPath());
    QVERIFY(store.save(profile));

    const QByteArray text = iniText();
    QVERIFY(text.contains("alice")); // the file was written
    QVERIFY(!text.contains("pw-5d41402a"));
    QVERIFY(store.profile(profile.id)->password.isEmpty());
}

void tst_ProfileStore::enumsAreStoredByName()
{
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.protocolVersion = ProtocolVersion::V311;
    profile.willQos = QoS::Q2;
    ProfileStore store(iniPath());
    QVERIFY(store.save(profile));
    const QByteArray text = iniText();
    QVERIFY2(text.contains("protocolVersion=V311"), text.constData());
    QVERIFY2(text.contains("willQos=Q2"), text.constData());
}

// A file from an older explorer, without the newer fields.
void tst_ProfileStore::missingFieldsKeepTheirDefaults()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        settings.setValue(u"connections/order"_s, QStringList {u"old"_s});
        settings.setValue(u"connections/old/name"_s, u"Old"_s);
        settings.setValue(u"connections/old/address"_s, u"mqtt://old.example"_s);
    }
    ConnectionProfile expected;
    expected.id = u"old"_s;
    expected.name = u"Old"_s;
    expected.address = u"mqtt://old.example"_s;
    const ProfileStore store(iniPath());
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profiles().constFirst() == expected);
}

void tst_ProfileStore::emptyStoreOffersTheLocalBroker()
{
    const ProfileStore store(iniPath());
    const QList<ConnectionProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QVERIFY(profiles.constFirst() == ConnectionProfile::localBroker());
    QCOMPARE(profiles.constFirst().address, u"mqtt://127.0.0.1:1883"_s);
    QCOMPARE(store.lastUsedId(), ConnectionProfile::localBroker().id);
    QVERIFY(store.contains(ConnectionProfile::localBroker().id));
    QVERIFY(!QFile::exists(iniPath())); // offered, not written
}

void tst_ProfileStore::localBrokerCanBeSaved()
{
    ProfileStore store(iniPath());
    ConnectionProfile local = ConnectionProfile::localBroker();
    local.keepAlive = 5;
    QVERIFY(store.save(local));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().keepAlive, 5);
}

void tst_ProfileStore::orderIsStable()
{
    QStringList ids;
    {
        ProfileStore store(iniPath());
        for (const QString &name : {u"Charlie"_s, u"alpha"_s, u"Bravo"_s}) {
            ConnectionProfile profile = ProfileStore::newProfile();
            profile.name = name;
            QVERIFY(store.save(profile));
            ids.append(profile.id);
        }
        // Saving again keeps a profile in its place, whatever its new name.
        ConnectionProfile second = *store.profile(ids.at(1));
        second.name = u"Zulu"_s;
        QVERIFY(store.save(second));
    }
    const ProfileStore reloaded(iniPath());
    QStringList names;
    QStringList loadedIds;
    for (const ConnectionProfile &profile : reloaded.profiles()) {
        names.append(profile.name);
        loadedIds.append(profile.id);
    }
    QCOMPARE(names, (QStringList {u"Charlie"_s, u"Zulu"_s, u"Bravo"_s}));
    QCOMPARE(loadedIds, ids);
}

void tst_ProfileStore::removeForgetsTheProfile()
{
    ProfileStore store(iniPath());
    ConnectionProfile first = ProfileStore::newProfile();
    first.name = u"First"_s;
    ConnectionProfile second = ProfileStore::newProfile();
    second.name = u"Second"_s;
    QVERIFY(store.save(first) && store.save(second));
    QVERIFY(store.remove(first.id));

    QVERIFY(!store.contains(first.id));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().id, second.id);
    QVERIFY(!iniText().contains(first.id.toLatin1()));

    QVERIFY(store.remove(second.id)); // the last one: the built-in profile is offered again
    QVERIFY(store.profiles().constFirst() == ConnectionProfile::localBroker());
}

void tst_ProfileStore::lastUsedSurvivesAndFallsBack()
{
    ConnectionProfile first = ProfileStore::newProfile();
    ConnectionProfile second = ProfileStore::newProfile();
    {
        ProfileStore store(iniPath());
        QVERIFY(store.save(first) && store.save(second));
        QCOMPARE(store.lastUsedId(), first.id); // nothing used yet: the first
        store.setLastUsedId(second.id);
    }
    ProfileStore store(iniPath());
    QCOMPARE(store.lastUsedId(), second.id);
    QVERIFY(store.remove(second.id));
    QCOMPARE(store.lastUsedId(), first.id);
}

void tst_ProfileStore::newProfilesHaveUniqueIds()
{
    const ConnectionProfile a = ProfileStore::newProfile();
    const ConnectionProfile b = ProfileStore::newProfile();
    QVERIFY(!a.id.isEmpty());
    QVERIFY(a.id != b.id);
    QVERIFY(!a.id.contains(u'/') && !a.id.contains(u'{'));
}

void tst_ProfileStore::changesAreSignalled()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const ConnectionProfile profile = ProfileStore::newProfile();
    QVERIFY(store.save(profile));
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.remove(profile.id));
    QCOMPARE(changed.size(), 2);
}

void tst_ProfileStore::externalSettingsAreUsed()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    ConnectionProfile profile = ProfileStore::newProfile();
    profile.name = u"Shared settings"_s;
    {
        ProfileStore store(&settings);
        QCOMPARE(store.settings(), &settings);
        QVERIFY(store.save(profile));
    }
    QCOMPARE(settings.value(u"connections/%1/name"_s.arg(profile.id)).toString(),
             u"Shared settings"_s);
}

QTEST_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
