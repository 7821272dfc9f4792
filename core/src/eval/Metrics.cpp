#include "emolens/Metrics.h"
#include "emolens/Error.h"
#include "io/Json.h"

#include <cmath>
#include <limits>

namespace emolens {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

ConfusionMatrix::ConfusionMatrix(std::vector<std::string> classes)
    : m_classes(std::move(classes)), m_counts(m_classes.size() * m_classes.size(), 0)
{
}

void ConfusionMatrix::add(int truth, int predicted, std::int64_t n)
{
    if (truth < 0 || truth >= size() || predicted < 0 || predicted >= size())
        throw Error(ErrorKind::Internal, {},
                    "confusion matrix: class index " + std::to_string(truth) + "/" + std::to_string(predicted) +
                        " outside 0.." + std::to_string(size() - 1));
    m_counts[static_cast<std::size_t>(truth * size() + predicted)] += n;
}

void ConfusionMatrix::merge(const ConfusionMatrix &other)
{
    if (other.m_classes != m_classes)
        throw Error(ErrorKind::Internal, {}, "confusion matrix: cannot pool matrices over different class lists");
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
}

std::int64_t ConfusionMatrix::count(int truth, int predicted) const
{
    return m_counts.at(static_cast<std::size_t>(truth * size() + predicted));
}

std::int64_t ConfusionMatrix::support(int truth) const
{
    std::int64_t n = 0;
    for (int p = 0; p < size(); ++p)
        n += count(truth, p);
    return n;
}

std::int64_t ConfusionMatrix::total() const
{
    std::int64_t n = 0;
    for (auto c : m_counts)
        n += c;
    return n;
}

std::int64_t ConfusionMatrix::correct() const
{
    std::int64_t n = 0;
    for (int k = 0; k < size(); ++k)
        n += count(k, k);
    return n;
}

double ConfusionMatrix::weightedAccuracy() const
{
    const auto n = total();
    return n ? static_cast<double>(correct()) / static_cast<double>(n) : kNaN;
}

double ConfusionMatrix::recall(int truth) const
{
    const auto n = support(truth);
    return n ? static_cast<double>(count(truth, truth)) / static_cast<double>(n) : kNaN;
}

int ConfusionMatrix::classesPresent() const
{
    int present = 0;
    for (int k = 0; k < size(); ++k)
        present += support(k) > 0;
    return present;
}

double ConfusionMatrix::unweightedAccuracy() const
{
    double sum = 0.0;
    int present = 0;
    for (int k = 0; k < size(); ++k) {
        if (support(k) > 0) {
            sum += recall(k);
            ++present;
        }
    }
    return present ? sum / present : kNaN;
}

std::string ConfusionMatrix::toJson() const
{
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (int t = 0; t < size(); ++t) {
        nlohmann::ordered_json row = nlohmann::ordered_json::array();
        for (int p = 0; p < size(); ++p)
            row.push_back(count(t, p));
        rows.push_back(row);
    }
    return nlohmann::ordered_json{{"classes", m_classes}, {"rows", "truth"}, {"columns", "predicted"}, {"counts", rows}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

ConfusionMatrix ConfusionMatrix::fromJson(const std::string &json)
{
    const auto j = parseJson(json, "confusion matrix");
    try {
        ConfusionMatrix m(j.at("classes").get<std::vector<std::string>>());
        const auto &rows = j.at("counts");
        if (!rows.is_array() || static_cast<int>(rows.size()) != m.size())
            throwBadInput("confusion matrix", "counts must have one row per class");
        for (int t = 0; t < m.size(); ++t) {
            if (!rows[t].is_array() || static_cast<int>(rows[t].size()) != m.size())
                throwBadInput("confusion matrix", "row " + std::to_string(t) + " must have one count per class");
            for (int p = 0; p < m.size(); ++p) {
                const auto n = rows[t][p].get<std::int64_t>();
                if (n < 0)
                    throwBadInput("confusion matrix", "negative count");
                m.add(t, p, n);
            }
        }
        return m;
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("confusion matrix", std::string("malformed: ") + e.what());
    }
}

MeanSd meanAndSd(const std::vector<double> &values)
{
    MeanSd r;
    double sum = 0.0;
    for (double v : values) {
        if (!std::isnan(v)) {
            sum += v;
            ++r.n;
        }
    }
    if (r.n == 0) {
        r.mean = r.sd = kNaN;
        return r;
    }
    r.mean = sum / r.n;
    double ss = 0.0;
    for (double v : values)
        if (!std::isnan(v))
            ss += (v - r.mean) * (v - r.mean);
    r.sd = r.n > 1 ? std::sqrt(ss / (r.n - 1)) : 0.0;
    return r;
}

} // namespace emolens
