// Model files (see ModelFile.h and docs/MODEL_FILES.md) and PyTorch state-dict interop.
#include "emolens/ModelFile.h"
#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/Version.h"
#include "io/Json.h"
#include "model/Container.h"
#include "model/ZipCheck.h"

#include <torch/serialize.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace emolens {

namespace {

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

ModelMetadata completed(const ModelMetadata &in, const AttentionPoolingCnn &model, const std::string &path)
{
    ModelMetadata m = in;
    if (m.emolensVersion.empty())
        m.emolensVersion = kVersion;
    if (m.emolensCommit.empty())
        m.emolensCommit = kBuildCommit;
    if (m.created.empty())
        m.created = utcNow();
    if (m.model.toJson() != model.config().toJson())
        throwBadInput(path, "metadata describes a different architecture than the model being saved");
    throwIfInvalid(path, "model metadata", m.validate());
    return m;
}

ModelMetadata metadataOf(const model::Container &c, const std::string &path)
{
    return ModelMetadata::fromJson(c.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), path);
}

} // namespace

void saveModel(const std::string &path, const AttentionPoolingCnn &model, const ModelMetadata &metadata)
{
    const ModelMetadata m = completed(metadata, model, path);
    model::Container c;
    c.kind = "model";
    c.metadata = parseJson(m.toJson(), path);
    c.tensors = model::stateOf(model.impl().net);
    model::writeContainer(path, c);
}

namespace {

/// Float elements of every parameter and buffer the config's network has, by
/// arithmetic (nothing allocated): compared with the file before the network is built.
std::int64_t stateElements(const ModelConfig &c)
{
    const std::int64_t c1 = c.conv1Channels;
    std::int64_t n = c1 * (static_cast<std::int64_t>(c.conv1aHeight) * c.conv1aWidth + 1) +
                     c1 * (static_cast<std::int64_t>(c.conv1bHeight) * c.conv1bWidth + 1) + 2 * 4 * c1;
    std::int64_t in = 2 * c1;
    for (int out : c.channels) {
        n += out * (in * 9 + 1) + 4 * static_cast<std::int64_t>(out);
        in = out;
    }
    n += c.numClasses * (in + 1);
    if (c.pooling == "attention")
        n += in + 1;
    return n;
}

} // namespace

LoadedModel loadModel(const std::string &path)
{
    const model::Container c = model::readContainer(path, "model");
    ModelMetadata meta = metadataOf(c, path);
    std::int64_t stored = 0;
    for (const auto &t : c.tensors)
        if (t.tensor.is_floating_point())
            stored += t.tensor.numel();
    if (stored != stateElements(meta.model))
        throwBadInput(path, "holds " + std::to_string(stored) +
                                " weights, but the model configuration it carries needs " +
                                std::to_string(stateElements(meta.model)) + " (corrupt or hand-edited metadata)");
    try {
        AttentionPoolingCnn net(meta.model); // the config was validated (bounded sizes) by metadataOf
        model::loadState(net.impl().net, c.tensors, path);
        return {std::move(meta), std::move(net)};
    } catch (const c10::Error &e) {
        throwBadInput(path, std::string("cannot build the model it describes: ") + e.what_without_backtrace());
    }
}

ModelMetadata readModelMetadata(const std::string &path)
{
    return metadataOf(model::readContainer(path, "model"), path);
}

void exportStateDict(const std::string &path, const AttentionPoolingCnn &model, const ModelMetadata &metadata)
{
    const ModelMetadata m = completed(metadata, model, path);
    c10::Dict<std::string, torch::Tensor> dict;
    for (const auto &nt : model::stateOf(model.impl().net))
        dict.insert(nt.name, nt.tensor);
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    writeFileAtomically(path, std::string(bytes.begin(), bytes.end()));
    writeFileAtomically(path + ".json", m.toJson() + "\n");
}

LoadedModel importStateDict(const std::string &path, const ModelMetadata *fallback)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput(path, "cannot open the state dict");
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    model::verifyZipArchive(bytes, path); // a damaged file is reported as damaged, never imported
    std::vector<model::NamedTensor> tensors;
    try {
        const c10::IValue value = torch::pickle_load(bytes);
        if (!value.isGenericDict())
            throwBadInput(path, "holds a " + value.tagKind() + ", not a state dict (a dict of tensors)");
        for (const auto &entry : value.toGenericDict()) {
            if (!entry.key().isString() || !entry.value().isTensor())
                throwBadInput(path, "a state dict maps names to tensors; found another kind of entry");
            tensors.push_back({entry.key().toStringRef(), entry.value().toTensor()});
        }
    } catch (const c10::Error &e) {
        // LibTorch 1.13's unpickler cannot rebuild collections.OrderedDict, which is
        // what nn.Module.state_dict() returns; a plain dict of the same tensors works.
        // The archive passed its CRC checks, so its pickle is as Python wrote it: a
        // GLOBAL collections.OrderedDict in it is the real cause.
        if (std::string(bytes.begin(), bytes.end()).find("collections\nOrderedDict") != std::string::npos)
            throwBadInput(path, "holds an OrderedDict, which LibTorch cannot read: save it from Python with "
                                "torch.save(dict(net.state_dict()), path)");
        throwBadInput(path, std::string("not a readable torch.save file: ") + e.what_without_backtrace());
    }
    ModelMetadata meta;
    const std::string sidecar = path + ".json";
    if (std::filesystem::exists(sidecar)) {
        std::ifstream m(sidecar);
        meta = ModelMetadata::fromJson(
            std::string((std::istreambuf_iterator<char>(m)), std::istreambuf_iterator<char>()), sidecar);
    } else if (fallback) {
        meta = *fallback;
    } else {
        throwBadInput(path, "no metadata: put the exported " + sidecar + " next to it or give a model to copy it from");
    }
    meta.origin = "imported";
    meta.created.clear();
    AttentionPoolingCnn net(meta.model);
    model::loadState(net.impl().net, tensors, path);
    return {std::move(meta), std::move(net)};
}

} // namespace emolens
