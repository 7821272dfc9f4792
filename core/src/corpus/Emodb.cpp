// Berlin EmoDB: files SSTTTEV.wav in DIR or DIR/wav (speaker SS, text TTT,
// emotion letter E, version V). Durations come from the audio headers.
#include "corpus/Readers.h"
#include "emolens/Error.h"

#include <map>
#include <regex>

namespace emolens::corpus {

bool parseEmodbName(const std::string &file, Utterance &u)
{
    // The ten speakers' genders, from the database's documentation.
    static const std::map<std::string, std::string> gender = {
        {"03", "male"}, {"08", "female"}, {"09", "female"}, {"10", "male"}, {"11", "male"},
        {"12", "male"}, {"13", "female"}, {"14", "female"}, {"15", "male"}, {"16", "female"}};
    static const std::regex name(R"(^(\d\d)([ab]\d\d)([WLEAFTN])([a-z])\.wav$)");
    std::smatch m;
    if (file.size() != 11 || !std::regex_match(file, m, name)) // SSTTTEV.wav: no regex over long names
        return false;
    u.id = file.substr(0, file.size() - 4);
    u.speaker = m[1];
    u.session = m[1];
    u.gender = gender.count(u.speaker) ? gender.at(u.speaker) : "";
    u.labelCode = m[3];
    u.label = canonicalLabel(u.labelCode);
    u.extras["text"] = m[2];
    u.extras["version"] = m[4];
    return true;
}

CorpusReadResult readEmodb(const std::string &dir)
{
    if (!isDirectory(dir))
        throwBadInput(dir, "EmoDB folder is not a directory");
    const std::string wavDir = isDirectory(joinPath(dir, "wav")) ? joinPath(dir, "wav") : dir;
    CorpusReadResult out;
    out.kind = "emodb";
    out.root = dir;
    for (const auto &file : listDirectory(wavDir)) {
        const std::string path = joinPath(wavDir, file);
        if (file.size() < 4 || file.compare(file.size() - 4, 4, ".wav") != 0 || !isRegularFile(path))
            continue;
        Utterance u;
        if (!parseEmodbName(file, u)) {
            out.skipped.push_back({path, 0, "file name is not EmoDB's SSTTTEV.wav"});
            continue;
        }
        u.audioPath = path;
        std::string reason;
        if (!probeDuration(u, reason)) {
            out.skipped.push_back({path, 0, reason});
            continue;
        }
        out.utterances.push_back(std::move(u));
    }
    if (out.utterances.empty() && out.skipped.empty())
        throwBadInput(dir, "no EmoDB files (SSTTTEV.wav) here or in its wav/ folder");
    return out;
}

} // namespace emolens::corpus
