// Self-test of the tool lookup: PATH first, then the sbin directories; a missing tool fails the
// test unless OHMQTT_ALLOW_SKIP=1, and then prints the marker CTest shows as skipped.
#include "support/externaltools.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qstandardpaths.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

using namespace OhMqttTest;

namespace {

const QString FakeTool = QStringLiteral("ohmqtt-fake-tool");
const QString MissingTool = QStringLiteral("ohmqtt-no-such-tool");

} // namespace

class tst_ExternalTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void findsToolOnPath();
    void fallsBackToSbinDirectories();
    void missingToolNamesWhereItLooked();
    void missingToolFailsTheTest();
    void missingToolSkipsOnlyWhenAllowed_data();
    void missingToolSkipsOnlyWhenAllowed();
    void foundToolsPass();

private:
    QTemporaryDir m_onPath; // holds FakeTool
    QTemporaryDir m_empty;
    QByteArray m_path;
    QByteArray m_allowSkip;
    bool m_allowSkipSet = false;
};

void tst_ExternalTools::initTestCase()
{
    QVERIFY(m_onPath.isValid() && m_empty.isValid());
    QFile tool(m_onPath.filePath(FakeTool));
    QVERIFY(tool.open(QIODevice::WriteOnly) && tool.write("#!/bin/sh\n") > 0);
    tool.close();
    QVERIFY(tool.setPermissions(tool.permissions() | QFile::ExeOwner));
    m_path = qgetenv("PATH");
    m_allowSkipSet = qEnvironmentVariableIsSet("OHMQTT_ALLOW_SKIP");
    m_allowSkip = qgetenv("OHMQTT_ALLOW_SKIP");
}

void tst_ExternalTools::init()
{
    qputenv("PATH", m_onPath.path().toLocal8Bit());
    qunsetenv("OHMQTT_ALLOW_SKIP");
}

void tst_ExternalTools::cleanup()
{
    qputenv("PATH", m_path);
    if (m_allowSkipSet)
        qputenv("OHMQTT_ALLOW_SKIP", m_allowSkip);
    else
        qunsetenv("OHMQTT_ALLOW_SKIP");
}

void tst_ExternalTools::findsToolOnPath()
{
    QCOMPARE(findTool(FakeTool), QDir(m_onPath.path()).filePath(FakeTool));
    qputenv("PATH", m_empty.path().toLocal8Bit());
    QCOMPARE(findTool(FakeTool), QString());
}

// mosquitto is in /usr/sbin on Debian, which an ordinary user's PATH lacks.
void tst_ExternalTools::fallsBackToSbinDirectories()
{
    QVERIFY(systemToolDirectories().contains(QStringLiteral("/usr/sbin")));
    QVERIFY(systemToolDirectories().contains(QStringLiteral("/usr/local/sbin")));
    qputenv("PATH", m_empty.path().toLocal8Bit());
    QCOMPARE(findTool(QStringLiteral("mosquitto")),
             QStandardPaths::findExecutable(QStringLiteral("mosquitto"), systemToolDirectories()));
}

void tst_ExternalTools::missingToolNamesWhereItLooked()
{
    QCOMPARE(missingTools({FakeTool}), QString());
    const QString message = missingTools({FakeTool, MissingTool});
    QVERIFY2(message.contains(MissingTool), qPrintable(message));
    QVERIFY2(!message.contains(FakeTool), qPrintable(message));
    QVERIFY2(message.contains(m_onPath.path()), qPrintable(message)); // PATH as it was
    for (const QString &directory : systemToolDirectories())
        QVERIFY2(message.contains(directory), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("OHMQTT_ALLOW_SKIP=1")), qPrintable(message));
}

void tst_ExternalTools::missingToolFailsTheTest()
{
    // Without the recorded failure this is an XPASS, which fails the suite.
    QEXPECT_FAIL("", "a missing tool is a failure", Continue);
    const bool found = checkTools({FakeTool, MissingTool});
    QVERIFY(!found);
}

void tst_ExternalTools::missingToolSkipsOnlyWhenAllowed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_ExternalTools::missingToolSkipsOnlyWhenAllowed()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, allowed);
    qputenv("OHMQTT_ALLOW_SKIP", value);
    QCOMPARE(skipAllowed(), allowed);
    if (!allowed)
        return;
    // Swallowed here, so that CTest does not show this suite as skipped.
    QTest::ignoreMessage(
        QtInfoMsg,
        QRegularExpression(QStringLiteral("^%1 .*%2").arg(QLatin1String(SkipMarker), MissingTool)));
    QVERIFY(!checkTools({MissingTool}));
}

void tst_ExternalTools::foundToolsPass()
{
    QVERIFY(checkTools({FakeTool}));
}

QTEST_GUILESS_MAIN(tst_ExternalTools)
#include "tst_externaltools.moc"
