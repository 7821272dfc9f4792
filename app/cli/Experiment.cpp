#include "Experiment.h"
#include "ConsoleProgress.h"
#include "Commands.h"

#include "emolens/Digest.h"
#include "emolens/Annotations.h"
#include "emolens/Error.h"
#include "emolens/Files.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace emolens::cli {

std::set<std::string> experimentValueOptions()
{
    return {"--corpus", "--classes",  "--subset", "--min-duration", "--annotations", "--epochs", "--seed",   "--batch",
            "--lr",     "--threads",  "--cache",  "--memory-budget", "--conv1a-height", "--conv1b-width", "--pooling",
            "--train-precision", "--steps", "--validation-speakers", "--class-weights"};
}

std::set<std::string> experimentFlagOptions()
{
    return {"--merge-excited", "--no-cache", "--scale-drops", "--drop-partial-batch"};
}

const char *const kExperimentOptionsHelp =
    "Data and protocol:\n"
    "  --corpus SPEC        iemocap:ROOT, emodb:DIR or csv:FILE (required)\n"
    "  --classes A,B,...    class set in output order (default neutral,happy,angry,sad)\n"
    "  --merge-excited      count IEMOCAP's excited as happy\n"
    "  --subset S           improvised (default), scripted or all (IEMOCAP)\n"
    "  --min-duration S     exclude utterances shorter than S seconds (counted)\n"
    "  --annotations FILE   use the corrected labels of an EmoLens annotation file\n"
    "Training (defaults are the paper's schedule):\n"
    "  --epochs N           50; the learning rate 0.05 drops x0.1 at epochs 21, 31, 41\n"
    "  --scale-drops        drop at the paper's fractions of the length (40, 60, 80 %)\n"
    "                       instead of at epochs 21, 31, 41\n"
    "  --steps N            length in SGD steps (batches) instead of epochs: ceil(N / batches\n"
    "                       per epoch) epochs for each fold, drops at the paper's fractions;\n"
    "                       the paper's IEMOCAP schedule is about 7 500 steps, EmoDB's 250\n"
    "  --validation-speakers N  hold out N training speakers per fold (those after the\n"
    "                       held-out one in sorted order, never it) and keep the epoch with\n"
    "                       the best validation UA; the model is trained without them\n"
    "  --class-weights W    none (default) or balanced: weigh each class's segments by\n"
    "                       n / (classes x n_class) of the training set in the loss\n"
    "  --drop-partial-batch drop an epoch's last batch when it is not full (a documented\n"
    "                       deviation: a tiny last batch upsets batch norm)\n"
    "  --batch N            64\n"
    "  --lr X               0.05\n"
    "  --seed S             1 (initial weights and shuffling)\n"
    "  --threads N          compute threads (default: one per core)\n"
    "  --train-precision P  fp32 (default) or bf16: convolutions in bfloat16, about 2x faster\n"
    "                       on CPUs with AVX512-BF16 (an option until measured on all folds)\n"
    "Model (the paper's experiments vary these):\n"
    "  --conv1a-height H    10 (frequency extent of the 10x2 branch)\n"
    "  --conv1b-width W     8 (time extent of the 2x8 branch)\n"
    "  --pooling P          attention (default), average or max\n"
    "Feature cache (features are computed once per file, config and hop):\n"
    "  --cache DIR          on-disk cache (default $XDG_CACHE_HOME/emolens/features)\n"
    "  --no-cache           memory only\n"
    "  --memory-budget GB   in-memory feature budget (default 0.25; the disk cache holds the rest)\n";

namespace {

int positiveInt(const Args &args, const std::string &option, int fallback)
{
    const auto v = args.number(option);
    if (!v)
        return fallback;
    if (*v < 1 || *v != static_cast<int>(*v))
        throw UsageError(option + " must be a positive whole number");
    return static_cast<int>(*v);
}

} // namespace

