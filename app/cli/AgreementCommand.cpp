// agreement: how far annotators agree (IEMOCAP's evaluators, EmoLens annotation files).
#include "Commands.h"
#include "Experiment.h"

#include "emolens/Agreement.h"
#include "emolens/Annotations.h"
#include "emolens/Error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace emolens::cli {

namespace {

struct AgreementOptions {
    std::string spec;
    std::vector<std::string> annotations;
    bool votes = false;
    bool includeSelf = false;
    std::string unannotated = "corpus";
    bool json = false;
    int worst = 10;
};

std::string shown(double v)
{
    if (!std::isfinite(v))
        return "-";
    char b[32];
    std::snprintf(b, sizeof b, "%.3f", v);
    return b;
}

void printReport(const RatingTable &t, const AgreementReport &r, int worst)
{
    std::cout << r.raters << " raters (";
    for (std::size_t i = 0; i < t.raters.size(); ++i)
        std::cout << (i ? ", " : "") << t.raters[i];
    std::cout << "), " << r.items << " items rated (" << r.pairableItems << " by two raters or more, "
              << r.completeItems << " by all)\n";
    std::cout << "  observed agreement  " << shown(r.observedAgreement) << "  (share of agreeing rater pairs)\n";
    std::cout << "  Cohen's kappa       " << shown(r.cohenKappa)
              << (r.raters == 2 ? "  (" + std::to_string(r.cohenItems) + " items)" : "  (two raters only)") << '\n';
    std::cout << "  Fleiss' kappa       " << shown(r.fleissKappa) << "  (" << r.completeItems
              << " items rated by all)\n";
    std::cout << "  Krippendorff alpha  " << shown(r.krippendorffAlpha) << "  (nominal; " << r.pairableItems
              << " items)\n\n";
    std::printf("  %-14s %8s %10s %12s\n", "class", "ratings", "Fleiss k", "Kripp. alpha");
    for (const ClassAgreement &c : r.perClass)
        std::printf("  %-14s %8d %10s %12s\n", c.label.c_str(), c.ratings, shown(c.fleissKappa).c_str(),
                    shown(c.krippendorffAlpha).c_str());
    // The items raters disagree on most: where a review starts.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < r.itemAgreement.size(); ++i)
        if (std::isfinite(r.itemAgreement[i]) && r.itemAgreement[i] < 1.0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return r.itemAgreement[a] < r.itemAgreement[b]; });
    if (order.empty() || worst <= 0)
        return;
    std::cout << "\nleast agreement (" << order.size() << " items with any disagreement):\n";
    for (std::size_t k = 0; k < order.size() && k < static_cast<std::size_t>(worst); ++k) {
        const std::size_t i = order[k];
        std::cout << "  " << t.items[i] << "  " << shown(r.itemAgreement[i]) << "  ";
        for (std::size_t j = 0; j < t.raters.size(); ++j)
            std::cout << (j ? " " : "") << (t.labels[i][j].empty() ? "." : t.labels[i][j]);
        std::cout << '\n';
    }
}

int runAgreement(const AgreementOptions &o)
{
    if (o.unannotated != "corpus" && o.unannotated != "missing")
        throw UsageError("--unannotated " + o.unannotated + ": corpus or missing");
    const CorpusReadResult corpus = readCorpus(o.spec);
    RatingTable table;
    const bool useVotes = o.votes || o.annotations.empty();
    if (useVotes) {
        table = ratingsFromVotes(corpus, o.includeSelf);
        if (table.raters.empty() && o.annotations.empty())
            throwBadInput(o.spec, "has no evaluators' votes (IEMOCAP's C-E lines): name annotation files with "
                                  "--annotations");
    }
    if (!o.annotations.empty()) {
        std::vector<AnnotationSet> sets;
        std::vector<std::string> names;
        for (const std::string &f : o.annotations) {
            sets.push_back(AnnotationSet::load(f));
            names.push_back(std::filesystem::path(f).filename().string());
        }
        const RatingTable files = ratingsFromAnnotations(corpus, sets, names, o.unannotated == "corpus");
        table = useVotes ? mergeRatings(table, files) : files;
    }
    if (table.raters.size() < 2)
        throwBadInput(o.spec, "agreement needs two raters or more (found " + std::to_string(table.raters.size()) + ")");
    const AgreementReport r = computeAgreement(table);
    if (!o.json) {
        printReport(table, r, o.worst);
        return 0;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::parse(r.toJson());
    out["raterNames"] = table.raters;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < table.items.size(); ++i) {
        const double a = r.itemAgreement[i];
        items.push_back({{"id", table.items[i]},
                         {"agreement", std::isfinite(a) ? nlohmann::ordered_json(a) : nlohmann::ordered_json()},
                         {"labels", table.labels[i]}});
    }
    out["itemAgreement"] = items;
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return 0;
}

} // namespace

void addAgreementCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<AgreementOptions>();
    CLI::App *c =
        addCommand(app, run, "agreement", "agreement between annotators: Cohen, Fleiss, Krippendorff", o, runAgreement);
    setFooter(*c, "Raters are IEMOCAP's evaluators (their first category of each C-E line) and/or one per "
                  "--annotations file (named by its annotations' author). Prints observed agreement, Cohen's kappa "
                  "(two raters), Fleiss' kappa (items every rater rated), Krippendorff's alpha (nominal, missing "
                  "ratings allowed), each per class, and the items with the least agreement. --json: the same with "
                  "every item's agreement and labels.");
    c->add_option("SPEC", o->spec, "iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR")->required();
    c->add_option("--annotations", o->annotations, "EmoLens annotation files, one rater each");
    c->add_flag("--votes", o->votes, "the corpus's evaluators too (the default without --annotations)");
    c->add_flag("--include-self", o->includeSelf, "IEMOCAP's self-evaluations (C-F, C-M) as raters too");
    c->add_option("--unannotated", o->unannotated,
                  "an utterance a file leaves alone: corpus (its label was accepted) or missing")
        ->capture_default_str();
    c->add_option("--worst", o->worst, "how many least-agreed items to list")
        ->capture_default_str()
        ->check(kNonNegative);
    c->add_flag("--json", o->json, "print the report as JSON");
}

} // namespace emolens::cli
