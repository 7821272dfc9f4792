#pragma once
/// \file Agreement.h
/// Agreement between annotators on categorical labels: Cohen's kappa (two raters),
/// Fleiss' kappa and Krippendorff's alpha (nominal, any number of raters, missing
/// ratings allowed), overall and per class, with the number of items each used.
/// Ratings come from IEMOCAP's evaluators' votes or from several EmoLens annotation
/// files (one rater per annotator).

#include "emolens/Annotations.h"
#include "emolens/Corpus.h"

#include <string>
#include <vector>

namespace emolens {

/// Items x raters; an empty label is a missing rating.
struct RatingTable {
    std::vector<std::string> raters;
    std::vector<std::string> items; ///< utterance ids
    std::vector<std::vector<std::string>> labels; ///< [item][rater]
};

struct ClassAgreement {
    std::string label;
    int ratings = 0; ///< how often the class was given
    double fleissKappa = 0.0; ///< Fleiss's per-category kappa (items rated by every rater); NaN when undefined
    double krippendorffAlpha = 0.0; ///< alpha of "this class or not" (nominal); NaN when undefined
};

struct AgreementReport {
    int raters = 0;
    int items = 0; ///< items with at least one rating
    int pairableItems = 0; ///< items with two ratings or more (what alpha uses)
    int completeItems = 0; ///< items every rater rated (what Fleiss's kappa uses)
    std::vector<std::string> categories; ///< sorted
    double observedAgreement = 0.0; ///< the mean over pairable items of itemAgreement; NaN without any
    double cohenKappa = 0.0; ///< two raters only (items both rated); NaN otherwise
    int cohenItems = 0;
    double fleissKappa = 0.0; ///< over complete items; NaN when undefined (fewer than 2 raters or items)
    double krippendorffAlpha = 0.0; ///< nominal, with missing ratings; NaN when undefined
    std::vector<ClassAgreement> perClass;
    /// Per item (parallel to RatingTable::items): the share of its rater pairs that agree,
    /// NaN for items with fewer than two ratings (what the review queue orders by).
    std::vector<double> itemAgreement;

    std::string toJson() const;
};

/// The statistics of \p table. Throws Error(BadInput) when the table's rows and raters disagree.
AgreementReport computeAgreement(const RatingTable &table);

/// IEMOCAP's categorical evaluator votes (C-E1, C-E2, ...; self-evaluations C-F/C-M
/// when \p includeSelf) as a table: each rater's first category, canonical
/// ("Neutral" -> "neutral"). Utterances without votes are left out.
RatingTable ratingsFromVotes(const CorpusReadResult &corpus, bool includeSelf = false);

/// One rater per annotation file of \p annotationSets, named by its annotations' author
/// (the most frequent one when several; \p names[i], the file's name, when none). An
/// utterance the file leaves alone (no corrected label) keeps the corpus's label when
/// \p unannotatedKeepsCorpusLabel (annotation files hold corrections: what is not
/// corrected was accepted), else it is a missing rating. Rows are the corpus's utterances.
RatingTable ratingsFromAnnotations(const CorpusReadResult &corpus, const std::vector<AnnotationSet> &annotationSets,
                                   const std::vector<std::string> &names, bool unannotatedKeepsCorpusLabel = true);

/// Both tables side by side: \p a's raters then \p b's, over the items of either (in
/// \p a's order, then \p b's new ones); a rater who did not rate an item is missing there.
RatingTable mergeRatings(const RatingTable &a, const RatingTable &b);

} // namespace emolens
