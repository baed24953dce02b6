// Files in a temporary directory for the QML tests (as `scratchFiles`): written in place, or
// replaced through a rename as editors save, or removed, so LayoutFile's watch can be tested.
#pragma once

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qobject.h>
#include <QtCore/qsavefile.h>
#include <QtCore/qtemporarydir.h>

class ScratchFiles : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The path of `name` in the directory; the file need not exist.
    Q_INVOKABLE QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes over the file itself (same inode); returns its path, empty on failure.
    Q_INVOKABLE QString write(const QString &name, const QString &text)
    {
        QFile file(path(name));
        const bool ok =
            file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
        return ok ? file.fileName() : QString();
    }

    // Writes a new file and renames it over the old one, as many editors save.
    Q_INVOKABLE QString replace(const QString &name, const QString &text)
    {
        QSaveFile file(path(name));
        file.setDirectWriteFallback(false);
        const bool ok =
            file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
        return ok ? path(name) : QString();
    }

    Q_INVOKABLE bool remove(const QString &name) { return QFile::remove(path(name)); }

private:
    QTemporaryDir m_dir;
};
