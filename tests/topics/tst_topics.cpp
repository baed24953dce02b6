// Topic names, topic filters and share names: validation, matching and joining [MQTT-4.7, 4.8.2].
#include <OhMqtt/mqtttopic.h>

#include "packet/topicvalidation.h"

#include <QtTest/QTest>

#include <optional>

using namespace OhMqtt;
using namespace Qt::StringLiterals;

namespace {

template<typename Call> std::optional<MqttError> errorFrom(Call call)
{
    try {
        call();
    } catch (const MqttError &error) {
        return error;
    }
    return std::nullopt;
}

// Error messages quote the input (its start when long), showing U+0000 as "\0".
bool quotesInput(const QString &message, const QString &input)
{
    return message.contains(u'"' + QString(input).replace(QChar(u'\0'), u"\\0"_s).left(40));
}

// `check` (topicError() and the like) must give `code` with a message naming `subject`, quoting
// `input`, saying `problem`; the private throwing form `validate` must throw the same.
template<typename Check, typename Validate>
void verifyRejected(Check check, Validate validate, ReasonCode code, const QString &subject,
                    const QString &input, const QString &problem)
{
    const MqttError error = check(input);
    QVERIFY2(!error.isNull(), "no error");
    QCOMPARE(error.reasonCode(), code);
    QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    QVERIFY2(error.message().contains(subject), qPrintable(error.message()));
    QVERIFY2(quotesInput(error.message(), input), qPrintable(error.message()));

    const std::optional<MqttError> thrown = errorFrom([&] { validate(input); });
    QVERIFY2(thrown, "no MqttError thrown");
    QCOMPARE(thrown->reasonCode(), code);
    QCOMPARE(thrown->message(), error.message());
}

// `check` gives a null error for `input`, and `validate` throws nothing.
template<typename Check, typename Validate>
void verifyAccepted(Check check, Validate validate, const QString &input)
{
    const MqttError error = check(input);
    QVERIFY2(error.isNull(), qPrintable(error.message()));
    const std::optional<MqttError> thrown = errorFrom([&] { validate(input); });
    QVERIFY2(!thrown, qPrintable(thrown ? thrown->message() : QString()));
}

const QChar Euro(0x20AC); // three bytes of UTF-8
const QChar EWithAcute(0x00E9); // two bytes of UTF-8
const QString Emoji = u"\U0001F600"_s; // a surrogate pair, four bytes of UTF-8
const QChar HighSurrogate(0xD83D);
const QChar LowSurrogate(0xDE00);

// Rows give an input; rejections add a phrase the error message must contain.
void addValidColumn()
{
    QTest::addColumn<QString>("input");
}

void addInvalidColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");
}

} // namespace

class TestTopics : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidTopicName_data();
    void acceptsValidTopicName();
    void rejectsInvalidTopicName_data();
    void rejectsInvalidTopicName();

    void acceptsValidTopicFilter_data();
    void acceptsValidTopicFilter();
    void rejectsInvalidTopicFilter_data();
    void rejectsInvalidTopicFilter();

    void acceptsValidShareName_data();
    void acceptsValidShareName();
    void rejectsInvalidShareName_data();
    void rejectsInvalidShareName();

    void matchesTopicAgainstFilter_data();
    void matchesTopicAgainstFilter();

    void joinsShareNameAndFilter_data();
    void joinsShareNameAndFilter();
    void joinShareRejectsInvalidParts_data();
    void joinShareRejectsInvalidParts();
};

