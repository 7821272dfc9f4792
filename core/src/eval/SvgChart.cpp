#include "SvgChart.h"
#include "io/XmlText.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <locale>
#include <sstream>

namespace emolens::svg {

namespace {

constexpr int kLeft = 56, kRight = 16, kTop = 30, kBottom = 44;

std::string num(double v, int decimals = 1)
{
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s << std::fixed << std::setprecision(decimals) << v;
    return s.str();
}

/// A "nice" step (1, 2 or 5 times a power of ten) giving about \p ticks intervals over \p span.
double niceStep(double span, int ticks)
{
    if (!(span > 0))
        return 1.0;
    const double raw = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (raw <= m * power)
            return m * power;
    return 10.0 * power;
}

struct Frame {
    int width, height;
    double x0, x1, y0, y1;
    double px(double x) const { return kLeft + (x - x0) / (x1 - x0) * (width - kLeft - kRight); }
    double py(double y) const { return height - kBottom - (y - y0) / (y1 - y0) * (height - kTop - kBottom); }
};

void open(std::ostringstream &out, const char *kind, const std::string &title, int width, int height)
{
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart " << kind << "\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << ' ' << height << "\" role=\"img\" aria-label=\""
        << xmlEscaped(title) << "\">\n<title>" << xmlEscaped(title) << "</title>\n"
        << "<text x=\"" << width / 2 << "\" y=\"18\" text-anchor=\"middle\" class=\"chart-title\">" << xmlEscaped(title)
        << "</text>\n";
}

void yAxis(std::ostringstream &out, const Frame &f, const std::string &label, bool percent)
{
    const double step = niceStep(f.y1 - f.y0, 5);
    for (double y = std::ceil(f.y0 / step) * step; y <= f.y1 + 1e-9 * step; y += step) {
        const std::string py = num(f.py(y));
        out << "<line x1=\"" << kLeft << "\" x2=\"" << f.width - kRight << "\" y1=\"" << py << "\" y2=\"" << py
            << "\" class=\"grid\"/>\n<text x=\"" << kLeft - 6 << "\" y=\"" << py
            << "\" dy=\"4\" text-anchor=\"end\" class=\"tick\">"
            << (percent ? num(100 * y, 0) : num(y, step < 1 ? (step < 0.1 ? 2 : 1) : 0)) << "</text>\n";
    }
    out << "<text transform=\"translate(14 " << num((kTop + f.height - kBottom) / 2.0)
        << ") rotate(-90)\" text-anchor=\"middle\" class=\"axis-label\">" << xmlEscaped(label) << "</text>\n";
}

constexpr int kLegendColumn = 76, kLegendRow = 14;

int legendPerRow(int width)
{
    return std::max(1, (width - kLeft - kRight) / kLegendColumn);
}

/// The legend's rows under the chart (\p top: the chart's height).
int legendRows(std::size_t entries, int width)
{
    return entries < 2 ? 0
                       : static_cast<int>((entries + static_cast<std::size_t>(legendPerRow(width)) - 1) /
                                          static_cast<std::size_t>(legendPerRow(width)));
}

void legend(std::ostringstream &out, const std::vector<std::string> &names, int width, int top)
{
    const auto per = static_cast<std::size_t>(legendPerRow(width));
    for (std::size_t i = 0; i < names.size(); ++i) {
        const int x = kLeft + static_cast<int>(i % per) * kLegendColumn;
        const int y = top + 8 + static_cast<int>(i / per) * kLegendRow;
        out << "<g class=\"legend\" transform=\"translate(" << x << ' ' << y
            << ")\"><rect width=\"10\" height=\"3\" y=\"-4\" fill=\"" << colour(i)
            << "\"/><text x=\"14\" y=\"0\" class=\"tick\">" << xmlEscaped(names[i]) << "</text></g>\n";
    }
}

} // namespace

const char *colour(std::size_t i)
{
    static const char *const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    return palette[i % 10];
}

std::string lineChart(const LineChart &chart, int width, int height)
{
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const auto &s : chart.series)
        for (std::size_t i = 0; i < std::min(s.x.size(), s.y.size()); ++i)
            if (std::isfinite(s.x[i]) && std::isfinite(s.y[i])) {
                x0 = std::min(x0, s.x[i]);
                x1 = std::max(x1, s.x[i]);
                y0 = std::min(y0, s.y[i]);
                y1 = std::max(y1, s.y[i]);
            }
    if (!std::isfinite(x0)) { // no data: an empty frame says so
        x0 = 0;
        x1 = 1;
        y0 = 0;
        y1 = 1;
    }
    if (x1 <= x0)
        x1 = x0 + 1;
    if (std::isfinite(chart.yMin))
        y0 = chart.yMin;
    else if (y0 > 0)
        y0 = 0;
    if (std::isfinite(chart.yMax))
        y1 = chart.yMax;
    else
        y1 = y0 + std::ceil((y1 - y0) / niceStep(y1 - y0, 5)) * niceStep(y1 - y0, 5);
    if (!(y1 > y0))
        y1 = y0 + 1;
    const Frame f{width, height, x0, x1, y0, y1};

