#include "emolens/Files.h"
#include "emolens/Error.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace emolens {

namespace {

/// Asks the kernel to put \p path (a file or a folder) on the disk now; best effort.
void syncToDisk(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/// Temporary files of \p path left by writers that were killed mid-write
/// (PATH.part-PID-N): removed once their process is gone and they are a minute old (a
/// writer on another machine sharing the folder is never judged by a PID of this one's
/// alone; its writes take milliseconds, not a minute).
void removeStaleParts(const std::filesystem::path &path)
{
    namespace fs = std::filesystem;
    const std::string prefix = path.filename().string() + ".part-";
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const auto now = fs::file_time_type::clock::now();
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        std::error_code timeError;
        const auto modified = fs::last_write_time(it->path(), timeError);
        if (pid <= 0 || timeError || now - modified < std::chrono::minutes(1))
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue; // alive (or not ours to judge)
        std::error_code removeError;
        fs::remove(it->path(), removeError);
    }
}

} // namespace

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    removeStaleParts(path);
    // A temporary name of this process and call alone: two writers of one file (two fold
    // processes rewriting summary.json, a job array) never write into each other's.
    static std::atomic<unsigned> calls{0};
    const std::string part = path + ".part-" + std::to_string(::getpid()) + "-" + std::to_string(calls++);
    std::error_code ec;
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        if (!out)
            throwIo(path, "cannot create the file (does its folder exist and is it writable?)");
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        out.close();
        if (!out) { // disk full or quota: leave nothing half-written behind
            std::filesystem::remove(part, ec);
            throwIo(path, "cannot write the file (disk full?)");
        }
    }
    // The new bytes reach the disk before the name points at them, and the rename itself
    // after: a power cut leaves the old file or the new one, never an empty one.
    syncToDisk(part);
    std::filesystem::rename(part, path, ec);
    if (ec) {
        const std::string why = ec.message();
        std::filesystem::remove(part, ec);
        throwIo(path, "cannot replace the file (" + why + ")");
    }
    const auto folder = std::filesystem::path(path).parent_path();
    syncToDisk(folder.empty() ? std::string(".") : folder.string());
}

std::string readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput(path, std::filesystem::exists(path) ? "cannot open for reading" : "no such file");
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace emolens
