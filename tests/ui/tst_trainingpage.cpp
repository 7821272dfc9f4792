// The training panel on a synthetic corpus the test writes: "Train fold" runs in
// a worker while the event loop turns and then shows the metrics, curves,
// confusion cells and fold table; cancel keeps a checkpoint the next run resumes.
#include "TestAudio.h"
#include "common/Plot.h"
#include "training/TrainingPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using emolens::ui::TrainingPage;

class TestTrainingPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    emolens::Protocol m_protocol;

    /// The synthetic corpus, no corrections, a short schedule and a results folder of its own.
    void prepare(TrainingPage &page, int epochs, int batch, const char *dir)
    {
        page.setCorpus(m_spec, m_protocol, {});
        page.setEpochs(epochs);
        page.setBatchSize(batch);
        page.setOutputDir(m_dir.filePath(dir));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath("corpus"));
        m_spec = "csv:" + QString::fromStdString(emolens::test::writeSyntheticCorpus(
                              m_dir.filePath("corpus").toStdString(), 3, 2, {"tonal", "noisy", "clicks"}));
        m_protocol.classes = {"tonal", "noisy", "clicks"};
        qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toUtf8()); // keep the feature cache in the test's folder
    }

    void trainFoldInAWorkerThenShowTheResult()
    {
        TrainingPage page;
        page.resize(1200, 760); // the page's share of the default window
        page.show();
        emolens::AnnotationSet corrections;
        corrections.set({"s2_noisy_0", "noisy", "clicks", "", "t", ""});
        page.setCorpus(m_spec, m_protocol, corrections);
        QCOMPARE(page.speakers(), (QStringList{"s1", "s2", "s3"}));
        page.setEpochs(2);
        page.setBatchSize(4);
        page.setOutputDir(m_dir.filePath("run"));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(0);
        QSignalSpy done(&page, &TrainingPage::finished);
        QSignalSpy epochs(&page, &TrainingPage::epochFinished);
        QVERIFY(page.trainFold("s1"));
        QVERIFY(page.isRunning());
        QVERIFY(done.wait(240000));
        QVERIFY2(done.at(0).at(0).toString().isEmpty(), qPrintable(done.at(0).at(0).toString()));
        QVERIFY(ticks > 10);
        QCOMPARE(epochs.size(), 2);
        const auto &r = page.lastResult();
        QVERIFY(r.fold);
        QCOMPARE(r.fold->evaluation.confusion.total(), std::int64_t(6));
        QVERIFY(QFileInfo::exists(r.modelPath));
        // the corrections and their digest are part of the recorded protocol
        QVERIFY(!r.fold->metadata.protocol.annotationsDigest.empty());
        // Progress reaches the page at most 20 times a second, yet every batch is on the curve.
        const int batchesPerEpoch = static_cast<int>((r.fold->training.trainingSegments + 3) / 4);
        QCOMPARE(page.curves()->graph(0)->dataCount(), 2 * batchesPerEpoch);
        QCOMPARE(page.curves()->graph(1)->dataCount(), 2);
        QVERIFY(page.findChild<QLabel *>("trainingMetrics")->text().contains("WA"));
        QCOMPARE(page.foldTable()->item(0, 0)->text(), QString("s1"));
        // every column of the fold table is on screen (UA % and Utterances were clipped)
        QTableWidget *folds = page.foldTable();
        QVERIFY2(folds->columnViewportPosition(3) + folds->horizontalHeader()->sectionSizeHint(3) <=
                     folds->viewport()->width(),
                 qPrintable(QString("%1 + %2 > %3")
                                .arg(folds->columnViewportPosition(3))
                                .arg(folds->horizontalHeader()->sectionSizeHint(3))
                                .arg(folds->viewport()->width())));
        // every confusion cell lists exactly its utterances
        int listed = 0;
        for (int t = 0; t < 3; ++t)
            for (int p = 0; p < 3; ++p) {
                page.showCell(t, p);
                QCOMPARE(page.misclassifiedList()->count(), static_cast<int>(r.fold->evaluation.confusion.count(t, p)));
                listed += page.misclassifiedList()->count();
            }
        QCOMPARE(listed, 6);
        // an utterance from a cell opens with the fold's own model, not the app's current one
        QSignalSpy open(&page, &TrainingPage::openUtterance);
        for (int t = 0; t < 3 && open.isEmpty(); ++t)
            for (int p = 0; p < 3 && open.isEmpty(); ++p) {
                page.showCell(t, p);
                if (page.misclassifiedList()->count() > 0)
                    Q_EMIT page.misclassifiedList()->itemActivated(page.misclassifiedList()->item(0));
            }
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(1).toString(), QDir(m_dir.filePath("run")).filePath("fold-s1.emolens"));
        // curves: epoch points have markers, and no line runs along the top edge
        QVERIFY(page.curves()->graph(1)->scatterStyle().shape() != QCPScatterStyle::ssNone);
        bool found = false;
        QVERIFY(page.curves()->yAxis->range().upper > page.curves()->graph(0)->getValueRange(found).upper * 1.05);
    }

    // The small-corpus schedule from the panel: a length in SGD steps, a validation
    // speaker choosing the epoch, balanced class weights; all recorded with the fold.
    void trainFoldWithStepsAndAValidationSpeaker()
    {
        TrainingPage page;
        prepare(page, 4, 4, "run-steps");
        auto *unit = page.findChild<QComboBox *>("lengthUnit");
        unit->setCurrentIndex(unit->findData(QStringLiteral("steps")));
        page.findChild<QSpinBox *>("validationSpeakers")->setValue(1);
        auto *weights = page.findChild<QComboBox *>("classWeights");
        weights->setCurrentIndex(weights->findData(QStringLiteral("balanced")));
        page.findChild<QCheckBox *>("dropPartialBatch")->setChecked(true);
        const auto setup = page.setup();
        QCOMPARE(setup.training.steps, std::int64_t(4));
        QCOMPARE(setup.training.learningRateDropFractions, emolens::TrainingConfig::paperDropFractions());
        QSignalSpy done(&page, &TrainingPage::finished);
        QVERIFY(page.trainFold("s3"));
        QVERIFY(done.wait(240000));
        QVERIFY2(done.at(0).at(0).toString().isEmpty(), qPrintable(done.at(0).at(0).toString()));
        const auto &fold = *page.lastResult().fold;
        QCOMPARE(fold.metadata.validationSpeakers, std::vector<std::string>{"s1"});
        QCOMPARE(fold.metadata.trainingSpeakers, std::vector<std::string>{"s2"});
        QCOMPARE(fold.metadata.training.classWeighting, std::string("balanced"));
        QVERIFY(fold.training.chosenEpoch >= 1 && fold.training.chosenEpoch <= fold.training.epochs);
        QCOMPARE(page.curves()->graph(3)->dataCount(), fold.training.epochs); // the validation curve it chose on
    }

    void sweepPlotsAccuracyAgainstTheKernel()
    {
        TrainingPage page;
        prepare(page, 1, 4, "sweep");
        QSignalSpy done(&page, &TrainingPage::finished);
        QVERIFY(page.runSweep("s3", "conv1a-height", {"4", "10"}));
        QVERIFY(done.wait(240000));
        QVERIFY2(done.at(0).at(0).toString().isEmpty(), qPrintable(done.at(0).at(0).toString()));
        QCOMPARE(page.lastResult().sweep.size(), std::size_t(2));
        QCOMPARE(page.sweepPlot()->graph(0)->dataCount(), 2);
        QCOMPARE(page.sweepPlot()->graph(0)->data()->at(1)->key, 10.0);
        QVERIFY(QFileInfo::exists(m_dir.filePath("sweep/sweep-conv1a-height.tsv")));
        QVERIFY(page.lastResult().sweep[0].parameters < page.lastResult().sweep[1].parameters); // 4x2 < 10x2 kernels
    }

    void cancelKeepsACheckpointThatResumes()
    {
        TrainingPage page;
        prepare(page, 3, 4, "cancel");
        QSignalSpy done(&page, &TrainingPage::finished);
        auto *status = page.findChild<QLabel *>("trainingStatus");
        QString whileCancelling;
        connect(&page, &TrainingPage::epochFinished, &page, [&](int epoch) {
            if (epoch == 1) {
                page.cancel();
                whileCancelling = status->text();
            }
        });
        QVERIFY(page.trainFold("s2"));
        QVERIFY(done.wait(240000));
        QCOMPARE(done.at(0).at(1).toBool(), true); // cancelled
        QCOMPARE(whileCancelling, QString("Cancelling..."));
        // it says exactly what was kept
        QVERIFY2(status->text().contains("epoch 2") && status->text().contains("1 finished epoch"),
                 qPrintable(status->text()));
        QVERIFY(QFileInfo::exists(m_dir.filePath("cancel/fold-s2.emolens.ckpt")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("cancel/fold-s2.json")));
        disconnect(&page, &TrainingPage::epochFinished, nullptr, nullptr);
        const auto store = page.featureStore();
        QVERIFY(store);
        const auto before = store->stats();
        QVERIFY(page.trainFold("s2"));
        QVERIFY(done.wait(240000));
        QVERIFY(page.lastResult().fold);
        QVERIFY(page.lastResult().fold->training.resumedAfterEpoch >= 1);
        QCOMPARE(page.lastResult().fold->training.history.size(), std::size_t(3));
        QCOMPARE(page.curves()->graph(1)->dataCount(), 3); // the epoch before the cancel is back on the curve
        // the second run found its training features in memory; it computed only the held-out
        // speaker's 6 utterances at the evaluation hop, which the cancelled run never reached
        QCOMPARE(page.featureStore(), store);
        QCOMPARE(store->stats().computed - before.computed, std::int64_t(6));
        QVERIFY(store->stats().memoryHits > before.memoryHits);
        QVERIFY(!QFileInfo::exists(m_dir.filePath("cancel/fold-s2.emolens.ckpt")));

        // Other settings are another experiment: a new folder, not a refusal.
        page.setEpochs(1);
        QVERIFY(page.trainFold("s2"));
        QVERIFY(done.wait(240000));
        QVERIFY2(done.last().at(0).toString().isEmpty(), qPrintable(done.last().at(0).toString()));
        QVERIFY(page.outputDir() != m_dir.filePath("cancel"));
        QVERIFY(page.outputDir().startsWith(m_dir.filePath("cancel")));
        QVERIFY(QFileInfo::exists(QDir(page.outputDir()).filePath("fold-s2.json")));
        QVERIFY(page.findChild<QLabel *>("trainingMetrics")->text().contains("WA"));
    }

    // Cancel inside a single-epoch run: nothing was kept, and it says so.
    void cancelBeforeAnyEpochSaysNothingWasKept()
    {
        TrainingPage page;
        prepare(page, 1, 2, "early");
        QSignalSpy done(&page, &TrainingPage::finished);
        QVERIFY(page.trainFold("s3"));
        page.cancel();
        QVERIFY(done.wait(240000));
        QCOMPARE(done.at(0).at(1).toBool(), true);
        QVERIFY2(page.findChild<QLabel *>("trainingStatus")->text().contains("nothing was kept"),
                 qPrintable(page.findChild<QLabel *>("trainingStatus")->text()));
    }
};

QTEST_MAIN(TestTrainingPage)
#include "tst_trainingpage.moc"
