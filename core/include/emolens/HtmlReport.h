#pragma once
/// \file HtmlReport.h
/// A cross-validation run as one self-contained HTML file to share: the protocol
/// card (corpus, classes, speakers per fold, FeatureConfig, model, schedule,
/// seeds, commits), WA/UA per fold with mean +- sd, the pooled confusion matrix,
/// per-class recall and the training curves, all drawn inline as SVG. No
/// scripts, stylesheets, fonts or images from elsewhere: it opens offline and
/// survives being mailed. Every figure is read from the fold result files, so
/// the report and `emolens-cli report` never disagree.

#include <string>
#include <vector>

namespace emolens {

/// The HTML of the fold result files \p foldFiles (DIR/fold-*.json of one
/// experiment). \p title: the page's heading (empty: "Cross-validation on
/// CORPUS"). Throws Error(BadInput) naming a file that is unreadable, malformed
/// or from another experiment, or when \p foldFiles is empty.
std::string crossValReportHtml(const std::vector<std::string> &foldFiles, const std::string &title = {});

/// Writes the report of results folder \p dir (its fold-*.json files) to
/// \p outPath, atomically. Throws Error(BadInput) naming \p dir when it holds no
/// fold results, Error(Io) naming \p outPath when it cannot be written.
void writeCrossValReport(const std::string &dir, const std::string &outPath, const std::string &title = {});

} // namespace emolens
