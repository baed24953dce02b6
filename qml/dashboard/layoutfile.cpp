// LayoutFile: the file's I/O and its watch; parsing is layoutparser's.
#include "layoutfile.h"

#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qurl.h>

namespace OhMqttDashboard {

LayoutFile::LayoutFile(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &LayoutFile::reload);
    const auto settle = [this] { m_settle.start(); };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, settle);
    // Editors that save by writing a new file and renaming it replace the watched file: the
    // watcher drops the path, and only the directory sees it come back.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, settle);
}

LayoutFile::~LayoutFile() = default;

void LayoutFile::setPath(const QString &path)
{
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (local == m_path)
        return;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path = local;
    m_readable = false;
    m_missingReported = false;
    emit pathChanged();
    reload();
}

void LayoutFile::reload()
{
    watch();
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (m_missingReported)
            return; // still unreadable, already said so
        Layout layout = m_layout;
        layout.errors = {tr("%1: %2").arg(m_path, file.errorString())};
        m_missingReported = true;
        m_readable = false;
        apply(std::move(layout));
        return;
    }
    m_missingReported = false;
    const QByteArray text = file.readAll();
    if (m_readable && text == m_text)
        return;
    m_readable = true;
    m_text = text;
    Layout layout = parseLayout(text, QFileInfo(m_path).fileName());
    if (!layout.parsed) {
        // Keep what was on screen while the file is half-edited; show why it is not applied.
        QStringList errors = layout.errors;
        layout = m_layout;
        layout.errors = errors;
    }
    apply(std::move(layout));
}

void LayoutFile::watch()
{
    if (m_path.isEmpty() || m_path.startsWith(u':'))
        return; // a resource never changes
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(directory) && QFileInfo::exists(directory))
        m_watcher.addPath(directory);
}

void LayoutFile::apply(Layout layout)
{
    m_layout = std::move(layout);
    ++m_revision;
    emit loaded();
}

} // namespace OhMqttDashboard
