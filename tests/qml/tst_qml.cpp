// Runs the QML test files beside this one with Qt Quick Test. One mosquitto serves them all;
// each file's engine gets its address as `brokerUrl` (empty when it could not start, which the
// files' first check turns into a failure). The dashboard's files also get `scratchFiles`.
#include "scratchfiles.h"
#include "support/mosquittobroker.h"

#include <QtQml/qqmlcontext.h>
#include <QtQml/qqmlengine.h>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

// The dashboard's module is a static library: its components and LayoutFile are linked in.
Q_IMPORT_QML_PLUGIN(OhMqttDashboardPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        m_broker = std::make_unique<OhMqttTest::MosquittoBroker>();
        QString error;
        if (!OhMqttTest::MosquittoBroker::isAvailable() || !m_broker->start(&error))
            qWarning("no broker for the QML tests: %s", qPrintable(error));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(OHMQTT_QML_IMPORT_DIR));
        const bool running = m_broker && m_broker->isRunning();
        engine->rootContext()->setContextProperty(QStringLiteral("brokerUrl"),
                                                  running ? m_broker->url() : QString());
        engine->rootContext()->setContextProperty(QStringLiteral("scratchFiles"), &m_files);
    }

    void cleanupTestCase() { m_broker.reset(); }

private:
    std::unique_ptr<OhMqttTest::MosquittoBroker> m_broker;
    ScratchFiles m_files;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "tst_qml.moc"