ExperimentSetup setupFromArgs(const Args &args)
{
    ExperimentSetup s;
    const auto corpus = args.value("--corpus");
    if (!corpus)
        throw UsageError("--corpus SPEC is required (iemocap:ROOT, emodb:DIR or csv:FILE)");
    s.corpusSpec = *corpus;
    s.protocol = protocolFromArgs(args);
    s.training.epochs = positiveInt(args, "--epochs", s.training.epochs);
    s.training.batchSize = positiveInt(args, "--batch", s.training.batchSize);
    if (const auto lr = args.number("--lr")) {
        if (*lr <= 0)
            throw UsageError("--lr must be positive");
        s.training.learningRate = *lr;
    }
    if (const auto seed = args.number("--seed")) {
        if (*seed < 0 || *seed != static_cast<double>(static_cast<std::uint64_t>(*seed)))
            throw UsageError("--seed must be a whole number >= 0");
        s.training.seed = static_cast<std::uint64_t>(*seed);
    }
    if (args.has("--steps") && args.has("--epochs"))
        throw UsageError("--steps and --epochs exclude each other (the length is in one unit)");
    if (args.has("--steps")) {
        s.training.steps = positiveInt(args, "--steps", 1);
        s.training.learningRateDropFractions = TrainingConfig::paperDropFractions();
    }
    if (args.has("--scale-drops"))
        s.training.learningRateDropFractions = TrainingConfig::paperDropFractions();
    if (const auto v = args.number("--validation-speakers")) {
        if (*v < 0 || *v != static_cast<int>(*v))
            throw UsageError("--validation-speakers must be a whole number >= 0");
        s.training.validationSpeakers = static_cast<int>(*v);
    }
    if (const auto w = args.value("--class-weights")) {
        if (*w != "none" && *w != "balanced")
            throw UsageError("--class-weights must be none or balanced");
        s.training.classWeighting = *w;
    }
    s.training.dropPartialBatch = args.has("--drop-partial-batch");
    if (const auto p = args.value("--train-precision")) {
        if (*p != "fp32" && *p != "bf16")
            throw UsageError("--train-precision must be fp32 or bf16");
        s.training.precision = parsePrecision(*p);
    }
    s.model.conv1aHeight = positiveInt(args, "--conv1a-height", s.model.conv1aHeight);
    s.model.conv1bWidth = positiveInt(args, "--conv1b-width", s.model.conv1bWidth);
    s.model.pooling = args.valueOr("--pooling", s.model.pooling);
    s.model.numClasses = static_cast<int>(s.protocol.classes.size());
    if (const auto problems = s.model.validate(); !problems.empty())
        throw UsageError(problems.front());
    return s;
}

std::unique_ptr<FeatureStore> storeFromArgs(const Args &args, const FeatureConfig &config)
{
    FeatureStoreOptions o;
    if (args.has("--no-cache") && args.has("--cache"))
        throw UsageError("--cache and --no-cache exclude each other");
    if (!args.has("--no-cache"))
        o.cacheDir = args.valueOr("--cache", defaultFeatureCacheDir());
    if (const auto gb = args.number("--memory-budget")) {
        if (*gb <= 0)
            throw UsageError("--memory-budget must be positive (GB)");
        o.memoryBudgetBytes = static_cast<std::size_t>(*gb * 1024.0 * 1024.0 * 1024.0);
    }
    return std::make_unique<FeatureStore>(config, o);
}

int threadsFromArgs(const Args &args)
{
    return positiveInt(args, "--threads", 0);
}

