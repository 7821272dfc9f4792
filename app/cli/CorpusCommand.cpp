#include "Commands.h"
#include "Experiment.h"

#include "emolens/Annotations.h"
#include "emolens/Corpus.h"
#include "emolens/Interchange.h"
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
    std::string exportFormat; ///< textgrid, eaf, audacity, emoevaluation, csv
    std::string out;
};

/// corpus --export: every utterance's labels (corrected by --annotations) for other tools.
int exportLabels(const CorpusOptions &o, const Protocol &protocol)
{
    if (o.out.empty())
        throw UsageError("--export " + o.exportFormat + " needs --out (a folder; a file for csv)");
    const CorpusReadResult original = readCorpus(o.spec);
    AnnotationSet annotations;
    if (!protocol.annotations.empty())
        annotations = AnnotationSet::load(protocol.annotations);
    const CorpusReadResult corrected = applyAnnotations(original, annotations);
    std::vector<std::string> written;
    if (o.exportFormat == "csv") {
        exportCsv(corrected, o.out);
        written.push_back(o.out);
    } else if (o.exportFormat == "emoevaluation") {
        written = exportEmoEvaluation(corrected, o.out);
    } else {
        written =
            exportLabelFiles(corrected, annotations, labelFormatFromName(o.exportFormat), o.out, protocol.classes);
    }
    std::cerr << "wrote " << written.size() << (written.size() == 1 ? " file" : " files") << " to " << o.out << '\n';
    return 0;
}

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
    if (!o.exportFormat.empty())
        return exportLabels(o, protocol);
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
              "start,end,session; paths relative to FILE) or "
              "labels:DIR[?tier=NAME&map=FROM:TO,..&speaker=tier|pattern:RE|manifest:FILE] (audio files each with a "
              "Praat TextGrid, ELAN .eaf or Audacity label file of the same name: every labelled interval an "
              "utterance; docs/INTERCHANGE.md). Without --json: a speaker x class table (skipped entries on "
              "stderr).");
    c->add_option("SPEC", o->spec, "iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR")->required();
    addProtocolOptions(*c, o->protocol);
    c->add_flag("--json", o->json, "print {utterances, counts, excluded, skipped, protocol} as JSON");
    c->add_option("--export", o->exportFormat,
                  "write every utterance's labels (corrected by --annotations) for other tools: textgrid, eaf or "
                  "audacity (one file per audio file in the --out folder), emoevaluation (IEMOCAP's files) or csv")
        ->check(CLI::IsMember({"textgrid", "eaf", "audacity", "emoevaluation", "csv"}));
    c->add_option("--out", o->out, "--export's folder (its file for csv)");
}

} // namespace emolens::cli
