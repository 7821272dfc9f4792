#include "emolens/FileLock.h"
#include "emolens/Error.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace emolens {

namespace {

std::string readHolder(int fd)
{
    char buffer[256] = {};
    const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
    std::string text = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
    while (!text.empty() && (text.back() == '\n' || text.back() == '\0'))
        text.pop_back();
    return text;
}

std::string describeThisProcess()
{
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    const std::time_t now = std::time(nullptr);
    char when[32] = {};
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return "process " + std::to_string(getpid()) + " on " + host + " since " + when;
}

} // namespace

std::unique_ptr<FileLock> FileLock::tryLock(const std::string &path, std::string *holder)
{
    // A holder removes the file when it releases; a process that opened the old file
    // meanwhile holds a lock on a name that is gone, so it checks it locked what the
    // name now refers to and tries again if not.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            throwIo(path, std::string("cannot create the lock file (") + std::strerror(errno) + ")");
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (holder)
                *holder = readHolder(fd);
            close(fd);
            if (error == EWOULDBLOCK)
                return nullptr;
            throwIo(path, std::string("cannot lock (") + std::strerror(error) + ")");
        }
        struct stat opened {
        }, named{};
        if (fstat(fd, &opened) == 0 && stat(path.c_str(), &named) == 0 && opened.st_ino == named.st_ino &&
            opened.st_dev == named.st_dev) {
            const std::string me = describeThisProcess() + "\n";
            if (ftruncate(fd, 0) != 0 || pwrite(fd, me.data(), me.size(), 0) != static_cast<ssize_t>(me.size())) {
                // The lock holds without the note; the message to a second process is only less precise.
            }
            return std::unique_ptr<FileLock>(new FileLock(path, fd));
        }
        close(fd); // the file was replaced under us: lock the new one
    }
    throwIo(path, "cannot lock: the lock file keeps being replaced");
}

FileLock::~FileLock()
{
    unlink(m_path.c_str()); // while still holding it, so no one locks the old file after this
    close(m_fd);
}

} // namespace emolens
