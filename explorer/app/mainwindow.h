// The explorer's main window: one tab per open connection.
#pragma once

#include <QtWidgets/qmainwindow.h>

class QTabWidget;

namespace OhMqttExplorer {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QTabWidget *m_connections;
};

} // namespace OhMqttExplorer
