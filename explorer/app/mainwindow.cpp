#include "app/mainwindow.h"

#include <QtWidgets/qtabwidget.h>

namespace OhMqttExplorer {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connections(new QTabWidget(this))
{
    setWindowTitle(tr("OhMqtt Explorer"));
    m_connections->setDocumentMode(true);
    m_connections->setTabsClosable(true);
    setCentralWidget(m_connections);
    resize(1280, 800);
}

} // namespace OhMqttExplorer
