// The topic checks that report instead of throwing, and joinShare()'s argument order.
#include <OhMqtt/mqtttopic.h>

#include "values/tests.h"

#include <QtTest/QTest>

#include <type_traits>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

// joinShare(topicFilter, shareName): the share name has a type of its own, so the reverse order
// (the old one) and two plain strings do not compile.
template<typename First, typename Second>
constexpr bool joinShareAccepts = requires(First first, Second second)
{
    joinShare(first, second);
};
static_assert(joinShareAccepts<QStringView, ShareName>);
static_assert(joinShareAccepts<QString, ShareName>);
static_assert(!joinShareAccepts<ShareName, QStringView>);
static_assert(!joinShareAccepts<QString, QString>);
static_assert(!std::is_convertible_v<QString, ShareName>);

} // namespace

class tst_TopicChecks : public QObject
{
    Q_OBJECT

private slots:
    void topicErrorNamesTheRule_data();
    void topicErrorNamesTheRule();
    void validTextHasNullError();
    void joinShareReportsInvalidShareName();
    void joinShareJoinsInTheReferenceOrder();
};

void tst_TopicChecks::topicErrorNamesTheRule_data()
{
    QTest::addColumn<int>("which"); // 0: topic name, 1: topic filter, 2: share name
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QString>("rule");
    QTest::newRow("wildcard in a topic name")
        << 0 << u"a/+"_s << ReasonCode::TopicNameInvalid << u"[MQTT-4.7.0-1]"_s;
    QTest::newRow("empty topic name")
        << 0 << QString() << ReasonCode::TopicNameInvalid << u"[MQTT-4.7.3-1]"_s;
    QTest::newRow("# not last") << 1 << u"a/#/b"_s << ReasonCode::TopicFilterInvalid
                                << u"[MQTT-4.7.1-1]"_s;
    QTest::newRow("share name with /")
        << 2 << u"a/b"_s << ReasonCode::TopicFilterInvalid << u"[MQTT-4.8.2-2]"_s;
}

void tst_TopicChecks::topicErrorNamesTheRule()
{
    QFETCH(int, which);
    QFETCH(QString, text);
    QFETCH(ReasonCode, code);
    QFETCH(QString, rule);
    const MqttError error = which == 0 ? topicError(text)
        : which == 1                   ? topicFilterError(text)
                                       : shareNameError(text);
    QVERIFY(!error.isNull());
    QCOMPARE(error.reasonCode(), code);
    QVERIFY2(error.message().contains(rule), qPrintable(error.message()));
}

void tst_TopicChecks::validTextHasNullError()
{
    QVERIFY(topicError(u"a/b").isNull());
    QVERIFY(topicFilterError(u"a/+/#").isNull());
    QVERIFY(shareNameError(u"group").isNull());
    QVERIFY(isValidShareName(u"group"));
    QVERIFY(!isValidShareName(u"gr#oup"));
}

void tst_TopicChecks::joinShareReportsInvalidShareName()
{
    MqttError error;
    QString joined = u"untouched"_s;
    try {
        joined = joinShare(u"sport/#", ShareName(u"a+b"_s), &error);
    } catch (...) {
        QFAIL("joinShare threw");
    }
    QCOMPARE(joined, QString());
    QCOMPARE(error.reasonCode(), ReasonCode::TopicFilterInvalid);
    QVERIFY2(error.message().contains(u"share name"), qPrintable(error.message()));
    QVERIFY(!ShareName(u"a+b"_s).isValid());
}

void tst_TopicChecks::joinShareJoinsInTheReferenceOrder()
{
    MqttError error(u"stale"_s);
    QCOMPARE(joinShare(u"sport/tennis/+", ShareName(u"consumer1"_s), &error),
             u"$share/consumer1/sport/tennis/+"_s);
    QVERIFY(error.isNull()); // cleared on success
    QCOMPARE(ShareName(u"consumer1"_s).name(), u"consumer1"_s);
}

int runTopicCheckTests(int argc, char **argv)
{
    tst_TopicChecks tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_topicchecks.moc"
