// CSV manifests: a header with path,speaker,label and optional start,end,session
// (any order, extra columns kept as extras). Paths are relative to the CSV file.
// Fields may be quoted ("a, b" and "" for a quote), as RFC 4180 says.
#include "corpus/Readers.h"
#include "emolens/Error.h"

#include <filesystem>
#include <fstream>

namespace emolens::corpus {

namespace {

/// Splits one CSV record; false when a quote is left open.
bool parseRecord(const std::string &line, std::vector<std::string> &fields)
{
    fields.assign(1, {});
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (auto &f : fields)
        f = trim(f);
    return !quoted;
}

bool parseSeconds(const std::string &text, double &value)
{
    try {
        std::size_t used = 0;
        value = std::stod(text, &used);
        return used == text.size() && value >= 0;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

CorpusReadResult readCsv(const std::string &file)
{
    std::ifstream in(file);
    if (!isRegularFile(file) || !in)
        throwBadInput(file, "cannot read the CSV manifest");
    const auto slash = file.find_last_of('/');
    const std::string base = slash == std::string::npos ? "." : file.substr(0, slash);
    CorpusReadResult out;
    out.kind = "csv";
    out.root = file;
    std::string line;
    std::vector<std::string> header, fields;
    if (!std::getline(in, line) || !parseRecord(line, header))
        throwBadInput(file, "empty CSV manifest or malformed header");
    if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0)
        header[0].erase(0, 3); // UTF-8 byte-order mark from spreadsheet exports
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < header.size(); ++i)
        column[header[i]] = i;
    for (const char *required : {"path", "speaker", "label"})
        if (!column.count(required))
            throwBadInput(file, std::string("CSV header lacks the '") + required +
                                    "' column (needs path,speaker,label; optional start,end,session)");
    int lineNo = 1;
    constexpr std::size_t kMaxRecordBytes = 1
                                            << 20; // a record is a few hundred bytes; bound what one open quote can eat
    while (std::getline(in, line)) {
        const int recordLine = ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (trim(line).empty())
            continue;
        // RFC 4180: a quoted field may hold line breaks, so a record can span lines.
        bool complete = parseRecord(line, fields);
        std::string next;
        while (!complete && line.size() < kMaxRecordBytes && std::getline(in, next)) {
            ++lineNo;
            if (!next.empty() && next.back() == '\r')
                next.pop_back();
            line += '\n' + next;
            complete = parseRecord(line, fields);
        }
        if (!complete) {
            out.skipped.push_back({file, recordLine, "malformed row: a quoted field is never closed"});
            continue;
        }
        if (fields.size() != header.size()) {
            out.skipped.push_back({file, recordLine,
                                   "malformed row: expected " + std::to_string(header.size()) + " fields, found " +
                                       std::to_string(fields.size())});
            continue;
        }
        Utterance u;
        const std::string &rel = fields[column["path"]];
        u.audioPath = !rel.empty() && rel[0] == '/' ? rel : joinPath(base, rel);
        u.id = std::filesystem::path(rel).stem().string();
        u.speaker = fields[column["speaker"]];
        u.labelCode = fields[column["label"]];
        u.label = canonicalLabel(u.labelCode);
        if (column.count("session"))
            u.session = fields[column["session"]];
        bool ok = !u.speaker.empty() && !u.labelCode.empty() && !rel.empty();
        if (ok && column.count("start") && !fields[column["start"]].empty())
            ok = parseSeconds(fields[column["start"]], u.startSeconds);
        if (ok && column.count("end") && !fields[column["end"]].empty())
            ok = parseSeconds(fields[column["end"]], u.endSeconds) && u.endSeconds > u.startSeconds;
        if (!ok) {
            out.skipped.push_back({file, recordLine, "empty path, speaker or label, or bad start/end"});
            continue;
        }
        if (u.endSeconds > 0 && column.count("start") && !fields[column["start"]].empty())
            u.id += "@" + fields[column["start"]]; // several regions of one file stay distinct
        for (const auto &[name, index] : column)
            if (name != "path" && name != "speaker" && name != "label" && name != "session" && name != "start" &&
                name != "end")
                u.extras[name] = fields[index];
        std::string reason;
        if (!probeDuration(u, reason)) {
            out.skipped.push_back({file, recordLine, reason});
            continue;
        }
        out.utterances.push_back(std::move(u));
    }
    return out;
}

} // namespace emolens::corpus