void TestTopics::acceptsValidTopicName_data()
{
    addValidColumn();
    QTest::newRow("[MQTT-4.7.3-1] one character") << u"a"_s;
    QTest::newRow("levels") << u"sport/tennis/player1"_s;
    QTest::newRow("4.7.3 space character: Accounts payable") << u"Accounts payable"_s;
    QTest::newRow("4.7.3 leading slash: /finance") << u"/finance"_s;
    QTest::newRow("4.7.3 only a slash: /") << u"/"_s;
    QTest::newRow("empty levels: //") << u"//"_s;
    QTest::newRow("trailing slash: sport/") << u"sport/"_s;
    QTest::newRow("4.7.2 $SYS/monitor/Clients") << u"$SYS/monitor/Clients"_s;
    QTest::newRow("non-ASCII characters") << u"Gr\u00FC\u00DFe/\u6E29\u5EA6"_s;
    QTest::newRow("[MQTT-1.5.4-1] surrogate pair") << u"face/"_s + Emoji;
    QTest::newRow("[MQTT-4.7.3-3] 65535 ASCII bytes") << QString(65535, u'a');
    QTest::newRow("[MQTT-4.7.3-3] 21845 three-byte characters: 65535 bytes")
        << QString(21845, Euro);
    QTest::newRow("[MQTT-4.7.3-3] 16383 surrogate pairs and 3 bytes: 65535 bytes")
        << Emoji.repeated(16383) + u"abc"_s;
}

void TestTopics::acceptsValidTopicName()
{
    QFETCH(QString, input);
    QVERIFY(isValidTopic(input));
    verifyAccepted(topicError, validateTopic, input);
}

void TestTopics::rejectsInvalidTopicName_data()
{
    addInvalidColumns();
    QTest::newRow("[MQTT-4.7.3-1] empty") << QString() << u"empty"_s;
    QTest::newRow("[MQTT-4.7.0-1] + alone") << u"+"_s << u"wildcard '+'"_s;
    QTest::newRow("[MQTT-4.7.0-1] # alone") << u"#"_s << u"wildcard '#'"_s;
    QTest::newRow("[MQTT-3.3.2-2] + as a level: sport/+/player1")
        << u"sport/+/player1"_s << u"wildcard '+'"_s;
    QTest::newRow("[MQTT-3.3.2-2] # as a level: sport/tennis/#")
        << u"sport/tennis/#"_s << u"wildcard '#'"_s;
    QTest::newRow("[MQTT-4.7.0-1] + inside a level: sport+") << u"sport+"_s << u"wildcard '+'"_s;
    QTest::newRow("[MQTT-4.7.0-1] # inside a level: sport#") << u"sport#"_s << u"wildcard '#'"_s;
    QTest::newRow("[MQTT-4.7.3-2] U+0000 inside") << u"sport/\0tennis"_s << u"U+0000"_s;
    QTest::newRow("[MQTT-4.7.3-2] only U+0000") << u"\0"_s << u"U+0000"_s;
    QTest::newRow("[MQTT-4.7.3-3] 65536 ASCII bytes") << QString(65536, u'a') << u"65536 bytes"_s;
    QTest::newRow("[MQTT-4.7.3-3] 32768 two-byte characters: 65536 bytes")
        << QString(32768, EWithAcute) << u"65536 bytes"_s;
    QTest::newRow("[MQTT-4.7.3-3] 21846 three-byte characters: 65538 bytes")
        << QString(21846, Euro) << u"65538 bytes"_s;
    QTest::newRow("[MQTT-4.7.3-3] 16384 surrogate pairs: 65536 bytes")
        << Emoji.repeated(16384) << u"65536 bytes"_s;
    QTest::newRow("[MQTT-1.5.4-1] unpaired high surrogate")
        << u"sport/"_s + HighSurrogate << u"surrogate"_s;
    QTest::newRow("[MQTT-1.5.4-1] unpaired low surrogate")
        << u"sport/"_s + LowSurrogate + u"x"_s << u"surrogate"_s;
    QTest::newRow("[MQTT-1.5.4-1] surrogates in the wrong order")
        << QString(LowSurrogate) + HighSurrogate << u"surrogate"_s;
}

void TestTopics::rejectsInvalidTopicName()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QVERIFY(!isValidTopic(input));
    verifyRejected(topicError, validateTopic, ReasonCode::TopicNameInvalid, u"topic name"_s, input,
                   problem);
}

