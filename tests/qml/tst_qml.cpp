// Runs the QML test files beside this one with Qt Quick Test. One mosquitto serves them all;
// each file's engine gets its address as `brokerUrl` (empty when it could not start, which the
// files' first check turns into a failure).
#include "support/mosquittobroker.h"

#include <QtQml/qqmlcontext.h>
#include <QtQml/qqmlengine.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

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
    }

    void cleanupTestCase() { m_broker.reset(); }

private:
    std::unique_ptr<OhMqttTest::MosquittoBroker> m_broker;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "tst_qml.moc"
