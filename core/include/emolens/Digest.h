#pragma once
/// \file Digest.h
/// FNV-1a 64-bit digests: not cryptographic, used to recognise the same bytes
/// (feature-cache keys, copies of test audio in training, run fingerprints).

#include <cstddef>
#include <cstdint>
#include <string>

namespace emolens {

/// 64-bit FNV-1a over \p size bytes, continuing from \p seed.
std::uint64_t fnv1a64(const void *data, std::size_t size, std::uint64_t seed = 1469598103934665603ULL);
/// fnv1a64 of a file's bytes, remembered by path, size and modification time for
/// the process (the feature cache's key, and the fold check's test for copies).
/// Throws Error(BadInput) naming the file when it cannot be read.
std::uint64_t fileContentDigest(const std::string &path);
/// fnv1a64 of \p text as 16 lower-case hex digits: the digests results record.
std::string digestHex(const std::string &text);

} // namespace emolens
