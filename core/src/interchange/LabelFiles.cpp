// Audacity label tracks, Sonic Visualiser CSV layers, and reading or writing any label
// format by name or extension (Interchange.h).
#include "emolens/Csv.h"
#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/Interchange.h"
#include "interchange/LabelText.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

namespace emolens {

namespace {

using interchange::failAt;
using interchange::number;
using interchange::parseNumber;

std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

/// Calls \p f(line, number) for each line of \p text (CR LF or LF), bounded by the caller's size check.
template <typename F> void forEachLine(const std::string &text, F &&f)
{
    std::size_t pos = 0;
    int line = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::string_view l(text.data() + pos, end - pos);
        if (!l.empty() && l.back() == '\r')
            l.remove_suffix(1);
        f(l, ++line);
        pos = end + 1;
    }
}

/// Splits a CSV line at commas; "quoted, fields" keep their commas ("" is a quote).
std::vector<std::string> csvFields(std::string_view line, const std::string &file, int lineNo)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back() += c;
            }
        } else if (c == '"' && out.back().empty()) {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    if (quoted)
        failAt(file, lineNo, "a quoted field that is never closed");
    for (std::string &f : out) { // spaces around fields, as spreadsheets write them
        const auto b = f.find_first_not_of(' '), e = f.find_last_not_of(' ');
        f = b == std::string::npos ? std::string() : f.substr(b, e - b + 1);
    }
    return out;
}

void finishDocument(LabelDocument &doc)
{
    for (const LabelTier &t : doc.tiers)
        for (const LabelInterval &i : t.items)
            doc.end = std::max(doc.end, i.end);
}

} // namespace

const LabelTier *LabelDocument::tier(const std::string &name) const
{
    for (const LabelTier &t : tiers)
        if (t.name == name)
            return &t;
    return nullptr;
}

LabelFormat labelFormatFromName(const std::string &name)
{
    const std::string n = lower(name);
    if (n == "textgrid")
        return LabelFormat::TextGrid;
    if (n == "eaf" || n == "elan")
        return LabelFormat::Eaf;
    if (n == "audacity")
        return LabelFormat::Audacity;
    if (n == "sv-csv" || n == "sonic-visualiser")
        return LabelFormat::SvCsv;
    throwBadInput({}, "'" + name + "' is not a label format (textgrid, eaf, audacity or sv-csv)");
}

std::string labelFormatName(LabelFormat format)
{
    switch (format) {
    case LabelFormat::TextGrid:
        return "textgrid";
    case LabelFormat::Eaf:
        return "eaf";
    case LabelFormat::Audacity:
        return "audacity";
    case LabelFormat::SvCsv:
        break;
    }
    return "sv-csv";
}

std::string labelFormatExtension(LabelFormat format)
{
    switch (format) {
    case LabelFormat::TextGrid:
        return ".TextGrid";
    case LabelFormat::Eaf:
        return ".eaf";
    case LabelFormat::Audacity:
        return ".txt";
    case LabelFormat::SvCsv:
        break;
    }
    return ".csv";
}

LabelFormat labelFormatOfPath(const std::string &path)
{
    const std::string ext = lower(std::filesystem::path(path).extension().string());
    if (ext == ".textgrid")
        return LabelFormat::TextGrid;
    if (ext == ".eaf")
        return LabelFormat::Eaf;
    if (ext == ".txt" || ext == ".labels")
        return LabelFormat::Audacity;
    if (ext == ".csv")
        return LabelFormat::SvCsv;
    throwBadInput(path, "not a label file EmoLens reads (.TextGrid, .eaf, Audacity .txt or Sonic Visualiser .csv)");
}

// --- Audacity ---------------------------------------------------------------------

std::string writeAudacityLabels(const LabelTier &tier)
{
    std::string out;
    for (const LabelInterval &i : tier.items) {
        std::string text = i.text; // one line per label: line breaks become spaces
        std::replace(text.begin(), text.end(), '\n', ' ');
        std::replace(text.begin(), text.end(), '\r', ' ');
        out += number(i.start) + '\t' + number(i.end) + '\t' + text + '\n';
    }
    return out;
}

LabelDocument parseAudacityLabels(const std::string &bytes, const std::string &file, const std::string &tierName)
{
    const std::string text = interchange::toUtf8(bytes, file);
    LabelDocument doc;
    LabelTier tier;
    tier.name = tierName;
    forEachLine(text, [&](std::string_view line, int n) {
        if (line.empty())
            return;
        if (line.front() == '\\') // "\ low high": the spectral selection of the label above
            return;
        const std::size_t t1 = line.find('\t');
        if (t1 == std::string_view::npos)
            failAt(file, n, "not \"start<TAB>end<TAB>label\" (no tab)");
        const std::size_t t2 = line.find('\t', t1 + 1);
        LabelInterval item;
        item.line = n;
        if (!parseNumber(line.substr(0, t1), item.start) ||
            !parseNumber(line.substr(t1 + 1, t2 == std::string_view::npos ? std::string_view::npos : t2 - t1 - 1),
                         item.end))
            failAt(file, n, "the start and end must be seconds (such as 1.25)");
        if (item.start < 0 || item.end < item.start)
            failAt(file, n, "a label that ends before it starts, or starts before 0");
        if (t2 != std::string_view::npos)
            item.text = std::string(line.substr(t2 + 1));
        if (tier.items.size() >= interchange::kMaxLabelItems)
            failAt(file, n, "more than " + std::to_string(interchange::kMaxLabelItems) + " labels");
        tier.items.push_back(std::move(item));
    });
    tier.points = !tier.items.empty() && std::all_of(tier.items.begin(), tier.items.end(),
                                                     [](const LabelInterval &i) { return i.end == i.start; });
    doc.tiers.push_back(std::move(tier));
    finishDocument(doc);
    return doc;
}

