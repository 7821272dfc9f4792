#pragma once
// The annotation file behind the corpus browser: the labels and notes, the file
// they live in, its lock against a second EmoLens, atomic saves and an autosave
// beside it that survives a crash. No widgets: the page shows, this keeps.
#include "emolens/Annotations.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace emolens::ui {

/// Who holds an annotation file's lock.
struct LockOwner {
    qint64 pid = 0;
    QString host, app;
    qint64 ageSeconds = -1;
    bool alive = true; ///< false: the process is gone from this host (a stale lock)
    QString describe() const;
};

/// The system user's name, the default annotator ("unknown" only when the system has none).
QString systemUserName();

class AnnotationStore : public QObject {
    Q_OBJECT
public:
    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override; ///< writes a pending autosave: nothing typed is lost

    /// Uses \p path: loads it when it exists and takes its lock. With \p readOnly it
    /// only loads it (no lock; nothing is saved). When another EmoLens holds the lock
    /// it returns false and fills \p owner. \p corpusSpec is recorded in the file.
    bool open(const QString &path, const std::string &corpusSpec, bool readOnly, QString *error = nullptr,
              LockOwner *owner = nullptr);
    /// Removes the lock of \p path left by an EmoLens that no longer runs (or that the
    /// user has decided is gone), so open() can take it.
    static bool takeOverLock(const QString &path, QString *error = nullptr);

    /// Writes the file atomically and removes the autosave.
    bool save(QString *error = nullptr);
    /// Call after every change: the autosave follows shortly.
    void changed();
    /// The autosave of the current file, if one is newer than the last save.
    bool hasAutosave() const;
    std::optional<AnnotationSet> loadAutosave(QString *error = nullptr) const;

    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    AnnotationSet &annotations() { return m_set; } ///< one object for the store's life
    const AnnotationSet &annotations() const { return m_set; }

private:
    QString autosavePath() const;
    void writeAutosave();

    AnnotationSet m_set;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_autosaveTimer;
    bool m_readOnly = false;
};

} // namespace emolens::ui
