// Inter-annotator agreement (Agreement.h). The formulas, with the textbook examples the
// tests check them against:
//   Cohen (1960): kappa = (p_o - p_e) / (1 - p_e), p_e from each rater's own marginals.
//   Fleiss (1971): kappa = (P - P_e) / (1 - P_e) over items rated by all m raters; the
//     per-category kappa_j = 1 - sum_i n_ij (m - n_ij) / (N m (m - 1) p_j (1 - p_j)).
//   Krippendorff (2011), nominal: alpha = 1 - (n - 1) sum_{c!=k} o_ck / sum_{c!=k} n_c n_k,
//     with the coincidence matrix o_ck = sum_u (pairs (c, k) in unit u) / (m_u - 1) over
//     units with m_u >= 2 ratings; per class, the same on "this class or not".
#include "emolens/Agreement.h"

#include "emolens/Error.h"
#include "io/Json.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace emolens {

namespace {

using Json = nlohmann::ordered_json;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Krippendorff's nominal alpha over units given as category counts.
double krippendorff(const std::vector<std::vector<int>> &unitCounts, std::size_t categories)
{
    std::vector<std::vector<double>> o(categories, std::vector<double>(categories, 0.0));
    for (const auto &counts : unitCounts) {
        int m = 0;
        for (int c : counts)
            m += c;
        if (m < 2)
            continue;
        for (std::size_t c = 0; c < categories; ++c)
            for (std::size_t k = 0; k < categories; ++k)
                o[c][k] += static_cast<double>(counts[c]) * (counts[k] - (c == k ? 1 : 0)) / (m - 1);
    }
    std::vector<double> nc(categories, 0.0);
    double n = 0.0;
    for (std::size_t c = 0; c < categories; ++c)
        for (std::size_t k = 0; k < categories; ++k) {
            nc[c] += o[c][k];
            n += o[c][k];
        }
    double disagree = 0.0, expected = 0.0;
    for (std::size_t c = 0; c < categories; ++c)
        for (std::size_t k = 0; k < categories; ++k)
            if (c != k) {
                disagree += o[c][k];
                expected += nc[c] * nc[k];
            }
    if (n < 2.0 || expected <= 0.0)
        return kNaN;
    return 1.0 - (n - 1.0) * disagree / expected;
}

Json number(double v)
{
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

} // namespace

AgreementReport computeAgreement(const RatingTable &table)
{
    if (table.labels.size() != table.items.size())
        throwBadInput({}, "rating table: " + std::to_string(table.items.size()) + " items but " +
                              std::to_string(table.labels.size()) + " rows of ratings");
    const std::size_t m = table.raters.size();
    for (const auto &row : table.labels)
        if (row.size() != m)
            throwBadInput({}, "rating table: a row of " + std::to_string(row.size()) + " ratings for " +
                                  std::to_string(m) + " raters");
    AgreementReport r;
    r.raters = static_cast<int>(m);
    std::set<std::string> cats;
    for (const auto &row : table.labels)
        for (const auto &l : row)
            if (!l.empty())
                cats.insert(l);
    r.categories.assign(cats.begin(), cats.end());
    const std::size_t q = r.categories.size();
    std::map<std::string, std::size_t> index;
    for (std::size_t c = 0; c < q; ++c)
        index[r.categories[c]] = c;

    std::vector<std::vector<int>> counts; // per item, per category
    std::vector<std::vector<int>> complete; // items every rater rated
    double agreementSum = 0.0;
    std::vector<int> given(q, 0);
    for (const auto &row : table.labels) {
        std::vector<int> n(q, 0);
        int rated = 0;
        for (const auto &l : row)
            if (!l.empty()) {
                ++n[index[l]];
                ++rated;
            }
        for (std::size_t c = 0; c < q; ++c)
            given[c] += n[c];
        if (rated > 0)
            ++r.items;
        if (rated >= 2) {
            ++r.pairableItems;
            double agreeing = 0.0;
            for (int c : n)
                agreeing += static_cast<double>(c) * (c - 1) / 2.0;
            const double item = agreeing / (static_cast<double>(rated) * (rated - 1) / 2.0);
            r.itemAgreement.push_back(item);
            agreementSum += item;
        } else {
            r.itemAgreement.push_back(kNaN);
        }
        if (rated == static_cast<int>(m) && m >= 2)
            complete.push_back(n);
        counts.push_back(std::move(n));
    }
    r.observedAgreement = r.pairableItems > 0 ? agreementSum / r.pairableItems : kNaN;
    r.completeItems = static_cast<int>(complete.size());

    // Cohen's kappa: two raters, the items both rated.
    r.cohenKappa = kNaN;
    if (m == 2) {
        std::vector<double> a(q, 0.0), b(q, 0.0);
        double agree = 0.0, n = 0.0;
        for (const auto &row : table.labels) {
            if (row[0].empty() || row[1].empty())
                continue;
            n += 1.0;
            a[index[row[0]]] += 1.0;
            b[index[row[1]]] += 1.0;
            agree += row[0] == row[1] ? 1.0 : 0.0;
        }
        r.cohenItems = static_cast<int>(n);
        if (n > 0) {
            double pe = 0.0;
            for (std::size_t c = 0; c < q; ++c)
                pe += (a[c] / n) * (b[c] / n);
            r.cohenKappa = pe < 1.0 ? (agree / n - pe) / (1.0 - pe) : kNaN;
        }
    }

    // Fleiss' kappa over the complete items, overall and per category.
    r.fleissKappa = kNaN;
    std::vector<double> fleissPerClass(q, kNaN);
    if (complete.size() >= 1 && m >= 2) {
        const double N = static_cast<double>(complete.size()), dm = static_cast<double>(m);
        std::vector<double> p(q, 0.0);
        double pBar = 0.0;
        for (const auto &n : complete) {
            double sq = 0.0;
            for (std::size_t c = 0; c < q; ++c) {
                p[c] += n[c];
                sq += static_cast<double>(n[c]) * n[c];
            }
            pBar += (sq - dm) / (dm * (dm - 1.0));
        }
        pBar /= N;
        double pe = 0.0;
        for (std::size_t c = 0; c < q; ++c) {
            p[c] /= N * dm;
            pe += p[c] * p[c];
        }
        if (pe < 1.0)
            r.fleissKappa = (pBar - pe) / (1.0 - pe);
        for (std::size_t c = 0; c < q; ++c) {
            if (p[c] <= 0.0 || p[c] >= 1.0)
                continue;
            double s = 0.0;
            for (const auto &n : complete)
                s += static_cast<double>(n[c]) * (dm - n[c]);
            fleissPerClass[c] = 1.0 - s / (N * dm * (dm - 1.0) * p[c] * (1.0 - p[c]));
        }
    }

    r.krippendorffAlpha = krippendorff(counts, q);
    for (std::size_t c = 0; c < q; ++c) {
        std::vector<std::vector<int>> binary;
        binary.reserve(counts.size());
        for (const auto &n : counts) {
            int total = 0;
            for (int v : n)
                total += v;
            binary.push_back({n[c], total - n[c]});
        }
        r.perClass.push_back({r.categories[c], given[c], fleissPerClass[c], krippendorff(binary, 2)});
    }
    return r;
}

std::string AgreementReport::toJson() const
{
    Json perClassJson = Json::array();
    for (const ClassAgreement &c : perClass)
        perClassJson.push_back({{"label", c.label},
                                {"ratings", c.ratings},
                                {"fleissKappa", number(c.fleissKappa)},
                                {"krippendorffAlpha", number(c.krippendorffAlpha)}});
    return Json{{"raters", raters},
                {"items", items},
                {"pairableItems", pairableItems},
                {"completeItems", completeItems},
                {"categories", categories},
                {"observedAgreement", number(observedAgreement)},
                {"cohenKappa", number(cohenKappa)},
                {"cohenItems", cohenItems},
                {"fleissKappa", number(fleissKappa)},
                {"krippendorffAlpha", number(krippendorffAlpha)},
                {"perClass", perClassJson}}
        .dump(2);
}

RatingTable ratingsFromVotes(const CorpusReadResult &corpus, bool includeSelf)
{
    auto counts = [&](const RaterVote &v) {
        if (v.rater.rfind("C-", 0) != 0 || v.labels.empty())
            return false; // attribute (A-) lines carry no category
        return includeSelf || v.rater.rfind("C-E", 0) == 0;
    };
    std::set<std::string> raters;
    for (const Utterance &u : corpus.utterances)
        for (const RaterVote &v : u.votes)
            if (counts(v))
                raters.insert(v.rater);
    RatingTable t;
    t.raters.assign(raters.begin(), raters.end());
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < t.raters.size(); ++i)
        column[t.raters[i]] = i;
    for (const Utterance &u : corpus.utterances) {
        std::vector<std::string> row(t.raters.size());
        bool any = false;
        for (const RaterVote &v : u.votes)
            if (counts(v)) {
                row[column[v.rater]] = canonicalLabel(v.labels.front());
                any = true;
            }
        if (!any)
            continue;
        t.items.push_back(u.id);
        t.labels.push_back(std::move(row));
    }
    return t;
}