// --- Sonic Visualiser -----------------------------------------------------------------

std::string writeSvRegions(const LabelTier &tier, const std::vector<double> &values)
{
    std::string out;
    for (std::size_t k = 0; k < tier.items.size(); ++k) {
        const LabelInterval &i = tier.items[k];
        out += number(i.start) + ',' + number(k < values.size() ? values[k] : 0.0) + ',' + number(i.end - i.start) +
               ',' + csvField(i.text) + '\n';
    }
    return out;
}

std::string writeSvCurve(const LabelTier &tier)
{
    std::string out;
    for (const LabelInterval &i : tier.items) {
        double v = 0.0;
        if (!parseNumber(i.text, v))
            throwBadInput(tier.name, "a point whose text '" + i.text + "' is not a number (a curve needs values)");
        out += number(i.start) + ',' + number(v) + '\n';
    }
    return out;
}

std::string writeSvDense(const float *values, int rows, int columns, double firstSeconds, double stepSeconds)
{
    std::string out;
    for (int c = 0; c < columns; ++c) {
        out += number(firstSeconds + c * stepSeconds);
        for (int r = 0; r < rows; ++r)
            out += ',' + number(static_cast<double>(values[static_cast<std::size_t>(r) * columns + c]));
        out += '\n';
    }
    return out;
}

LabelDocument parseSvCsv(const std::string &bytes, const std::string &file, const std::string &tierName)
{
    const std::string text = interchange::toUtf8(bytes, file);
    LabelDocument doc;
    LabelTier tier;
    tier.name = tierName;
    bool anyInterval = false, anyPoint = false;
    forEachLine(text, [&](std::string_view line, int n) {
        if (line.empty() || line.find_first_not_of(" \t") == std::string_view::npos)
            return;
        const std::vector<std::string> f = csvFields(line, file, n);
        LabelInterval item;
        item.line = n;
        if (!parseNumber(f[0], item.start)) {
            if (n == 1) // a header row ("time,value,duration,label")
                return;
            failAt(file, n, "the first column must be a time in seconds");
        }
        double value = 0.0, duration = -1.0;
        const bool hasValue = f.size() > 1 && parseNumber(f[1], value);
        std::string label;
        if (f.size() >= 4) { // time,value,duration,label
            if (!parseNumber(f[2], duration))
                failAt(file, n, "the third column (duration) must be seconds");
            label = f[3];
        } else if (f.size() == 3) { // time,value,label or time,value,duration
            if (!parseNumber(f[2], duration))
                label = f[2];
        } else if (f.size() == 2 && !hasValue) { // time,label
            label = f[1];
        }
        if (f.size() >= 3 && !hasValue)
            failAt(file, n, "the second column (value) must be a number");
        if (item.start < 0 || duration < -1.0 || (duration < 0 && duration != -1.0))
            failAt(file, n, "a negative time or duration");
        item.end = duration >= 0 ? item.start + duration : item.start;
        item.text = !label.empty() || !hasValue ? label : number(value);
        (duration >= 0 ? anyInterval : anyPoint) = true;
        if (tier.items.size() >= interchange::kMaxLabelItems)
            failAt(file, n, "more than " + std::to_string(interchange::kMaxLabelItems) + " rows");
        tier.items.push_back(std::move(item));
    });
    tier.points = anyPoint && !anyInterval;
    std::stable_sort(tier.items.begin(), tier.items.end(),
                     [](const LabelInterval &a, const LabelInterval &b) { return a.start < b.start; });
    doc.tiers.push_back(std::move(tier));
    finishDocument(doc);
    return doc;
}

// --- Any format -----------------------------------------------------------------------

LabelDocument readLabelFile(const std::string &path)
{
    const LabelFormat format = labelFormatOfPath(path);
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec)
        interchange::checkSize(static_cast<std::size_t>(size), path);
    const std::string bytes = readWholeFile(path);
    const std::string stem = std::filesystem::path(path).stem().string();
    switch (format) {
    case LabelFormat::TextGrid:
        return parseTextGrid(bytes, path);
    case LabelFormat::Eaf:
        return parseEaf(bytes, path);
    case LabelFormat::Audacity:
        return parseAudacityLabels(bytes, path, stem);
    case LabelFormat::SvCsv:
        break;
    }
    return parseSvCsv(bytes, path, stem);
}

void writeLabelFile(const std::string &path, LabelFormat format, const LabelDocument &document)
{
    std::string text;
    try {
        switch (format) {
        case LabelFormat::TextGrid:
            text = writeTextGrid(document);
            break;
        case LabelFormat::Eaf:
            text = writeEaf(document);
            break;
        case LabelFormat::Audacity:
        case LabelFormat::SvCsv: {
            const auto it = std::find_if(document.tiers.begin(), document.tiers.end(),
                                         [](const LabelTier &t) { return !t.points; });
            const LabelTier empty;
            const LabelTier &tier = it != document.tiers.end() ? *it : empty;
            text = format == LabelFormat::Audacity ? writeAudacityLabels(tier) : writeSvRegions(tier);
            break;
        }
        }
    } catch (const Error &e) { // the writers name the tier; the user needs the file too
        throwBadInput(path, e.what());
    }
    writeFileAtomically(path, text);
}

} // namespace emolens
