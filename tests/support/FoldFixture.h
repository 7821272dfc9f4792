#pragma once
// Cross-validation fold result files (DIR/fold-X.json, as `emolens-cli crossval`
// writes them) with chosen numbers, for tests of what reads them: the reports.
#include <string>
#include <vector>

namespace emolens::test {

struct FoldFixture {
    std::string fold; ///< the held-out speaker
    std::vector<std::string> training, validation; ///< the other speakers
    std::vector<std::vector<long>> confusion; ///< rows: truth, columns: predicted
    int epochs = 3;
    bool withValidation = false; ///< history entries carry validation scores
    /// A fold resumed from its checkpoint after this epoch: trainingSeconds (60 s per
    /// epoch otherwise) then counts only this run's epochs; every epoch's history says 2 s.
    int resumedAfterEpoch = 0;
};

/// Writes DIR/fold-FOLD.json for \p f under an experiment on \p corpus with \p classes
/// (the paper's features, model and schedule as recorded by the program).
void writeFoldResult(const std::string &dir, const std::string &corpus, const std::vector<std::string> &classes,
                     const FoldFixture &f, unsigned seed = 1);

} // namespace emolens::test
