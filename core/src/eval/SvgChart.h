#pragma once
// Small inline SVG charts for the HTML report: line charts (training curves)
// and bar charts with per-fold dots (per-class recall). Plain SVG 1.1 that a
// browser draws inside HTML without scripts, fonts or network; every text is
// escaped. Not a plotting library: axes from 0 (or the data's minimum), five
// ticks, a legend, nothing else.
#include <limits>
#include <string>
#include <vector>

namespace emolens::svg {

/// The i-th colour of a ten-colour palette that stays distinguishable in print.
const char *colour(std::size_t i);

struct Series {
    std::string name;
    std::vector<double> x, y; ///< NaN y values break the line
};

struct LineChart {
    std::string title, xLabel, yLabel;
    std::vector<Series> series;
    /// Fixed y range (accuracy: 0..1); NaN: from the data (starting at 0 when all are positive).
    double yMin = std::numeric_limits<double>::quiet_NaN(), yMax = std::numeric_limits<double>::quiet_NaN();
    bool yPercent = false; ///< ticks as percent of fractions
};
/// <svg class="chart line-chart"> with one <polyline data-series="NAME"> per series.
std::string lineChart(const LineChart &chart, int width = 640, int height = 300);

struct BarChart {
    std::string title, yLabel;
    std::vector<std::string> labels; ///< one bar per label
    std::vector<double> values; ///< fractions 0..1 (NaN: no bar)
    /// Optional dots over each bar: dots[bar] are the per-fold values.
    std::vector<std::vector<double>> dots;
};
/// <svg class="chart bar-chart"> with one <rect data-label="LABEL" data-value="V"> per bar.
std::string barChart(const BarChart &chart, int width = 640, int height = 300);

} // namespace emolens::svg