void TestTopics::acceptsValidTopicFilter_data()
{
    addValidColumn();
    QTest::newRow("4.7.1.2 # is valid") << u"#"_s;
    QTest::newRow("4.7.1.2 sport/tennis/# is valid") << u"sport/tennis/#"_s;
    QTest::newRow("4.7.1.2 sport/tennis/player1/#") << u"sport/tennis/player1/#"_s;
    QTest::newRow("4.7.1.2 sport/#") << u"sport/#"_s;
    QTest::newRow("4.7.1.3 + is valid") << u"+"_s;
    QTest::newRow("4.7.1.3 +/tennis/# is valid") << u"+/tennis/#"_s;
    QTest::newRow("4.7.1.3 sport/+/player1 is valid") << u"sport/+/player1"_s;
    QTest::newRow("4.7.1.3 sport/tennis/+") << u"sport/tennis/+"_s;
    QTest::newRow("4.7.1.3 +/+") << u"+/+"_s;
    QTest::newRow("4.7.1.3 /+") << u"/+"_s;
    QTest::newRow("4.7.2 $SYS/#") << u"$SYS/#"_s;
    QTest::newRow("4.7.2 $SYS/monitor/+") << u"$SYS/monitor/+"_s;
    QTest::newRow("4.7.2 +/monitor/Clients") << u"+/monitor/Clients"_s;
    QTest::newRow("4.7.3 only a slash: /") << u"/"_s;
    QTest::newRow("4.7.3 space character: Accounts payable") << u"Accounts payable"_s;
    QTest::newRow("[MQTT-4.7.1-2] + at every level") << u"+/+/+"_s;
    QTest::newRow("[MQTT-4.7.1-1] # after an empty level: /#") << u"/#"_s;
    QTest::newRow("[MQTT-4.7.1-2] + and # together: +/#") << u"+/#"_s;
    QTest::newRow("4.8.2 $share/consumer1/sport/tennis/+") << u"$share/consumer1/sport/tennis/+"_s;
    QTest::newRow("4.8.2 $share/consumer2/sport/tennis/+") << u"$share/consumer2/sport/tennis/+"_s;
    QTest::newRow("4.8.2 $share/consumer1//finance") << u"$share/consumer1//finance"_s;
    QTest::newRow("[MQTT-4.8.2-2] shared #") << u"$share/g/#"_s;
    QTest::newRow("[MQTT-4.8.2-2] shared +") << u"$share/g/+"_s;
    QTest::newRow("$share without a slash is an ordinary filter") << u"$share"_s;
    QTest::newRow("$shared/g/a is an ordinary filter") << u"$shared/g/a"_s;
    QTest::newRow("[MQTT-4.7.3-3] 65535 bytes") << QString(65535, u'a');
    QTest::newRow("[MQTT-4.7.3-3] shared filter of 65535 bytes in all")
        << u"$share/g/"_s + QString(65526, u'a');
}

void TestTopics::acceptsValidTopicFilter()
{
    QFETCH(QString, input);
    QVERIFY(isValidTopicFilter(input));
    verifyAccepted(topicFilterError, validateTopicFilter, input);
}

