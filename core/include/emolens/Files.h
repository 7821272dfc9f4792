#pragma once
/// \file Files.h
/// Writing files so that a crash or a full disk never leaves half a file behind.

#include <string>

namespace emolens {

/// Writes \p bytes to a temporary file beside \p path unique to this process and
/// call (PATH.part-PID-N), then renames it over \p path: a reader sees the old or
/// the new file, never half of one, and concurrent writers never share the temporary. Throws Error(Io)
/// naming \p path when the folder is missing or not writable, or the disk is full.
void writeFileAtomically(const std::string &path, const std::string &bytes);

/// The whole file. Throws Error(BadInput) naming \p path when it cannot be read.
std::string readWholeFile(const std::string &path);

} // namespace emolens
