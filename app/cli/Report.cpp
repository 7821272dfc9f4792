// report: cross-validation tables (terminal, Markdown, over seeds).
#include "Report.h"
#include "Commands.h"
#include "Experiment.h"

#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/HtmlReport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace emolens::cli {

namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> distinct(std::vector<std::string> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::string joined(const std::vector<std::string> &v, const std::string &sep = ", ")
{
    std::string out;
    for (const auto &s : v)
        out += (out.empty() ? "" : sep) + s;
    return out;
}

/// The distinct places the folds were computed on, older fold files' missing record said so.
std::string placesOf(const CrossValSummary &s)
{
    std::vector<std::string> places = distinct(s.computedOn);
    for (auto &p : places)
        if (p == "not recorded")
            p = "an unrecorded device (fold files older than that record)";
    return joined(places, "; ");
}

std::string fixed1(double v)
{
    if (std::isnan(v))
        return "-";
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << v;
    return s.str();
}

std::string minutes(double seconds)
{
    return std::isnan(seconds) ? std::string("-") : std::to_string(std::lround(seconds / 60));
}

double totalSeconds(const CrossValSummary &s)
{
    double sum = 0.0;
    for (double t : s.trainingSeconds)
        sum += std::isnan(t) ? 0.0 : t;
    return sum;
}

/// The experiment without its seed: runs equal in this differ only in the seed.
std::string withoutSeed(const std::string &experimentJson)
{
    Json j = Json::parse(experimentJson);
    if (j.contains("training"))
        j["training"].erase("seed");
    return j.dump();
}

} // namespace

std::string percent(double v)
{
    if (std::isnan(v))
        return "    -";
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << std::setw(5) << 100.0 * v;
    return s.str();
}

void printConfusion(std::ostream &out, const ConfusionMatrix &m)
{
    out << "confusion (rows: truth, columns: predicted)\n" << std::setw(12) << "";
    for (const auto &c : m.classes())
        out << std::setw(10) << c.substr(0, 9);
    out << std::setw(9) << "recall" << '\n';
    for (int t = 0; t < m.size(); ++t) {
        out << std::left << std::setw(12) << m.classes()[static_cast<std::size_t>(t)].substr(0, 11) << std::right;
        for (int p = 0; p < m.size(); ++p)
            out << std::setw(10) << m.count(t, p);
        out << std::setw(8) << percent(m.recall(t)) << "%\n";
    }
}

void printSummary(std::ostream &out, const CrossValSummary &s)
{
    const Json e = Json::parse(s.experimentJson);
    out << "corpus " << e.value("corpus", std::string("?")) << ", classes";
    for (const auto &c : s.pooled.classes())
        out << ' ' << c;
    out << ", " << s.folds.size() << " fold(s), leave one speaker out\n\n";
    out << std::left << std::setw(10) << "fold" << std::right << std::setw(8) << "WA %" << std::setw(8) << "UA %"
        << std::setw(10) << "seg. %" << std::setw(8) << "utts" << std::setw(10) << "train min" << std::setw(14)
        << "bf16 changed" << '\n';
    for (std::size_t i = 0; i < s.folds.size(); ++i)
        out << std::left << std::setw(10) << s.folds[i] << std::right << std::setw(8) << percent(s.wa[i])
            << std::setw(8) << percent(s.ua[i]) << std::setw(10) << percent(s.segmentAccuracy[i]) << std::setw(8)
            << s.utterances[i] << std::setw(10) << minutes(s.trainingSeconds[i]) << std::setw(14)
            << (s.bf16UtterancesChanged[i] < 0 ? std::string("-")
                                               : std::to_string(s.bf16UtterancesChanged[i]) + " utt.")
            << '\n';
    const auto commits = distinct(s.commits);
    out << "\ntrained by commit" << (commits.size() == 1 ? " " : "s ") << joined(commits)
        << (commits.size() == 1 ? "\n" : " (folds from different builds)\n");
    out << "computed on " << placesOf(s)
        << (distinct(s.computedOn).size() > 1 ? " (folds computed differently: their rounding differs)\n" : "\n");
    out << std::fixed << std::setprecision(1);
    out << "mean +- sd over folds: WA " << 100 * s.waMean.mean << " +- " << 100 * s.waMean.sd << " %, UA "
        << 100 * s.uaMean.mean << " +- " << 100 * s.uaMean.sd << " %\n";
    out << "pooled over all test utterances (" << s.pooled.total() << "): WA " << 100 * s.pooled.weightedAccuracy()
        << " %, UA " << 100 * s.pooled.unweightedAccuracy() << " %\n\n";
    out.unsetf(std::ios::fixed);
    printConfusion(out, s.pooled);
}

