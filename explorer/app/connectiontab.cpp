#include "app/connectiontab.h"

#include "app/trafficmeter.h"
#include "inflight/inflightview.h"
#include "record/recordpanel.h"

#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtabwidget.h>

using namespace OhMqtt;

namespace OhMqttExplorer {

ConnectionTab::ConnectionTab(const MqttConnectOptions &options, const QString &title,
                             QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_title(title)
    , m_traffic(new TrafficMeter(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_panels(new QTabWidget(this))
    , m_inflight(new InflightView(&m_client, this))
    , m_record(new RecordPanel(&m_client, this))
{
    m_panels->setObjectName(QStringLiteral("panels"));
    m_panels->addTab(m_inflight, tr("In flight"));
    m_panels->addTab(m_record, tr("Record / replay"));
    m_splitter->addWidget(m_panels);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(&m_client, &MqttClient::messageReceived, this,
            [this](const MqttMessage &message) { m_traffic->countIn(message.payload().size()); });
    connect(&m_client, &MqttClient::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(&m_client, &MqttClient::errorOccurred, this, [this](const MqttError &error) {
        emit message(error.message());
        emit statusChanged();
    });
    connect(m_traffic, &TrafficMeter::ratesChanged, this, &ConnectionTab::statusChanged);
    connect(m_record, &RecordPanel::message, this, &ConnectionTab::message);
}

ConnectionTab::~ConnectionTab() = default;

bool ConnectionTab::connectToBroker()
{
    return m_client.connectToBroker(m_options);
}

void ConnectionTab::disconnectFromBroker()
{
    m_client.disconnectFromBroker();
}

void ConnectionTab::onStateChanged()
{
    emit statusChanged();
}

QString ConnectionTab::stateText() const
{
    const QString address = m_options.address();
    switch (m_client.state()) {
    case MqttClient::State::Connected:
        return tr("Connected to %1 as %2").arg(address, m_client.clientId());
    case MqttClient::State::Connecting:
    case MqttClient::State::TlsHandshake:
    case MqttClient::State::WebSocketHandshake:
    case MqttClient::State::ConnectSent:
        return tr("Connecting to %1…").arg(address);
    case MqttClient::State::ReconnectWait:
        return tr("Reconnecting to %1: %2").arg(address, m_client.lastError().message());
    case MqttClient::State::Closing:
        return tr("Disconnecting…");
    case MqttClient::State::Closed:
    case MqttClient::State::Shutdown:
        break;
    }
    const MqttError error = m_client.lastError();
    return error.isNull() ? tr("Disconnected") : tr("Disconnected: %1").arg(error.message());
}

} // namespace OhMqttExplorer
