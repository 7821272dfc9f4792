#pragma once
// emolens-cli's options, declared once with CLI11: typed, range-checked, described
// from the config structs' own defaults (a default shown in --help is the value the
// struct carries, never a copy). Shared groups: the protocol, the experiment
// (training schedule, model, feature cache, threads) and the model to run.
#include "emolens/Corpus.h"
#include "emolens/CrossValidation.h"
#include "emolens/Device.h"
#include "emolens/FeatureStore.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace emolens::cli {

/// A command line that parses but makes no sense (two options that exclude each
/// other...): printed with a hint to --help, exit 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// What a subcommand runs once its options are parsed; returns the exit code.
using Runner = std::function<int()>;

/// Validators with messages that name the rule.
extern const CLI::Validator kPositive; ///< > 0
extern const CLI::Validator kNonNegative; ///< >= 0

/// --classes, --merge-excited, --subset, --min-duration, --annotations onto \p protocol.
void addProtocolOptions(CLI::App &command, Protocol &protocol);
/// Canonical class names, then Protocol::validate(). Throws UsageError.
void finishProtocol(Protocol &protocol);

/// Everything a training command takes beyond its own options.
struct ExperimentOptions {
    ExperimentSetup setup;
    bool scaleDrops = false;
    std::string trainPrecision = "fp32";
    std::string cacheDir;
    bool noCache = false;
    double memoryBudgetGb = static_cast<double>(FeatureStoreOptions{}.memoryBudgetBytes) / (1024.0 * 1024.0 * 1024.0);
    int threads = 0; ///< 0: one per core
    std::string device = "auto"; ///< --device as given
    ComputeDevice computeDevice; ///< resolved (chooseAndSayDevice) by a command that computes
};

/// --corpus, the protocol, the schedule, the model's varied choices, the feature cache and --threads.
void addExperimentOptions(CLI::App &command, ExperimentOptions &options);
/// The setup as the options say, checked (the schedule's length unit, the model). Throws UsageError.
ExperimentSetup finishSetup(ExperimentOptions &options);
std::unique_ptr<FeatureStore> makeStore(const ExperimentOptions &options, const FeatureConfig &config);

/// --threads N.
void addThreadsOption(CLI::App &command, int &threads);
/// --device auto|cpu|cuda|cuda:N.
void addDeviceOption(CLI::App &command, std::string &device);
/// The device --device names, said on stderr ("computing on cpu (auto: ...)").
ComputeDevice chooseAndSayDevice(const std::string &spec);
/// --precision auto|fp32|bf16 for running a model (auto: defaultInferencePrecision).
void addPrecisionOption(CLI::App &command, std::string &precision);

/// \p text as the command's help footer, wrapped at 88 columns.
void setFooter(CLI::App &command, const std::string &text);

/// A comma-separated list of names.
std::vector<std::string> splitList(const std::string &text);

} // namespace emolens::cli
