#include "app/trafficmeter.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qlocale.h>

namespace OhMqttExplorer {

TrafficMeter::TrafficMeter(QObject *parent)
    : QObject(parent)
    , m_lastSampleMs(QDateTime::currentMSecsSinceEpoch())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TrafficMeter::sample);
    m_timer.start();
}

void TrafficMeter::countIn(qint64 payloadBytes)
{
    ++m_totalIn;
    ++m_intervalMessagesIn;
    m_intervalBytesIn += payloadBytes;
}

void TrafficMeter::countOut(qint64 payloadBytes, qint64 messages)
{
    m_totalOut += messages;
    m_intervalMessagesOut += messages;
    m_intervalBytesOut += payloadBytes;
}

void TrafficMeter::sample()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double seconds = std::max<qint64>(1, now - m_lastSampleMs) / 1000.0;
    m_lastSampleMs = now;
    const Rates rates {m_intervalMessagesIn / seconds, m_intervalBytesIn / seconds,
                       m_intervalMessagesOut / seconds, m_intervalBytesOut / seconds};
    m_intervalMessagesIn = m_intervalBytesIn = m_intervalMessagesOut = m_intervalBytesOut = 0;
    const bool changed = rates.messagesIn != m_rates.messagesIn ||
        rates.messagesOut != m_rates.messagesOut || rates.bytesIn != m_rates.bytesIn ||
        rates.bytesOut != m_rates.bytesOut;
    m_rates = rates;
    if (changed)
        emit ratesChanged();
}

QString TrafficMeter::ratesText() const
{
    const QLocale locale;
    const auto bytes = [&locale](double perSecond) {
        return locale.formattedDataSize(qint64(perSecond), 1, QLocale::DataSizeTraditionalFormat);
    };
    return tr("in %1 msg/s (%2/s) · out %3 msg/s (%4/s)")
        .arg(locale.toString(qRound64(m_rates.messagesIn)), bytes(m_rates.bytesIn),
             locale.toString(qRound64(m_rates.messagesOut)), bytes(m_rates.bytesOut));
}

} // namespace OhMqttExplorer
