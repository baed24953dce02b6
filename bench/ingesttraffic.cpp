// The ingestion benchmark's settings, topic names and payloads.
#include "ingesttraffic.h"

#include <chrono>
#include <cstdio>

namespace IngestBench {

QStringList Settings::toArguments() const
{
    return {QStringLiteral("--topics"),      QString::number(topics),
            QStringLiteral("--rate"),        QString::number(rate),
            QStringLiteral("--duration"),    QString::number(durationS),
            QStringLiteral("--hot-percent"), QString::number(hotPercent)};
}

std::optional<Settings> Settings::fromArguments(const QStringList &arguments, QString *error)
{
    Settings settings;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        if (name == QLatin1String("--quick")) {
            settings.durationS = 5;
            continue;
        }
        int *target = name == QLatin1String("--topics") ? &settings.topics
            : name == QLatin1String("--rate")           ? &settings.rate
            : name == QLatin1String("--duration")       ? &settings.durationS
            : name == QLatin1String("--hot-percent")    ? &settings.hotPercent
                                                        : nullptr;
        bool ok = false;
        const int value = i + 1 < arguments.size() ? arguments.at(i + 1).toInt(&ok) : 0;
        if (!target || !ok || value < 0) {
            *error = QStringLiteral("unexpected argument %1; use --topics N --rate N "
                                    "--duration S --hot-percent P --quick")
                         .arg(name);
            return std::nullopt;
        }
        *target = value;
        ++i;
    }
    if (settings.topics < HotTopics || settings.hotPercent > 100) {
        *error = QStringLiteral("--topics must be at least %1, --hot-percent at most 100")
                     .arg(HotTopics);
        return std::nullopt;
    }
    return settings;
}

QString topicName(int index)
{
    return QStringLiteral("bench/site%1/building%2/floor%3/room%4/sensor%5")
        .arg(index / 10'000)
        .arg(index / 1'000 % 10)
        .arg(index / 100 % 10)
        .arg(index / 10 % 10)
        .arg(index % 10);
}

QByteArray payload(int index, quint32 serial)
{
    const quint32 mix = quint32(index) * 2'654'435'761u + serial * 40'503u;
    const double temperature = 18.0 + double(mix % 900) / 100.0;
    if (index % 10 < 5)
        return QByteArray::number(temperature, 'f', 2);
    char json[160];
    const int length = std::snprintf(json, sizeof json,
                                     "{\"temperature\":%.2f,\"humidity\":%.1f,\"battery\":%u,"
                                     "\"rssi\":%d,\"status\":\"ok\",\"seq\":%u}",
                                     temperature, 30.0 + double(mix % 400) / 10.0, 50 + mix % 50,
                                     -40 - int(mix % 50), serial);
    return QByteArray(json, length);
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace IngestBench
