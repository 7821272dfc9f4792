#include "corpus/AnnotationStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace emolens::ui {

QString systemUserName()
{
    for (const char *name : {"USER", "LOGNAME"})
        if (!qEnvironmentVariable(name).isEmpty())
            return qEnvironmentVariable(name);
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

QString LockOwner::describe() const
{
    using S = AnnotationStore;
    const QString age = ageSeconds < 0      ? QString()
                        : ageSeconds < 120  ? S::tr("%n second(s) ago", nullptr, static_cast<int>(ageSeconds))
                        : ageSeconds < 7200 ? S::tr("%n minute(s) ago", nullptr, static_cast<int>(ageSeconds / 60))
                                            : S::tr("%n hour(s) ago", nullptr, static_cast<int>(ageSeconds / 3600));
    return S::tr("%1 (process %2 on %3, locked %4)%5")
        .arg(app.isEmpty() ? QStringLiteral("EmoLens") : app)
        .arg(pid)
        .arg(host)
        .arg(age)
        .arg(alive ? QString() : S::tr("; that process is no longer running"));
}

namespace {

LockOwner ownerOf(QLockFile &lock, const QString &lockPath)
{
    LockOwner o;
    lock.getLockInfo(&o.pid, &o.host, &o.app);
    const QFileInfo info(lockPath);
    if (info.exists())
        o.ageSeconds = info.lastModified().secsTo(QDateTime::currentDateTime());
    o.alive = !(o.host == QSysInfo::machineHostName() && o.pid > 0 && ::kill(static_cast<pid_t>(o.pid), 0) != 0 &&
                errno == ESRCH);
    return o;
}

bool writeJson(const QString &path, const AnnotationSet &set, QString *errorString)
{
    QSaveFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(set.toJson() + "\n");
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (errorString)
        *errorString = file.errorString();
    return false;
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent) : QObject(parent)
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1500);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &AnnotationStore::writeAutosave);
}

AnnotationStore::~AnnotationStore()
{
    if (m_autosaveTimer.isActive())
        writeAutosave(); // even if the window closes before the timer fires
}

bool AnnotationStore::open(const QString &path, const std::string &corpusSpec, bool readOnly, QString *error,
                           LockOwner *owner)
{
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        const QString lockPath = path + QStringLiteral(".lock");
        lock = std::make_unique<QLockFile>(lockPath);
        lock->setStaleLockTime(0); // never stale by age; a lock whose process died on this host is taken over by Qt
        if (!lock->tryLock(0)) {
            const LockOwner o = ownerOf(*lock, lockPath);
            if (owner)
                *owner = o;
            if (error)
                *error = tr("%1 is open in another EmoLens: %2.").arg(path, o.describe());
            return false;
        }
    }
    AnnotationSet loaded;
    if (QFileInfo::exists(path)) {
        try {
            loaded = AnnotationSet::load(path.toStdString());
        } catch (const std::exception &e) {
            if (error)
                *error = QString::fromStdString(e.what());
            return false;
        }
    }
    if (m_autosaveTimer.isActive())
        writeAutosave(); // the previous file's pending work
    m_autosaveTimer.stop();
    loaded.corpusSpec = corpusSpec;
    m_set = std::move(loaded);
    m_path = path;
    m_lock = std::move(lock);
    m_readOnly = readOnly;
    return true;
}

bool AnnotationStore::takeOverLock(const QString &path, QString *error)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) { // it was stale after all
        lock.unlock();
        return true;
    }
    if (!QFile::remove(path + QStringLiteral(".lock"))) {
        if (error)
            *error = tr("Could not remove the lock %1.lock.").arg(path);
        return false;
    }
    return true;
}

bool AnnotationStore::save(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("%1 is open read-only; use File > Save Annotations As to keep a copy.").arg(m_path);
        return false;
    }
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("Choose an annotation file first (File > Save Annotations As).");
        return false;
    }
    QString why;
    if (!writeJson(m_path, m_set, &why)) {
        if (error)
            *error = tr("Could not save %1: %2").arg(m_path, why);
        return false;
    }
    m_autosaveTimer.stop();
    QFile::remove(autosavePath());
    return true;
}

void AnnotationStore::changed()
{
    if (!m_path.isEmpty() && !m_readOnly)
        m_autosaveTimer.start();
}

QString AnnotationStore::autosavePath() const
{
    return m_path.isEmpty() ? QString() : m_path + QStringLiteral(".autosave");
}

void AnnotationStore::writeAutosave()
{
    const QString path = autosavePath();
    if (!path.isEmpty())
        writeJson(path, m_set, nullptr);
}

bool AnnotationStore::hasAutosave() const
{
    const QString path = autosavePath();
    return !path.isEmpty() && QFileInfo::exists(path);
}

std::optional<AnnotationSet> AnnotationStore::loadAutosave(QString *error) const
{
    try {
        return AnnotationSet::load(autosavePath().toStdString());
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

} // namespace emolens::ui
