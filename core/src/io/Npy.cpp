#include "emolens/Npy.h"
#include "emolens/Error.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace emolens {

namespace {

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    // numpy's own spelling: "(3,)" for one dimension, "(2, 3, 4)" otherwise.
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

/// Format 1.0 header padded so the data starts on a 64-byte boundary, as numpy writes it.
std::string npyHeader(const std::vector<std::int64_t> &shape)
{
    std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText(shape) + ", }";
    const std::size_t preamble = 10; // magic(6) + version(2) + header length(2)
    const std::size_t total = (preamble + dict.size() + 1 + 63) / 64 * 64;
    dict.append(total - preamble - dict.size() - 1, ' ');
    dict.push_back('\n');
    std::string header("\x93NUMPY\x01\x00", 8);
    header.push_back(static_cast<char>(dict.size() & 0xff));
    header.push_back(static_cast<char>((dict.size() >> 8) & 0xff));
    return header + dict;
}

std::uint64_t elementCount(const std::vector<std::int64_t> &shape, const std::string &path)
{
    std::uint64_t n = 1;
    for (auto dim : shape) {
        if (dim < 0)
            throwBadInput(path, "negative array dimension");
        // Checked: a header's shape must not wrap around to a small count.
        if (__builtin_mul_overflow(n, static_cast<std::uint64_t>(dim), &n) || n > (std::uint64_t(1) << 60))
            throwBadInput(path, "array shape too large");
    }
    return n;
}

static_assert(sizeof(float) == 4, "float32 expected");

bool littleEndian()
{
    const std::uint16_t probe = 1;
    unsigned char first;
    std::memcpy(&first, &probe, 1);
    return first == 1;
}

} // namespace

NpyWriter::NpyWriter(const std::string &path, const std::vector<std::int64_t> &shape)
    : m_path(path), m_partPath(path + ".part"), m_expected(elementCount(shape, path))
{
    if (!littleEndian())
        throw Error(ErrorKind::Internal, path, ".npy writing assumes a little-endian machine");
    m_file = std::fopen(m_partPath.c_str(), "wb");
    if (!m_file)
        throwIo(path, std::string("cannot write: ") + std::strerror(errno));
    const std::string header = npyHeader(shape);
    if (std::fwrite(header.data(), 1, header.size(), m_file) != header.size()) {
        const std::string reason = std::strerror(errno);
        std::fclose(m_file); // a throwing constructor runs no destructor: clean up here
        m_file = nullptr;
        std::remove(m_partPath.c_str());
        throwIo(path, "write failed: " + reason);
    }
}

NpyWriter::~NpyWriter()
{
    if (m_file) {
        std::fclose(m_file);
        std::remove(m_partPath.c_str());
    }
}

void NpyWriter::write(const float *values, std::size_t count)
{
    if (!m_file)
        throw Error(ErrorKind::Internal, m_path, "write after finish");
    if (m_written + count > m_expected)
        throw Error(ErrorKind::Internal, m_path, "more values written than the shape holds");
    if (std::fwrite(values, sizeof(float), count, m_file) != count)
        throwIo(m_path, std::string("write failed: ") + std::strerror(errno));
    m_written += count;
}

void NpyWriter::finish()
{
    if (m_written != m_expected)
        throw Error(ErrorKind::Internal, m_path,
                    "wrote " + std::to_string(m_written) + " of " + std::to_string(m_expected) + " values");
    const bool ok = std::fflush(m_file) == 0 && std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!ok || std::rename(m_partPath.c_str(), m_path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(m_partPath.c_str());
        throwIo(m_path, "cannot finish writing: " + reason);
    }
}

void writeNpy(const std::string &path, const std::vector<std::int64_t> &shape, const float *values)
{
    NpyWriter writer(path, shape);
    writer.write(values, writer.expectedCount());
    writer.finish();
}

NpyArray readNpy(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput(path, std::string("cannot open: ") + std::strerror(errno));
    char magic[8] = {};
    in.read(magic, 8);
    if (!in || std::memcmp(magic, "\x93NUMPY", 6) != 0)
        throwBadInput(path, "not a .npy file");
    const int major = static_cast<unsigned char>(magic[6]);
    std::size_t headerLength = 0;
    unsigned char lengthBytes[4] = {};
    in.read(reinterpret_cast<char *>(lengthBytes), major == 1 ? 2 : 4);
    for (int i = (major == 1 ? 1 : 3); i >= 0; --i)
        headerLength = headerLength << 8 | lengthBytes[i];
    if (!in || major < 1 || major > 3 || headerLength > 1 << 20)
        throwBadInput(path, "unsupported or corrupt .npy header");
    std::string header(headerLength, '\0');
    in.read(header.data(), static_cast<std::streamsize>(headerLength));
    if (header.find("'descr': '<f4'") == std::string::npos)
        throwBadInput(path, "only little-endian float32 .npy files are supported");
    if (header.find("'fortran_order': False") == std::string::npos)
        throwBadInput(path, "only C-order .npy files are supported");
    const auto open = header.find('(', header.find("'shape'"));
    const auto close = header.find(')', open);
    if (open == std::string::npos || close == std::string::npos)
        throwBadInput(path, "corrupt .npy header: no shape");
    NpyArray array;
    std::istringstream dims(header.substr(open + 1, close - open - 1));
    try {
        for (std::string dim; std::getline(dims, dim, ',');)
            if (dim.find_first_not_of(' ') != std::string::npos)
                array.shape.push_back(std::stoll(dim));
    } catch (const std::exception &) {
        throwBadInput(path, "corrupt .npy header: unreadable shape");
    }
    const std::uint64_t count = elementCount(array.shape, path);
    // The data must be in the file before anything is allocated for it: a shape is only a claim.
    const auto dataStart = in.tellg();
    in.seekg(0, std::ios::end);
    const auto available = static_cast<std::uint64_t>(in.tellg() - dataStart);
    in.seekg(dataStart);
    if (!in || available < count * sizeof(float))
        throwBadInput(path, "truncated .npy file: fewer values than its shape says");
    array.values.resize(count);
    in.read(reinterpret_cast<char *>(array.values.data()), static_cast<std::streamsize>(count * sizeof(float)));
    if (static_cast<std::uint64_t>(in.gcount()) != count * sizeof(float))
        throwBadInput(path, "truncated .npy file: fewer values than its shape says");
    return array;
}

} // namespace emolens
