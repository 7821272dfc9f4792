#pragma once
// Shared by the libFuzzer targets: a private scratch folder in memory (/dev/shm
// when there is one) for parsers that read files by path, and the one rule every
// target checks: a parser of outside data may refuse an input only with
// emolens::Error (BadInput), never with any other exception, a crash or a hang.
#include "emolens/Error.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace emolens::fuzz {

/// A folder of this process's own, made once and removed at exit.
inline const std::filesystem::path &scratch()
{
    static const std::filesystem::path dir = [] {
        const std::filesystem::path base = std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp";
        auto d = base / ("emolens-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(scratch(), ec);
        });
        return d;
    }();
    return dir;
}

/// Writes \p size bytes to \p relative inside the scratch folder (parents made); returns its path.
inline std::string writeScratch(const std::string &relative, const uint8_t *data, std::size_t size)
{
    const auto path = scratch() / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    return path.string();
}

inline std::string writeScratch(const std::string &relative, const std::string &text)
{
    return writeScratch(relative, reinterpret_cast<const uint8_t *>(text.data()), text.size());
}

/// Runs \p parse; an emolens::Error is a refusal (fine), anything else escapes and the fuzzer reports it.
template <class Parse> void refusesOnlyWithError(Parse parse)
{
    try {
        parse();
    } catch (const emolens::Error &) {
    }
}

} // namespace emolens::fuzz
