#pragma once
/// \file FileLock.h
/// A lock on a file name that one process holds at a time: two fold processes of a
/// job array never train the same fold, two `train` runs never write one model.
/// It is an flock(2) on PATH, so the kernel drops it when the holder dies (no stale
/// locks after a crash or a killed job); PATH records the holder for the message.

#include <memory>
#include <string>

namespace emolens {

class FileLock {
public:
    /// Takes the lock on \p path (the file is created) without waiting. Null when another
    /// process (or another FileLock in this one) holds it; then \p holder says who
    /// ("process 1234 on node07 since 2026-11-26T08:00:00Z") when it can be read.
    /// Throws Error(Io) naming \p path when the file cannot be created.
    static std::unique_ptr<FileLock> tryLock(const std::string &path, std::string *holder = nullptr);
    ~FileLock(); ///< releases the lock and removes the file
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    const std::string &path() const { return m_path; }

private:
    FileLock(std::string path, int fd) : m_path(std::move(path)), m_fd(fd) { }
    std::string m_path;
    int m_fd;
};

} // namespace emolens