void TestTopics::rejectsInvalidTopicFilter_data()
{
    addInvalidColumns();
    QTest::newRow("[MQTT-4.7.3-1] empty") << QString() << u"empty"_s;
    QTest::newRow("[MQTT-4.7.1-1] 4.7.1.2 sport/tennis# is not valid")
        << u"sport/tennis#"_s << u"'#' must be alone"_s;
    QTest::newRow("[MQTT-4.7.1-1] 4.7.1.2 sport/tennis/#/ranking is not valid")
        << u"sport/tennis/#/ranking"_s << u"'#' must be in the last level"_s;
    QTest::newRow("[MQTT-4.7.1-1] # before a trailing slash: #/")
        << u"#/"_s << u"'#' must be in the last level"_s;
    QTest::newRow("[MQTT-4.7.1-1] ##") << u"##"_s << u"'#' must be alone"_s;
    QTest::newRow("[MQTT-4.7.1-1] #sport") << u"#sport"_s << u"'#' must be alone"_s;
    QTest::newRow("[MQTT-4.7.1-1] +# in one level") << u"sport/+#"_s << u"'#' must be alone"_s;
    QTest::newRow("[MQTT-4.7.1-2] 4.7.1.3 sport+ is not valid")
        << u"sport+"_s << u"'+' must occupy a whole level"_s;
    QTest::newRow("[MQTT-4.7.1-2] +sport") << u"+sport"_s << u"'+' must occupy"_s;
    QTest::newRow("[MQTT-4.7.1-2] sport/+tennis/player1")
        << u"sport/+tennis/player1"_s << u"'+' must occupy"_s;
    QTest::newRow("[MQTT-4.7.1-2] ++") << u"++"_s << u"'+' must occupy"_s;
    QTest::newRow("[MQTT-4.7.3-2] U+0000") << u"sport/\0"_s << u"U+0000"_s;
    QTest::newRow("[MQTT-4.7.3-3] 65536 bytes") << QString(65536, u'a') << u"65536 bytes"_s;
    QTest::newRow("[MQTT-4.7.3-3] shared filter of 65536 bytes in all")
        << u"$share/g/"_s + QString(65527, u'a') << u"65536 bytes"_s;
    QTest::newRow("[MQTT-1.5.4-1] unpaired surrogate")
        << u"sport/"_s + HighSurrogate + u"/#"_s << u"surrogate"_s;
    QTest::newRow("[MQTT-4.8.2-1] $share/ with no share name")
        << u"$share/"_s << u"share name is empty"_s;
    QTest::newRow("[MQTT-4.8.2-1] $share//finance has an empty share name")
        << u"$share//finance"_s << u"share name is empty"_s;
    QTest::newRow("[MQTT-4.8.2-2] $share/consumer1 with no filter")
        << u"$share/consumer1"_s << u"followed by '/' and a topic filter"_s;
    QTest::newRow("[MQTT-4.8.2-2] $share/consumer1/ with an empty filter")
        << u"$share/consumer1/"_s << u"followed by '/' and a topic filter"_s;
    QTest::newRow("[MQTT-4.8.2-2] + as the share name")
        << u"$share/+/sport"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] # as the share name")
        << u"$share/#"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] + inside the share name")
        << u"$share/con+sumer/sport"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.7.1-1] shared filter follows the # rule")
        << u"$share/g/sport/tennis#"_s << u"'#' must be alone"_s;
    QTest::newRow("[MQTT-4.7.1-2] shared filter follows the + rule")
        << u"$share/g/sport+"_s << u"'+' must occupy"_s;
}

void TestTopics::rejectsInvalidTopicFilter()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QVERIFY(!isValidTopicFilter(input));
    verifyRejected(topicFilterError, validateTopicFilter, ReasonCode::TopicFilterInvalid,
                   u"topic filter"_s, input, problem);
}

void TestTopics::acceptsValidShareName_data()
{
    addValidColumn();
    QTest::newRow("[MQTT-4.8.2-1] one character") << u"g"_s;
    QTest::newRow("4.8.2 consumer1") << u"consumer1"_s;
    QTest::newRow("parentheses") << u"(foo)"_s;
    QTest::newRow("spaces") << u"B A R"_s;
    QTest::newRow("dash and digits") << u"baz-23"_s;
    QTest::newRow("dollar sign") << u"$share"_s;
    QTest::newRow("non-ASCII") << u"Gr\u00FC\u00DFe"_s;
}

void TestTopics::acceptsValidShareName()
{
    QFETCH(QString, input);
    QVERIFY(isValidShareName(input));
    QVERIFY(ShareName(input).isValid());
    verifyAccepted(shareNameError, validateShareName, input);
    QVERIFY(isValidTopicFilter(u"$share/"_s + input + u"/sport/#"_s));
}

void TestTopics::rejectsInvalidShareName_data()
{
    addInvalidColumns();
    QTest::newRow("[MQTT-4.8.2-1] empty") << QString() << u"share name is empty"_s;
    QTest::newRow("[MQTT-4.8.2-2] slash: a/b") << u"a/b"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] +") << u"+"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] #") << u"#"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] + inside") << u"con+sumer"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] # inside") << u"con#sumer"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.7.3-2] U+0000") << u"\0"_s << u"U+0000"_s;
    QTest::newRow("[MQTT-4.7.3-3] 65536 bytes") << QString(65536, u'a') << u"65536 bytes"_s;
}

void TestTopics::rejectsInvalidShareName()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QVERIFY(!isValidShareName(input));
    QVERIFY(!ShareName(input).isValid());
    verifyRejected(shareNameError, validateShareName, ReasonCode::TopicFilterInvalid,
                   u"share name"_s, input, problem);
}

