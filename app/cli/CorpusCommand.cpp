#include "Commands.h"
#include "Experiment.h"

#include "emolens/Corpus.h"
#include "emolens/Version.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace emolens::cli {

namespace {

struct CorpusOptions {
    std::string spec;
    Protocol protocol;
    bool json = false;
};

void printTable(const CorpusReadResult &corpus, const Selection &s)
{
    std::cout << corpus.kind << " corpus at " << corpus.root << ": " << corpus.utterances.size() << " utterances read, "
              << s.utterances.size() << " kept, " << corpus.skipped.size() << " skipped\n\n";
    std::cout << std::left << std::setw(10) << "speaker";
    for (const auto &c : s.classes)
        std::cout << std::right << std::setw(10) << c;
    std::cout << std::setw(8) << "total" << '\n';
    std::map<std::string, int> columnTotals;
    for (const auto &[speaker, row] : s.counts()) {
        int total = 0;
        std::cout << std::left << std::setw(10) << speaker;
        for (const auto &c : s.classes) {
            const int n = row.count(c) ? row.at(c) : 0;
            total += n;
            columnTotals[c] += n;
            std::cout << std::right << std::setw(10) << n;
        }
        std::cout << std::setw(8) << total << '\n';
    }
    std::cout << std::left << std::setw(10) << "all";
    for (const auto &c : s.classes)
        std::cout << std::right << std::setw(10) << columnTotals[c];
    std::cout << std::setw(8) << s.utterances.size() << '\n';
    for (const auto &[reason, n] : s.excluded)
        std::cout << "excluded by the protocol: " << n << " (" << reason << ")\n";
    for (const auto &e : corpus.skipped)
        std::cerr << "skipped: " << e.file << (e.line ? ":" + std::to_string(e.line) : "") << ": " << e.reason << '\n';
}

int runCorpus(CorpusOptions &o)
{
    Protocol &protocol = o.protocol;
    finishProtocol(protocol);
    const CorpusReadResult corpus = readCorpusFor(o.spec, protocol);
    const Selection s = selectUtterances(corpus, protocol);
    if (!o.json) {
        printTable(corpus, s);
        return 0;
    }
    nlohmann::ordered_json utterances = nlohmann::ordered_json::array(), skipped = nlohmann::ordered_json::array();
    for (const Utterance &u : s.utterances)
        utterances.push_back({{"id", u.id},
                              {"speaker", u.speaker},
                              {"label", u.label},
                              {"path", u.audioPath},
                              {"start", u.startSeconds},
                              {"end", u.endSeconds >= 0 ? nlohmann::ordered_json(u.endSeconds) : nullptr}});
    for (const auto &e : corpus.skipped)
        skipped.push_back({{"file", e.file}, {"line", e.line}, {"reason", e.reason}});
    const nlohmann::ordered_json out = {
        {"corpus", {{"kind", corpus.kind}, {"root", corpus.root}}},
        {"protocol", nlohmann::ordered_json::parse(protocol.toJson())},
        {"utterances", utterances},
        {"counts", s.counts()},
        {"excluded", s.excluded},
        {"skipped", skipped},
        {"emolensVersion", kVersion},
    };
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return 0;
}

} // namespace

void addCorpusCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<CorpusOptions>();
    CLI::App *c = addCommand(app, run, "corpus", "list a corpus's utterances under a protocol", o,
                             [](CorpusOptions &options) { return runCorpus(options); });
    setFooter(*c,
              "SPEC is iemocap:ROOT (the IEMOCAP release: Session1..5, or one folder above them), emodb:DIR (EmoDB's "
              "SSTTTEV.wav files in DIR or DIR/wav) or csv:FILE (columns path,speaker,label and optional "
              "start,end,session; paths relative to FILE). Without --json: a speaker x class table (skipped entries on "
              "stderr).");
    c->add_option("SPEC", o->spec, "iemocap:ROOT, emodb:DIR or csv:FILE")->required();
    addProtocolOptions(*c, o->protocol);
    c->add_flag("--json", o->json, "print {utterances, counts, excluded, skipped, protocol} as JSON");
}

} // namespace emolens::cli
