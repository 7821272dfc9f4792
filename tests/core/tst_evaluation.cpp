// Leave-one-speaker-out folds and cross-validation summaries (no training here).
#include "FoldFixture.h"
#include "TestAudio.h"
#include "emolens/CrossValidation.h"
#include "emolens/Error.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <set>

using namespace emolens;

namespace {

Utterance utt(const std::string &id, const std::string &speaker)
{
    Utterance u;
    u.id = id;
    u.speaker = speaker;
    u.audioPath = "/nowhere/" + id + ".wav";
    return u;
}

// IEMOCAP-style: in Ses01F dialogs both actors speak; the speaker is the turn's letter.
Selection iemocapLikeSelection()
{
    Selection s;
    s.classes = {"neutral", "happy", "angry", "sad"};
    const char *ids[][2] = {{"Ses01F_impro01_F000", "Ses01F"},    {"Ses01F_impro01_M000", "Ses01M"},
                            {"Ses01M_impro02_F001", "Ses01F"},    {"Ses01M_impro02_M003", "Ses01M"},
                            {"Ses02F_impro01_F000", "Ses02F"},    {"Ses02F_impro01_M002", "Ses02M"},
                            {"Ses02M_script01_1_M004", "Ses02M"}, {"Ses03M_impro05a_F010", "Ses03F"}};
    int k = 0;
    for (const auto &row : ids) {
        s.utterances.push_back(utt(row[0], row[1]));
        s.classIndex.push_back(k++ % 4);
    }
    return s;
}

FoldOutcome outcome(const std::string &speaker, const std::vector<std::pair<int, int>> &pairs, int seed = 1)
{
    FoldOutcome o;
    o.fold.heldOut = speaker;
    o.metadata.corpusSpec = "csv:/x.csv";
    o.metadata.heldOutSpeaker = speaker;
    o.metadata.training.seed = static_cast<std::uint64_t>(seed);
    o.evaluation.confusion = ConfusionMatrix(o.metadata.classes());
    for (auto [t, p] : pairs) {
        o.evaluation.confusion.add(t, p);
        o.evaluation.utterances.push_back({"u", speaker, t, p, {0.25f, 0.25f, 0.25f, 0.25f}, 1, {p}});
        o.evaluation.segmentTotal += 2;
        o.evaluation.segmentCorrect += t == p ? 2 : 1;
    }
    return o;
}

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void losoNeverPutsASpeakerOnBothSides()
    {
        const Selection s = iemocapLikeSelection();
        const auto folds = planLeaveOneSpeakerOut(s);
        QCOMPARE(folds.size(), std::size_t(5)); // Ses01F Ses01M Ses02F Ses02M Ses03F
        std::multiset<std::size_t> tested;
        for (const auto &f : folds) {
            std::set<std::string> train;
            for (auto i : f.train)
                train.insert(s.utterances[i].speaker);
            QVERIFY(!train.count(f.heldOut));
            for (auto i : f.test) {
                QCOMPARE(s.utterances[i].speaker, f.heldOut);
                tested.insert(i);
            }
            QCOMPARE(f.train.size() + f.test.size(), s.utterances.size());
            QCOMPARE(f.trainSpeakers.size(), std::size_t(4));
        }
        // every utterance is tested exactly once over the folds
        QCOMPARE(tested.size(), s.utterances.size());
        QCOMPARE(std::set<std::size_t>(tested.begin(), tested.end()).size(), s.utterances.size());
        // the M turn of a Ses01F dialog is Ses01M's, so it is tested in Ses01M's fold
        const auto &ses01m = folds[1];
        QCOMPARE(ses01m.heldOut, std::string("Ses01M"));
        QCOMPARE(s.utterances[ses01m.test.front()].id, std::string("Ses01F_impro01_M000"));
    }

    void chosenFoldsAndUnknownSpeakers()
    {
        const Selection s = iemocapLikeSelection();
        const auto folds = planLeaveOneSpeakerOut(s, {"Ses02M"});
        QCOMPARE(folds.size(), std::size_t(1));
        QCOMPARE(folds.front().test.size(), std::size_t(2));
        try {
            planLeaveOneSpeakerOut(s, {"Ses09M"});
            QFAIL("an unknown speaker must be refused");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY(std::string(e.what()).find("Ses09M") != std::string::npos);
        }
        Selection one;
        one.utterances = {utt("a", "x"), utt("b", "x")};
        one.classIndex = {0, 1};
        QVERIFY_THROWS_EXCEPTION(Error, planLeaveOneSpeakerOut(one));
    }

