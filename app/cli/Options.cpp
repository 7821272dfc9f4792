#include "Options.h"

#include "emolens/ModelConfig.h"
#include "emolens/TrainingConfig.h"

#include <cmath>

namespace emolens::cli {

namespace {

CLI::Validator numberRule(std::function<bool(double)> ok, const std::string &rule, const std::string &name)
{
    return CLI::Validator(
        [ok, rule](std::string &text) -> std::string {
            double v = 0;
            if (!CLI::detail::lexical_cast(text, v) || !std::isfinite(v) || !ok(v))
                return "must be " + rule + " (got '" + text + "')";
            return {};
        },
        name);
}

} // namespace

const CLI::Validator kPositive = numberRule([](double v) { return v > 0; }, "greater than 0", "POSITIVE");
const CLI::Validator kNonNegative = numberRule([](double v) { return v >= 0; }, "0 or more", "NONNEGATIVE");

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::string item;
    for (char c : text + ",") {
        if (c != ',') {
            item += c;
        } else if (!item.empty()) {
            out.push_back(item);
            item.clear();
        }
    }
    return out;
}

void setFooter(CLI::App &command, const std::string &text)
{
    std::string out, line;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        if (!line.empty() && line.size() + 1 + word.size() > 88) {
            out += line + '\n';
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        word.clear();
    };
    for (char c : text) {
        if (c == ' ')
            flush();
        else
            word += c;
    }
    flush();
    command.footer(out + line);
}

void addProtocolOptions(CLI::App &command, Protocol &p)
{
    command.add_option("--classes", p.classes, "class set, in model output order")
        ->delimiter(',')
        ->capture_default_str()
        ->group("Data and protocol");
    command.add_flag("--merge-excited", p.mergeExcitedIntoHappy, "count IEMOCAP's excited (exc) as happy")
        ->group("Data and protocol");
    command.add_option("--subset", p.subset, "IEMOCAP improvised, scripted or all; other corpora keep all")
        ->check(CLI::IsMember({"improvised", "scripted", "all"}))
        ->capture_default_str()
        ->group("Data and protocol");
    command
        .add_option("--min-duration", p.minDurationSeconds,
                    "exclude utterances shorter than this many seconds (counted, never silent)")
        ->check(kNonNegative)
        ->capture_default_str()
        ->group("Data and protocol");
    command.add_option("--annotations", p.annotations, "apply the corrected labels of an EmoLens annotation file")
        ->check(CLI::ExistingFile)
        ->group("Data and protocol");
}

void finishProtocol(Protocol &p)
{
    for (auto &c : p.classes)
        c = canonicalLabel(c);
    if (const auto problems = p.validate(); !problems.empty())
        throw UsageError(problems.front());
}

