// Interchange from the desktop app: File > Export Prediction writes the analysed file's
// regions and curves for Praat, ELAN, Audacity and Sonic Visualiser; the corpus browser
// exports its labels and an annotator's corrections per audio file, compares annotators
// (the Agreement column and the "Raters disagree most first" order follow) - offscreen.
#include "MainWindow.h"
#include "TestAudio.h"
#include "analysis/AnalysisPage.h"
#include "analysis/PredictionExport.h"
#include "corpus/CorpusPage.h"
#include "corpus/UtteranceTableModel.h"
#include "emolens/Interchange.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace emolens;
using emolens::ui::CorpusPage;
using emolens::ui::MainWindow;

namespace {
const QString kModel = QStringLiteral(EMOLENS_SOURCE_DIR "/resources/models/emodb-4class-heldout-03.emolens");
const QString kDemo = QStringLiteral(EMOLENS_SOURCE_DIR "/resources/demo/emodb-03-demo.wav");
} // namespace

class TestInterchangeGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void predictionExportFromTheAnalysisPage()
    {
        MainWindow w;
        QVERIFY(w.openModel(kModel));
        QString error;
        QVERIFY(ui::exportPrediction(*w.analysisPage(), path("none.TextGrid"), "textgrid", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Analyse a file first")));
        QSignalSpy done(&w, &MainWindow::analysisFinished);
        w.openFile(kDemo);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(1).toString(), QString());
        const double seconds = w.analysisPage()->durationSeconds();
        const auto &classes = w.analysisPage()->analysis()->classes;
        for (const char *format : {"textgrid", "eaf", "audacity", "sv-csv"}) {
            const QString file = path(QStringLiteral("demo")) +
                                 QString::fromStdString(labelFormatExtension(labelFormatFromName(format)));
            error.clear();
            const QStringList written = ui::exportPrediction(*w.analysisPage(), file, format, &error);
            QVERIFY2(!written.isEmpty(), qPrintable(error));
            const LabelDocument d = readLabelFile(file.toStdString());
            const LabelTier &regions = d.tiers.at(0);
            QCOMPARE(regions.items.front().start, 0.0);
            QVERIFY(std::fabs(regions.items.back().end - seconds) < 0.002);
            for (const LabelInterval &i : regions.items)
                QVERIFY(std::find(classes.begin(), classes.end(), i.text) != classes.end());
            if (QByteArray(format) == "eaf")
                QCOMPARE(d.properties.at("emolens:model"), std::string("emodb-4class-heldout-03.emolens"));
            if (QByteArray(format) == "sv-csv")
                QCOMPARE(written.size(), static_cast<qsizetype>(1 + classes.size()));
        }
    }

    void corpusLabelsAndAnnotatorAgreement()
    {
        const QString spec =
            "iemocap:" + QString::fromStdString(test::writeIemocapFixture(path("iemocap").toStdString()));
        CorpusPage page;
        QString error;
        QVERIFY2(page.openCorpus(spec, Protocol{}, &error), qPrintable(error));
        QVERIFY(page.openAnnotations(path("mine.json"), &error));
        page.setAuthor(QStringLiteral("Me"));
        const QString first = page.proxy()->index(0, 0).data().toString();
        const QString second = page.proxy()->index(1, 0).data().toString();
        page.table()->setCurrentIndex(page.proxy()->index(1, 0));
        page.labelCurrent(QStringLiteral("sad"));
        // Export for ELAN: the corpus's tier and mine, per speaker.
        QVERIFY2(page.exportLabelFiles(path("elan"), QStringLiteral("eaf"), &error), qPrintable(error));
        const QStringList files = QDir(path("elan")).entryList({QStringLiteral("*.eaf")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        bool mine = false;
        for (const QString &f : files)
            for (const LabelTier &t : readLabelFile(path("elan/" + f).toStdString()).tiers)
                mine |= t.annotator == "Me" && t.name.find("(Me)") != std::string::npos;
        QVERIFY(mine);
        QVERIFY(!page.exportLabelFiles(path("elan"), QStringLiteral("word"), &error)); // not a format: said
        QVERIFY(error.contains(QStringLiteral("word")));

        // Another annotator disagrees on the first utterance.
        AnnotationSet other;
        other.set({first.toStdString(), "", "angry", "", "Ben", "2026-11-26T00:00:00Z"});
        other.save(path("ben.json").toStdString());
        QVERIFY2(page.compareAnnotators({path("ben.json")}, &error), qPrintable(error));
        QVERIFY2(page.agreementSummary().contains(QStringLiteral("Krippendorff")), qPrintable(page.agreementSummary()));
        QVERIFY(page.tableModel()->hasRaterAgreement());
        page.setReviewOrder(QStringLiteral("annotators"));
        const QString top = page.proxy()->index(0, 0).data().toString();
        QVERIFY2(top == first || top == second, qPrintable(top)); // the disagreements come first
        const int agreementColumn = ui::UtteranceTableModel::Agreement;
        const QString shown = page.proxy()->index(0, agreementColumn).data().toString();
        QVERIFY2(shown.endsWith(QStringLiteral("%")) && shown != QStringLiteral("100 %"), qPrintable(shown));
        QVERIFY(!page.compareAnnotators({path("missing.json")}, &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
    }
};

QTEST_MAIN(TestInterchangeGui)
#include "tst_interchange_gui.moc"
