#include "app/mainwindow.h"

#include "app/connectiontab.h"
#include "app/preferencesdialog.h"
#include "app/trafficmeter.h"
#include "connection/connectiondialog.h"
#include "connection/connectionprofile.h"
#include "connection/passwordvault.h"
#include "connection/profilestore.h"
#include "topics/topicbrowser.h"

#include <QtCore/qsettings.h>
#include <QtGui/qaction.h>
#include <QtGui/qkeysequence.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qinputdialog.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmenubar.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qstatusbar.h>
#include <QtWidgets/qtabwidget.h>

using namespace OhMqtt;

namespace OhMqttExplorer {

MainWindow::MainWindow(ProfileStore *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles ? profiles : new ProfileStore(this))
    , m_vault(PasswordVault::forStore(m_profiles))
    , m_preferences(Preferences::load(*m_profiles->settings()))
    , m_connections(new QTabWidget(this))
    , m_state(new QLabel(this))
    , m_rates(new QLabel(this))
    , m_memory(new QLabel(this))
{
    setWindowTitle(tr("OhMqtt Explorer"));
    m_connections->setObjectName(QStringLiteral("connections"));
    m_connections->setDocumentMode(true);
    m_connections->setTabsClosable(true);
    m_connections->setMovable(true);
    setCentralWidget(m_connections);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_rates->setObjectName(QStringLiteral("trafficRates"));
    statusBar()->addWidget(m_state, 1);
    m_memory->setObjectName(QStringLiteral("memoryUse"));
    statusBar()->addPermanentWidget(m_rates);
    statusBar()->addPermanentWidget(m_memory);
    connect(m_connections, &QTabWidget::tabCloseRequested, this, &MainWindow::closeConnection);
    connect(m_connections, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    createMenus();
    updateStatus();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    delete m_dialog; // it uses the vault
}

void MainWindow::createMenus()
{
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    QAction *open = connection->addAction(tr("&New connection…"), this, &MainWindow::newConnection);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *quick = connection->addAction(tr("Q&uick connect…"), this, &MainWindow::quickConnect);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connection->addSeparator();
    QAction *reconnect = connection->addAction(tr("&Reconnect"), this, [this] {
        if (ConnectionTab *tab = currentConnection())
            tab->connectToBroker();
    });
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connection->addAction(tr("&Disconnect"), this, [this] {
        if (ConnectionTab *tab = currentConnection())
            tab->disconnectFromBroker();
    });
    QAction *close = connection->addAction(tr("&Close tab"), this, [this] {
        if (m_connections->currentIndex() >= 0)
            closeConnection(m_connections->currentIndex());
    });
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connection->addSeparator();
    QAction *quit = connection->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *topics = menuBar()->addMenu(tr("&Topics"));
    QAction *filter = topics->addAction(tr("&Filter topics"), this, [this] {
        if (ConnectionTab *tab = currentConnection())
            tab->focusFilter();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    const auto onSelectedTopic = [this](void (ConnectionTab::*action)(const QString &)) {
        return [this, action] {
            ConnectionTab *tab = currentConnection();
            if (!tab)
                return;
            const QString topic = tab->browser()->currentTopic();
            if (topic.isEmpty())
                statusBar()->showMessage(tr("Select a topic in the tree first"), 5000);
            else
                (tab->*action)(topic);
        };
    };
    QAction *exportSubtree = topics->addAction(tr("&Export selected subtree…"), this,
                                               onSelectedTopic(&ConnectionTab::exportSubtree));
    exportSubtree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *deleteRetained =
        topics->addAction(tr("&Delete retained messages of the selected "
                             "subtree…"),
                          this, onSelectedTopic(&ConnectionTab::deleteRetained));
    deleteRetained->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    topics->addSeparator();
    QAction *clear = topics->addAction(tr("&Clear the tree"), this, [this] {
        if (ConnectionTab *tab = currentConnection())
            tab->clearTree();
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences =
        settings->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty()) // most Linux desktops have no standard key for it
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferencesKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OhMqtt Explorer"), this, &MainWindow::showAbout);
}

ConnectionTab *MainWindow::openConnection(const MqttConnectOptions &options, const QString &title)
{
    auto *tab = new ConnectionTab(options, title, m_connections);
    const int index = m_connections->addTab(tab, title);
    m_connections->setCurrentIndex(index);
    applyPreferences(); // before connecting: the retained burst meets the new tab's share
    connect(tab, &ConnectionTab::statusChanged, this, [this, tab] {
        if (tab == currentConnection())
            updateStatus();
    });
    connect(tab, &ConnectionTab::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    tab->connectToBroker();
    updateStatus();
    return tab;
}

ConnectionDialog *MainWindow::connectionDialog() const
{
    return m_dialog;
}

void MainWindow::newConnection()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectionDialog(m_profiles, m_vault.get(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectionDialog::connectRequested, this,
            [this](const ConnectionProfile &profile, const MqttConnectOptions &options) {
                openConnection(options, profile.name.isEmpty() ? options.address() : profile.name);
            });
    m_dialog->open();
}

ConnectionTab *MainWindow::currentConnection() const
{
    return qobject_cast<ConnectionTab *>(m_connections->currentWidget());
}

void MainWindow::quickConnect()
{
    bool accepted = false;
    const QString url = QInputDialog::getText(this, tr("Quick connect"),
                                              tr("Broker address (mqtt://, mqtts://, ws://, "
                                                 "wss:// or unix:):"),
                                              QLineEdit::Normal,
                                              QStringLiteral("mqtt://127.0.0.1:1883"), &accepted);
    if (!accepted || url.trimmed().isEmpty())
        return;
    MqttConnectOptions options;
    options.setAddress(url.trimmed());
    options.setReconnectDelay(1000);
    openConnection(options, url.trimmed());
}

void MainWindow::closeConnection(int index)
{
    QWidget *tab = m_connections->widget(index);
    m_connections->removeTab(index);
    delete tab;
    applyPreferences(); // the others share what it had; refreshes the status bar
}

void MainWindow::updateStatus()
{
    const ConnectionTab *tab = currentConnection();
    m_state->setText(tab ? tab->stateText()
                         : tr("No connection — Connection ▸ New connection (Ctrl+N)"));
    m_rates->setText(tab ? tab->traffic()->ratesText() : QString());
    m_memory->setText(tab ? tab->memoryText() : QString());
}

PreferencesDialog *MainWindow::preferencesDialog() const
{
    return m_preferencesDialog;
}

void MainWindow::showPreferences()
{
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(m_preferences, m_connections->count(), this);
    m_preferencesDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!setPreferences(dialog->preferences()))
            statusBar()->showMessage(tr("The preferences could not be saved; they apply until "
                                        "the explorer quits"),
                                     5000);
    });
    dialog->open();
}

bool MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences.clamped();
    const bool saved = m_preferences.save(*m_profiles->settings());
    applyPreferences();
    return saved;
}

void MainWindow::applyPreferences()
{
    const int count = m_connections->count();
    const qint64 share = m_preferences.budgetShare(count);
    for (int i = 0; i < count; ++i) {
        if (auto *tab = qobject_cast<ConnectionTab *>(m_connections->widget(i)))
            tab->setHistoryLimits(m_preferences.historyDepth, share, m_preferences.memoryBudget);
    }
    updateStatus();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OhMqtt Explorer"),
                       tr("<h3>OhMqtt Explorer %1</h3><p>A fast MQTT 5.0 and 3.1.1 explorer built "
                          "on the OhMqtt Qt library.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace OhMqttExplorer
