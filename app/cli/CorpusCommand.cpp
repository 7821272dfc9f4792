#include "Args.h"
#include "Commands.h"
#include "Experiment.h"

#include "emolens/Corpus.h"
#include "emolens/Version.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace emolens::cli {

Protocol protocolFromArgs(const Args &args)
{
    Protocol p;
    if (const auto classes = args.value("--classes")) {
        p.classes.clear();
        std::string item;
        for (char c : *classes + ",") {
            if (c != ',') {
                item += c;
            } else if (!item.empty()) {
                p.classes.push_back(canonicalLabel(item));
                item.clear();
            }
        }
    }
    p.mergeExcitedIntoHappy = args.has("--merge-excited");
    p.annotations = args.valueOr("--annotations", "");
    p.subset = args.valueOr("--subset", p.subset);
    if (const auto minimum = args.number("--min-duration"))
        p.minDurationSeconds = *minimum;
    if (const auto problems = p.validate(); !problems.empty())
        throw UsageError(problems.front());
    return p;
}

namespace {

void printTable(const CorpusReadResult &corpus, const Selection &s)
{
    std::cout << corpus.kind << " corpus at " << corpus.root << ": " << corpus.utterances.size()
              << " utterances read, " << s.utterances.size() << " kept, " << corpus.skipped.size() << " skipped\n\n";
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

} // namespace

int runCorpus(const std::vector<std::string> &argv)
{
    const Args args(argv, {"--classes", "--subset", "--min-duration", "--annotations"}, {"--merge-excited", "--json"});
    if (args.positionals().size() != 1)
        throw UsageError("corpus takes exactly one corpus spec (iemocap:ROOT, emodb:DIR or csv:FILE)");
    Protocol protocol = protocolFromArgs(args);
    const CorpusReadResult corpus = readCorpusFor(args.positionals().front(), protocol);
    const Selection s = selectUtterances(corpus, protocol);
    if (!args.has("--json")) {
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

} // namespace emolens::cli
