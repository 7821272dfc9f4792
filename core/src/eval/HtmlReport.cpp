// The shareable HTML report of a cross-validation folder. Well-formed XML
// (polyglot HTML5) so that tests parse it strictly; charts from SvgChart.h.
#include "emolens/HtmlReport.h"

#include "SvgChart.h"
#include "io/Json.h"
#include "io/XmlText.h"

#include "emolens/CrossValidation.h"
#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/Version.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <iomanip>
#include <locale>
#include <set>
#include <sstream>

namespace emolens {

namespace {

using Json = nlohmann::ordered_json;

/// What the summary does not carry: each fold's speakers, curves and recalls.
struct FoldDetail {
    std::string fold, created, version;
    std::vector<std::string> training, validation;
    Json history = Json::array();
    Json recall = Json::object();
};

FoldDetail readDetail(const std::string &file)
{
    const Json j = parseJson(readWholeFile(file), file);
    try {
        const Json &e = j.at("experiment");
        FoldDetail d;
        d.fold = j.at("fold").get<std::string>();
        d.created = e.value("created", std::string());
        d.version = e.value("emolens", std::string());
        d.training = e.value("trainingSpeakers", std::vector<std::string>());
        d.validation = e.value("validationSpeakers", std::vector<std::string>());
        d.history = e.value("history", Json::array());
        d.recall = j.at("metrics").value("recall", Json::object());
        return d;
    } catch (const nlohmann::json::exception &ex) {
        throwBadInput(file, std::string("malformed fold result: ") + ex.what());
    }
}

std::string fixed(double v, int decimals = 1)
{
    if (!std::isfinite(v))
        return "–";
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s << std::fixed << std::setprecision(decimals) << v;
    return s.str();
}

std::string pct(double fraction)
{
    return fixed(100 * fraction);
}

std::string joined(const std::vector<std::string> &v, const char *sep = ", ")
{
    std::string out;
    for (const auto &s : v)
        out += (out.empty() ? "" : sep) + s;
    return out;
}

/// A recorded value as the report shows it: strings bare, arrays joined, objects as key: value.
std::string shown(const Json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_array()) {
        std::vector<std::string> parts;
        for (const auto &x : v)
            parts.push_back(shown(x));
        return parts.empty() ? "none" : joined(parts);
    }
    if (v.is_object()) {
        std::vector<std::string> parts;
        for (auto it = v.begin(); it != v.end(); ++it)
            parts.push_back(it.key() + ": " + shown(it.value()));
        return joined(parts, "; ");
    }
    return v.dump();
}

/// Every field of a recorded config object, in the order the file holds them.
void fieldTable(std::ostringstream &out, const char *id, const char *caption, const Json &object)
{
    out << "<table id=\"" << id << "\" class=\"fields\"><caption>" << caption << "</caption>\n";
    if (object.is_object())
        for (auto it = object.begin(); it != object.end(); ++it)
            out << "<tr data-key=\"" << xmlEscaped(it.key()) << "\"><th>" << xmlEscaped(it.key()) << "</th><td>"
                << xmlEscaped(shown(it.value())) << "</td></tr>\n";
    out << "</table>\n";
}

std::vector<std::string> distinct(std::vector<std::string> v)
{
    v.erase(std::remove(v.begin(), v.end(), std::string()), v.end());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

/// Two charts side by side on a laptop screen.
constexpr int kChartWidth = 520;

const char *const kStyle = R"(
body{font-family:system-ui,"Noto Sans","DejaVu Sans",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.subtitle{color:#555;margin-top:0}
.headline{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}
.headline div{border:1px solid #ccc;border-radius:6px;padding:.5em 1em;min-width:10em}
.headline .value{font-size:1.5em;font-weight:600;display:block}
table{border-collapse:collapse;margin:.6em 0 1.2em}caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.mean td,tr.pooled td{font-weight:600;background:#f4f4f4}
table.confusion td{text-align:right;min-width:3.5em}
.cards{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}
svg.chart{font-size:11px;margin:.5em 1em .5em 0}svg .chart-title{font-size:13px;font-weight:600}
svg .grid{stroke:#e4e4e4}svg .frame{fill:none;stroke:#999}svg .tick{fill:#444}svg .axis-label{fill:#222}
svg .dot{fill:#222;fill-opacity:.7}
footer{margin-top:3em;color:#666;font-size:.9em;border-top:1px solid #ccc;padding-top:.5em}
)";

} // namespace

std::string crossValReportHtml(const std::vector<std::string> &foldFiles, const std::string &title)
{
    if (foldFiles.empty())
        throwBadInput({}, "no fold results to report");
    const CrossValSummary s = CrossValSummary::fromFoldFiles(foldFiles); // refuses mixed experiments
    std::vector<FoldDetail> details;
    for (const auto &f : foldFiles)
        details.push_back(readDetail(f));
    const Json e = parseJson(s.experimentJson, foldFiles.front());
    const auto &classes = s.pooled.classes();
    const std::string corpus = e.value("corpus", std::string("?"));
    const std::string heading = title.empty() ? "Cross-validation on " + corpus : title;

    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta "
           "charset=\"utf-8\"/>\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        << "<meta name=\"generator\" content=\"EmoLens " << kVersion << "\"/>\n<title>" << xmlEscaped(heading)
        << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<h1>" << xmlEscaped(heading) << "</h1>\n"
        << "<p class=\"subtitle\">Leave-one-speaker-out cross-validation of the attention-pooling CNN (Li et al., "
           "Interspeech 2018): "
        << s.folds.size() << (s.folds.size() == 1 ? " fold" : " folds") << " on " << xmlEscaped(corpus)
        << ". WA is utterance accuracy, UA the mean of the per-class recalls; each fold is scored only on its "
           "held-out speaker.</p>\n";

    const bool spread = s.folds.size() > 1;
    out << "<div class=\"headline\">\n"
        << "<div id=\"mean-wa\">Mean WA over folds<span class=\"value\">" << pct(s.waMean.mean) << " %</span>"
        << (spread ? "± " + pct(s.waMean.sd) + " (sd)" : std::string("one fold")) << "</div>\n"
        << "<div id=\"mean-ua\">Mean UA over folds<span class=\"value\">" << pct(s.uaMean.mean) << " %</span>"
        << (spread ? "± " + pct(s.uaMean.sd) + " (sd)" : std::string("one fold")) << "</div>\n"
        << "<div id=\"pooled-wa\">Pooled WA<span class=\"value\">" << pct(s.pooled.weightedAccuracy()) << " %</span>"
        << s.pooled.total() << " test utterances</div>\n"
        << "<div id=\"pooled-ua\">Pooled UA<span class=\"value\">" << pct(s.pooled.unweightedAccuracy()) << " %</span>"
        << classes.size() << " classes</div>\n</div>\n";

    // The protocol card: everything the run was, as recorded in the fold files.
    std::vector<std::string> versions, created, heldOut;
    for (const auto &d : details) {
        versions.push_back(d.version);
        created.push_back(d.created);
        heldOut.push_back(d.fold);
    }
    const Json training = e.value("training", Json::object());
    out << "<h2 id=\"protocol\">Protocol</h2>\n<table id=\"protocol-card\" class=\"fields\">\n"
        << "<tr data-key=\"corpus\"><th>corpus</th><td>" << xmlEscaped(corpus) << "</td></tr>\n"
        << "<tr data-key=\"classes\"><th>classes</th><td>" << xmlEscaped(joined(classes)) << "</td></tr>\n";
    const Json protocol = e.value("protocol", Json::object());
    for (auto it = protocol.begin(); it != protocol.end(); ++it)
        if (it.key() != "classes")
            out << "<tr data-key=\"protocol." << xmlEscaped(it.key()) << "\"><th>" << xmlEscaped(it.key())
                << "</th><td>" << xmlEscaped(shown(it.value())) << "</td></tr>\n";
    out << "<tr data-key=\"folds\"><th>folds</th><td>" << s.folds.size()
        << " (leave one speaker out; held out: " << xmlEscaped(joined(heldOut)) << ")</td></tr>\n"
        << "<tr data-key=\"seed\"><th>seed</th><td>"
        << xmlEscaped(training.contains("seed") ? shown(training["seed"]) : "not recorded")
        << "</td></tr>\n<tr data-key=\"commits\"><th>trained by commit</th><td>"
        << xmlEscaped(joined(distinct(s.commits))) << "</td></tr>\n<tr data-key=\"computedOn\"><th>computed on</th><td>"
        << xmlEscaped(joined(distinct(s.computedOn.empty() ? std::vector<std::string>{"not recorded"} : s.computedOn)))
        << "</td></tr>\n<tr data-key=\"emolens\"><th>EmoLens</th><td>" << xmlEscaped(joined(distinct(versions)))
        << "</td></tr>\n<tr data-key=\"created\"><th>trained</th><td>";
    const auto dates = distinct(created);
    out << xmlEscaped(dates.empty()       ? std::string("not recorded")
                      : dates.size() == 1 ? dates.front()
                                          : dates.front() + " to " + dates.back())
        << "</td></tr>\n</table>\n";

    out << "<table id=\"speakers\"><caption>Speakers per fold</caption>\n<tr><th>fold: held-out (test) "
           "speaker</th><th>training speakers</th><th>validation speakers</th><th class=\"num\">test "
           "utterances</th></tr>\n";
    for (std::size_t i = 0; i < details.size(); ++i)
        out << "<tr data-fold=\"" << xmlEscaped(details[i].fold) << "\"><td>" << xmlEscaped(details[i].fold)
            << "</td><td>" << xmlEscaped(joined(details[i].training)) << "</td><td>"
            << xmlEscaped(details[i].validation.empty() ? "none" : joined(details[i].validation))
            << "</td><td class=\"num\">" << s.utterances[i] << "</td></tr>\n";
    out << "</table>\n<div class=\"cards\">\n";
    fieldTable(out, "features", "Features (FeatureConfig)", e.value("features", Json::object()));
    fieldTable(out, "model", "Model", e.value("model", Json::object()));
    fieldTable(out, "schedule", "Training schedule", training);
    out << "</div>\n";

    // Per fold.
    out << "<h2 id=\"results\">Results per fold</h2>\n<table id=\"folds\">\n<tr><th>fold</th><th class=\"num\">WA "
           "%</th>"
           "<th class=\"num\">UA %</th><th class=\"num\">segment acc. %</th><th class=\"num\">test utterances</th>"
           "<th class=\"num\">epochs (kept)</th><th class=\"num\">training min</th><th class=\"num\">bf16: utterances "
           "changed</th><th>commit</th></tr>\n";
    for (std::size_t i = 0; i < s.folds.size(); ++i) {
        const bool chose = s.chosenEpochs[i] > 0 && s.chosenEpochs[i] != s.epochs[i];
        out << "<tr data-fold=\"" << xmlEscaped(s.folds[i]) << "\"><td>" << xmlEscaped(s.folds[i])
            << "</td><td class=\"num wa\">" << pct(s.wa[i]) << "</td><td class=\"num ua\">" << pct(s.ua[i])
            << "</td><td class=\"num\">" << pct(s.segmentAccuracy[i]) << "</td><td class=\"num\">" << s.utterances[i]
            << "</td><td class=\"num\">" << (s.epochs[i] > 0 ? std::to_string(s.epochs[i]) : "–")
            << (chose ? " (" + std::to_string(s.chosenEpochs[i]) + ")" : std::string()) << "</td><td class=\"num\">"
            << fixed(s.trainingSeconds[i] / 60, 0) << "</td><td class=\"num\">"
            << (s.bf16UtterancesChanged[i] < 0 ? std::string("–") : std::to_string(s.bf16UtterancesChanged[i]))
            << "</td><td>" << xmlEscaped(s.commits[i]) << "</td></tr>\n";
    }
    out << "<tr class=\"mean\"><td>mean ± sd</td><td class=\"num wa\">" << pct(s.waMean.mean)
        << (spread ? " ± " + pct(s.waMean.sd) : std::string()) << "</td><td class=\"num ua\">" << pct(s.uaMean.mean)
        << (spread ? " ± " + pct(s.uaMean.sd) : std::string()) << "</td><td colspan=\"7\"></td></tr>\n"
        << "<tr class=\"pooled\"><td>pooled</td><td class=\"num wa\">" << pct(s.pooled.weightedAccuracy())
        << "</td><td class=\"num ua\">" << pct(s.pooled.unweightedAccuracy()) << "</td><td></td><td class=\"num\">"
        << s.pooled.total() << "</td><td colspan=\"4\"></td></tr>\n</table>\n";

    // The pooled confusion matrix, each cell shaded by its share of the row.
    out << "<h2 id=\"confusion-matrix\">Pooled confusion matrix</h2>\n<table id=\"confusion\" class=\"confusion\">\n"
           "<tr><th>truth \\ predicted</th>";
    for (const auto &c : classes)
        out << "<th>" << xmlEscaped(c) << "</th>";
    out << "<th>recall %</th></tr>\n";
    for (int t = 0; t < s.pooled.size(); ++t) {
        out << "<tr data-truth=\"" << xmlEscaped(classes[static_cast<std::size_t>(t)]) << "\"><th>"
            << xmlEscaped(classes[static_cast<std::size_t>(t)]) << "</th>";
        const double support = static_cast<double>(std::max<std::int64_t>(1, s.pooled.support(t)));
        for (int p = 0; p < s.pooled.size(); ++p) {
            const double share = static_cast<double>(s.pooled.count(t, p)) / support;
            out << "<td style=\"background:rgba(31,119,180," << fixed(0.85 * share, 2) << ')'
                << (share > 0.55 ? ";color:#fff" : "") << "\">" << s.pooled.count(t, p) << "</td>";
        }
        out << "<td>" << pct(s.pooled.recall(t)) << "</td></tr>\n";
    }
    out << "</table>\n";

    // Per-class recall: pooled bars, one dot per fold; the table holds the numbers.
    svg::BarChart bars{"Recall per class (bars: pooled; dots: folds)", "recall %", classes, {}, {}};
    out << "<h2 id=\"recall\">Recall per class</h2>\n<table id=\"recall-table\">\n<tr><th>class</th>";
    for (const auto &d : details)
        out << "<th class=\"num\">" << xmlEscaped(d.fold) << "</th>";
    out << "<th class=\"num\">pooled</th></tr>\n";
    for (int k = 0; k < s.pooled.size(); ++k) {
        const std::string &c = classes[static_cast<std::size_t>(k)];
        bars.values.push_back(s.pooled.recall(k));
        bars.dots.emplace_back();
        out << "<tr data-class=\"" << xmlEscaped(c) << "\"><th>" << xmlEscaped(c) << "</th>";
        for (const auto &d : details) {
            const double r = d.recall.contains(c) && d.recall[c].is_number() ? d.recall[c].get<double>() : NAN;
            bars.dots.back().push_back(r);
            out << "<td class=\"num\">" << pct(r) << "</td>";
        }
        out << "<td class=\"num\">" << pct(s.pooled.recall(k)) << "</td></tr>\n";
    }
    out << "</table>\n" << svg::barChart(bars, kChartWidth);

    // Training curves, one line per fold.
    svg::LineChart loss{"Training loss", "epoch", "cross-entropy", {}};
    svg::LineChart accuracy{"Training segment accuracy", "epoch", "accuracy %", {}, 0.0, 1.0, true};
    svg::LineChart validation{"Validation UA (validation speakers)", "epoch", "UA %", {}, 0.0, 1.0, true};
    bool anyValidation = false;
    for (const auto &d : details) {
        svg::Series l{d.fold, {}, {}}, a{d.fold, {}, {}}, v{d.fold, {}, {}};
        for (const auto &h : d.history) {
            const double epoch = h.value("epoch", 0.0);
            l.x.push_back(epoch);
            l.y.push_back(h.value("loss", NAN));
            a.x.push_back(epoch);
            a.y.push_back(h.value("accuracy", NAN));
            if (h.contains("validation")) {
                anyValidation = true;
                v.x.push_back(epoch);
                v.y.push_back(h["validation"].value("ua", NAN));
            }
        }
        loss.series.push_back(std::move(l));
        accuracy.series.push_back(std::move(a));
        validation.series.push_back(std::move(v));
    }
    out << "<h2 id=\"curves\">Training curves</h2>\n<div class=\"cards\">\n"
        << svg::lineChart(loss, kChartWidth) << svg::lineChart(accuracy, kChartWidth)
        << (anyValidation ? svg::lineChart(validation, kChartWidth) : "") << "</div>\n";

    out << "<footer>Written by EmoLens " << kVersion << " (commit " << xmlEscaped(kBuildCommit) << ") on " << utcNow()
        << " from " << foldFiles.size() << " fold result file" << (foldFiles.size() == 1 ? "" : "s")
        << ". Figures are read from those files; <code>emolens-cli report</code> prints the same.</footer>\n"
        << "</body>\n</html>\n";
    return out.str();
}

void writeCrossValReport(const std::string &dir, const std::string &outPath, const std::string &title)
{
    const auto files = foldResultFiles(dir);
    if (files.empty())
        throwBadInput(dir, "holds no fold-*.json results (is it a cross-validation results folder?)");
    writeFileAtomically(outPath, crossValReportHtml(files, title));
}

} // namespace emolens
