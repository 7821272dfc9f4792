// Training end to end on a synthetic corpus the test writes: it learns, it is
// repeatable, a resumed run equals an unbroken one, cancel works. (The feature cache
// it trains from: tst_featurecache.)
#include "TestAudio.h"
#include "emolens/Error.h"
#include "emolens/Evaluation.h"
#include "emolens/FeatureStore.h"
#include "emolens/Training.h"
#include "model/Network.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <random>

using namespace emolens;

namespace {

// A small network (same layers, fewer channels) keeps the test quick on 2 cores.
ModelConfig smallModel(int classes)
{
    ModelConfig mc;
    mc.numClasses = classes;
    mc.conv1Channels = 4;
    mc.channels = {8, 8, 8, 8};
    return mc;
}

TrainingConfig quickSchedule(int epochs)
{
    TrainingConfig c;
    c.epochs = epochs;
    c.batchSize = 4;
    c.learningRate = 0.01;
    c.learningRateDrops = {epochs}; // a short version of the paper's step schedule
    return c;
}

std::vector<float> probe()
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> x(400 * 200);
    for (auto &v : x)
        v = u(rng);
    return x;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Selection m_selection;
    std::string m_csv;

    std::string path(const std::string &name) const { return m_dir.path().toStdString() + "/" + name; }

    void trainingSet(const Fold &fold, std::vector<Utterance> &utts, std::vector<int> &labels) const
    {
        for (auto i : fold.train) {
            utts.push_back(m_selection.utterances[i]);
            labels.push_back(m_selection.classIndex[i]);
        }
    }

    /// Fold s1's training set and the logits an unbroken run of \p schedule gives on the probe.
    struct Reference {
        std::vector<Utterance> utts;
        std::vector<int> labels;
        std::vector<float> probe, logits;
    };
    Reference unbrokenRun(FeatureStore &store, const TrainingConfig &schedule) const
    {
        Reference r;
        trainingSet(planLeaveOneSpeakerOut(m_selection, {"s1"}).front(), r.utts, r.labels);
        r.probe = probe();
        AttentionPoolingCnn unbroken(smallModel(3), 9);
        trainModel(unbroken, store, r.utts, r.labels, schedule);
        r.logits = unbroken.forward(r.probe.data(), 1).logits;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::filesystem::create_directories(path("corpus"));
        // 4 speakers x 3 classes x 4 utterances, 1.5-2.5 s (so some are shorter than a segment)
        m_csv = test::writeSyntheticCorpus(path("corpus"), 4, 4, {"tonal", "noisy", "clicks"}, 2.0, true);
        Protocol p;
        p.classes = {"tonal", "noisy", "clicks"};
        m_selection = selectUtterances(readCorpus("csv:" + m_csv), p);
        QCOMPARE(m_selection.utterances.size(), std::size_t(48));
    }

    void learnsTheSyntheticCorpus()
    {
        FeatureStore store(FeatureConfig{});
        const Fold fold = planLeaveOneSpeakerOut(m_selection, {"s4"}).front();
        std::vector<Utterance> utts;
        std::vector<int> labels;
        trainingSet(fold, utts, labels);
        AttentionPoolingCnn model(smallModel(3), 1);
        std::vector<TrainProgress> seen;
        TrainOptions options;
        options.progress = [&](const TrainProgress &p) { seen.push_back(p); };
        const TrainResult r = trainModel(model, store, utts, labels, quickSchedule(5), options);
        QCOMPARE(r.history.size(), std::size_t(5));
        QVERIFY(r.history.back().loss < r.history.front().loss);
        QVERIFY(!seen.empty());
        QCOMPARE(seen.back().epoch, 5);
        QCOMPARE(seen.back().batch, seen.back().batches);
        QVERIFY(seen.front().etaSeconds > 0);
        // every utterance contributes, short ones as one zero-padded segment
        QVERIFY(r.trainingSegments >= static_cast<std::int64_t>(utts.size()));
        // the held-out speaker, never seen in training: well above chance (1/3)
        const EvaluationResult e = evaluate(model, store, m_selection, fold.test);
        QCOMPARE(e.confusion.total(), std::int64_t(12));
        QVERIFY2(e.weightedAccuracy() >= 0.75, e.metricsJson().c_str());
        QVERIFY(e.segmentTotal >= 12);
    }

