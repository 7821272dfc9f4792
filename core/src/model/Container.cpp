#include "model/Container.h"
#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/ModelFile.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

namespace emolens::model {

namespace {

constexpr char kMagic[8] = {'E', 'M', 'O', 'L', 'E', 'N', 'S', '\x1a'};

template <typename T> void put(std::string &out, T v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

std::string dtypeName(const torch::Tensor &t)
{
    if (t.scalar_type() == torch::kFloat32)
        return "float32";
    if (t.scalar_type() == torch::kInt64)
        return "int64";
    throw Error(ErrorKind::Internal, {},
                std::string("model file: unsupported tensor type ") + std::string(t.dtype().name()));
}

} // namespace

void writeContainer(const std::string &path, const Container &c)
{
    nlohmann::ordered_json header{
        {"kind", c.kind}, {"metadata", c.metadata}, {"tensors", nlohmann::ordered_json::array()}};
    std::string data;
    for (const auto &nt : c.tensors) {
        const auto t = nt.tensor.detach().contiguous().cpu();
        const std::size_t bytes = static_cast<std::size_t>(t.numel()) * t.element_size();
        header["tensors"].push_back({{"name", nt.name},
                                     {"dtype", dtypeName(t)},
                                     {"shape", t.sizes().vec()},
                                     {"offset", data.size()},
                                     {"bytes", bytes}});
        data.append(static_cast<const char *>(t.data_ptr()), bytes);
    }
    const std::string headerText = header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out(kMagic, sizeof kMagic);
    put<std::uint32_t>(out, kModelFormatVersion);
    put<std::uint32_t>(out, 0);
    put<std::uint64_t>(out, headerText.size());
    out += headerText;
    put<std::uint64_t>(out, data.size());
    out += data;
    out += sha256(out.data(), out.size()); // `head -c -32 FILE | sha256sum` equals the last 32 bytes

    writeFileAtomically(path, out);
}

namespace {

/// Where a container's parts lie: [24, 24 + headerBytes) the JSON header, then the
/// tensor block of dataBytes at dataAt, then the checksum (SHA-256, 32 bytes, from
/// format 2 on; FNV-1a, 8 bytes, in format 1, still read).
struct Framing {
    std::uint64_t headerBytes = 0, dataAt = 0, dataBytes = 0;
};

std::size_t checksumBytes(std::uint32_t version)
{
    return version >= 2 ? 32 : 8;
}

bool checksumMatches(const std::string &in, std::uint32_t version)
{
    const std::size_t n = checksumBytes(version), body = in.size() - n;
    if (version >= 2)
        return sha256(in.data(), body) == in.substr(body);
    std::uint64_t stored = 0;
    std::memcpy(&stored, in.data() + body, 8);
    return fnv1a64(in.data(), body) == stored;
}

/// Checks the magic, version, checksum and part sizes of \p in; every size read from
/// the file is checked against the bytes there are before it is added to anything.
Framing checkFraming(const std::string &in, const std::string &path, const std::string &what)
{
    if (in.size() < 16 || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0)
        throwBadInput(path, "not an " + what + " (wrong magic bytes)");
    std::uint32_t version = 0;
    std::memcpy(&version, in.data() + 8, 4);
    if (version == 0 || version > static_cast<std::uint32_t>(kModelFormatVersion))
        throwBadInput(path, "format version " + std::to_string(version) +
                                " is not supported (this EmoLens reads up to " + std::to_string(kModelFormatVersion) +
                                "; a newer EmoLens wrote it?)");
    const std::size_t trailer = checksumBytes(version);
    // The smallest container: 24 bytes of framing, an empty header, 8 data-size bytes, the checksum.
    if (in.size() < 32 + trailer)
        throwBadInput(path, "corrupt " + what + " (truncated: " + std::to_string(in.size()) + " bytes)");
    if (!checksumMatches(in, version))
        throwBadInput(path, "corrupt " + what + " (checksum mismatch: truncated or modified)");
    Framing f;
    std::memcpy(&f.headerBytes, in.data() + 16, 8);
    if (f.headerBytes > in.size() - 32 - trailer)
        throwBadInput(path, "corrupt " + what + " (header runs past the end)");
    f.dataAt = 24 + f.headerBytes + 8;
    std::memcpy(&f.dataBytes, in.data() + 24 + f.headerBytes, 8);
    if (f.dataBytes != in.size() - trailer - f.dataAt)
        throwBadInput(path, "corrupt " + what + " (tensor block size disagrees with the file size)");
    return f;
}

/// One tensor the header lists, copied out of the tensor block after its dtype, rank,
/// shape and extent are checked against the block (sizes come from outside).
NamedTensor readTensor(const nlohmann::ordered_json &t, const std::string &in, const Framing &f,
                       const std::string &path, const std::string &what)
{
    const auto name = t.at("name").get<std::string>();
    const auto dtype = t.at("dtype").get<std::string>();
    const auto shape = t.at("shape").get<std::vector<std::int64_t>>();
    const auto offset = t.at("offset").get<std::uint64_t>();
    const auto bytes = t.at("bytes").get<std::uint64_t>();
    const auto type = dtype == "float32" ? torch::kFloat32 : dtype == "int64" ? torch::kInt64 : torch::kByte;
    if (type == torch::kByte)
        throwBadInput(path, "tensor " + name + " has unknown dtype " + dtype);
    if (shape.size() > 8)
        throwBadInput(path,
                      "corrupt " + what + " (tensor " + name + " has " + std::to_string(shape.size()) + " dimensions)");
    std::int64_t numel = 1;
    for (auto s : shape) {
        if (s < 0)
            throwBadInput(path, "negative tensor dimension");
        if (s > 0 && numel > static_cast<std::int64_t>(f.dataBytes) / s)
            throwBadInput(path, "corrupt " + what + " (tensor " + name + " is larger than the file's tensor block)");
        numel *= s;
    }
    const std::uint64_t expected = static_cast<std::uint64_t>(numel) * (type == torch::kFloat32 ? 4u : 8u);
    if (bytes != expected || offset > f.dataBytes || bytes > f.dataBytes - offset)
        throwBadInput(path, "corrupt " + what + " (tensor " + name + " out of bounds)");
    auto tensor = torch::empty(shape, torch::TensorOptions().dtype(type));
    std::memcpy(tensor.data_ptr(), in.data() + f.dataAt + offset, bytes);
    return {name, tensor};
}

} // namespace

Container readContainer(const std::string &path, const std::string &expectedKind)
{
    const std::string what = expectedKind == "checkpoint" ? "checkpoint" : "EmoLens model file";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throwBadInput(path, std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throwBadInput(path, "cannot open for reading");
    const std::string in((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const Framing f = checkFraming(in, path, what);
    Container c;
    try {
        const auto header = nlohmann::ordered_json::parse(in.substr(24, f.headerBytes));
        c.kind = header.at("kind").get<std::string>();
        if (c.kind != expectedKind)
            throwBadInput(path, "is a " + c.kind + " file, not a " + expectedKind);
        c.metadata = header.at("metadata");
        for (const auto &t : header.at("tensors"))
            c.tensors.push_back(readTensor(t, in, f, path, what));
    } catch (const nlohmann::json::exception &e) {
        throwBadInput(path, "corrupt " + what + " (malformed header: " + e.what() + ")");
    }
    return c;
}

std::vector<NamedTensor> stateOf(const Network &net)
{
    std::vector<NamedTensor> out;
    for (const auto &p : net->named_parameters())
        out.push_back({p.key(), p.value().detach().contiguous().clone()});
    for (const auto &b : net->named_buffers())
        out.push_back({b.key(), b.value().detach().contiguous().clone()});
    return out;
}

void loadState(Network &net, const std::vector<NamedTensor> &tensors, const std::string &file,
               const std::string &prefix)
{
    std::map<std::string, torch::Tensor> given;
    for (const auto &nt : tensors)
        if (nt.name.compare(0, prefix.size(), prefix) == 0)
            given[nt.name.substr(prefix.size())] = nt.tensor;
    std::map<std::string, torch::Tensor> wanted;
    for (const auto &p : net->named_parameters())
        wanted[p.key()] = p.value();
    for (const auto &b : net->named_buffers())
        wanted[b.key()] = b.value();
    for (const auto &[name, t] : given)
        if (!wanted.count(name))
            throwBadInput(file, "unexpected tensor '" + name + "' (a different architecture?)");
    torch::NoGradGuard guard;
    for (auto &[name, target] : wanted) {
        auto it = given.find(name);
        if (it == given.end())
            throwBadInput(file, "missing tensor '" + name + "'");
        const auto &src = it->second;
        if (src.sizes() != target.sizes() || src.scalar_type() != target.scalar_type()) {
            std::ostringstream s;
            s << "tensor '" << name << "' has shape " << src.sizes() << " " << src.dtype() << ", the model needs "
              << target.sizes() << " " << target.dtype();
            throwBadInput(file, s.str());
        }
        if (src.is_floating_point() && !torch::isfinite(src).all().item<bool>())
            throwBadInput(file, "tensor '" + name + "' holds NaN or infinite values; these weights cannot be used");
        target.copy_(src);
    }
}

} // namespace emolens::model
