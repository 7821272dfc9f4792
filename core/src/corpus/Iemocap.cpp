// IEMOCAP release layout (see Corpus.h and docs/CORPORA.md):
//   ROOT/SessionN/dialog/EmoEvaluation/<dialog>.txt   labels and rater votes
//   ROOT/SessionN/sentences/wav/<dialog>/<TURN>.wav    utterance audio
//   ROOT/SessionN/dialog/wav/<dialog>.wav              dialog audio
//   ROOT/SessionN/dialog/transcriptions/<dialog>.txt   "TURN [start-end]: text"
#include "corpus/Readers.h"
#include "emolens/Error.h"

#include <cctype>
#include <fstream>
#include <map>
#include <regex>

namespace emolens::corpus {

namespace {

bool isSessionName(const std::string &name)
{
    static const std::regex session("Session[1-9]");
    return std::regex_match(name, session);
}

/// ROOT itself, or the one folder inside it, that holds Session1..Session5.
std::string findSessionsRoot(const std::string &root)
{
    auto hasSessions = [](const std::string &dir) {
        for (const auto &name : listDirectory(dir))
            if (isSessionName(name) && isDirectory(joinPath(dir, name)))
                return true;
        return false;
    };
    if (!isDirectory(root))
        throwBadInput(root, "IEMOCAP root is not a directory");
    if (hasSessions(root))
        return root;
    for (const auto &name : listDirectory(root))
        if (isDirectory(joinPath(root, name)) && hasSessions(joinPath(root, name)))
            return joinPath(root, name);
    throwBadInput(root, "no Session1..Session5 folders here or one level below: not an IEMOCAP release root");
}

/// One transcription line, "TURN [start-end]: text"; false for any other line. By hand, not
/// std::regex: libstdc++'s regex recurses per character, and a long line overflowed the stack.
bool parseTranscriptLine(const std::string &s, std::string &turn, std::string &text)
{
    const auto space = s.find_first_of(" \t\n\v\f\r");
    if (space == 0 || space == std::string::npos || s[space] != ' ' || space + 1 >= s.size() || s[space + 1] != '[')
        return false;
    const auto close = s.find(']', space + 2);
    if (close == std::string::npos || close + 1 >= s.size() || s[close + 1] != ':')
        return false;
    std::size_t from = close + 2;
    if (from < s.size() && std::isspace(static_cast<unsigned char>(s[from])))
        ++from;
    turn = s.substr(0, space);
    text = s.substr(from);
    return true;
}

std::map<std::string, std::string> readTranscript(const std::string &path)
{
    std::map<std::string, std::string> text;
    std::ifstream in(path);
    std::string turn, words;
    for (std::string s; std::getline(in, s);) {
        if (!s.empty() && s.back() == '\r')
            s.pop_back();
        if (parseTranscriptLine(s, turn, words))
            text[turn] = words;
    }
    return text;
}

RaterVote parseVote(const std::string &line)
{
    RaterVote vote;
    const auto colon = line.find(':');
    vote.rater = line.substr(0, colon);
    vote.text = trim(line.substr(colon + 1));
    if (vote.rater.rfind("C-", 0) == 0) {
        // "Neutral; Frustration;\t(comment)": labels before the tab, comment after.
        for (const auto &part : split(vote.text.substr(0, vote.text.find('\t')), ';'))
            if (!trim(part).empty())
                vote.labels.push_back(trim(part));
    }
    return vote;
}

struct SessionContext {
    std::string sessionDir, sessionName;
    CorpusReadResult *out;
};

/// A turn's header line ("[start - end]\tTURN\tlabel\t[v, a, d]") as an utterance; false
/// with \p reason when the line or the turn name is malformed.
bool parseTurn(const std::string &line, const SessionContext &ctx, Utterance &u, std::string &reason)
{
    static const std::regex head(
        R"(^\[\s*([0-9.]+)\s*-\s*([0-9.]+)\s*\]\t(\S+)\t(\S+)\t\[\s*([-0-9.]+),\s*([-0-9.]+),\s*([-0-9.]+)\s*\]\s*$)");
    std::smatch m;
    double start = 0, end = 0;
    // A header is about 60 characters; a longer line is refused before the regex (which recurses per character).
    if (line.size() > 512 || !std::regex_match(line, m, head) || !parseSeconds(m[1], start) ||
        !parseSeconds(m[2], end) || end < start) {
        reason = "malformed line: " + line.substr(0, 80);
        return false;
    }
    u.id = m[3];
    const auto lastUnderscore = u.id.rfind('_');
    if (lastUnderscore == std::string::npos || lastUnderscore + 1 >= u.id.size() || u.id.size() < 6) {
        reason = "turn name '" + u.id + "' is not Ses..._<F|M>nnn";
        return false;
    }
    u.dialog = u.id.substr(0, lastUnderscore);
    // The speaker is the session plus the first letter of the last '_' group:
    // Ses01F_impro01_M002 is spoken by Ses01M (the F is the actor wearing markers).
    const char who = u.id[lastUnderscore + 1];
    if (who != 'F' && who != 'M') {
        reason = "turn name '" + u.id + "' does not say F or M after the last '_'";
        return false;
    }
    u.session = u.id.substr(0, 5);
    u.speaker = u.session + who;
    u.gender = who == 'F' ? "female" : "male";
    u.mode = u.dialog.find("impro") != std::string::npos    ? "improvised"
             : u.dialog.find("script") != std::string::npos ? "scripted"
                                                            : "";
    u.labelCode = m[4];
    u.label = canonicalLabel(u.labelCode);
    u.durationSeconds = end - start;
    u.extras["valence"] = m[5];
    u.extras["activation"] = m[6];
    u.extras["dominance"] = m[7];
    u.extras["dialogStart"] = m[1];
    u.extras["dialogEnd"] = m[2];
    u.extras["dialogAudio"] = joinPath(ctx.sessionDir, "dialog/wav/" + u.dialog + ".wav");
    u.audioPath = joinPath(ctx.sessionDir, "sentences/wav/" + u.dialog + "/" + u.id + ".wav");
    if (!isRegularFile(u.audioPath)) {
        reason = "audio file missing: " + u.audioPath;
        return false;
    }
    return true;
}

void readEvaluationFile(const std::string &path, const SessionContext &ctx)
{
    std::ifstream in(path);
    if (!in) {
        ctx.out->skipped.push_back({path, 0, "cannot read the evaluation file"});
        return;
    }
    std::map<std::string, std::string> transcript;
    bool transcriptRead = false;
    Utterance *current = nullptr; // the turn the rater lines that follow belong to
    int lineNo = 0;
    for (std::string s; std::getline(in, s);) {
        ++lineNo;
        if (!s.empty() && s.back() == '\r')
            s.pop_back();
        if (trim(s).empty() || s[0] == '%')
            continue;
        if ((s.rfind("C-", 0) == 0 || s.rfind("A-", 0) == 0) && s.find(':') != std::string::npos) {
            if (current)
                current->votes.push_back(parseVote(s));
            continue;
        }
        current = nullptr;
        Utterance u;
        std::string reason;
        if (!parseTurn(s, ctx, u, reason)) {
            ctx.out->skipped.push_back({path, lineNo, reason});
            continue;
        }
        if (!transcriptRead) {
            transcript = readTranscript(joinPath(ctx.sessionDir, "dialog/transcriptions/" + u.dialog + ".txt"));
            transcriptRead = true;
        }
        if (const auto t = transcript.find(u.id); t != transcript.end())
            u.extras["transcript"] = t->second;
        ctx.out->utterances.push_back(std::move(u));
        current = &ctx.out->utterances.back();
    }
}

} // namespace

CorpusReadResult readIemocap(const std::string &root)
{
    CorpusReadResult out;
    out.kind = "iemocap";
    out.root = root;
    const std::string base = findSessionsRoot(root);
    for (const auto &session : listDirectory(base)) {
        if (!isSessionName(session))
            continue;
        const SessionContext ctx{joinPath(base, session), session, &out};
        const std::string evalDir = joinPath(ctx.sessionDir, "dialog/EmoEvaluation");
        if (!isDirectory(evalDir)) {
            out.skipped.push_back({evalDir, 0, "no EmoEvaluation folder in " + session});
            continue;
        }
        for (const auto &name : listDirectory(evalDir)) {
            const std::string path = joinPath(evalDir, name);
            // AppleDouble files ("._Ses01F_impro01.txt") ship in the release; the
            // Categorical/Attribute/Self-evaluation sub-folders hold per-rater copies.
            if (name.rfind("._", 0) == 0 || !isRegularFile(path) || name.size() < 5 ||
                name.compare(name.size() - 4, 4, ".txt") != 0)
                continue;
            readEvaluationFile(path, ctx);
        }
    }
    return out;
}

} // namespace emolens::corpus