RatingTable ratingsFromAnnotations(const CorpusReadResult &corpus, const std::vector<AnnotationSet> &annotationSets,
                                   const std::vector<std::string> &names, bool unannotatedKeepsCorpusLabel)
{
    RatingTable t;
    for (std::size_t i = 0; i < annotationSets.size(); ++i) {
        std::map<std::string, int> authors;
        for (const auto &[id, a] : annotationSets[i].all())
            if (!a.author.empty())
                ++authors[a.author];
        std::string name = i < names.size() ? names[i] : "annotator " + std::to_string(i + 1);
        int best = 0;
        for (const auto &[author, n] : authors)
            if (n > best) {
                best = n;
                name = author;
            }
        // Two files by one person stay two raters, told apart by the file's name.
        if (std::find(t.raters.begin(), t.raters.end(), name) != t.raters.end())
            name += " (" + (i < names.size() ? names[i] : std::to_string(i + 1)) + ")";
        t.raters.push_back(name);
    }
    for (const Utterance &u : corpus.utterances) {
        std::vector<std::string> row;
        for (const AnnotationSet &set : annotationSets) {
            const Annotation *a = set.find(u.id);
            if (a && !a->label.empty())
                row.push_back(canonicalLabel(a->label));
            else
                row.push_back(unannotatedKeepsCorpusLabel ? u.label : std::string());
        }
        t.items.push_back(u.id);
        t.labels.push_back(std::move(row));
    }
    return t;
}

RatingTable mergeRatings(const RatingTable &a, const RatingTable &b)
{
    RatingTable t;
    t.raters = a.raters;
    t.raters.insert(t.raters.end(), b.raters.begin(), b.raters.end());
    std::map<std::string, std::size_t> row;
    auto place = [&](const RatingTable &from, std::size_t offset) {
        for (std::size_t i = 0; i < from.items.size() && i < from.labels.size(); ++i) {
            auto [it, added] = row.emplace(from.items[i], t.items.size());
            if (added) {
                t.items.push_back(from.items[i]);
                t.labels.emplace_back(t.raters.size());
            }
            for (std::size_t r = 0; r < from.labels[i].size(); ++r)
                t.labels[it->second][offset + r] = from.labels[i][r];
        }
    };
    place(a, 0);
    place(b, a.raters.size());
    return t;
}

} // namespace emolens
