#pragma once
// Progress of long CLI work on stderr: on a terminal a live bar with rate and ETA
// (redrawn at most ten times a second), otherwise (logs, Slurm) a plain line
// every EMOLENS_PROGRESS_SECONDS seconds (default 30) and at the end.

#include <chrono>
#include <cstdint>
#include <string>

namespace emolens::cli {

class ConsoleProgress {
public:
    /// \p unit names what is counted ("batches", "files", "segments"); empty: a
    /// fraction (done of total) shown as a percentage only.
    ConsoleProgress(std::string label, std::string unit);
    ~ConsoleProgress();
    ConsoleProgress(const ConsoleProgress &) = delete;
    ConsoleProgress &operator=(const ConsoleProgress &) = delete;

    /// \p done of \p total; \p detail is shown after the numbers (loss, file name...).
    void update(std::int64_t done, std::int64_t total, const std::string &detail = {});
    /// Ends a live line so the next output starts on its own line.
    void finish();
    /// The line update() would print now, for tests.
    std::string line(std::int64_t done, std::int64_t total, const std::string &detail) const;

    static bool stderrIsTerminal();

private:
    using Clock = std::chrono::steady_clock;
    std::string m_label, m_unit;
    bool m_live;
    double m_interval;
    Clock::time_point m_start, m_last;
    bool m_printed = false, m_open = false;
    std::int64_t m_first = -1; ///< done at the first update: the rate counts from there
};

} // namespace emolens::cli
