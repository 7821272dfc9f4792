/* A test-only LD_PRELOAD library: SIGKILLs the process in the middle of writing a file.
 *
 *   EMOLENS_KILL_IN_WRITE=SUBSTRING:N  the N-th file (1-based) written whose path contains
 *                                      SUBSTRING gets half of its first write's bytes, then
 *                                      the process is killed (SIGKILL: no handler, no
 *                                      destructor, no flush runs; exactly what a power cut or
 *                                      the OOM killer does mid-write).
 *
 * No production code knows about it: it wraps libc's write() and writev(), which
 * std::ofstream ends in, and looks up each descriptor's path in /proc/self/fd. The kill tests
 * (tests/cli/tst_cli_kill.cpp) use it to hit the checkpoint write itself, a moment a kill at
 * random times hits only by luck. */
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <signal.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

char g_last[4096]; /* the last matching file seen: a new one counts once */
int g_seen = 0;

/* 1 when this write is the one to cut: the first write to the N-th matching file. */
int should_cut(int fd)
{
    const char *spec = getenv("EMOLENS_KILL_IN_WRITE");
    if (!spec || fd <= 2)
        return 0;
    const char *colon = strrchr(spec, ':');
    if (!colon || colon == spec)
        return 0;
    const int n = atoi(colon + 1);
    char link[64], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t len = readlink(link, target, sizeof target - 1);
    if (len <= 0)
        return 0;
    target[len] = '\0';
    const size_t want = static_cast<size_t>(colon - spec);
    char needle[512];
    if (want >= sizeof needle)
        return 0;
    memcpy(needle, spec, want);
    needle[want] = '\0';
    if (!strstr(target, needle) || strcmp(target, g_last) == 0)
        return 0;
    const size_t keep = std::min(static_cast<size_t>(len), sizeof g_last - 1);
    memcpy(g_last, target, keep);
    g_last[keep] = '\0';
    return ++g_seen == n;
}

[[noreturn]] void die_now()
{
    kill(getpid(), SIGKILL);
    for (;;)
        pause();
}

} // namespace

extern "C" ssize_t write(int fd, const void *buf, size_t count)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real)
        real = reinterpret_cast<ssize_t (*)(int, const void *, size_t)>(dlsym(RTLD_NEXT, "write"));
    if (should_cut(fd)) {
        real(fd, buf, count / 2);
        die_now();
    }
    return real(fd, buf, count);
}

extern "C" ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static ssize_t (*real)(int, const struct iovec *, int);
    if (!real)
        real = reinterpret_cast<ssize_t (*)(int, const struct iovec *, int)>(dlsym(RTLD_NEXT, "writev"));
    if (should_cut(fd)) {
        /* half of the first buffer: the file is cut inside its data */
        static ssize_t (*real_write)(int, const void *, size_t);
        if (!real_write)
            real_write = reinterpret_cast<ssize_t (*)(int, const void *, size_t)>(dlsym(RTLD_NEXT, "write"));
        if (iovcnt > 0)
            real_write(fd, iov[0].iov_base, iov[0].iov_len / 2);
        die_now();
    }
    return real(fd, iov, iovcnt);
}
