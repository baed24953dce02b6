// LayoutFile for QML: a dashboard layout read from a JSON file, read again when it changes.
#pragma once

#include "layoutparser.h"

#include <QtCore/qfilesystemwatcher.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>
#include <QtQml/qqmlengine.h>

namespace OhMqttDashboard {

// Errors (unreadable file, syntax, bad fields) are in `errors`, never thrown. A file that no
// longer parses keeps the last good tiles on screen beside its errors.
class LayoutFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // A local path or a file: URL.
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(int columns READ columns NOTIFY loaded)
    Q_PROPERTY(QVariantMap broker READ broker NOTIFY loaded)
    Q_PROPERTY(QVariantList tiles READ tiles NOTIFY loaded)
    Q_PROPERTY(QStringList errors READ errors NOTIFY loaded)
    // Counts the reads that changed something; a test or view can wait on it.
    Q_PROPERTY(int revision READ revision NOTIFY loaded)

public:
    explicit LayoutFile(QObject *parent = nullptr);
    ~LayoutFile() override;

    QString path() const { return m_path; }
    void setPath(const QString &path);
    QString title() const { return m_layout.title; }
    int columns() const { return m_layout.columns; }
    QVariantMap broker() const { return m_layout.broker; }
    QVariantList tiles() const { return m_layout.tiles; }
    QStringList errors() const { return m_layout.errors; }
    int revision() const { return m_revision; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void pathChanged();
    void loaded();

private:
    void watch();
    void apply(Layout layout);

    QString m_path; // local
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // editors write in steps: read once they are done
    QByteArray m_text; // as last read, to skip reads that change nothing
    bool m_readable = false; // m_text is what the file held when last read
    bool m_missingReported = false;
    Layout m_layout;
    int m_revision = 0;
};

} // namespace OhMqttDashboard