    void sameSeedSameModel_resumeEqualsUnbrokenRun()
    {
        FeatureStore store(FeatureConfig{});
        const Reference ref = unbrokenRun(store, quickSchedule(3));
        const auto &utts = ref.utts;
        const auto &labels = ref.labels;
        const auto &x = ref.probe;
        const auto &expected = ref.logits;

        AttentionPoolingCnn again(smallModel(3), 9);
        trainModel(again, store, utts, labels, quickSchedule(3));
        QVERIFY(again.forward(x.data(), 1).logits == expected);

        // Interrupt after epoch 1 (as Ctrl-C or the GUI's Cancel would), then resume.
        const std::string ckpt = path("run.ckpt");
        CancelToken cancel{false};
        TrainOptions options;
        options.checkpointPath = ckpt;
        options.cancel = &cancel;
        options.epochDone = [&](const EpochStats &e) {
            if (e.epoch == 1)
                cancel = true;
        };
        AttentionPoolingCnn interrupted(smallModel(3), 9);
        try {
            trainModel(interrupted, store, utts, labels, quickSchedule(3), options);
            QFAIL("cancel was ignored");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        QVERIFY(std::filesystem::exists(ckpt));
        cancel = false;
        options.epochDone = {};
        AttentionPoolingCnn resumed(smallModel(3), 9);
        const TrainResult r = trainModel(resumed, store, utts, labels, quickSchedule(3), options);
        QCOMPARE(r.resumedAfterEpoch, 1);
        QCOMPARE(r.history.size(), std::size_t(3));
        QVERIFY2(resumed.forward(x.data(), 1).logits == expected, "a resumed run must equal an unbroken one");

        // A checkpoint of another run (another seed) is refused, not silently mixed in.
        TrainingConfig other = quickSchedule(3);
        other.seed = 10;
        AttentionPoolingCnn m(smallModel(3), 10);
        QVERIFY_THROWS_EXCEPTION(Error, trainModel(m, store, utts, labels, other, options));
    }

    // A run whose loss turns non-finite (here: a NaN planted in the head's bias after epoch
    // 1, as an overflow would leave it) stops at once with a message that says so, before
    // the update; the checkpoint of epoch 1 stays as it was, and resuming from it gives
    // exactly the unbroken run.
    void divergenceStopsAndKeepsTheLastGoodCheckpoint()
    {
        FeatureStore store(FeatureConfig{});
        const Reference ref = unbrokenRun(store, quickSchedule(3));
        TrainOptions options;
        options.checkpointPath = path("diverging.ckpt");
        AttentionPoolingCnn net(smallModel(3), 9);
        options.epochDone = [&](const EpochStats &e) {
            if (e.epoch == 1) {
                torch::NoGradGuard noGrad;
                net.impl().net->topDownConv->bias.fill_(std::nanf(""));
            }
        };
        try {
            trainModel(net, store, ref.utts, ref.labels, quickSchedule(3), options);
            QFAIL("a NaN in the weights did not stop training");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            const std::string m = e.what();
            QVERIFY2(m.find("diverged at epoch 2, batch 1") != std::string::npos &&
                         m.find("lower the learning rate") != std::string::npos &&
                         m.find("checkpoint of the last finished epoch is kept") != std::string::npos,
                     m.c_str());
        }
        QVERIFY(std::filesystem::exists(path("diverging.ckpt")));
        options.epochDone = {};
        AttentionPoolingCnn resumed(smallModel(3), 9);
        const TrainResult r = trainModel(resumed, store, ref.utts, ref.labels, quickSchedule(3), options);
        QCOMPARE(r.resumedAfterEpoch, 1);
        QVERIFY2(resumed.forward(ref.probe.data(), 1).logits == ref.logits, "the kept checkpoint was not epoch 1's");
    }

    // With validation, training keeps the epoch with the best validation UA (ties:
    // lower loss), also when interrupted after it and resumed: the model equals an
    // unbroken run stopped at that epoch.
    void validationKeepsTheBestEpochAcrossAResume()
    {
        FeatureStore store(FeatureConfig{});
        TrainingConfig two = quickSchedule(2);
        two.learningRateDrops = {3};
        TrainingConfig four = two;
        four.epochs = 4;
        const Reference ref = unbrokenRun(store, two);
        const std::vector<ValidationScore> script = {
            {0.5, 0.5, 1.0}, {0.9, 0.9, 0.5}, {0.7, 0.7, 0.6}, {0.9, 0.9, 0.8}};
        int calls = 0;
        TrainOptions options;
        options.checkpointPath = path("validated.ckpt");
        options.validate = [&](AttentionPoolingCnn &model) {
            model.forward(ref.probe.data(), 1); // as the real validation does: inference in the middle of training
            return script.at(static_cast<std::size_t>(calls++));
        };
        CancelToken cancel{false};
        options.cancel = &cancel;
        options.epochDone = [&](const EpochStats &e) {
            if (e.epoch == 3)
                cancel = true;
        };
        AttentionPoolingCnn interrupted(smallModel(3), 9);
        QVERIFY_THROWS_EXCEPTION(Error, trainModel(interrupted, store, ref.utts, ref.labels, four, options));
        QCOMPARE(calls, 3);
        cancel = false;
        options.epochDone = {};
        AttentionPoolingCnn resumed(smallModel(3), 9);
        const TrainResult r = trainModel(resumed, store, ref.utts, ref.labels, four, options);
        QCOMPARE(r.resumedAfterEpoch, 3);
        QCOMPARE(r.chosenEpoch, 2); // epoch 4 ties on UA but has the higher loss
        QCOMPARE(r.history.size(), std::size_t(4));
        QCOMPARE(r.history[1].validationUa, 0.9);
        QCOMPARE(historyFromJson(historyToJson(r.history))[3].validationLoss, 0.8);
        QVERIFY2(resumed.forward(ref.probe.data(), 1).logits == ref.logits, "the kept weights are epoch 2's");
    }

    // The small-corpus deviations: a partial last batch is dropped (every epoch's
    // batches are full) and balanced class weights change the run, recorded in its config.
    void partialBatchDroppedAndClassesWeighed()
    {
        FeatureStore store(FeatureConfig{});
        std::vector<Utterance> utts;
        std::vector<int> labels;
        trainingSet(planLeaveOneSpeakerOut(m_selection, {"s1"}).front(), utts, labels);
        TrainingConfig plain = quickSchedule(1);
        plain.batchSize = 5;
        AttentionPoolingCnn a(smallModel(3), 4);
        const TrainResult all = trainModel(a, store, utts, labels, plain);
        QVERIFY(all.trainingSegments % 5 != 0); // else the test proves nothing
        QCOMPARE(all.history.front().segments, all.trainingSegments);
        TrainingConfig dropping = plain;
        dropping.dropPartialBatch = true;
        AttentionPoolingCnn b(smallModel(3), 4);
        const TrainResult full = trainModel(b, store, utts, labels, dropping);
        QCOMPARE(full.history.front().segments, all.trainingSegments / 5 * 5);
        // Drop one class's utterances but one, so the classes are imbalanced: weighting changes the loss.
        std::vector<Utterance> u2;
        std::vector<int> l2;
        bool keptOne = false;
        for (std::size_t i = 0; i < utts.size(); ++i)
            if (labels[i] != 2 || !keptOne) {
                keptOne = keptOne || labels[i] == 2;
                u2.push_back(utts[i]);
                l2.push_back(labels[i]);
            }
        TrainingConfig balanced = plain;
        balanced.classWeighting = "balanced";
        AttentionPoolingCnn c(smallModel(3), 4), d(smallModel(3), 4);
        const double unweightedLoss = trainModel(c, store, u2, l2, plain).history.front().loss;
        const double weightedLoss = trainModel(d, store, u2, l2, balanced).history.front().loss;
        QVERIFY(std::abs(weightedLoss - unweightedLoss) > 1e-6);
        QVERIFY(balanced.toJson().find("\"classWeighting\": \"balanced\"") != std::string::npos);
        QCOMPARE(TrainingConfig::fromJson(dropping.toJson()).dropPartialBatch, true);
    }

    void scheduleInStepsKeepsThePapersShape()
    {
        TrainingConfig paper;
        paper.learningRateDropFractions = TrainingConfig::paperDropFractions();
        QCOMPARE(paper.resolvedFor(5).learningRateDrops, (std::vector<int>{21, 31, 41})); // the paper's epochs
        TrainingConfig steps = paper;
        steps.steps = 1000;
        const TrainingConfig r = steps.resolvedFor(5); // EmoDB: 300 segments, 5 batches of 64
        QCOMPARE(r.epochs, 200);
        QCOMPARE(r.learningRateDrops, (std::vector<int>{81, 121, 161}));
        QCOMPARE(steps.resolvedFor(3).epochs, 334); // rounded up to whole epochs
        QCOMPARE(TrainingConfig{}.resolvedFor(7).toJson(), TrainingConfig{}.toJson()); // the paper's stays as it is
        steps.validationSpeakers = 2;
        QCOMPARE(TrainingConfig::fromJson(steps.toJson()).toJson(), steps.toJson());
        QVERIFY(steps.toJson().find("best-epoch") != std::string::npos);
        // the paper's default record is unchanged, so older results still pool with new ones
        QVERIFY(TrainingConfig{}.toJson().find("steps") == std::string::npos);
        QVERIFY(TrainingConfig{}.toJson().find("validation") == std::string::npos);
        TrainingConfig bad;
        bad.learningRateDropFractions = {0.6, 0.4};
        QVERIFY(!bad.validate().empty());
    }

    // The records results are compared by (resume, pooling) stay byte for byte what the
    // builds that made the committed results wrote; the field lists write them now.
    void configRecordsAreStable()
    {
        auto compact = [](const std::string &json) { return nlohmann::ordered_json::parse(json).dump(); };
        QCOMPARE(
            compact(TrainingConfig{}.toJson()),
            std::string(
                R"({"optimizer":"sgd","epochs":50,"batchSize":64,"learningRate":0.05,"learningRateDrops":[21,31,41],)"
                R"("dropFactor":0.1,"momentum":0.9,"nesterov":true,"weightDecay":0.0001,"loss":"cross-entropy",)"
                R"("seed":1,"channelsLast":true,"precision":"fp32"})"));
        QCOMPARE(
            compact(FeatureConfig{}.toJson()),
            std::string(R"({"sampleRateHz":16000,"segmentSamples":32000,"trainHopSamples":16000,"evalHopSamples":6400,)"
                        R"("windowSamples":640,"window":"hamming-symmetric","shiftSamples":160,"fftSize":1600,)"
                        R"("freqBins":400,"frameColumns":200,"magnitude":"abs","normalisation":"peak",)"
                        R"("companding":"mu-law","muLaw":255.0})"));
        QCOMPARE(
            compact(ModelConfig{}.toJson()),
            std::string(R"({"architecture":"attention-pooling-cnn","numClasses":4,"inputHeight":400,"inputWidth":200,)"
                        R"("conv1aHeight":10,"conv1aWidth":2,"conv1bHeight":2,"conv1bWidth":8,"conv1Channels":8,)"
                        R"("channels":[32,48,64,80],"pooling":"attention"})"));
        // Equality walks the same list: any field differs, the configs differ.
        FeatureConfig other;
        other.evalHopSamples = 3200;
        QVERIFY(!(other == FeatureConfig{}));
        QVERIFY(FeatureConfig::fromJson(other.toJson()) == other);
        // A fixed property of another value is refused, naming it.
        try {
            TrainingConfig::fromJson(R"({"optimizer": "adam"})");
            QFAIL("another optimiser was accepted");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("optimizer 'adam'") != std::string::npos, e.what());
        }
    }