void TestTopics::matchesTopicAgainstFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("matches");

    // 4.7.1.2 Multi-level wildcard
    QTest::newRow("4.7.1.2 sport/tennis/player1/# matches sport/tennis/player1")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.7.1.2 sport/tennis/player1/# matches sport/tennis/player1/ranking")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/ranking"_s << true;
    QTest::newRow("4.7.1.2 sport/tennis/player1/# matches .../score/wimbledon")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/score/wimbledon"_s << true;
    QTest::newRow("4.7.1.2 sport/# matches the parent level sport")
        << u"sport/#"_s << u"sport"_s << true;
    QTest::newRow("4.7.1.2 # matches every application message")
        << u"#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("# matches a one-level topic") << u"#"_s << u"sport"_s << true;
    QTest::newRow("# matches /") << u"#"_s << u"/"_s << true;
    QTest::newRow("sport/tennis/player1/# does not match a sibling")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player2"_s << false;
    QTest::newRow("sport/tennis/player1/# does not match the grandparent")
        << u"sport/tennis/player1/#"_s << u"sport/tennis"_s << false;
    QTest::newRow("sport/tennis/# does not match sport/tennisball")
        << u"sport/tennis/#"_s << u"sport/tennisball"_s << false;
    QTest::newRow("sport/# matches sport/ (empty child level)")
        << u"sport/#"_s << u"sport/"_s << true;

    // 4.7.1.3 Single-level wildcard
    QTest::newRow("4.7.1.3 sport/tennis/+ matches sport/tennis/player1")
        << u"sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.7.1.3 sport/tennis/+ matches sport/tennis/player2")
        << u"sport/tennis/+"_s << u"sport/tennis/player2"_s << true;
    QTest::newRow("4.7.1.3 sport/tennis/+ does not match sport/tennis/player1/ranking")
        << u"sport/tennis/+"_s << u"sport/tennis/player1/ranking"_s << false;
    QTest::newRow("4.7.1.3 sport/+ does not match sport") << u"sport/+"_s << u"sport"_s << false;
    QTest::newRow("4.7.1.3 sport/+ matches sport/") << u"sport/+"_s << u"sport/"_s << true;
    QTest::newRow("4.7.1.3 /finance matches +/+") << u"+/+"_s << u"/finance"_s << true;
    QTest::newRow("4.7.1.3 /finance matches /+") << u"/+"_s << u"/finance"_s << true;
    QTest::newRow("4.7.1.3 /finance does not match +") << u"+"_s << u"/finance"_s << false;
    QTest::newRow("4.7.1.3 +/tennis/# matches sport/tennis/player1")
        << u"+/tennis/#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.7.1.3 +/tennis/# matches sport/tennis")
        << u"+/tennis/#"_s << u"sport/tennis"_s << true;
    QTest::newRow("4.7.1.3 sport/+/player1 matches sport/tennis/player1")
        << u"sport/+/player1"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("sport/+/player1 matches an empty level: sport//player1")
        << u"sport/+/player1"_s << u"sport//player1"_s << true;
    QTest::newRow("sport/+/player1 does not match sport/tennis/player2")
        << u"sport/+/player1"_s << u"sport/tennis/player2"_s << false;
    QTest::newRow("+ matches sport") << u"+"_s << u"sport"_s << true;
    QTest::newRow("+/+ does not match sport") << u"+/+"_s << u"sport"_s << false;
    QTest::newRow("+/+ matches /") << u"+/+"_s << u"/"_s << true;
    QTest::newRow("sport/+/+ does not match sport/tennis")
        << u"sport/+/+"_s << u"sport/tennis"_s << false;
    QTest::newRow("+/# matches sport through the parent level") << u"+/#"_s << u"sport"_s << true;

    // 4.7.2 Topics beginning with $
    QTest::newRow("[MQTT-4.7.2-1] 4.7.2 # does not match $SYS/monitor/Clients")
        << u"#"_s << u"$SYS/monitor/Clients"_s << false;
    QTest::newRow("[MQTT-4.7.2-1] 4.7.2 +/monitor/Clients does not match $SYS/monitor/Clients")
        << u"+/monitor/Clients"_s << u"$SYS/monitor/Clients"_s << false;
    QTest::newRow("4.7.2 +/monitor/Clients matches a topic without $")
        << u"+/monitor/Clients"_s << u"sys/monitor/Clients"_s << true;
    QTest::newRow("4.7.2 $SYS/# matches $SYS/monitor/Clients")
        << u"$SYS/#"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("4.7.2 $SYS/monitor/+ matches $SYS/monitor/Clients")
        << u"$SYS/monitor/+"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("[MQTT-4.7.2-1] + does not match $SYS") << u"+"_s << u"$SYS"_s << false;
    QTest::newRow("[MQTT-4.7.2-1] # does not match $") << u"#"_s << u"$"_s << false;
    QTest::newRow("[MQTT-4.7.2-1] +/# does not match $SYS/broker")
        << u"+/#"_s << u"$SYS/broker"_s << false;
    QTest::newRow("$SYS/# matches the parent level $SYS") << u"$SYS/#"_s << u"$SYS"_s << true;
    QTest::newRow("$SYS/monitor/Clients matches itself")
        << u"$SYS/monitor/Clients"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("a wildcard after the first level matches $ inside: sport/+")
        << u"sport/+"_s << u"sport/$tennis"_s << true;

    // 4.7.3 Topic semantic and usage
    QTest::newRow("4.7.3 case sensitive: ACCOUNTS does not match Accounts")
        << u"ACCOUNTS"_s << u"Accounts"_s << false;
    QTest::newRow("4.7.3 Accounts payable matches itself")
        << u"Accounts payable"_s << u"Accounts payable"_s << true;
    QTest::newRow("4.7.3 /finance does not match finance")
        << u"/finance"_s << u"finance"_s << false;
    QTest::newRow("4.7.3 finance does not match /finance")
        << u"finance"_s << u"/finance"_s << false;
    QTest::newRow("4.7.3 / matches /") << u"/"_s << u"/"_s << true;
    QTest::newRow("exact filter matches itself") << u"sport/tennis"_s << u"sport/tennis"_s << true;
    QTest::newRow("sport/tennis does not match sport/tennis/")
        << u"sport/tennis"_s << u"sport/tennis/"_s << false;
    QTest::newRow("sport/tennis/ does not match sport/tennis")
        << u"sport/tennis/"_s << u"sport/tennis"_s << false;
    QTest::newRow("a level prefix is not a match: sport/ten vs sport/tennis")
        << u"sport/ten"_s << u"sport/tennis"_s << false;

    // 4.8.2 Shared Subscriptions: $share/<name>/ plays no part in matching
    QTest::newRow("4.8.2 $share/consumer1/sport/tennis/+ matches sport/tennis/player1")
        << u"$share/consumer1/sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.8.2 $share/consumer2/sport/tennis/+ matches sport/tennis/player1")
        << u"$share/consumer2/sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("4.8.2 $share/consumer1/sport/tennis/+ does not match .../ranking")
        << u"$share/consumer1/sport/tennis/+"_s << u"sport/tennis/player1/ranking"_s << false;
    QTest::newRow("4.8.2 $share/consumer1//finance matches /finance")
        << u"$share/consumer1//finance"_s << u"/finance"_s << true;
    QTest::newRow("4.8.2 $share/consumer1//finance does not match finance")
        << u"$share/consumer1//finance"_s << u"finance"_s << false;
    QTest::newRow("4.8.2 a shared filter does not match its own text as a topic")
        << u"$share/consumer1/sport"_s << u"$share/consumer1/sport"_s << false;
    QTest::newRow("[MQTT-4.7.2-1] $share/g/# does not match $SYS/monitor/Clients")
        << u"$share/g/#"_s << u"$SYS/monitor/Clients"_s << false;
    QTest::newRow("$share/g/$SYS/# matches $SYS/monitor/Clients")
        << u"$share/g/$SYS/#"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("[MQTT-4.8.2-2] $share/g without a filter matches nothing")
        << u"$share/g"_s << u"g"_s << false;

    // An invalid topic name never matches
    QTest::newRow("[MQTT-4.7.3-1] # does not match an empty topic") << u"#"_s << QString() << false;
    QTest::newRow("[MQTT-4.7.0-1] a topic with # does not match even itself")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/#"_s << false;
    QTest::newRow("[MQTT-4.7.0-1] + does not match the topic +") << u"+"_s << u"+"_s << false;
    QTest::newRow("[MQTT-4.7.3-2] sport/# does not match a topic with U+0000")
        << u"sport/#"_s << u"sport/\0"_s << false;
    QTest::newRow("[MQTT-4.7.3-3] # does not match a topic over 65535 bytes")
        << u"#"_s << QString(65536, u'a') << false;
}

