#pragma once
/// \file ModelFile.h
/// One file per trained model: the weights (every parameter and batch-norm
/// buffer, float32 little-endian) plus JSON metadata that says exactly which
/// protocol produced them. Layout (docs/MODEL_FILES.md): magic "EMOLENS\x1a",
/// u32 format version, u32 0, u64 header length, header JSON, tensor bytes,
/// u64 FNV-1a checksum of everything before it. Saving is atomic (temporary
/// file, then rename), so a crash never leaves half a model behind.

#include "emolens/Corpus.h"
#include "emolens/FeatureConfig.h"
#include "emolens/Model.h"
#include "emolens/TrainingConfig.h"

#include <string>
#include <vector>

namespace emolens {

/// The model file format this build writes and the newest it reads. 2: the checksum is
/// SHA-256 (the file's last 32 bytes, of everything before them); 1: FNV-1a (still read).
constexpr int kModelFormatVersion = 2;

struct ModelMetadata {
    std::string corpusSpec; ///< "emodb:/data/emodb", "csv:...", or "" when unknown (imported)
    Protocol protocol; ///< its classes name the model's outputs, in order
    FeatureConfig features;
    ModelConfig model;
    TrainingConfig training;
    std::string heldOutSpeaker; ///< the fold's test speaker; empty when trained on every speaker
    std::vector<std::string> trainingSpeakers;
    /// Speakers held out of training to choose the epoch (TrainingConfig::validationSpeakers).
    std::vector<std::string> validationSpeakers;
    std::string metricsJson = "{}"; ///< JSON object: the held-out evaluation, when there was one
    std::string historyJson = "[]"; ///< JSON array: per-epoch loss/accuracy/learning rate
    std::string emolensVersion; ///< filled by saveModel when empty
    /// The source commit of the build that trained it (kBuildCommit): filled by
    /// saveModel when empty; "not recorded" for files older than this field.
    std::string emolensCommit;
    std::string created; ///< ISO 8601 UTC; filled by saveModel when empty
    std::string origin = "trained"; ///< trained | imported

    const std::vector<std::string> &classes() const { return protocol.classes; }
    /// Problems that make the metadata inconsistent with itself (class count vs
    /// model outputs, feature matrix vs model input, held-out speaker among the
    /// training speakers). Empty when consistent.
    std::vector<std::string> validate() const;
    /// Everything above as one JSON object: what every result file embeds.
    std::string toJson() const;
    static ModelMetadata fromJson(const std::string &json, const std::string &context); ///< throws Error(BadInput)
};

/// Throws Error(BadInput) when \p metadata is inconsistent or does not match
/// \p model's config, Error(Io) when the file cannot be written.
void saveModel(const std::string &path, const AttentionPoolingCnn &model, const ModelMetadata &metadata);

struct LoadedModel {
    ModelMetadata metadata;
    AttentionPoolingCnn model;
};

/// Refuses, with Error(BadInput) naming the file, anything that is not an
/// intact model file of a known format version whose metadata and tensors agree.
LoadedModel loadModel(const std::string &path);
/// The metadata only (cheap: the tensors are checked but not built).
ModelMetadata readModelMetadata(const std::string &path);

/// Writes a PyTorch state dict (torch.save format) that
/// docs/interop/emolens_model.py's EmoLensNet loads with load_state_dict, plus
/// PATH.json with the metadata.
void exportStateDict(const std::string &path, const AttentionPoolingCnn &model, const ModelMetadata &metadata);
/// Reads a state dict written by exportStateDict or by Python's
/// torch.save(net.state_dict()). The architecture comes from PATH.json when
/// present, else from \p fallback (whose numClasses/kernels/channels are then
/// checked against the tensors). Throws Error(BadInput) on any mismatch.
LoadedModel importStateDict(const std::string &path, const ModelMetadata *fallback = nullptr);

} // namespace emolens