    void validationSpeakersRotateAndNeverIncludeTheTestSpeaker()
    {
        const Fold s1 = withValidation(m_selection, planLeaveOneSpeakerOut(m_selection, {"s1"}).front(), 1);
        QCOMPARE(s1.validationSpeakers, (std::vector<std::string>{"s2"}));
        QCOMPARE(s1.trainSpeakers, (std::vector<std::string>{"s3", "s4"}));
        QCOMPARE(s1.validation.size(), std::size_t(12));
        QCOMPARE(s1.train.size(), std::size_t(24));
        const Fold s4 = withValidation(m_selection, planLeaveOneSpeakerOut(m_selection, {"s4"}).front(), 2);
        QCOMPARE(s4.validationSpeakers, (std::vector<std::string>{"s1", "s2"})); // cyclic after s4
        for (auto i : s4.validation)
            QVERIFY(m_selection.utterances[i].speaker != "s4");
        QVERIFY_THROWS_EXCEPTION(Error,
                                 withValidation(m_selection, planLeaveOneSpeakerOut(m_selection, {"s4"}).front(), 3));
    }

    // A cancel in the middle of an epoch (here: during the second batch of epoch 2)
    // stops before that batch's update; epoch 1 stays in the checkpoint and a resume
    // still equals an unbroken run. The resume reports the epochs it found.
    void cancelInsideAnEpochKeepsFinishedEpochs()
    {
        FeatureStore store(FeatureConfig{});
        TrainingConfig schedule = quickSchedule(2);
        schedule.batchSize = 8; // several batches per epoch
        const Reference ref = unbrokenRun(store, schedule);
        const auto &utts = ref.utts;
        const auto &labels = ref.labels;
        const auto &x = ref.probe;
        const auto &expected = ref.logits;

        const std::string ckpt = path("mid.ckpt");
        CancelToken cancel{false};
        TrainOptions options;
        options.checkpointPath = ckpt;
        options.cancel = &cancel;
        int prepared = 0;
        options.prepareProgress = [&](double) { ++prepared; };
        options.progress = [&](const TrainProgress &p) {
            if (p.epoch == 2 && p.batch == 1)
                cancel = true; // the next batch's forward is the first to see it
        };
        AttentionPoolingCnn interrupted(smallModel(3), 9);
        try {
            trainModel(interrupted, store, utts, labels, schedule, options);
            QFAIL("cancel was ignored");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        QVERIFY(prepared > 0); // feature preparation reports progress
        cancel = false;
        options.progress = {};
        std::vector<EpochStats> found;
        options.resumed = [&](const std::vector<EpochStats> &h) { found = h; };
        AttentionPoolingCnn resumed(smallModel(3), 9);
        const TrainResult r = trainModel(resumed, store, utts, labels, schedule, options);
        QCOMPARE(r.resumedAfterEpoch, 1);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].epoch, 1);
        QVERIFY2(resumed.forward(x.data(), 1).logits == expected, "a cancelled half epoch must leave no trace");
    }

    void refusesBadInput()
    {
        FeatureStore store(FeatureConfig{});
        AttentionPoolingCnn model(smallModel(3), 1);
        QVERIFY_THROWS_EXCEPTION(Error, trainModel(model, store, {}, {}, quickSchedule(1)));
        std::vector<Utterance> one{m_selection.utterances[0]};
        QVERIFY_THROWS_EXCEPTION(Error, trainModel(model, store, one, {5}, quickSchedule(1)));
        TrainingConfig bad = quickSchedule(1);
        bad.learningRate = -1;
        QVERIFY_THROWS_EXCEPTION(Error, trainModel(model, store, one, {0}, bad));
        QCOMPARE(TrainingConfig{}.learningRateAt(20), 0.05);
        QVERIFY(std::abs(TrainingConfig{}.learningRateAt(21) - 0.005) < 1e-12);
        QVERIFY(std::abs(TrainingConfig{}.learningRateAt(50) - 0.00005) < 1e-12);
        QCOMPARE(TrainingConfig::fromJson(TrainingConfig{}.toJson()).toJson(), TrainingConfig{}.toJson());
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
