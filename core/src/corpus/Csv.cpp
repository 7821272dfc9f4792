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

} // namespace

namespace {

/// The header's columns by name, and in \p width how many fields a row has; throws
/// Error(BadInput) naming \p file without path, speaker or label.
std::map<std::string, std::size_t> readHeader(std::istream &in, const std::string &file, std::size_t &width)
{
    std::string line;
    std::vector<std::string> header;
    if (!std::getline(in, line) || !parseRecord(line, header))
        throwBadInput(file, "empty CSV manifest or malformed header");
    if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0)
        header[0].erase(0, 3); // UTF-8 byte-order mark from spreadsheet exports
    width = header.size();
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < header.size(); ++i)
        column[header[i]] = i;
    for (const char *required : {"path", "speaker", "label"})
        if (!column.count(required))
            throwBadInput(file, std::string("CSV header lacks the '") + required +
                                    "' column (needs path,speaker,label; optional start,end,session)");
    return column;
}

/// The next record's fields. RFC 4180: a quoted field may hold line breaks, so a record
/// can span lines (bounded: one open quote cannot eat the file). False at the end; an
/// unclosed quote gives \p complete false.
bool nextRecord(std::istream &in, int &lineNo, int &recordLine, std::vector<std::string> &fields, bool &complete)
{
    constexpr std::size_t kMaxRecordBytes = 1 << 20; // a record is a few hundred bytes
    std::string line;
    do {
        if (!std::getline(in, line))
            return false;
        recordLine = ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
    } while (trim(line).empty());
    complete = parseRecord(line, fields);
    std::string next;
    while (!complete && line.size() < kMaxRecordBytes && std::getline(in, next)) {
        ++lineNo;
        if (!next.empty() && next.back() == '\r')
            next.pop_back();
        line += '\n' + next;
        complete = parseRecord(line, fields);
    }
    return true;
}

/// One row as an utterance; false with \p reason when a field is empty or malformed.
bool toUtterance(const std::vector<std::string> &fields, const std::map<std::string, std::size_t> &column,
                 const std::string &base, Utterance &u, std::string &reason)
{
    auto field = [&](const char *name) -> const std::string * {
        const auto it = column.find(name);
        return it == column.end() ? nullptr : &fields[it->second];
    };
    const std::string &rel = *field("path");
    u.audioPath = !rel.empty() && rel[0] == '/' ? rel : joinPath(base, rel);
    u.id = std::filesystem::path(rel).stem().string();
    u.speaker = *field("speaker");
    u.labelCode = *field("label");
    u.label = canonicalLabel(u.labelCode);
    if (const auto *session = field("session"))
        u.session = *session;
    const std::string *start = field("start"), *end = field("end");
    bool ok = !u.speaker.empty() && !u.labelCode.empty() && !rel.empty();
    if (ok && start && !start->empty())
        ok = parseSeconds(*start, u.startSeconds);
    if (ok && end && !end->empty())
        ok = parseSeconds(*end, u.endSeconds) && u.endSeconds > u.startSeconds;
    if (!ok) {
        reason = "empty path, speaker or label, or bad start/end";
        return false;
    }
    if (u.endSeconds > 0 && start && !start->empty())
        u.id += "@" + *start; // several regions of one file stay distinct
    for (const auto &[name, index] : column)
        if (name != "path" && name != "speaker" && name != "label" && name != "session" && name != "start" &&
            name != "end")
            u.extras[name] = fields[index];
    return probeDuration(u, reason);
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
    std::size_t width = 0;
    const std::map<std::string, std::size_t> column = readHeader(in, file, width);
    int lineNo = 1, recordLine = 1;
    std::vector<std::string> fields;
    bool complete = false;
    while (nextRecord(in, lineNo, recordLine, fields, complete)) {
        if (!complete) {
            out.skipped.push_back({file, recordLine, "malformed row: a quoted field is never closed"});
            continue;
        }
        if (fields.size() != width) {
            out.skipped.push_back({file, recordLine,
                                   "malformed row: expected " + std::to_string(width) + " fields, found " +
                                       std::to_string(fields.size())});
            continue;
        }
        Utterance u;
        std::string reason;
        if (!toUtterance(fields, column, base, u, reason)) {
            out.skipped.push_back({file, recordLine, reason});
            continue;
        }
        out.utterances.push_back(std::move(u));
    }
    return out;
}

} // namespace emolens::corpus