void TestTopics::matchesTopicAgainstFilter()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, matches);
    QCOMPARE(matchTopicFilter(filter, topic), matches);
}

void TestTopics::joinsShareNameAndFilter_data()
{
    QTest::addColumn<QString>("shareName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("joined");
    QTest::newRow("4.8.2 consumer1 and sport/tennis/+")
        << u"consumer1"_s << u"sport/tennis/+"_s << u"$share/consumer1/sport/tennis/+"_s;
    QTest::newRow("4.8.2 consumer1 and /finance keeps the empty level")
        << u"consumer1"_s << u"/finance"_s << u"$share/consumer1//finance"_s;
    QTest::newRow("a $SYS filter")
        << u"foo"_s << u"$SYS/monitor/Clients"_s << u"$share/foo/$SYS/monitor/Clients"_s;
    QTest::newRow("#") << u"g"_s << u"#"_s << u"$share/g/#"_s;
    QTest::newRow("[MQTT-4.7.3-3] exactly 65535 bytes in all")
        << u"g"_s << QString(65526, u'a') << u"$share/g/"_s + QString(65526, u'a');
}

void TestTopics::joinsShareNameAndFilter()
{
    QFETCH(QString, shareName);
    QFETCH(QString, filter);
    QFETCH(QString, joined);
    MqttError error(u"not touched"_s);
    const QString result = joinShare(filter, ShareName(shareName), &error);
    QVERIFY2(error.isNull(), qPrintable(error.message()));
    QCOMPARE(result, joined);
    QCOMPARE(joinShare(filter, ShareName(shareName)), joined); // without an error to fill in
    QVERIFY(isValidTopicFilter(result));
}

void TestTopics::joinShareRejectsInvalidParts_data()
{
    QTest::addColumn<QString>("shareName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("problem");
    QTest::newRow("[MQTT-4.8.2-1] empty share name")
        << QString() << u"sport"_s << u"share name is empty"_s;
    QTest::newRow("[MQTT-4.8.2-2] share name with /")
        << u"a/b"_s << u"sport"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] share name +")
        << u"+"_s << u"sport"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] share name #")
        << u"#"_s << u"sport"_s << u"share name contains"_s;
    QTest::newRow("[MQTT-4.8.2-2] empty filter") << u"g"_s << QString() << u"empty"_s;
    QTest::newRow("[MQTT-4.7.1-1] invalid filter sport/tennis#")
        << u"g"_s << u"sport/tennis#"_s << u"'#' must be alone"_s;
    QTest::newRow("[MQTT-4.7.3-3] parts that fit alone but not together")
        << u"g"_s << QString(65530, u'a') << u"65539 bytes"_s;
}

void TestTopics::joinShareRejectsInvalidParts()
{
    QFETCH(QString, shareName);
    QFETCH(QString, filter);
    QFETCH(QString, problem);
    MqttError error;
    QString result = u"not touched"_s;
    const std::optional<MqttError> thrown =
        errorFrom([&] { result = joinShare(filter, ShareName(shareName), &error); });
    QVERIFY2(!thrown, "joinShare threw");
    QCOMPARE(result, QString());
    QVERIFY2(!error.isNull(), "no error reported");
    QCOMPARE(error.reasonCode(), ReasonCode::TopicFilterInvalid);
    QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    QCOMPARE(joinShare(filter, ShareName(shareName)), QString()); // without an error to fill in
}

QTEST_APPLESS_MAIN(TestTopics)

#include "tst_topics.moc"
