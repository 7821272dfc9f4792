#pragma once
// Cross-validation tables for the terminal and for Markdown (docs/RESULTS.md is
// pasted from `emolens-cli report --markdown`, never typed by hand).
#include "emolens/CrossValidation.h"

#include <ostream>
#include <string>
#include <vector>

namespace emolens::cli {

/// "84.6" (one decimal of a fraction in percent, width 5), "    -" for NaN.
std::string percent(double v);
/// A confusion matrix with per-class recall, for the terminal.
void printConfusion(std::ostream &out, const ConfusionMatrix &m);
/// The terminal table: per fold WA/UA/segments/utterances/training time/bf16
/// changes, the commits, mean +- sd, pooled figures and the confusion matrix.
void printSummary(std::ostream &out, const CrossValSummary &s);
/// The same as Markdown, plus per-class recall and the chosen epochs.
void printMarkdown(std::ostream &out, const CrossValSummary &s, const std::string &title);
/// Several runs of one experiment that differ only in the seed: per-run means
/// and the mean +- sd over runs. Throws Error(BadInput) naming the run that
/// differs in anything else.
void printOverSeeds(std::ostream &out, const std::vector<std::string> &names, const std::vector<CrossValSummary> &runs,
                    bool markdown);

} // namespace emolens::cli
