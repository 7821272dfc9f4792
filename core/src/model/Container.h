#pragma once
// Private to core: the tensor container behind model files and checkpoints.
#include "model/Network.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace emolens::model {

struct NamedTensor {
    std::string name;
    torch::Tensor tensor;
};

struct Container {
    std::string kind; // "model" or "checkpoint"
    nlohmann::ordered_json metadata;
    std::vector<NamedTensor> tensors;
};

/// Atomic write (PATH.part, then rename). Throws Error(Io).
void writeContainer(const std::string &path, const Container &container);
/// Throws Error(BadInput) naming \p path: not a container, newer format version,
/// truncated, checksum mismatch, malformed header, or kind != \p expectedKind.
Container readContainer(const std::string &path, const std::string &expectedKind);

/// Every parameter and buffer of \p net by its state-dict name ("convs.0.weight",
/// "bn1a.running_mean", ...), contiguous NCHW copies.
std::vector<NamedTensor> stateOf(const Network &net);
/// Copies \p tensors into \p net. Names, shapes and dtypes must match exactly
/// (no missing, no extra); otherwise Error(BadInput) naming \p file.
void loadState(Network &net, const std::vector<NamedTensor> &tensors, const std::string &file,
               const std::string &prefix = {});

} // namespace emolens::model
