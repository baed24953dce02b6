// The explorer's translations: every message of every .ts file finished with the source's
// placeholders and accelerator; the English catalog holding every plural form and nothing else;
// the .qm files linked into ohmqtt_explorer match them; the real main window, strings outside
// classes, plural forms and the command-line help come out translated.
#include "app/mainwindow.h"
#include "connection/connectionprofile.h"
#include "connection/profilestore.h"
#include "record/recording.h"
#include "topics/topicbrowser.h"
#include "topics/topictreemodel.h"

#include <OhMqtt/mqttmessage.h>

#include <QtCore/qbuffer.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qset.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtranslator.h>
#include <QtCore/qxmlstream.h>
#include <QtTest/QTest>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qmenubar.h>

#include <algorithm>
#include <memory>

using namespace OhMqttExplorer;
using namespace Qt::StringLiterals;

namespace {

// The catalogs that translate every message; English translates only the plural forms.
const QStringList Languages {u"de"_s, u"fr"_s, u"zh_CN"_s, u"ja"_s};
const QString English = u"en"_s;

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: empty once finished
    QStringList forms; // the translation, or its numerus forms
};

// At a <message> start element; reads up to its end.
TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
            while (message.numerus && xml.readNextStartElement())
                message.forms.append(xml.readElementText()); // <numerusform>
        } else {
            xml.skipCurrentElement(); // <location>, <extracomment>...
        }
    }
    return message;
}

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        while (xml.readNextStartElement()) { // <context>
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(OHMQTT_TRANSLATIONS_DIR "/ohmqtt_explorer_%1.ts").arg(language);
}

// %1..%99 and %n, with %L1 / %Ln counted as %1 / %n: as a sorted list, so a duplicate counts.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(n|\\d{1,2})"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(u'%' + match.captured(1));
    found.sort();
    return found;
}

// The letters after a single '&' (a "&&" is a literal ampersand).
QList<QChar> accelerators(const QString &text)
{
    QList<QChar> keys;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&')
            ++i;
        else
            keys.append(text.at(i + 1).toLower());
    }
    return keys;
}

QString describe(const TsMessage &message)
{
    return u"%1 \"%2\"%3"_s.arg(message.context, message.source,
                                message.comment.isEmpty() ? QString()
                                                          : u" ("_s + message.comment + u')');
}

// Installs the explorer's translation for `language` while it lives.
class InstalledTranslation
{
public:
    explicit InstalledTranslation(const QString &language)
    {
        m_loaded = m_translator.load(u":/i18n/ohmqtt_explorer_"_s + language);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledTranslation(const InstalledTranslation &) = delete;
    InstalledTranslation &operator=(const InstalledTranslation &) = delete;

    bool isLoaded() const { return m_loaded && !m_translator.isEmpty(); }
    const QTranslator &translator() const { return m_translator; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void linkedCatalogMatchesTheTsFile_data();
    void linkedCatalogMatchesTheTsFile();
    void mainWindowMenusAreTranslated_data();
    void mainWindowMenusAreTranslated();
    void stringsOutsideClassesAreTranslated_data();
    void stringsOutsideClassesAreTranslated();
    void pluralFormsFollowTheCount_data();
    void pluralFormsFollowTheCount();
    void englishCatalogHoldsEveryPluralForm();
    void englishPluralsFollowTheCount();
    void commandLineHelpIsTranslated_data();
    void commandLineHelpIsTranslated();
};

void tst_Translations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("forms"); // numerus forms the language has
    QTest::addColumn<int>("minimumMessages");
    QTest::newRow("de") << u"de"_s << 2 << 400;
    QTest::newRow("fr") << u"fr"_s << 2 << 400;
    QTest::newRow("zh_CN") << u"zh_CN"_s << 1 << 400;
    QTest::newRow("ja") << u"ja"_s << 1 << 400;
    QTest::newRow("en") << English << 2 << 10; // the plural forms only
}

// Finished, not empty, the same placeholders and as many accelerators as the source: for every
// message, all problems of a file reported at once.
void tst_Translations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, forms);
    QFETCH(int, minimumMessages);
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > minimumMessages);

    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString where = describe(message);
        if (!message.type.isEmpty())
            problems.append(where + u": type=\""_s + message.type + u'"');
        if (message.numerus && message.forms.size() != forms)
            problems.append(
                where + u": %1 plural forms instead of %2"_s.arg(message.forms.size()).arg(forms));
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty())
                problems.append(where + u": empty translation"_s);
            else if (placeholders(form) != placeholders(message.source))
                problems.append(where + u": placeholders of \""_s + form + u"\" differ"_s);
            if (accelerators(form).size() != accelerators(message.source).size())
                problems.append(where + u": accelerators of \""_s + form + u"\" differ"_s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::linkedCatalogMatchesTheTsFile_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages + QStringList {English})
        QTest::newRow(qPrintable(language)) << language;
}