void printMarkdown(std::ostream &out, const CrossValSummary &s, const std::string &title)
{
    const auto &classes = s.pooled.classes();
    out << "#### " << title << "\n\n";
    out << "| fold | WA % | UA % | segment acc. % | test utterances | training min | epochs (kept) | bf16: utterances "
           "changed |\n"
        << "|---|---|---|---|---|---|---|---|\n";
    std::int64_t utterances = 0, changed = 0;
    bool compared = false;
    for (std::size_t i = 0; i < s.folds.size(); ++i) {
        const bool chose = s.chosenEpochs[i] > 0 && s.chosenEpochs[i] != s.epochs[i];
        out << "| " << s.folds[i] << " | " << fixed1(100 * s.wa[i]) << " | " << fixed1(100 * s.ua[i]) << " | "
            << fixed1(100 * s.segmentAccuracy[i]) << " | " << s.utterances[i] << " | " << minutes(s.trainingSeconds[i])
            << " | " << (s.epochs[i] > 0 ? std::to_string(s.epochs[i]) : std::string("-"))
            << (chose ? " (" + std::to_string(s.chosenEpochs[i]) + ")" : std::string()) << " | "
            << (s.bf16UtterancesChanged[i] < 0 ? std::string("-") : std::to_string(s.bf16UtterancesChanged[i]))
            << " |\n";
        utterances += s.utterances[i];
        if (s.bf16UtterancesChanged[i] >= 0) {
            changed += s.bf16UtterancesChanged[i];
            compared = true;
        }
    }
    // A standard deviation needs two folds at least.
    auto sd = [&](double v) { return s.folds.size() < 2 ? std::string("–") : fixed1(100 * v); };
    out << "| **mean ± sd (" << s.folds.size() << (s.folds.size() == 1 ? " fold" : " folds") << ")** | **"
        << fixed1(100 * s.waMean.mean) << " ± " << sd(s.waMean.sd) << "** | **" << fixed1(100 * s.uaMean.mean) << " ± "
        << sd(s.uaMean.sd) << "** | | " << utterances << " | " << minutes(totalSeconds(s)) << " | | "
        << (compared ? std::to_string(changed) : "-") << " |\n\n";
    out << "Pooled over the " << s.pooled.total() << " test utterances: WA "
        << fixed1(100 * s.pooled.weightedAccuracy()) << " %, UA " << fixed1(100 * s.pooled.unweightedAccuracy())
        << " %. Recall:";
    for (int k = 0; k < s.pooled.size(); ++k)
        out << (k ? "," : "") << ' ' << classes[static_cast<std::size_t>(k)] << ' ' << fixed1(100 * s.pooled.recall(k))
            << " %";
    out << ".\n\n| truth \\ predicted |";
    for (const auto &c : classes)
        out << ' ' << c << " |";
    out << "\n|---|";
    for (std::size_t k = 0; k < classes.size(); ++k)
        out << "---|";
    out << '\n';
    for (int t = 0; t < s.pooled.size(); ++t) {
        out << "| " << classes[static_cast<std::size_t>(t)] << " |";
        for (int p = 0; p < s.pooled.size(); ++p)
            out << ' ' << s.pooled.count(t, p) << " |";
        out << '\n';
    }
    out << "\nTrained by commit" << (distinct(s.commits).size() == 1 ? " " : "s ") << joined(distinct(s.commits))
        << ", computed on " << placesOf(s) << ".\n";
}

void printOverSeeds(std::ostream &out, const std::vector<std::string> &names, const std::vector<CrossValSummary> &runs,
                    bool markdown)
{
    const std::string reference = withoutSeed(runs.front().experimentJson);
    for (std::size_t r = 1; r < runs.size(); ++r)
        if (withoutSeed(runs[r].experimentJson) != reference)
            throwBadInput(names[r], "is another experiment than " + names.front() +
                                        " (it differs in more than the seed); report them separately");
    std::vector<double> wa, ua, pooledWa, pooledUa;
    for (const auto &s : runs) {
        wa.push_back(s.waMean.mean);
        ua.push_back(s.uaMean.mean);
        pooledWa.push_back(s.pooled.weightedAccuracy());
        pooledUa.push_back(s.pooled.unweightedAccuracy());
    }
    const MeanSd mwa = meanAndSd(wa), mua = meanAndSd(ua), mpw = meanAndSd(pooledWa), mpu = meanAndSd(pooledUa);
    auto seedOf = [](const CrossValSummary &s) {
        return Json::parse(s.experimentJson).at("training").value("seed", std::uint64_t(0));
    };
    if (markdown) {
        out << "| run | seed | folds | mean WA % ± sd over folds | mean UA % ± sd over folds | pooled WA % | pooled UA "
               "% |\n"
            << "|---|---|---|---|---|---|---|\n";
        for (std::size_t r = 0; r < runs.size(); ++r)
            out << "| " << names[r] << " | " << seedOf(runs[r]) << " | " << runs[r].folds.size() << " | "
                << fixed1(100 * runs[r].waMean.mean) << " ± " << fixed1(100 * runs[r].waMean.sd) << " | "
                << fixed1(100 * runs[r].uaMean.mean) << " ± " << fixed1(100 * runs[r].uaMean.sd) << " | "
                << fixed1(100 * pooledWa[r]) << " | " << fixed1(100 * pooledUa[r]) << " |\n";
        out << "| **mean ± sd over " << runs.size() << " seeds** | | | **" << fixed1(100 * mwa.mean) << " ± "
            << fixed1(100 * mwa.sd) << "** | **" << fixed1(100 * mua.mean) << " ± " << fixed1(100 * mua.sd) << "** | "
            << fixed1(100 * mpw.mean) << " ± " << fixed1(100 * mpw.sd) << " | " << fixed1(100 * mpu.mean) << " ± "
            << fixed1(100 * mpu.sd) << " |\n";
        return;
    }
    out << std::left << std::setw(34) << "run" << std::right << std::setw(6) << "seed" << std::setw(7) << "folds"
        << std::setw(16) << "mean WA %" << std::setw(16) << "mean UA %" << std::setw(10) << "pool. WA" << std::setw(10)
        << "pool. UA" << '\n';
    for (std::size_t r = 0; r < runs.size(); ++r)
        out << std::left << std::setw(34) << names[r].substr(0, 33) << std::right << std::setw(6) << seedOf(runs[r])
            << std::setw(7) << runs[r].folds.size() << std::setw(16)
            << (fixed1(100 * runs[r].waMean.mean) + " +- " + fixed1(100 * runs[r].waMean.sd)) << std::setw(16)
            << (fixed1(100 * runs[r].uaMean.mean) + " +- " + fixed1(100 * runs[r].uaMean.sd)) << std::setw(10)
            << fixed1(100 * pooledWa[r]) << std::setw(10) << fixed1(100 * pooledUa[r]) << '\n';
    out << "\nover " << runs.size() << " seeds (mean +- sd of the runs' fold means): WA " << fixed1(100 * mwa.mean)
        << " +- " << fixed1(100 * mwa.sd) << " %, UA " << fixed1(100 * mua.mean) << " +- " << fixed1(100 * mua.sd)
        << " %\n";
}

