#pragma once
/// \file Npy.h
/// NumPy .npy files (format 1.0, little-endian float32, C order), so features
/// and maps open with numpy.load and nothing else.

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace emolens {

/// Streams a float32 array to disk. Writes to "<path>.part" and renames on
/// finish(), so a crash or cancel never leaves a half-written file under
/// \p path. Throws Error(Io) naming the file on any write failure.
class NpyWriter {
public:
    NpyWriter(const std::string &path, const std::vector<std::int64_t> &shape);
    ~NpyWriter(); ///< without finish(): removes the partial file
    NpyWriter(const NpyWriter &) = delete;
    NpyWriter &operator=(const NpyWriter &) = delete;

    void write(const float *values, std::size_t count);
    /// Checks the element count against the shape, flushes and renames.
    void finish();
    std::uint64_t expectedCount() const { return m_expected; }

private:
    std::string m_path;
    std::string m_partPath;
    std::FILE *m_file = nullptr;
    std::uint64_t m_expected = 0;
    std::uint64_t m_written = 0;
};

void writeNpy(const std::string &path, const std::vector<std::int64_t> &shape, const float *values);

struct NpyArray {
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

/// Reads float32 C-order .npy files; anything else is Error(BadInput).
NpyArray readNpy(const std::string &path);

} // namespace emolens