// The .qm in the resources is the one built from the .ts file of the source tree: each message
// comes back with its translation (the singular and the last plural form for %n).
void tst_Translations::linkedCatalogMatchesTheTsFile()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const InstalledTranslation installed(language);
    QVERIFY(installed.isLoaded());

    QStringList problems;
    for (const TsMessage &message : messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const auto translate = [&](int n) {
            return installed.translator().translate(context.constData(), source.constData(),
                                                    comment.constData(), n);
        };
        const QString one = translate(1);
        if (message.forms.isEmpty() || one != message.forms.constFirst())
            problems.append(describe(message) + u": the catalog has \""_s + one + u'"');
        if (message.numerus && !message.forms.isEmpty() &&
            translate(5) != message.forms.constLast())
            problems.append(describe(message) + u": the catalog's plural is \""_s + translate(5) +
                            u'"');
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::mainWindowMenusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("firstEntry");
    // English: no translator, the sources; its accelerators must not clash either.
    QTest::newRow("en") << QString()
                        << QStringList {u"&Connection"_s, u"&Topics"_s, u"&Settings"_s, u"&Help"_s}
                        << u"&New connection…"_s;
    QTest::newRow("de") << u"de"_s
                        << QStringList {u"&Verbindung"_s, u"&Topics"_s, u"&Einstellungen"_s,
                                        u"&Hilfe"_s}
                        << u"&Neue Verbindung…"_s;
    QTest::newRow("fr") << u"fr"_s
                        << QStringList {u"&Connexion"_s, u"&Topics"_s, u"&Paramètres"_s, u"&Aide"_s}
                        << u"&Nouvelle connexion…"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s
                           << QStringList {u"连接(&C)"_s, u"主题(&T)"_s, u"设置(&S)"_s,
                                           u"帮助(&H)"_s}
                           << u"新建连接(&N)…"_s;
    QTest::newRow("ja") << u"ja"_s
                        << QStringList {u"接続(&C)"_s, u"トピック(&T)"_s, u"設定(&S)"_s,
                                        u"ヘルプ(&H)"_s}
                        << u"新しい接続(&N)…"_s;
}

// The real main window built under the translation: menu titles and entries in the language,
// one accelerator per entry and none twice in a menu, the status text translated too.
void tst_Translations::mainWindowMenusAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, firstEntry);
    std::unique_ptr<InstalledTranslation> installed;
    if (!language.isEmpty()) {
        installed = std::make_unique<InstalledTranslation>(language);
        QVERIFY(installed->isLoaded());
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    MainWindow window(&profiles);

    const QList<QAction *> titles = window.menuBar()->actions();
    QStringList shown;
    for (const QAction *title : titles)
        shown.append(title->text());
    QCOMPARE(shown, menus);
    if (!language.isEmpty())
        QVERIFY(shown.constFirst() != u"&Connection"_s);
    QCOMPARE(titles.constFirst()->menu()->actions().constFirst()->text(), firstEntry);

    const auto checkAccelerators = [](const QStringList &texts, const QString &where) {
        QList<QChar> used;
        for (const QString &text : texts) {
            const QList<QChar> keys = accelerators(text);
            if (keys.size() != 1)
                return u"%1: \"%2\" has %3 accelerators"_s.arg(where, text).arg(keys.size());
            if (used.contains(keys.constFirst()))
                return u"%1: \"%2\" repeats &%3"_s.arg(where, text, keys.constFirst());
            used.append(keys.constFirst());
        }
        return QString();
    };
    QString problem = checkAccelerators(shown, u"menu bar"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QAction *title : titles) {
        QStringList entries;
        for (const QAction *entry : title->menu()->actions()) {
            if (!entry->isSeparator())
                entries.append(entry->text());
        }
        problem = checkAccelerators(entries, title->text());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    const QString status = window.findChild<QLabel *>(u"connectionState"_s)->text();
    QCOMPARE(status == u"No connection — Connection ▸ New connection (Ctrl+N)"_s,
             language.isEmpty());
}

void tst_Translations::stringsOutsideClassesAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("clientIdLabel");
    QTest::addColumn<QString>("emptyRecording");
    QTest::addColumn<QString>("keepAliveProblem");
    QTest::newRow("de") << u"de"_s << u"Client-ID"_s << u"Zeile 1: die Datei ist leer"_s
                        << u"Keep-Alive: muss zwischen 0 und 65535 liegen"_s;
    QTest::newRow("fr") << u"fr"_s << u"ID client"_s << u"ligne 1\u00a0: le fichier est vide"_s
                        << u"Keep-alive\u00a0: doit être compris entre 0 et 65535"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"客户端 ID"_s << u"第 1 行：文件为空"_s
                           << u"心跳间隔：必须介于 0 和 65535 之间"_s;
    QTest::newRow("ja") << u"ja"_s << u"クライアント ID"_s << u"1 行目: ファイルが空です"_s
                        << u"キープアライブ: 0 から 65535 の範囲で指定してください"_s;
}

