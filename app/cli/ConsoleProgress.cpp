#include "ConsoleProgress.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace emolens::cli {

namespace {
std::string clockText(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e7)
        return "?";
    const long s = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    return text;
}

double intervalFromEnvironment()
{
    const char *text = std::getenv("EMOLENS_PROGRESS_SECONDS");
    if (!text || !*text)
        return 30.0;
    char *end = nullptr;
    const double v = std::strtod(text, &end);
    return end && *end == '\0' && v >= 0 ? v : 30.0;
}
} // namespace

bool ConsoleProgress::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

ConsoleProgress::ConsoleProgress(std::string label, std::string unit)
    : m_label(std::move(label)), m_unit(std::move(unit)), m_live(stderrIsTerminal()),
      m_interval(intervalFromEnvironment()), m_start(Clock::now()), m_last(m_start)
{
}

ConsoleProgress::~ConsoleProgress()
{
    finish();
}

std::string ConsoleProgress::line(std::int64_t done, std::int64_t total, const std::string &detail) const
{
    const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
    // The rate counts only what this run did (a resumed run starts part-way).
    const std::int64_t first = m_first < 0 ? std::max<std::int64_t>(0, done - 1) : m_first;
    const double rate = elapsed > 0 ? static_cast<double>(done - first) / elapsed : 0.0;
    const double eta = rate > 0 && total >= done ? static_cast<double>(total - done) / rate : -1.0;
    const double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
    char numbers[200];
    if (m_unit.empty()) // a fraction only
        std::snprintf(numbers, sizeof numbers, "%3.0f%%, elapsed %s, ETA %s", 100.0 * fraction,
                      clockText(elapsed).c_str(), clockText(eta).c_str());
    else
        std::snprintf(numbers, sizeof numbers, "%3.0f%% %lld/%lld %s, %.2f %s/s, elapsed %s, ETA %s", 100.0 * fraction,
                      static_cast<long long>(done), static_cast<long long>(total), m_unit.c_str(), rate, m_unit.c_str(),
                      clockText(elapsed).c_str(), clockText(eta).c_str());
    std::string out = m_label.empty() ? std::string() : m_label + " ";
    if (m_live) {
        const int width = 24, filled = static_cast<int>(fraction * width + 0.5);
        out += "[" + std::string(static_cast<std::size_t>(filled), '#') +
               std::string(static_cast<std::size_t>(width - filled), '.') + "] ";
    }
    out += numbers;
    if (!detail.empty())
        out += ", " + detail;
    return out;
}

void ConsoleProgress::update(std::int64_t done, std::int64_t total, const std::string &detail)
{
    if (m_first < 0)
        m_first = std::max<std::int64_t>(0, done - 1);
    const auto now = Clock::now();
    const double since = std::chrono::duration<double>(now - m_last).count();
    const bool last = done >= total;
    if (m_live) {
        if (since < 0.1 && !last && m_printed)
            return;
        std::fprintf(stderr, "\r%s\033[K", line(done, total, detail).c_str());
        m_open = true;
    } else {
        if (since < m_interval && !(last && m_printed))
            return;
        std::fprintf(stderr, "%s\n", line(done, total, detail).c_str());
    }
    std::fflush(stderr);
    m_last = now;
    m_printed = true;
}

void ConsoleProgress::finish()
{
    if (m_open) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    m_open = false;
}

} // namespace emolens::cli