namespace {

struct ReportOptions {
    std::vector<std::string> inputs;
    bool json = false;
    bool markdown = false;
    std::string title;
    std::string html; ///< also write the shareable HTML report here
};

int runReport(const ReportOptions &o)
{
    if (!o.html.empty()) {
        if (o.inputs.size() != 1 || !fs::is_directory(o.inputs.front()))
            throw UsageError("--html takes one crossval --out folder");
        writeCrossValReport(o.inputs.front(), o.html, o.title);
        std::cerr << "wrote " << o.html << '\n';
    }
    std::vector<CrossValSummary> runs;
    std::vector<std::string> names;
    for (const auto &arg : o.inputs) {
        const fs::path in = arg;
        if (!fs::exists(in))
            throwBadInput(in.string(), "no such file or folder");
        if (fs::is_directory(in)) {
            // Rebuild from the fold files: the truth even when summary.json is missing or stale.
            const auto files = foldResultFiles(in.string());
            if (files.empty())
                throwBadInput(in.string(), "holds no fold-*.json results (is it a crossval --out folder?)");
            runs.push_back(CrossValSummary::fromFoldFiles(files));
            names.push_back(in.lexically_normal().filename().empty()
                                ? in.lexically_normal().parent_path().filename().string()
                                : in.lexically_normal().filename().string());
        } else {
            runs.push_back(CrossValSummary::fromJson(readWholeFile(in.string()), in.string()));
            names.push_back(in.parent_path().filename().string());
        }
    }
    if (runs.size() > 1) {
        if (o.json)
            throw UsageError("--json takes one run");
        printOverSeeds(std::cout, names, runs, o.markdown);
        return 0;
    }
    if (o.json)
        std::cout << runs.front().toJson() << '\n';
    else if (o.markdown)
        printMarkdown(std::cout, runs.front(), o.title.empty() ? names.front() : o.title);
    else
        printSummary(std::cout, runs.front());
    return 0;
}

} // namespace

void addReportCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<ReportOptions>();
    CLI::App *c = addCommand(app, run, "report",
                             "print a cross-validation table (WA/UA per fold, mean +- sd, confusion)", o, runReport);
    setFooter(
        *c,
        "Reads a crossval folder's fold-*.json files (or a summary.json) and prints WA, UA and segment accuracy per "
        "fold, training time, the bfloat16 check, the commits, their mean +- sd, and the pooled confusion matrix. "
        "Several folders (runs of one experiment with different seeds; anything else is refused) give each run's "
        "means and the mean +- sd over the runs. --html writes one folder's report as a single HTML file that opens "
        "offline "
        "(charts inline as SVG).");
    c->add_option("DIR", o->inputs, "crossval --out folders, or summary.json files")->required();
    auto *json = c->add_flag("--json", o->json, "print the summary as JSON (one run)");
    c->add_flag("--markdown", o->markdown, "print Markdown tables (what docs/RESULTS.md holds)")->excludes(json);
    c->add_option("--title", o->title,
                  "the Markdown section's or HTML report's title (default: the folder's name; HTML: the corpus)");
    c->add_option("--html", o->html,
                  "also write a self-contained HTML report (protocol card, per-fold WA/UA, confusion matrix, "
                  "per-class recall, training curves) to this file")
        ->type_name("OUT.html");
}

} // namespace emolens::cli