// Labels in a table at namespace scope, a namespace's own messages and a label + problem
// pattern: each must be marked in the context it is translated in.
void tst_Translations::stringsOutsideClassesAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, clientIdLabel);
    QFETCH(QString, emptyRecording);
    QFETCH(QString, keepAliveProblem);
    const InstalledTranslation installed(language);
    QVERIFY(installed.isLoaded());

    QCOMPARE(ConnectionProfile::fieldLabel(u"clientId"), clientIdLabel);

    QBuffer empty;
    QVERIFY(empty.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY(!Recording::read(empty, &error));
    QCOMPARE(error, emptyRecording);

    ConnectionProfile profile = ConnectionProfile::localBroker();
    profile.keepAlive = 70'000;
    const QList<ProfileProblem> problems = profile.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().message, keepAliveProblem);
}

void tst_Translations::pluralFormsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de 1") << u"de"_s << 1 << u"1 Retained-Nachricht gelöscht"_s;
    QTest::newRow("de 2") << u"de"_s << 2 << u"2 Retained-Nachrichten gelöscht"_s;
    QTest::newRow("fr 0") << u"fr"_s << 0
                          << u"0 message retenu supprimé"_s; // French: 0 is singular
    QTest::newRow("fr 1") << u"fr"_s << 1 << u"1 message retenu supprimé"_s;
    QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 messages retenus supprimés"_s;
    QTest::newRow("zh_CN 2") << u"zh_CN"_s << 2 << u"已删除 2 条保留消息"_s;
    QTest::newRow("ja 2") << u"ja"_s << 2 << u"保持メッセージを 2 件削除しました"_s;
}

void tst_Translations::pluralFormsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    const InstalledTranslation installed(language);
    QVERIFY(installed.isLoaded());
    QCOMPARE(QCoreApplication::translate("OhMqttExplorer::ConnectionTab",
                                         "Deleted %n retained messages", nullptr, count),
             expected);
}

// lupdate -pluralonly keeps the English catalog to the messages with a count: it must hold every
// one the other catalogs have (they hold every message), and nothing else.
void tst_Translations::englishCatalogHoldsEveryPluralForm()
{
    const auto key = [](const TsMessage &message) {
        return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
    };
    QString error;
    QSet<QString> plurals;
    for (const QString &language : Languages) {
        for (const TsMessage &message : readTsFile(tsPath(language), &error)) {
            if (message.numerus)
                plurals.insert(key(message));
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QSet<QString> english;
    QStringList problems;
    for (const TsMessage &message : readTsFile(tsPath(English), &error)) {
        if (!message.numerus)
            problems.append(describe(message) + u": no plural form"_s);
        else if (message.forms.size() == 2 && message.forms.at(0) == message.forms.at(1))
            problems.append(describe(message) + u": the singular is the plural"_s);
        english.insert(key(message));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &missing : plurals - english)
        problems.append(u"missing: "_s + QString(missing).replace(u'\x1f', u' '));
    for (const QString &extra : english - plurals)
        problems.append(u"not in the sources: "_s + QString(extra).replace(u'\x1f', u' '));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The topic browser's count, as an English user sees it: without the catalog "1 topics".
void tst_Translations::englishPluralsFollowTheCount()
{
    const InstalledTranslation installed(English);
    QVERIFY(installed.isLoaded());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TopicTreeModel model;
    TopicBrowser browser(&model);
    const auto status = [&browser] {
        for (const QLabel *label : browser.findChildren<QLabel *>()) {
            if (label->text().contains(u"shown"_s))
                return label->text();
        }
        return QString();
    };
    const auto addTopic = [&model](const QString &topic) {
        OhMqtt::PublishPacket packet;
        packet.topic = topic;
        packet.payload = "1";
        model.addMessage(OhMqtt::MqttMessage(std::move(packet)));
        model.flush();
    };
    addTopic(u"a"_s);
    QTRY_COMPARE(status(), u"1 topic, 1 shown"_s);
    addTopic(u"b"_s);
    QTRY_COMPARE(status(), u"2 topics, 2 shown"_s);
    QLocale::setDefault(QLocale::system());
}

void tst_Translations::commandLineHelpIsTranslated_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("urlHelp");
    QTest::newRow("C") << u"C"_s << u"Connect to this broker at start."_s;
    QTest::newRow("de") << u"de_DE.UTF-8"_s << u"Beim Start mit diesem Broker verbinden."_s;
    QTest::newRow("ja") << u"ja_JP.UTF-8"_s << u"起動時にこのブローカーに接続します。"_s;
}

// main.cpp's texts are the executable's, outside ohmqtt_explorer: extracted and translated too,
// in the language the environment asks for.
void tst_Translations::commandLineHelpIsTranslated()
{
    QFETCH(QString, lang);
    QFETCH(QString, urlHelp);
    QProcess explorer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(u"LANG"_s, lang);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    explorer.setProcessEnvironment(environment);
    explorer.start(QStringLiteral(OHMQTT_EXPLORER_EXECUTABLE), {u"--help"_s});
    QVERIFY2(explorer.waitForFinished(30'000), qPrintable(explorer.errorString()));
    QCOMPARE(explorer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(explorer.exitCode(), 0);
    const QString help = QString::fromUtf8(explorer.readAllStandardOutput());
    QVERIFY2(help.contains(urlHelp), qPrintable(help));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