namespace {

void addScheduleOptions(CLI::App &c, ExperimentOptions &o)
{
    TrainingConfig &t = o.setup.training;
    const char *group = "Training (defaults are the paper's schedule)";
    auto *epochs = c.add_option("--epochs", t.epochs, "length in epochs; the rate drops x0.1 at epochs 21, 31 and 41")
                       ->check(kPositive)
                       ->capture_default_str()
                       ->group(group);
    c.add_option("--steps", t.steps,
                 "length in SGD steps (batches) instead: ceil(N / batches per epoch) epochs for each fold, the rate "
                 "dropping at the paper's fractions (40, 60, 80 %); the paper's IEMOCAP schedule is about 7 500 steps, "
                 "EmoDB's 250")
        ->check(kPositive)
        ->excludes(epochs)
        ->group(group);
    c.add_flag("--scale-drops", o.scaleDrops,
               "drop the rate at the paper's fractions of the length instead of at epochs 21, 31, 41")
        ->group(group);
    c.add_option("--validation-speakers", t.validationSpeakers,
                 "hold out N training speakers per fold (those after the held-out one in sorted order, never it) and "
                 "keep the epoch with the best validation UA; the model is trained without them")
        ->check(kNonNegative)
        ->capture_default_str()
        ->group(group);
    c.add_option("--class-weights", t.classWeighting,
                 "none, or balanced: weigh each class's segments by n / (classes x n_class) in the loss")
        ->check(CLI::IsMember({"none", "balanced"}))
        ->capture_default_str()
        ->group(group);
    c.add_flag(
         "--drop-partial-batch", t.dropPartialBatch,
         "drop an epoch's last batch when it is not full (a documented deviation: a tiny batch upsets batch norm)")
        ->group(group);
    c.add_option("--batch", t.batchSize, "segments per batch")->check(kPositive)->capture_default_str()->group(group);
    c.add_option("--lr", t.learningRate, "initial learning rate")
        ->check(kPositive)
        ->capture_default_str()
        ->group(group);
    c.add_option("--seed", t.seed, "initial weights and shuffling")->capture_default_str()->group(group);
    c.add_option("--train-precision", o.trainPrecision,
                 "fp32, or bf16: convolutions in bfloat16, about 2x faster on CPUs with AVX512-BF16")
        ->check(CLI::IsMember({"fp32", "bf16"}))
        ->capture_default_str()
        ->group(group);
}

void addModelOptions(CLI::App &c, ModelConfig &m)
{
    const char *group = "Model (the paper's experiments vary these)";
    c.add_option("--conv1a-height", m.conv1aHeight, "frequency extent of the conv1a (Hx2) branch")
        ->check(kPositive)
        ->capture_default_str()
        ->group(group);
    c.add_option("--conv1b-width", m.conv1bWidth, "time extent of the conv1b (2xW) branch")
        ->check(kPositive)
        ->capture_default_str()
        ->group(group);
    c.add_option("--pooling", m.pooling, "attention, average or max")
        ->check(CLI::IsMember({"attention", "average", "max"}))
        ->capture_default_str()
        ->group(group);
}

void addCacheOptions(CLI::App &c, ExperimentOptions &o)
{
    const char *group = "Feature cache (features are computed once per file, config and hop)";
    auto *cache =
        c.add_option("--cache", o.cacheDir, "on-disk cache (default $XDG_CACHE_HOME/emolens/features)")->group(group);
    c.add_flag("--no-cache", o.noCache, "memory only")->excludes(cache)->group(group);
    c.add_option("--memory-budget", o.memoryBudgetGb, "in-memory feature budget in GB (the disk cache holds the rest)")
        ->check(kPositive)
        ->capture_default_str()
        ->group(group);
}

} // namespace

void addThreadsOption(CLI::App &command, int &threads)
{
    command.add_option("--threads", threads, "compute threads (default: one per core)")->check(kPositive);
}

void addPrecisionOption(CLI::App &command, std::string &precision)
{
    command
        .add_option("--precision", precision,
                    "fp32, or bf16: bfloat16 convolutions (about 1.8x faster on AVX512-BF16 CPUs; cost in "
                    "docs/PERFORMANCE.md)")
        ->check(CLI::IsMember({"fp32", "bf16"}))
        ->capture_default_str();
}

void addExperimentOptions(CLI::App &c, ExperimentOptions &o)
{
    c.add_option("--corpus", o.setup.corpusSpec, "iemocap:ROOT, emodb:DIR or csv:FILE")
        ->required()
        ->group("Data and protocol");
    addProtocolOptions(c, o.setup.protocol);
    addScheduleOptions(c, o);
    addModelOptions(c, o.setup.model);
    addCacheOptions(c, o);
    addThreadsOption(c, o.threads);
}

ExperimentSetup finishSetup(ExperimentOptions &o)
{
    ExperimentSetup s = o.setup;
    finishProtocol(s.protocol);
    if (s.training.steps > 0 || o.scaleDrops)
        s.training.learningRateDropFractions = TrainingConfig::paperDropFractions();
    s.training.precision = parsePrecision(o.trainPrecision);
    s.model.numClasses = static_cast<int>(s.protocol.classes.size());
    if (const auto problems = s.model.validate(); !problems.empty())
        throw UsageError(problems.front());
    return s;
}

std::unique_ptr<FeatureStore> makeStore(const ExperimentOptions &o, const FeatureConfig &config)
{
    FeatureStoreOptions store;
    if (!o.noCache)
        store.cacheDir = o.cacheDir.empty() ? defaultFeatureCacheDir() : o.cacheDir;
    store.memoryBudgetBytes = static_cast<std::size_t>(o.memoryBudgetGb * 1024.0 * 1024.0 * 1024.0);
    return std::make_unique<FeatureStore>(config, store);
}

} // namespace emolens::cli
