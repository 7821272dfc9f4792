#pragma once
/// \file Digest.h
/// Two kinds of digest. SHA-256 (nettle) where a digest vouches for content someone
/// else may check or may have tampered with: model-file checksums, the annotation
/// digests results record (`sha256sum FILE` confirms them). FNV-1a 64-bit, fast and
/// not cryptographic, only to recognise the same bytes inside the program:
/// feature-cache keys, copies of test audio in training, checkpoint fingerprints.

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
/// fnv1a64 of \p text as 16 lower-case hex digits (run and cache fingerprints).
std::string digestHex(const std::string &text);

/// SHA-256 of \p size bytes (32 bytes).
std::string sha256(const void *data, std::size_t size);
/// SHA-256 of \p text as 64 lower-case hex digits, as `sha256sum` prints it.
std::string sha256Hex(const std::string &text);
/// \p bytes as lower-case hex.
std::string toHex(const std::string &bytes);

} // namespace emolens
