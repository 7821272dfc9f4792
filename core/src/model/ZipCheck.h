#pragma once
// Private to core: checks the zip archive that torch.save writes before its
// contents reach LibTorch's unpickler, so a damaged file is reported as damaged
// (which entry, what is wrong) and never becomes weights under a fresh checksum.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace emolens::model {

/// CRC-32 (IEEE 802.3, as zip uses) of \p size bytes.
std::uint32_t crc32(const unsigned char *data, std::size_t size);

/// Throws Error(BadInput) naming \p path when \p bytes is not a complete zip
/// archive whose every entry is stored intact: no end record, a directory or an
/// entry past the end of the file, an entry whose CRC-32 differs from the
/// directory's, or a compressed entry (torch.save stores entries uncompressed).
/// Bounded: every offset and size is checked against the file before use.
void verifyZipArchive(const std::vector<char> &bytes, const std::string &path);

} // namespace emolens::model
