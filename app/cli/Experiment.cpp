#include "Experiment.h"
#include "Commands.h"
#include "ConsoleProgress.h"

#include "emolens/Annotations.h"
#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "emolens/Files.h"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace emolens::cli {

CorpusReadResult readCorpusFor(const std::string &spec, Protocol &protocol)
{
    CorpusReadResult corpus = readCorpus(spec);
    if (protocol.annotations.empty())
        return corpus;
    const std::string text = readWholeFile(protocol.annotations);
    const AnnotationSet annotations = AnnotationSet::fromJson(text, protocol.annotations);
    protocol.annotationsDigest = sha256Hex(text); // `sha256sum FILE` prints the same
    std::vector<std::string> unmatched;
    corpus = applyAnnotations(corpus, annotations, &unmatched);
    // Count what was applied, not what the file holds: ids of another corpus apply to nothing.
    std::cerr << "annotations: " << annotations.size() - unmatched.size() << " of " << annotations.size() << " from "
              << protocol.annotations << " applied";
    if (!unmatched.empty())
        std::cerr << "; " << unmatched.size()
                  << " name no utterance of this corpus and were ignored (first: " << unmatched.front() << ")";
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

TrainOptions consoleTrainOptions(const std::string &label, const ExperimentOptions &options)
{
    TrainOptions o;
    o.threads = options.threads;
    o.device = options.computeDevice;
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
        std::snprintf(detail, sizeof detail, "epoch %d/%d loss %.4f acc %.3f lr %.2g", p.epoch, p.epochs, p.loss,
                      p.accuracy, p.learningRate);
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
                     label.c_str(), e.epoch, e.loss, e.accuracy, e.learningRate, e.seconds,
                     static_cast<long long>(e.segments));
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