    std::ostringstream out;
    open(out, "line-chart", chart.title, width, height + legendRows(chart.series.size(), width) * kLegendRow);
    yAxis(out, f, chart.yLabel, chart.yPercent);
    const double xStep = niceStep(x1 - x0, 6);
    for (double x = std::ceil(x0 / xStep) * xStep; x <= x1 + 1e-9 * xStep; x += xStep)
        out << "<text x=\"" << num(f.px(x)) << "\" y=\"" << height - kBottom + 16
            << "\" text-anchor=\"middle\" class=\"tick\">" << num(x, xStep < 1 ? 1 : 0) << "</text>\n";
    out << "<text x=\"" << (kLeft + width - kRight) / 2 << "\" y=\"" << height - 10
        << "\" text-anchor=\"middle\" class=\"axis-label\">" << xmlEscaped(chart.xLabel) << "</text>\n";
    std::vector<std::string> names;
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const auto &s = chart.series[k];
        names.push_back(s.name);
        std::string points;
        auto flush = [&] {
            if (!points.empty())
                out << "<polyline data-series=\"" << xmlEscaped(s.name) << "\" fill=\"none\" stroke=\"" << colour(k)
                    << "\" stroke-width=\"1.5\" points=\"" << points << "\"/>\n";
            points.clear();
        };
        for (std::size_t i = 0; i < std::min(s.x.size(), s.y.size()); ++i) {
            if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) {
                flush();
                continue;
            }
            const double y = std::clamp(s.y[i], y0, y1);
            points += (points.empty() ? "" : " ") + num(f.px(s.x[i])) + ',' + num(f.py(y));
        }
        flush();
    }
    out << "<rect x=\"" << kLeft << "\" y=\"" << kTop << "\" width=\"" << width - kLeft - kRight << "\" height=\""
        << height - kTop - kBottom << "\" class=\"frame\"/>\n";
    if (chart.series.size() > 1)
        legend(out, names, width, height);
    out << "</svg>\n";
    return out.str();
}

std::string barChart(const BarChart &chart, int width, int height)
{
    const Frame f{width, height, 0, static_cast<double>(std::max<std::size_t>(1, chart.labels.size())), 0, 1};
    std::ostringstream out;
    open(out, "bar-chart", chart.title, width, height);
    yAxis(out, f, chart.yLabel, true);
    const double slot = (width - kLeft - kRight) / f.x1;
    for (std::size_t k = 0; k < chart.labels.size(); ++k) {
        const double v = k < chart.values.size() ? chart.values[k] : NAN;
        const double left = kLeft + slot * (static_cast<double>(k) + 0.2), w = slot * 0.6;
        if (std::isfinite(v))
            out << "<rect data-label=\"" << xmlEscaped(chart.labels[k]) << "\" data-value=\"" << num(v, 4) << "\" x=\""
                << num(left) << "\" y=\"" << num(f.py(std::clamp(v, 0.0, 1.0))) << "\" width=\"" << num(w)
                << "\" height=\"" << num(f.py(0) - f.py(std::clamp(v, 0.0, 1.0))) << "\" fill=\"" << colour(k)
                << "\" fill-opacity=\"0.75\"><title>" << xmlEscaped(chart.labels[k]) << ": " << num(100 * v)
                << " %</title></rect>\n";
        if (k < chart.dots.size())
            for (std::size_t d = 0; d < chart.dots[k].size(); ++d)
                if (std::isfinite(chart.dots[k][d])) {
                    const double x = left + w * (0.15 + 0.7 * (static_cast<double>(d) + 0.5) /
                                                            static_cast<double>(chart.dots[k].size()));
                    out << "<circle class=\"dot\" cx=\"" << num(x) << "\" cy=\""
                        << num(f.py(std::clamp(chart.dots[k][d], 0.0, 1.0))) << "\" r=\"2.5\"/>\n";
                }
        out << "<text x=\"" << num(left + w / 2) << "\" y=\"" << height - kBottom + 16
            << "\" text-anchor=\"middle\" class=\"tick\">" << xmlEscaped(chart.labels[k]) << "</text>\n";
    }
    out << "<rect x=\"" << kLeft << "\" y=\"" << kTop << "\" width=\"" << width - kLeft - kRight << "\" height=\""
        << height - kTop - kBottom << "\" class=\"frame\"/>\n</svg>\n";
    return out.str();
}

} // namespace emolens::svg