    void leakingFoldIsCaught()
    {
        const Selection s = iemocapLikeSelection();
        Fold bad = planLeaveOneSpeakerOut(s, {"Ses01M"}).front();
        bad.train.push_back(bad.test.front()); // the held-out speaker leaks into training
        try {
            checkSpeakerDisjoint(s, bad);
            QFAIL("a leaking fold must be refused");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Internal);
        }
        Fold wrongTest = planLeaveOneSpeakerOut(s, {"Ses01M"}).front();
        wrongTest.test.push_back(0); // Ses01F's utterance in Ses01M's test set
        QVERIFY_THROWS_EXCEPTION(Error, checkSpeakerDisjoint(s, wrongTest));
    }

    // Checked by audio, not by row: the same recording under two speakers (by path
    // or as a byte-identical copy) cannot be tested on after training on it.
    void sharedAudioAcrossSpeakersIsRefused()
    {
        QTemporaryDir dir;
        const std::string a = dir.filePath("a.wav").toStdString(), copy = dir.filePath("copy.wav").toStdString(),
                          other = dir.filePath("other.wav").toStdString();
        test::writeAudio(a, test::sine(200, 1.0, 16000), 16000, 1, test::Encoding::WavPcm16);
        test::writeBytes(copy, test::readBytes(a));
        test::writeAudio(other, test::sine(300, 1.0, 16000), 16000, 1, test::Encoding::WavPcm16);
        auto utterance = [](const std::string &id, const std::string &speaker, const std::string &path) {
            Utterance u;
            u.id = id;
            u.speaker = speaker;
            u.audioPath = path;
            u.label = "angry";
            return u;
        };
        Selection sel;
        sel.classes = {"angry"};
        sel.utterances = {utterance("u1", "09", a), utterance("u2", "10", other), utterance("u3", "11", copy)};
        sel.classIndex = {0, 0, 0};
        try {
            planLeaveOneSpeakerOut(sel, {"09"});
            QFAIL("a copy of the test audio in training must be refused");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("u3") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("byte-identical") != std::string::npos, e.what());
        }
        sel.utterances[2] = utterance("u3", "11", dir.filePath("sub/../a.wav").toStdString());
        QDir().mkpath(dir.filePath("sub"));
        QVERIFY_THROWS_EXCEPTION(Error, planLeaveOneSpeakerOut(sel, {"11"})); // the same file by another path
        sel.utterances[2] =
            utterance("u3", "11", other); // another region of other's file would be fine; the same is not
        sel.utterances[2].startSeconds = 0.0;
        sel.utterances[1].endSeconds = 0.5;
        sel.utterances[2].startSeconds = 0.5;
        QCOMPARE(planLeaveOneSpeakerOut(sel, {"10"}).size(), std::size_t(1)); // disjoint regions of one file
    }

    void summaryPoolsFoldsAndEmbedsTheProtocol()
    {
        auto a = outcome("s1", {{0, 0}, {1, 1}, {2, 0}, {3, 3}}); // WA 0.75, UA 0.75
        const auto b = outcome("s2", {{0, 0}, {0, 1}}); // WA 0.5, UA 0.5 (one class present)
        a.bfloat16 = outcome("s1", {{0, 0}, {1, 1}, {2, 2}, {3, 3}}).evaluation; // bfloat16 changed one utterance
        a.training.seconds = 90.0;
        const CrossValSummary s = CrossValSummary::fromFoldJsons({a.toJson(), b.toJson()});
        QCOMPARE(s.folds, (std::vector<std::string>{"s1", "s2"}));
        QCOMPARE(s.wa[0], 0.75);
        QCOMPARE(s.ua[1], 0.5);
        QCOMPARE(s.waMean.mean, 0.625);
        QCOMPARE(s.pooled.total(), std::int64_t(6));
        QCOMPARE(s.pooled.weightedAccuracy(), 4.0 / 6.0);
        QCOMPARE(s.segmentAccuracy[0], 7.0 / 8.0);
        // Per-fold UA averages the classes present in that fold (s2 shows only class 0: 1/2);
        // pooled UA averages all four classes over the pooled matrix: (2/3 + 1 + 0 + 1) / 4.
        QCOMPARE(s.ua[1], 0.5);
        QVERIFY(std::abs(s.pooled.unweightedAccuracy() - (2.0 / 3.0 + 1.0 + 0.0 + 1.0) / 4.0) < 1e-12);
        const std::string json = s.toJson();
        QVERIFY(json.find("\"protocol\"") != std::string::npos);
        QVERIFY(json.find("\"features\"") != std::string::npos);
        QVERIFY(json.find("\"segmentSamples\"") != std::string::npos);
        const CrossValSummary back = CrossValSummary::fromJson(json, "summary.json");
        QCOMPARE(back.pooled, s.pooled);
        QCOMPARE(back.ua, s.ua);
        QCOMPARE(s.trainingSeconds[0], 90.0);
        QCOMPARE(s.bf16UtterancesChanged, (std::vector<std::int64_t>{1, -1})); // fold s2 was not compared
        QCOMPARE(s.bf16SegmentsChanged[0], std::int64_t(1));
        QCOMPARE(s.bf16Wa[0], 1.0);
        QCOMPARE(back.bf16UtterancesChanged, s.bf16UtterancesChanged);
        QCOMPARE(back.bf16SegmentsCompared, s.bf16SegmentsCompared);
        QVERIFY(json.find("\"segmentAgreement\": 0.75") != std::string::npos); // 1 of 4 compared segments changed
        QCOMPARE(s.commits.size(), std::size_t(2));
        // folds of different experiments (another seed) are never pooled
        const auto c = outcome("s3", {{0, 0}}, 2);
        QVERIFY_THROWS_EXCEPTION(Error, CrossValSummary::fromFoldJsons({a.toJson(), c.toJson()}));
    }

    // A fold resumed from its checkpoint: its training time is this run's plus the
    // epochs before the resume, whose times the history kept (not only this run's).
    void resumedFoldCountsEveryEpoch()
    {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        test::writeFoldResult(d, "emodb:x", {"neutral", "sad"}, {"03", {"08"}, {}, {{2, 0}, {1, 1}}, 5, false, 3});
        test::writeFoldResult(d, "emodb:x", {"neutral", "sad"}, {"08", {"03"}, {}, {{2, 0}, {1, 1}}, 5, false, 0});
        const CrossValSummary s = CrossValSummary::fromFoldFiles(foldResultFiles(d));
        QCOMPARE(s.trainingSeconds[0], 2 * 60.0 + 3 * 2.0); // epochs 4-5 in this run, 1-3 before
        QCOMPARE(s.trainingSeconds[1], 5 * 60.0);
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