CorpusReadResult readCorpusFor(const std::string &spec, Protocol &protocol)
{
    CorpusReadResult corpus = readCorpus(spec);
    if (protocol.annotations.empty())
        return corpus;
    const std::string text = readWholeFile(protocol.annotations);
    const AnnotationSet annotations = AnnotationSet::fromJson(text, protocol.annotations);
    protocol.annotationsDigest = digestHex(text);
    std::vector<std::string> unmatched;
    corpus = applyAnnotations(corpus, annotations, &unmatched);
    // Count what was applied, not what the file holds: ids of another corpus apply to nothing.
    std::cerr << "annotations: " << annotations.size() - unmatched.size() << " of " << annotations.size() << " from "
              << protocol.annotations << " applied";
    if (!unmatched.empty())
        std::cerr << "; " << unmatched.size() << " name no utterance of this corpus and were ignored (first: "
                  << unmatched.front() << ")";
    std::cerr << '\n';
    return corpus;
}

Selection selectFromSetup(ExperimentSetup &setup)
{
    const CorpusReadResult corpus = readCorpusFor(setup.corpusSpec, setup.protocol);
    for (const auto &e : corpus.skipped)
        std::cerr << "skipped: " << e.file << (e.line ? ":" + std::to_string(e.line) : "") << ": " << e.reason << '\n';
    Selection s = selectUtterances(corpus, setup.protocol);
    for (const auto &[reason, n] : s.excluded)
        std::cerr << "excluded by the protocol: " << n << " (" << reason << ")\n";
    if (s.utterances.empty())
        throwBadInput(setup.corpusSpec, "the protocol keeps no utterances");
    return s;
}

namespace {
CancelToken g_cancel{false};
extern "C" void onSignal(int)
{
    if (g_cancel.load())
        std::_Exit(130);
    g_cancel.store(true);
}
} // namespace

CancelToken &cancelToken()
{
    return g_cancel;
}

void installCancelHandler()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

TrainOptions consoleTrainOptions(const std::string &label, int threads)
{
    TrainOptions o;
    o.threads = threads;
    o.cancel = &cancelToken();
    // A bar on a terminal, periodic lines in logs: never silent for a whole epoch.
    auto bar = std::make_shared<ConsoleProgress>(label, "batches");
    auto features = std::make_shared<ConsoleProgress>(label + " features", "");
    o.prepareProgress = [features](double f) {
        features->update(std::llround(f * 1000), 1000, "computing or loading the training features");
        if (f >= 1.0)
            features->finish();
    };
    o.progress = [bar](const TrainProgress &p) {
        char detail[160];
        std::snprintf(detail, sizeof detail, "epoch %d/%d loss %.4f acc %.3f lr %.2g", p.epoch, p.epochs, p.loss, p.accuracy,
                      p.learningRate);
        bar->update(static_cast<std::int64_t>(p.epoch - 1) * p.batches + p.batch,
                    static_cast<std::int64_t>(p.epochs) * p.batches, detail);
    };
    o.resumed = [label](const std::vector<EpochStats> &history) {
        std::fprintf(stderr, "%s resumed from its checkpoint after epoch %d\n", label.c_str(),
                     history.empty() ? 0 : history.back().epoch);
    };
    o.epochDone = [label, bar](const EpochStats &e) {
        bar->finish();
        std::fprintf(stderr, "%s epoch %d: loss %.4f, segment accuracy %.3f, lr %.2g, %.0f s (%lld segments)\n",
                     label.c_str(), e.epoch, e.loss, e.accuracy, e.learningRate, e.seconds, static_cast<long long>(e.segments));
    };
    return o;
}

void requireWritable(const std::string &path)
{
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throwIo(path, "cannot be written: its folder " + folder.string() + " does not exist");
    if (access(folder.c_str(), W_OK) != 0)
        throwIo(path, "cannot be written: its folder " + folder.string() + " is not writable");
    if (fs::is_directory(target, ec))
        throwIo(path, "cannot be written: it is a folder");
    if (fs::exists(target, ec) && access(target.c_str(), W_OK) != 0)
        throwIo(path, "cannot be written: the file is read-only");
}

void writeTextFile(const std::string &path, const std::string &text)
{
    writeFileAtomically(path, !text.empty() && text.back() != '\n' ? text + '\n' : text);
}

} // namespace emolens::cli
