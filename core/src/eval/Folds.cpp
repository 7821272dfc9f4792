// Leave-one-speaker-out folds (Evaluation.h): planning, the validation split, and
// the checks that keep test speakers and test audio out of training.
#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "emolens/Evaluation.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace emolens {

std::vector<Fold> planLeaveOneSpeakerOut(const Selection &selection, const std::vector<std::string> &only)
{
    std::set<std::string> speakers;
    for (const auto &u : selection.utterances)
        speakers.insert(u.speaker);
    if (speakers.size() < 2)
        throwBadInput({}, "leave-one-speaker-out needs at least two speakers; the selection has " +
                              std::to_string(speakers.size()));
    std::vector<std::string> heldOut(only.begin(), only.end());
    if (heldOut.empty())
        heldOut.assign(speakers.begin(), speakers.end());
    std::vector<Fold> folds;
    for (const auto &speaker : heldOut) {
        if (!speakers.count(speaker)) {
            std::string known;
            for (const auto &s : speakers)
                known += (known.empty() ? "" : ", ") + s;
            throwBadInput({}, "no speaker '" + speaker + "' in the selection (speakers: " + known + ")");
        }
        Fold f;
        f.heldOut = speaker;
        for (std::size_t i = 0; i < selection.utterances.size(); ++i)
            (selection.utterances[i].speaker == speaker ? f.test : f.train).push_back(i);
        std::set<std::string> trainSpeakers;
        for (auto i : f.train)
            trainSpeakers.insert(selection.utterances[i].speaker);
        f.trainSpeakers.assign(trainSpeakers.begin(), trainSpeakers.end());
        checkSpeakerDisjoint(selection, f);
        checkNoSharedAudio(selection, f);
        folds.push_back(std::move(f));
    }
    return folds;
}

void checkSpeakerDisjoint(const Selection &selection, const Fold &fold)
{
    auto fail = [&](const std::string &what) {
        throw Error(ErrorKind::Internal, {}, "fold " + fold.heldOut + " is not speaker-disjoint: " + what);
    };
    std::set<std::string> trainSpeakers, testSpeakers;
    std::set<std::size_t> trainIndex(fold.train.begin(), fold.train.end());
    for (auto i : fold.train)
        trainSpeakers.insert(selection.utterances.at(i).speaker);
    for (auto i : fold.test) {
        const auto &u = selection.utterances.at(i);
        if (u.speaker != fold.heldOut)
            fail("test utterance " + u.id + " is spoken by " + u.speaker);
        if (trainIndex.count(i))
            fail("utterance " + u.id + " is in both sets");
        testSpeakers.insert(u.speaker);
    }
    for (const auto &s : testSpeakers)
        if (trainSpeakers.count(s))
            fail("speaker " + s + " is on both sides");
    if (trainSpeakers.count(fold.heldOut))
        fail("the held-out speaker has training utterances");
    for (auto i : fold.validation) {
        const auto &u = selection.utterances.at(i);
        if (u.speaker == fold.heldOut || trainSpeakers.count(u.speaker) || trainIndex.count(i))
            fail("validation utterance " + u.id + " (speaker " + u.speaker + ") is also in training or test");
    }
}

Fold withValidation(const Selection &selection, const Fold &fold, int count)
{
    if (count <= 0)
        return fold;
    if (count >= static_cast<int>(fold.trainSpeakers.size()))
        throwBadInput({}, "fold " + fold.heldOut + ": " + std::to_string(count) +
                              " validation speaker(s) would leave no " + "training speaker (it has " +
                              std::to_string(fold.trainSpeakers.size()) + ")");
    std::set<std::string> all(fold.trainSpeakers.begin(), fold.trainSpeakers.end());
    all.insert(fold.heldOut);
    const std::vector<std::string> sorted(all.begin(), all.end());
    const auto at = std::find(sorted.begin(), sorted.end(), fold.heldOut) - sorted.begin();
    std::set<std::string> chosen;
    for (std::size_t k = 1; static_cast<int>(chosen.size()) < count; ++k)
        chosen.insert(sorted[(static_cast<std::size_t>(at) + k) % sorted.size()]);
    Fold out = fold;
    out.train.clear();
    out.trainSpeakers.clear();
    out.validation.clear();
    out.validationSpeakers.assign(chosen.begin(), chosen.end());
    for (auto i : fold.train)
        (chosen.count(selection.utterances[i].speaker) ? out.validation : out.train).push_back(i);
    for (const auto &s : fold.trainSpeakers)
        if (!chosen.count(s))
            out.trainSpeakers.push_back(s);
    checkSpeakerDisjoint(selection, out);
    return out;
}

void checkNoSharedAudio(const Selection &selection, const Fold &fold)
{
    namespace fs = std::filesystem;
    struct Use {
        std::size_t index;
        double start, end;
    };
    auto resolved = [](const Utterance &u) {
        std::error_code ec;
        const fs::path p = fs::weakly_canonical(u.audioPath, ec);
        return ec ? u.audioPath : p.string();
    };
    auto use = [&](std::size_t i) {
        const Utterance &u = selection.utterances.at(i);
        return Use{i, u.startSeconds, u.endSeconds < 0 ? std::numeric_limits<double>::infinity() : u.endSeconds};
    };
    auto fail = [&](std::size_t test, std::size_t train, const std::string &how) {
        const Utterance &a = selection.utterances.at(test), &b = selection.utterances.at(train);
        throwBadInput(a.audioPath, "fold " + fold.heldOut + ": test utterance " + a.id + " (speaker " + a.speaker +
                                       ") and training utterance " + b.id + " (speaker " + b.speaker + ") " + how +
                                       "; the fold would test on audio it trained on. Fix the corpus listing.");
    };
    std::map<std::string, std::vector<Use>> trainByFile;
    for (auto i : fold.train)
        trainByFile[resolved(selection.utterances.at(i))].push_back(use(i));
    std::map<std::uintmax_t, std::vector<std::string>> trainBySize;
    for (const auto &[file, uses] : trainByFile) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (!ec)
            trainBySize[size].push_back(file);
    }
    for (auto i : fold.test) {
        const Use t = use(i);
        const std::string file = resolved(selection.utterances.at(i));
        auto overlapping = [&](const std::vector<Use> &uses) -> const Use * {
            for (const auto &u : uses)
                if (t.start < u.end && u.start < t.end)
                    return &u;
            return nullptr;
        };
        if (const auto it = trainByFile.find(file); it != trainByFile.end())
            if (const Use *u = overlapping(it->second))
                fail(i, u->index, "use the same audio file " + file);
        // Copies under another name: equal size first (cheap), then equal content.
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        const auto same = ec ? trainBySize.end() : trainBySize.find(size);
        if (same == trainBySize.end())
            continue;
        const std::uint64_t digest = fileContentDigest(file);
        for (const auto &other : same->second)
            if (other != file && fileContentDigest(other) == digest)
                if (const Use *u = overlapping(trainByFile.at(other)))
                    fail(i, u->index, "use byte-identical audio (" + file + " is a copy of " + other + ")");
    }
}

} // namespace emolens
