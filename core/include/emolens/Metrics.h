#pragma once
/// \file Metrics.h
/// The paper's metrics. WA (weighted accuracy) = correct utterances / all test
/// utterances. UA (unweighted accuracy) = mean of the per-class recalls, over the
/// classes that occur in the test set (a fold whose speaker never shows a class
/// cannot score a recall for it; docs/EVALUATION.md). Plain structs, no torch.

#include <cstdint>
#include <string>
#include <vector>

namespace emolens {

class ConfusionMatrix {
public:
    explicit ConfusionMatrix(std::vector<std::string> classes = {});

    const std::vector<std::string> &classes() const { return m_classes; }
    int size() const { return static_cast<int>(m_classes.size()); }

    /// Counts \p n utterances of class \p truth predicted as \p predicted. Throws
    /// Error(Internal) for an index outside the class list.
    void add(int truth, int predicted, std::int64_t n = 1);
    /// Adds another matrix's counts (pooling folds). Throws Error(Internal) when
    /// the class lists differ.
    void merge(const ConfusionMatrix &other);

    std::int64_t count(int truth, int predicted) const;
    std::int64_t support(int truth) const; ///< row sum: test utterances of that class
    std::int64_t total() const;
    std::int64_t correct() const;

    /// NaN when the matrix is empty.
    double weightedAccuracy() const;
    /// Mean recall over classes with support > 0; NaN when the matrix is empty.
    double unweightedAccuracy() const;
    /// NaN when the class has no support.
    double recall(int truth) const;
    int classesPresent() const;

    /// {"classes": [...], "counts": [[...], ...]} with rows = truth, columns = prediction.
    std::string toJson() const;
    static ConfusionMatrix fromJson(const std::string &json); ///< throws Error(BadInput)

    bool operator==(const ConfusionMatrix &o) const { return m_classes == o.m_classes && m_counts == o.m_counts; }

private:
    std::vector<std::string> m_classes;
    std::vector<std::int64_t> m_counts; // row-major, truth x predicted
};

struct MeanSd {
    double mean = 0.0;
    double sd = 0.0; ///< sample standard deviation (n - 1); 0 for one value
    int n = 0;
};
/// NaN values are ignored; mean is NaN when nothing is left.
MeanSd meanAndSd(const std::vector<double> &values);

} // namespace emolens
