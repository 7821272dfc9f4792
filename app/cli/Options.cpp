#include "Options.h"

#include "emolens/ModelConfig.h"
#include "emolens/TrainingConfig.h"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <type_traits>

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
    // Input files are checked by their readers, which name the file and the problem in one line.
    command.add_option("--annotations", p.annotations, "apply the corrected labels of an EmoLens annotation file")
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

/// The rule as a type hint in --help: ">=1", ">0", "[2,4096]", "[0,1)".
std::string rangeHint(const ConfigField &f)
{
    auto num = [](double v) {
        std::ostringstream s;
        s << std::setprecision(12) << v;
        return s.str();
    };
    const bool hasMin = std::isfinite(f.min), hasMax = std::isfinite(f.max);
    if (hasMin && !hasMax && f.min == 0)
        return f.minOpen ? "POSITIVE" : "NONNEGATIVE";
    if (hasMin && hasMax)
        return (f.minOpen ? "(" : "[") + num(f.min) + "," + num(f.max) + (f.maxOpen ? ")" : "]");
    if (hasMin)
        return (f.minOpen ? ">" : ">=") + num(f.min);
    return (f.maxOpen ? "<" : "<=") + num(f.max);
}

/// Option \p flag for config field \p key: its help text, default and check all come from the
/// config's field list (ConfigField), with \p note added to the help for what only the CLI says.
template <class T> CLI::Option *addField(CLI::App &c, const std::string &flag, T &value,
                                         const std::vector<ConfigField> &fields, const char *key, const char *group,
                                         const std::string &note = {})
{
    const ConfigField &f = findField(fields, key);
    CLI::Option *option = nullptr;
    if constexpr (std::is_same_v<T, bool>) {
        option = c.add_flag(flag, value, f.description + note);
    } else {
        option = c.add_option(flag, value, f.description + note)->capture_default_str();
        if (!f.choices.empty())
            option->check(CLI::IsMember(f.choices));
        else if (!f.rule().empty())
            option->check(numberRule([f](double v) { return f.admits(v); }, f.rule(), rangeHint(f)));
    }
    return option->group(group);
}

void addScheduleOptions(CLI::App &c, ExperimentOptions &o)
{
    TrainingConfig &t = o.setup.training;
    const auto &fields = TrainingConfig::fields();
    const char *group = "Training (defaults are the paper's schedule)";
    auto *epochs =
        addField(c, "--epochs", t.epochs, fields, "epochs", group, "; the rate drops x0.1 at epochs 21, 31 and 41");
    addField(c, "--steps", t.steps, fields, "steps", group,
             "; the rate drops at the paper's fractions (40, 60, 80 %); the paper's IEMOCAP schedule is about "
             "7 500 steps, EmoDB's 250")
        ->excludes(epochs);
    c.add_flag("--scale-drops", o.scaleDrops,
               "drop the rate at the paper's fractions of the length instead of at epochs 21, 31, 41")
        ->group(group);
    addField(c, "--validation-speakers", t.validationSpeakers, fields, "validationSpeakers", group);
    addField(c, "--class-weights", t.classWeighting, fields, "classWeighting", group);
    addField(c, "--drop-partial-batch", t.dropPartialBatch, fields, "dropPartialBatch", group);
    addField(c, "--batch", t.batchSize, fields, "batchSize", group);
    addField(c, "--lr", t.learningRate, fields, "learningRate", group);
    addField(c, "--seed", t.seed, fields, "seed", group);
    c.add_option("--train-precision", o.trainPrecision,
                 "fp32, or bf16: convolutions in bfloat16, about 2x faster on CPUs with AVX512-BF16")
        ->check(CLI::IsMember({"fp32", "bf16"}))
        ->capture_default_str()
        ->group(group);
}

void addModelOptions(CLI::App &c, ModelConfig &m)
{
    const auto &fields = ModelConfig::fields();
    const char *group = "Model (the paper's experiments vary these)";
    addField(c, "--conv1a-height", m.conv1aHeight, fields, "conv1aHeight", group);
    addField(c, "--conv1b-width", m.conv1bWidth, fields, "conv1bWidth", group);
    addField(c, "--pooling", m.pooling, fields, "pooling", group);
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

void addDeviceOption(CLI::App &command, std::string &device)
{
    command
        .add_option("--device", device,
                    "auto, cpu, cuda or cuda:N: where the network computes (auto: the first CUDA GPU when this "
                    "build has CUDA and one is visible, else the CPU)")
        ->capture_default_str();
}

ComputeDevice chooseAndSayDevice(const std::string &spec)
{
    std::string why;
    const ComputeDevice d = chooseDevice(spec, &why);
    std::cerr << "computing on " << why << '\n';
    return d;
}

void addPrecisionOption(CLI::App &command, std::string &precision)
{
    command
        .add_option("--precision", precision,
                    "auto, fp32 or bf16: bfloat16 convolutions, about 1.6x faster where the CPU has AVX512-BF16 "
                    "(auto: bf16 there, fp32 elsewhere and on GPUs; its cost, measured on ten EmoDB fold models, in "
                    "docs/PERFORMANCE.md)")
        ->check(CLI::IsMember({"auto", "fp32", "bf16"}))
        ->capture_default_str();
}

void addExperimentOptions(CLI::App &c, ExperimentOptions &o)
{
    c.add_option("--corpus", o.setup.corpusSpec, "iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR")
        ->required()
        ->group("Data and protocol");
    addProtocolOptions(c, o.setup.protocol);
    addScheduleOptions(c, o);
    addModelOptions(c, o.setup.model);
    addCacheOptions(c, o);
    addThreadsOption(c, o.threads);
    addDeviceOption(c, o.device);
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
